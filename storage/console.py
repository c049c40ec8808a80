"""What the staff web console reads: the queue a page at a time, a ticket's later messages,
and the few columns the reports are made of.

The queue is read with LIMIT/OFFSET on the (status, due_at) index, so a page costs the same
with ten tickets or ten thousand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage.models import CLOSED_STATUSES, OutboxMessage, Ticket

PAGE_SIZE = 25
MESSAGES_SHOWN = 50


@dataclass(frozen=True)
class QueueFilter:
    """What the queue is narrowed to; None or empty means any."""

    status: str | None = None
    kind: str | None = None
    language: str | None = None
    channel: str | None = None
    assignee_id: int | None = None
    unassigned: bool = False
    ref: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue, with how many tickets match in all."""

    tickets: list[Ticket]
    total: int
    page: int
    pages: int


async def queue_page(where: QueueFilter, page: int, size: int = PAGE_SIZE) -> QueuePage:
    """Give one page of tickets, soonest deadline first; open ones unless a status is asked."""
    query = Ticket.all()
    if where.status:
        query = query.filter(status=where.status)
    else:
        query = query.exclude(status__in=CLOSED_STATUSES)
    for name in ("kind", "language", "channel", "ref"):
        value = getattr(where, name)
        if value:
            query = query.filter(**{name: value})
    if where.unassigned:
        query = query.filter(assignee_id=None)
    elif where.assignee_id is not None:
        query = query.filter(assignee_id=where.assignee_id)
    if where.phone:
        query = query.filter(subject__phone=where.phone)
    total = await query.count()
    pages = max(1, -(-total // size))
    page = min(max(1, page), pages)
    rows = await (query.order_by("due_at", "id").offset((page - 1) * size).limit(size)
                  .prefetch_related("subject", "assignee"))
    return QueuePage(list(rows), total, page, pages)


async def later_messages(ticket: Ticket) -> list[OutboxMessage]:
    """Give the messages written to a ticket's person since it was opened, as the outbox has
    them (status, tries, last error)."""
    return list(await OutboxMessage.filter(
        transport=ticket.transport, address=ticket.address, created_at__gte=ticket.created_at
    ).order_by("id").limit(MESSAGES_SHOWN))


@dataclass(frozen=True)
class ReportRow:
    """What the reports need of one ticket."""

    kind: str
    status: str
    created_at: datetime
    due_at: datetime
    closed_at: datetime | None


async def report_rows(since: datetime) -> list[ReportRow]:
    """Give every ticket opened since `since`, and every ticket still open, as report rows."""
    fields = ("kind", "status", "created_at", "due_at", "closed_at")
    recent = await Ticket.filter(created_at__gte=since).values_list(*fields)
    older_open = await Ticket.filter(created_at__lt=since).exclude(
        status__in=CLOSED_STATUSES).values_list(*fields)
    return [ReportRow(*row) for row in [*recent, *older_open]]
