"""What staff do to a ticket, from Telegram or the command line alike.

Every action is an audit event with who did it; nothing edits or deletes history. Whatever
the person should hear (a reply, an extension, the outcome) is written to the outbox in the
same transaction, in the person's language, for the channel they used.

Who acts is a `Staff` member (Telegram), or None for a trusted operator at the command line.
The rules of who may do what live here, so that both adapters keep them: only a supervisor
may reassign someone else's ticket, extend a deadline or reject a request.

Refusals are `StaffActionError`s worded in English, the team's working language, through the
catalogs; a refused action changes nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from flows.complaint import regulator_contacts
from flows.i18n import N_, _, format_date, isolate, language
from flows.profile import Profile
from flows.refs import format_reference, normalize_reference
from storage import outbox, tickets
from storage.models import CLOSED_STATUSES, Staff, Ticket
from storage.transactions import Connection, transaction

OPERATOR = "cli"
MAX_EXTENSION_DAYS = 90
WORKING = ("new", "open", "escalated")


class StaffActionError(Exception):
    """A staff action that cannot be done; the message says why, in one line (in English:
    Telegram and the CLI speak English to staff; `worded()` gives the current language)."""

    def __init__(self, message: str, values: dict[str, Any] | None = None) -> None:
        self.message, self.values = message, values or {}
        with language("en"):
            super().__init__(self.worded())

    def worded(self) -> str:
        """Say why in the language in force (the web console's page language)."""
        return _(self.message).format(**self.values)


def refusal(message: str, **values: Any) -> StaffActionError:
    """Word a refusal for staff: the message id and its values, English when printed."""
    return StaffActionError(message, values)


def utcnow() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


def actor_of(by: Staff | None) -> str:
    """Name who acted in the audit log: `staff:<telegram id>`, or `cli` for an operator."""
    return OPERATOR if by is None else f"staff:{by.telegram_id}"


def is_supervisor(by: Staff | None) -> bool:
    """Tell whether someone may do a supervisor's actions (an operator at the CLI may)."""
    return by is None or by.role == "supervisor"


async def find_ticket(ref: str) -> Ticket:
    """Find a ticket by the reference staff typed."""
    clean = normalize_reference(ref) or ref.strip().upper()
    ticket = await tickets.get(clean)
    if ticket is None:
        raise refusal(N_("No ticket with reference {ref}."), ref=ref)
    return ticket


async def _open_ticket(ref: str) -> Ticket:
    ticket = await find_ticket(ref)
    if ticket.status in CLOSED_STATUSES:
        raise _closed(ticket)
    return ticket


def _closed(ticket: Ticket) -> StaffActionError:
    return refusal(
        N_("Ticket {ref} is already {status}; a closed ticket cannot be changed."),
        ref=format_reference(ticket.ref), status=ticket.status,
    )


async def _hold_open(ticket: Ticket, conn: Connection) -> None:
    """Take the ticket's row for this transaction, refusing if it was closed meanwhile."""
    if not await tickets.hold_open(ticket.id, utcnow(), conn):
        raise _closed(ticket)


def _tell_person(ticket: Ticket, text: str, conn: Connection) -> Any:
    return outbox.enqueue(ticket.transport, ticket.address, {"text": text}, using_db=conn,
                          ticket_ref=ticket.ref)


def _shown(ticket: Ticket) -> str:
    """Show a reference to the person, kept left-to-right inside Urdu."""
    return isolate(format_reference(ticket.ref))


async def reply(ref: str, text: str, by: Staff | None, profile: Profile) -> Ticket:
    """Relay a staff answer to the person, framed in their language."""
    if not text.strip():
        raise refusal(N_("A reply needs some text: reply REF TEXT."))
    ticket = await find_ticket(ref)
    closed = ticket.status in CLOSED_STATUSES
    if closed:
        _check_follow_up(ticket, profile)
    with language(ticket.language):
        framed = _("Message from the {organisation} privacy team about your request {ref}:").format(
            organisation=profile.organisation(ticket.language), ref=_shown(ticket)
        ) + "\n\n" + text.strip()
    actor = actor_of(by)
    async with transaction() as conn:
        if not closed:
            await _hold_open(ticket, conn)
        await tickets.add_event(ticket.id, actor, "reply", {"text": text.strip()}, conn)
        if not closed and ticket.status in WORKING:
            await tickets.set_status(ticket.id, "in_progress", actor=actor, conn=conn, now=utcnow())
        await _tell_person(ticket, framed, conn)
    return ticket


async def note(ref: str, text: str, by: Staff | None) -> Ticket:
    """Add an internal note, never shown to the person."""
    if not text.strip():
        raise refusal(N_("A note needs some text: note REF TEXT."))
    ticket = await _open_ticket(ref)
    async with transaction() as conn:
        await _hold_open(ticket, conn)
        await tickets.add_event(ticket.id, actor_of(by), "note", {"text": text.strip()}, conn)
    return ticket


async def resolve(ref: str, text: str | None, by: Staff | None, profile: Profile) -> Ticket:
    """Close a ticket as resolved and tell the person the outcome."""
    ticket = await _open_ticket(ref)
    text = (text or "").strip() or None
    with language(ticket.language):
        message = _("Your request {ref} is resolved.").format(ref=_shown(ticket))
        if text:
            message += "\n" + text
    await _close(ticket, "resolved", text, by, message)
    return await find_ticket(ticket.ref)


async def reject(ref: str, reason: str, by: Staff | None, profile: Profile) -> Ticket:
    """Decline a request and tell the person why; supervisors only."""
    if not is_supervisor(by):
        raise refusal(N_("Only a supervisor may reject a request."))
    if not reason.strip():
        raise refusal(N_("Say why: reject REF REASON."))
    ticket = await _open_ticket(ref)
    with language(ticket.language):
        message = _("We could not carry out your request {ref}. The reason: {reason}").format(
            ref=_shown(ticket), reason=reason.strip()
        ) + "\n" + _("If you are not satisfied, you can contact the {regulator}.").format(
            regulator=profile.regulator.name.get(ticket.language)
        ) + regulator_contacts(profile.regulator)
    await _close(ticket, "rejected", reason.strip(), by, message)
    return await find_ticket(ticket.ref)


async def _close(ticket: Ticket, status: str, note: str | None, by: Staff | None, message: str) -> None:
    try:
        async with transaction() as conn:
            await _hold_open(ticket, conn)
            await tickets.set_status(ticket.id, status, actor=actor_of(by), conn=conn, note=note, now=utcnow())
            await _tell_person(ticket, message, conn)
    except tickets.TicketClosed:
        raise _closed(await find_ticket(ticket.ref)) from None


async def extend(ref: str, days: int, reason: str, by: Staff | None) -> Ticket:
    """Move the deadline once, with a reason the person is told; supervisors only."""
    if not is_supervisor(by):
        raise refusal(N_("Only a supervisor may extend a deadline."))
    if not 0 < days <= MAX_EXTENSION_DAYS:
        raise refusal(N_("Extend by 1 to 90 days: extend REF DAYS REASON."))
    if not reason.strip():
        raise refusal(N_("Say why: extend REF DAYS REASON."))
    ticket = await _open_ticket(ref)
    if ticket.extended_at is not None:
        raise _extended_already(ticket)
    new_due = ticket.due_at + timedelta(days=days)
    with language(ticket.language):
        message = _("We need more time for your request {ref}. We will now reply by {date}. The reason: {reason}").format(
            ref=_shown(ticket), date=format_date(new_due), reason=reason.strip()
        )
    async with transaction() as conn:
        if not await tickets.extend(ticket.id, new_due, reason.strip(), utcnow(), conn):
            raise _extended_already(ticket)
        await tickets.add_event(
            ticket.id, actor_of(by), "extended",
            {"days": days, "reason": reason.strip(), "due_at": new_due.isoformat()}, conn,
        )
        await _tell_person(ticket, message, conn)
    return await find_ticket(ticket.ref)


def _extended_already(ticket: Ticket) -> StaffActionError:
    return refusal(
        N_("Ticket {ref} was extended once already; a deadline moves only once."),
        ref=format_reference(ticket.ref),
    )


async def claim(ref: str, staff: Staff) -> Ticket:
    """Take a ticket for oneself."""
    ticket = await _open_ticket(ref)
    holder = ticket.assignee
    if holder is not None and holder.id == staff.id:
        raise refusal(N_("Ticket {ref} is already yours."), ref=format_reference(ticket.ref))
    if holder is not None:
        raise refusal(
            N_("Ticket {ref} is already claimed by {name}."),
            ref=format_reference(ticket.ref), name=holder.name,
        )
    await _assign(ticket, staff, actor_of(staff), None)
    return await find_ticket(ticket.ref)


async def assign(ref: str, to: Staff, by: Staff | None) -> Ticket:
    """Give a ticket to a member of staff; only a supervisor may take it from someone else."""
    ticket = await _open_ticket(ref)
    holder = ticket.assignee
    if holder is not None and holder.id == to.id:
        raise refusal(
            N_("Ticket {ref} is already with {name}."), ref=format_reference(ticket.ref), name=to.name
        )
    someone_elses = holder is not None and (by is None or holder.id != by.id)
    if someone_elses and not is_supervisor(by):
        raise refusal(N_("Only a supervisor may reassign someone else's ticket."))
    await _assign(ticket, to, actor_of(by), holder.id if holder is not None else None)
    return await find_ticket(ticket.ref)


async def _assign(ticket: Ticket, staff: Staff, actor: str, holder_id: int | None) -> None:
    async with transaction() as conn:
        await _hold_open(ticket, conn)
        # Of two claims at once, only the first still finds the ticket with its old holder.
        if not await tickets.reassign(ticket.id, holder_id, staff.id, conn):
            raise refusal(
                N_("Ticket {ref} changed hands just now; look at it again."),
                ref=format_reference(ticket.ref),
            )
        await tickets.add_event(ticket.id, actor, "assigned", {"to": staff.telegram_id, "name": staff.name}, conn)
        if ticket.status in WORKING:
            await tickets.set_status(ticket.id, "in_progress", actor=actor, conn=conn, now=utcnow())


def _check_follow_up(ticket: Ticket, profile: Profile) -> None:
    """Let staff follow a closed ticket up within the response period after it closed."""
    closed_at = ticket.closed_at or ticket.updated_at
    if utcnow() - closed_at > timedelta(days=profile.response_days):
        raise refusal(
            N_("Ticket {ref} closed more than {days} days ago; reopen it first: reopen REF."),
            ref=format_reference(ticket.ref), days=profile.response_days,
        )


async def reopen(ref: str, reason: str | None, by: Staff | None, profile: Profile) -> Ticket:
    """Open a resolved or rejected ticket again and tell the person."""
    ticket = await find_ticket(ref)
    if ticket.status not in tickets.REOPENABLE:
        raise refusal(
            N_("Ticket {ref} is {status}; only a resolved or rejected ticket can be reopened."),
            ref=format_reference(ticket.ref), status=ticket.status,
        )
    reason = (reason or "").strip() or None
    with language(ticket.language):
        if ticket.due_at > utcnow():
            message = _("We have reopened your request {ref}. We will reply by {date}.").format(
                ref=_shown(ticket), date=format_date(ticket.due_at)
            )
        else:
            message = _("We have reopened your request {ref}. We will reply as soon as we can.").format(
                ref=_shown(ticket)
            )
    async with transaction() as conn:
        if not await tickets.reopen(ticket.id, actor=actor_of(by), reason=reason, conn=conn, now=utcnow()):
            raise refusal(N_("Ticket {ref} changed just now; look at it again."), ref=format_reference(ticket.ref))
        await _tell_person(ticket, message, conn)
    return await find_ticket(ticket.ref)
