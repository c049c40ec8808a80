"""My requests: a person's own tickets, their status, and withdrawing one.

A reference that is not the person's own is answered exactly like one that does not exist,
so nobody learns anything about another person's request.
"""

from __future__ import annotations

import re

from flows.flow import Flow
from flows.i18n import N_, _, format_date, isolate
from flows.kinds import KIND_NAMES, MY_REQUESTS
from flows.messages import Option
from flows.steps import back_option, not_understood, show_menu, understood, yes_no
from flows.turn import Turn
from storage import tickets
from storage.models import CLOSED_STATUSES, Ticket

flow = Flow("requests")

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
WITHDRAW = "requests:withdraw"
TO_WITHDRAW = "withdraw_ref"
# What follows "status" when someone means a reference but typed it wrong ("HVJN-DG3").
_TYPED_REFERENCE = re.compile(r"(?:status|حالت|halat)\W+([0-9A-Za-z]{2,6}[\s\-]?[0-9A-Za-z]{0,6})\s*$", re.IGNORECASE)


def describe(turn: Turn, ticket: Ticket) -> str:
    """Describe one ticket in a line: reference, kind, status and due date."""
    line = _("{ref} · {kind} · {status}").format(
        ref=turn.ref(ticket.ref), kind=_(KIND_NAMES[ticket.kind]), status=_(STATUS_NAMES[ticket.status])
    )
    if ticket.status not in CLOSED_STATUSES:
        line += " · " + _("reply by {date}").format(date=format_date(ticket.due_at))
    return line


@flow.entry(MY_REQUESTS.entry)
async def show(turn: Turn) -> None:
    """List the person's requests."""
    understood(turn)
    mine = await tickets.for_subject(turn.conv.subject_id)
    if not mine:
        show_menu(turn, _("You have no requests with us yet. What would you like to do?"))
        return
    lines = [describe(turn, t) for t in mine[:SHOWN]]
    # On SMS "cancel" would make Twilio and the carriers block every message from us.
    hint = _("To see one, write 'status' and its reference. To withdraw one, write 'withdraw' and its reference.")
    turn.say("\n".join([_("Your requests:"), *lines, "", hint]), [back_option()])


async def status(turn: Turn) -> None:
    """Show one of the person's requests, or all of them when no reference was given."""
    ref = turn.understood.reference
    typed = _TYPED_REFERENCE.search(turn.text)
    if ref is None and typed and re.search(r"[\d\-]", typed.group(1)):
        turn.say(
            _("I don't recognise the reference {ref}. References have 8 letters and digits, like ABCD-2345.").format(
                ref=isolate(typed.group(1).upper())
            ),
            [Option("requests", _("My requests")), back_option()],
        )
        return
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
    """Withdraw a request by reference (once confirmed), or leave the current step."""
    ref = turn.understood.reference
    if ref is None:
        show_menu(turn, _("Cancelled. Nothing was sent. What would you like to do?"))
        return
    await ask_withdraw(turn, ref)


async def ask_withdraw(turn: Turn, ref: str) -> None:
    """Ask the person to confirm withdrawing one of their own open requests."""
    ticket = await _own_ticket(turn, ref)
    if ticket is None or _already_closed(turn, ticket):
        return
    turn.conv.data = {TO_WITHDRAW: ticket.ref}
    await confirm_withdrawal(turn)


@flow.reask(WITHDRAW)
async def confirm_withdrawal(turn: Turn) -> None:
    """Ask for a yes before withdrawing the request."""
    turn.goto(WITHDRAW)
    turn.say(
        _("Withdraw request {ref}? Our team will stop working on it.").format(ref=turn.ref(turn.data.get(TO_WITHDRAW, ""))),
        yes_no(_("Yes, withdraw it"), _("No, keep it")),
    )


@flow.step(WITHDRAW)
async def withdrawal_confirmed(turn: Turn, choice: str | None) -> None:
    """Withdraw the request on a yes; keep it on a no."""
    choice = choice or {"yes": "yes", "no": "no"}.get(turn.understood.intent)
    ref = turn.data.get(TO_WITHDRAW)
    if choice == "no" or ref is None:
        understood(turn)
        show_menu(turn, _("All right, your request goes on. What else can I do for you?"))
        return
    if choice != "yes":
        await not_understood(turn, _("Please answer yes or no."), yes_no(_("Yes, withdraw it"), _("No, keep it")))
        return
    understood(turn)
    ticket = await _own_ticket(turn, ref)
    if ticket is None or _already_closed(turn, ticket):
        return
    if ticket is None:
        return
    turn.write(
        tickets.status_set(ticket.id, "canceled", actor="person", note="withdrawn by the person", now=turn.now)
    )
    show_menu(turn, _("Request {ref} is withdrawn. What else can I do for you?").format(ref=turn.ref(ticket.ref)))


def _already_closed(turn: Turn, ticket: Ticket) -> bool:
    """Say so when a request is already closed; True if it is."""
    if ticket.status not in CLOSED_STATUSES:
        return False
    turn.say(
        _("Request {ref} is already {status}, so there is nothing to cancel.").format(
            ref=turn.ref(ticket.ref), status=_(STATUS_NAMES[ticket.status])
        ),
        [back_option()],
    )
    return True


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
