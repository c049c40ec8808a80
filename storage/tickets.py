"""Tickets and their audit log: every change is a `TicketEvent`, nothing is edited away."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from storage.conflicts import Collision
from storage.models import CLOSED_STATUSES, TICKET_KINDS, TICKET_STATUSES, Ticket, TicketEvent
from storage.sql import Plan, Statement, insert, run, update


class TicketError(Exception):
    """A ticket operation that cannot be done, with the reason to show."""


class TicketClosed(TicketError, Collision):
    """The ticket was closed meanwhile, by someone else."""


def creation(
    *,
    ref: str,
    kind: str,
    status: str,
    subject_id: int,
    channel: str,
    transport: str,
    address: str,
    language: str,
    created_at: datetime,
    due_at: datetime,
    details: dict[str, Any],
    actor: str,
) -> Plan:
    """Open a ticket and record its creation; the plan returns the new ticket's id."""
    if kind not in TICKET_KINDS or status not in TICKET_STATUSES:
        raise TicketError(f"unknown ticket kind {kind!r} or status {status!r}")
    ticket_id = yield insert(
        Ticket,
        gives_id=True,
        ref=ref,
        kind=kind,
        status=status,
        subject_id=subject_id,
        channel=channel,
        transport=transport,
        address=address,
        language=language,
        created_at=created_at,
        updated_at=created_at,
        due_at=due_at,
        details=details,
        closed_at=created_at if status in CLOSED_STATUSES else None,
    )
    yield from event(ticket_id, actor, "created", {"kind": kind, "status": status})
    return ticket_id


def event(ticket_id: int, actor: str, action: str, data: dict[str, Any]) -> Plan:
    """Append one event to a ticket's audit log."""
    yield insert(TicketEvent, ticket_id=ticket_id, actor=actor, action=action, data=data)


async def add_event(
    ticket_id: int, actor: str, action: str, data: dict[str, Any], conn: BaseDBAsyncClient
) -> None:
    """Append one event to a ticket's audit log, in `conn`'s transaction."""
    await run(event(ticket_id, actor, action, data), conn)


async def get(ref: str) -> Ticket | None:
    """Find a ticket by reference, with its subject and assignee."""
    return await Ticket.get_or_none(ref=ref.upper()).prefetch_related("subject", "assignee")


async def for_subject(subject_id: int) -> list[Ticket]:
    """Give a person's tickets, newest first."""
    return await Ticket.filter(subject_id=subject_id).order_by("-created_at", "-id")




def status_set(
    ticket_id: int, status: str, *, actor: str, now: datetime, note: str | None = None
) -> Plan:
    """Move a ticket to a new status and record who did it and why; TicketClosed if it was
    closed meanwhile (checked in the same statement, so two processes closing one ticket at
    once cannot both do it and tell the person twice)."""
    if status not in TICKET_STATUSES:
        raise TicketError(f"unknown status {status!r}")
    fields: dict[str, Any] = {"status": status, "updated_at": now}
    if status in CLOSED_STATUSES:
        fields["closed_at"] = now
        if note:
            fields["resolution"] = note
    statement = update(Ticket, {"id": ticket_id}, **fields)
    moved = yield _unless_closed(statement) if status in CLOSED_STATUSES else statement
    if moved != 1:
        raise TicketClosed(f"ticket {ticket_id} is already closed")
    data: dict[str, Any] = {"status": status}
    if note:
        data["note"] = note
    yield from event(ticket_id, actor, "status", data)


async def set_status(
    ticket_id: int,
    status: str,
    *,
    actor: str,
    conn: BaseDBAsyncClient,
    note: str | None = None,
    now: datetime,
) -> None:
    """Move a ticket to a new status in `conn`'s transaction (see `status_set`)."""
    await run(status_set(ticket_id, status, actor=actor, now=now, note=note), conn)


def _unless_closed(statement: Statement) -> Statement:
    """Add to an UPDATE of tickets: only of a ticket not closed."""
    marks = ", ".join("?" * len(CLOSED_STATUSES))
    return Statement(f"{statement.sql} AND status NOT IN ({marks})", [*statement.values, *CLOSED_STATUSES])


async def hold_open(ticket_id: int, now: datetime, conn: BaseDBAsyncClient) -> bool:
    """Take a ticket's row for `conn`'s transaction; False if it was closed meanwhile."""
    return await run(_changed(_unless_closed(update(Ticket, {"id": ticket_id}, updated_at=now))), conn)


async def extend(
    ticket_id: int, due_at: datetime, reason: str, now: datetime, conn: BaseDBAsyncClient
) -> bool:
    """Move an open ticket's deadline, once; False if it was extended or closed meanwhile."""
    statement = _unless_closed(
        update(Ticket, {"id": ticket_id}, due_at=due_at, extended_at=now, extension_reason=reason)
    )
    # Only the first of two extensions at once finds extended_at still empty.
    once = Statement(statement.sql.replace(" WHERE ", " WHERE extended_at IS NULL AND ", 1), statement.values)
    return await run(_changed(once), conn)


async def reassign(
    ticket_id: int, holder_id: int | None, staff_id: int, conn: BaseDBAsyncClient
) -> bool:
    """Give a ticket to `staff_id`, if it is still with `holder_id` (None: nobody)."""
    held = "assignee_id IS NULL" if holder_id is None else "assignee_id = ?"
    statement = update(Ticket, {"id": ticket_id}, assignee_id=staff_id)
    values = [*statement.values] if holder_id is None else [*statement.values, holder_id]
    return await run(_changed(Statement(f"{statement.sql} AND {held}", values)), conn)


def _changed(statement: Statement) -> Plan:
    return (yield statement) == 1


async def due_before(when: datetime) -> list[Ticket]:
    """Give the open tickets due before `when`, soonest first, with their assignees."""
    return await (
        Ticket.filter(due_at__lt=when)
        .exclude(status__in=CLOSED_STATUSES)
        .order_by("due_at")
        .prefetch_related("assignee")
    )


async def events(ticket_id: int) -> list[TicketEvent]:
    """Give a ticket's audit log, oldest first."""
    return await TicketEvent.filter(ticket_id=ticket_id).order_by("id")


async def listing(status: str | None = None, kind: str | None = None) -> list[Ticket]:
    """List tickets, soonest deadline first."""
    query = Ticket.all().prefetch_related("subject", "assignee")
    if status:
        query = query.filter(status=status)
    if kind:
        query = query.filter(kind=kind)
    return await query.order_by("due_at", "id")


def due_from(created: datetime, days: int) -> datetime:
    """Give the legal deadline of a request made at `created`."""
    return created + timedelta(days=days)


REOPENABLE = ("resolved", "rejected")


async def reopen(
    ticket_id: int, *, actor: str, reason: str | None, conn: BaseDBAsyncClient, now: datetime
) -> bool:
    """Open a resolved or rejected ticket again; False if it was not closed that way."""
    # Checked in the same statement, so two staff reopening at once record it once.
    moved = await (
        Ticket.filter(id=ticket_id, status__in=REOPENABLE)
        .using_db(conn)
        .update(status="open", closed_at=None, updated_at=now)
    )
    if not moved:
        return False
    await add_event(ticket_id, actor, "reopened", {"status": "open", **({"reason": reason} if reason else {})}, conn)
    return True
