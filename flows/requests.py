"""My requests: a person's own tickets, their status, and withdrawing one.

A reference that is not the person's own is answered exactly like one that does not exist,
so nobody learns anything about another person's request.
"""

from __future__ import annotations

from flows.i18n import N_, _, format_date
from flows.messages import Option
from flows.steps import back_option, entry, show_menu, understood
from flows.turn import Turn
from storage import tickets
from storage.models import CLOSED_STATUSES, Ticket

KIND_NAMES = {
    "access": N_("Access to my data"),
    "consent_withdrawal": N_("Consent withdrawal"),
    "marketing_opt_out": N_("Marketing opt-out"),
    "erasure": N_("Deletion"),
    "rectification": N_("Correction"),
    "complaint": N_("Complaint"),
    "restriction": N_("Restriction of processing"),
    "objection": N_("Objection"),
    "guardian_request": N_("Request for a child"),
    "handoff": N_("Conversation with our team"),
}
STATUS_NAMES = {
    "new": N_("received"),
    "awaiting_verification": N_("waiting for you to confirm your number"),
    "open": N_("open"),
    "in_progress": N_("being worked on"),
    "waiting_on_user": N_("waiting for your answer"),
    "escalated": N_("with our team"),
    "on_hold": N_("on hold"),
    "resolved": N_("resolved"),
    "rejected": N_("declined"),
    "canceled": N_("cancelled"),
}
SHOWN = 10


def describe(turn: Turn, ticket: Ticket) -> str:
    """Describe one ticket in a line: reference, kind, status and due date."""
    line = _("{ref} · {kind} · {status}").format(
        ref=turn.ref(ticket.ref), kind=_(KIND_NAMES[ticket.kind]), status=_(STATUS_NAMES[ticket.status])
    )
    if ticket.status not in CLOSED_STATUSES:
        line += " · " + _("reply by {date}").format(date=format_date(ticket.due_at))
    return line


@entry("requests")
async def show(turn: Turn) -> None:
    """List the person's requests."""
    understood(turn)
    mine = await tickets.for_subject(turn.conv.subject_id)
    if not mine:
        show_menu(turn, _("You have no requests with us yet. What would you like to do?"))
        return
    lines = [describe(turn, t) for t in mine[:SHOWN]]
    hint = _("To see one, write 'status' and its reference. To withdraw one, write 'cancel' and its reference.")
    turn.say("\n".join([_("Your requests:"), *lines, "", hint]), [back_option()])


async def status(turn: Turn) -> None:
    """Show one of the person's requests, or all of them when no reference was given."""
    ref = turn.understood.reference
    if ref is None:
        await show(turn)
        return
    ticket = await _own_ticket(turn, ref)
    if ticket is None:
        return
    text = describe(turn, ticket)
    if ticket.resolution:
        text += "\n" + _("Outcome: {note}").format(note=ticket.resolution)
    turn.say(text, [Option("requests", _("My requests")), back_option()])


async def cancel(turn: Turn) -> None:
    """Withdraw a request by reference, or leave the current step."""
    ref = turn.understood.reference
    if ref is None:
        show_menu(turn, _("Cancelled. Nothing was sent. What would you like to do?"))
        return
    ticket = await _own_ticket(turn, ref)
    if ticket is None:
        return
    if ticket.status in CLOSED_STATUSES:
        turn.say(
            _("Request {ref} is already {status}, so there is nothing to cancel.").format(
                ref=turn.ref(ticket.ref), status=_(STATUS_NAMES[ticket.status])
            ),
            [back_option()],
        )
        return
    ticket_id, now = ticket.id, turn.now
    turn.write(
        lambda conn: tickets.set_status(
            ticket_id, "canceled", actor="person", conn=conn, note="withdrawn by the person", now=now
        )
    )
    show_menu(turn, _("Request {ref} is withdrawn. What else can I do for you?").format(ref=turn.ref(ticket.ref)))


async def _own_ticket(turn: Turn, ref: str) -> Ticket | None:
    ticket = await tickets.get(ref)
    if ticket is None or ticket.subject_id != turn.conv.subject_id:  # type: ignore[attr-defined]
        turn.say(
            _("You have no request with reference {ref}. Please check it and try again.").format(
                ref=turn.ref(ref)
            ),
            [Option("requests", _("My requests")), back_option()],
        )
        return None
    return ticket
