"""Talk to a person: the conversation goes to staff with its transcript.

While staff have it, what the person writes is added to the ticket and relayed to the staff
chat, and the bot stays quiet, except for "menu", which gives the person the bot back, and a
lone STOP or START on SMS or WhatsApp, which takes effect at once (and is relayed too).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flows.i18n import _
from flows.steps import entry, show_menu
from flows.turn import Turn
from storage import tickets
from storage.models import CLOSED_STATUSES

ACTIVE = "handoff:active"
TICKET = "handoff_ref"
ACKNOWLEDGED = "acknowledged_at"
# After this long without a word from the person, their next message is acknowledged again.
LONG_SILENCE = timedelta(hours=4)


@entry("human")
async def start(turn: Turn) -> None:
    """Hand the conversation to staff at the person's request."""
    await hand_over(turn, reason="asked")


async def hand_over(turn: Turn, *, reason: str) -> None:
    """Open a handoff ticket and tell the person what happens next."""
    ref = await turn.open_ticket("handoff", {"reason": reason})
    turn.conv.data = {TICKET: ref}
    turn.goto(ACTIVE)
    intro = (
        _("I'm sorry I couldn't help.")
        if reason == "not_understood"
        else _("Of course.")
    )
    turn.say(
        intro
        + " "
        + _(
            "I've passed our conversation to our team; they will answer you here by {date} at the latest. "
            "Your reference is {ref}. Write 'menu' at any time to come back to me."
        ).format(ref=turn.ref(ref), date=turn.due_date())
    )


async def relay(turn: Turn) -> None:
    """Add the person's words to the handoff ticket and pass them on to staff."""
    ref = turn.data.get(TICKET)
    ticket = await tickets.get(ref) if ref else None
    if ticket is None or ticket.status in CLOSED_STATUSES:
        show_menu(turn, _("Our team has finished with your conversation. What else can I do for you?"))
        return
    if turn.understood.intent == "menu" and len(turn.text.split()) <= 3:
        show_menu(turn, _("You're back with the bot; our team keeps your request {ref}. What would you like to do?").format(ref=turn.ref(ticket.ref)))
        return
    if not turn.text:
        return
    acknowledge(turn, ticket.ref)
    ticket_id, text = ticket.id, turn.text
    turn.write(tickets.event(ticket_id, "person", "message", {"text": text}))
    if turn.desk.staff_transport and turn.desk.staff_address:
        from flows.staff_notice import relay_notice

        turn.send_later(turn.desk.staff_transport, turn.desk.staff_address, relay_notice(ticket.ref, text))


def acknowledge(turn: Turn, ref: str) -> None:
    """Tell the person, once and again after a long silence, that staff have their words (not
    under a reply already given, such as a STOP's receipt)."""
    last = turn.data.get(ACKNOWLEDGED)
    heard = turn.data.get("_seen")
    since = turn.now - datetime.fromisoformat(heard) if heard else timedelta(0)
    if turn.replies or (last is not None and since < LONG_SILENCE):
        return
    turn.data[ACKNOWLEDGED] = turn.now.isoformat()
    turn.say(
        _("Our team has your message ({ref}) and will answer here. Write 'menu' to come back to me.").format(
            ref=turn.ref(ref)
        )
    )
