"""What staff do to a ticket, from Telegram or the command line alike.

Every action is an audit event with who did it; nothing edits or deletes history. Whatever
the person should hear (a reply, an extension, the outcome) is written to the outbox in the
same transaction, in the person's language, for the channel they used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from flows.i18n import _, format_date, isolate, language
from flows.profile import Profile
from flows.refs import format_reference, normalize_reference
from storage import outbox, tickets
from storage.models import CLOSED_STATUSES, Staff, Ticket


class StaffActionError(Exception):
    """A staff action that cannot be done; the message says why, in one line."""


def utcnow() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


async def find_ticket(ref: str) -> Ticket:
    """Find a ticket by the reference staff typed."""
    clean = normalize_reference(ref) or ref.strip().upper()
    ticket = await tickets.get(clean)
    if ticket is None:
        raise StaffActionError(f"No ticket with reference {ref}.")
    return ticket


async def _open_ticket(ref: str) -> Ticket:
    ticket = await find_ticket(ref)
    if ticket.status in CLOSED_STATUSES:
        raise StaffActionError(f"Ticket {format_reference(ticket.ref)} is already {ticket.status}.")
    return ticket


@asynccontextmanager
async def _closing(ticket: Ticket) -> AsyncIterator[BaseDBAsyncClient]:
    """Close a ticket in one transaction; someone else closing it first is a polite refusal."""
    try:
        async with in_transaction() as conn:
            yield conn
    except tickets.TicketClosed:
        raise StaffActionError(f"Ticket {format_reference(ticket.ref)} was closed meanwhile.") from None


def _tell_person(ticket: Ticket, text: str, conn: BaseDBAsyncClient) -> Any:
    return outbox.enqueue(ticket.transport, ticket.address, {"text": text}, using_db=conn)


async def reply(ref: str, text: str, actor: str, profile: Profile) -> Ticket:
    """Relay a staff answer to the person, framed in their language."""
    if not text.strip():
        raise StaffActionError("A reply needs some text: reply REF TEXT.")
    ticket = await _open_ticket(ref)
    with language(ticket.language):
        framed = _("Message from the {organisation} privacy team about your request {ref}:").format(
            organisation=profile.name.get(ticket.language), ref=isolate(format_reference(ticket.ref))
        ) + "\n\n" + text.strip()
    async with in_transaction() as conn:
        await tickets.add_event(ticket.id, actor, "reply", {"text": text.strip()}, conn)
        if ticket.status in ("new", "open", "escalated"):
            await tickets.set_status(ticket.id, "in_progress", actor=actor, conn=conn, now=utcnow())
        await _tell_person(ticket, framed, conn)
    return ticket


async def note(ref: str, text: str, actor: str) -> Ticket:
    """Add an internal note, never shown to the person."""
    if not text.strip():
        raise StaffActionError("A note needs some text: note REF TEXT.")
    ticket = await find_ticket(ref)
    await tickets.add_event(ticket.id, actor, "note", {"text": text.strip()}, None)
    return ticket


async def resolve(ref: str, text: str | None, actor: str, profile: Profile) -> Ticket:
    """Close a ticket as resolved and tell the person the outcome."""
    ticket = await _open_ticket(ref)
    with language(ticket.language):
        message = _("Your request {ref} is resolved.").format(ref=isolate(format_reference(ticket.ref)))
        if text:
            message += "\n" + text
    async with _closing(ticket) as conn:
        await tickets.set_status(ticket.id, "resolved", actor=actor, conn=conn, note=text, now=utcnow())
        await _tell_person(ticket, message, conn)
    return await find_ticket(ticket.ref)


async def reject(ref: str, reason: str, actor: str, profile: Profile) -> Ticket:
    """Decline a request and tell the person why."""
    if not reason.strip():
        raise StaffActionError("Say why: reject REF REASON.")
    ticket = await _open_ticket(ref)
    with language(ticket.language):
        message = _("We could not carry out your request {ref}. The reason: {reason}").format(
            ref=isolate(format_reference(ticket.ref)), reason=reason.strip()
        ) + "\n" + _("If you are not satisfied, you can turn to {regulator}.").format(
            regulator=profile.regulator.name.get(ticket.language)
        )
    async with _closing(ticket) as conn:
        await tickets.set_status(ticket.id, "rejected", actor=actor, conn=conn, note=reason.strip(), now=utcnow())
        await _tell_person(ticket, message, conn)
    return await find_ticket(ticket.ref)


async def extend(ref: str, days: int, reason: str, actor: str) -> Ticket:
    """Move the deadline once, with a reason the person is told."""
    if days <= 0 or days > 90:
        raise StaffActionError("Extend by 1 to 90 days: extend REF DAYS REASON.")
    if not reason.strip():
        raise StaffActionError("Say why: extend REF DAYS REASON.")
    ticket = await _open_ticket(ref)
    if ticket.extended_at is not None:
        raise StaffActionError(f"Ticket {format_reference(ticket.ref)} was extended once already.")
    new_due = ticket.due_at + timedelta(days=days)
    with language(ticket.language):
        message = _("We need more time for your request {ref}. We will now reply by {date}. The reason: {reason}").format(
            ref=isolate(format_reference(ticket.ref)), date=format_date(new_due), reason=reason.strip()
        )
    now = utcnow()
    async with in_transaction() as conn:
        extended = await Ticket.filter(id=ticket.id, extended_at__isnull=True).using_db(conn).update(
            due_at=new_due, extended_at=now, extension_reason=reason.strip()
        )
        if not extended:
            raise StaffActionError(f"Ticket {format_reference(ticket.ref)} was extended once already.")
        await tickets.add_event(
            ticket.id, actor, "extended", {"days": days, "reason": reason.strip(), "due_at": new_due.isoformat()}, conn
        )
        await _tell_person(ticket, message, conn)
    return await find_ticket(ticket.ref)


async def claim(ref: str, staff: Staff) -> Ticket:
    """Take a ticket for oneself."""
    ticket = await _open_ticket(ref)
    if ticket.assignee_id and ticket.assignee_id != staff.id:  # type: ignore[attr-defined]
        raise StaffActionError(
            f"Ticket {format_reference(ticket.ref)} is already claimed by {ticket.assignee.name}."  # type: ignore[union-attr]
        )
    await _assign(ticket, staff, f"staff:{staff.telegram_id}")
    return await find_ticket(ticket.ref)


async def assign(ref: str, to: Staff, by: Staff) -> Ticket:
    """Give a ticket to a member of staff; only a supervisor may take it from someone else."""
    ticket = await _open_ticket(ref)
    taken = ticket.assignee_id and ticket.assignee_id not in (by.id, to.id)  # type: ignore[attr-defined]
    if taken and by.role != "supervisor":
        raise StaffActionError("Only a supervisor may reassign someone else's ticket.")
    await _assign(ticket, to, f"staff:{by.telegram_id}")
    return await find_ticket(ticket.ref)


async def _assign(ticket: Ticket, staff: Staff, actor: str) -> None:
    async with in_transaction() as conn:
        await Ticket.filter(id=ticket.id).using_db(conn).update(assignee_id=staff.id)
        await tickets.add_event(ticket.id, actor, "assigned", {"to": staff.telegram_id, "name": staff.name}, conn)
        if ticket.status in ("new", "open", "escalated"):
            await tickets.set_status(ticket.id, "in_progress", actor=actor, conn=conn, now=utcnow())
