"""Tickets and their audit log: every change is a `TicketEvent`, nothing is edited away."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from storage.models import CLOSED_STATUSES, TICKET_KINDS, TICKET_STATUSES, Ticket, TicketEvent
from storage.sql import Plan, insert, run


class TicketError(Exception):
    """A ticket operation that cannot be done, with the reason to show."""


class TicketClosed(TicketError):
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




async def set_status(
    ticket_id: int,
    status: str,
    *,
    actor: str,
    conn: BaseDBAsyncClient,
    note: str | None = None,
    now: datetime,
) -> None:
    """Move a ticket to a new status and record who did it and why."""
    if status not in TICKET_STATUSES:
        raise TicketError(f"unknown status {status!r}")
    fields: dict[str, Any] = {"status": status}
    query = Ticket.filter(id=ticket_id)
    if status in CLOSED_STATUSES:
        fields["closed_at"] = now
        if note:
            fields["resolution"] = note
        # Checked in the same statement, so two processes closing one ticket at once cannot
        # both do it (and tell the person twice).
        query = query.exclude(status__in=CLOSED_STATUSES)
    if not await query.using_db(conn).update(**fields):
        raise TicketClosed(f"ticket {ticket_id} is already closed")
    data: dict[str, Any] = {"status": status}
    if note:
        data["note"] = note
    await add_event(ticket_id, actor, "status", data, conn)


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
