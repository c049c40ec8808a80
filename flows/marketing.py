"""Stop marketing: per channel or all, at once, with a receipt.

On SMS and WhatsApp a lone carrier keyword (STOP, UNSUBSCRIBE, بند, "band karo", ...) opts that
number out of marketing on that channel straight away, as carriers expect; START undoes it.
"""

from __future__ import annotations

import re

from flows.i18n import N_, _
from flows.messages import Option
from flows.steps import back_option, entry, not_understood, show_menu, step, understood
from flows.turn import Turn
from storage import ledger

CHOOSE = "marketing:choose"
ALL = "all"
OPTED_OUT, OPTED_IN = "opted_out", "opted_in"

CHANNEL_NAMES = {
    "sms": N_("SMS"),
    "calls": N_("Phone calls"),
    "email": N_("Email"),
    "whatsapp": N_("WhatsApp"),
    "push": N_("App notifications"),
}
# "cancel" and "quit", carrier keywords elsewhere, are left out: here they leave the current
# step, which must work everywhere; "STOP" is what the replies themselves point to.
STOP_WORDS = {
    "stop", "unsubscribe", "end", "stopall", "optout", "opt out", "revoke",
    "بند", "بند کرو", "بند کریں", "band", "band karo", "band kro", "band kar do", "bnd karo",
}
START_WORDS = {"start", "unstop", "subscribe", "شروع", "shuru", "shuru karo", "chalu karo"}
_CARRIER_CHANNELS = ("sms", "whatsapp")


def _keyword(text: str) -> str:
    return re.sub(r"[\s.!۔]+", " ", text.casefold()).strip()


async def carrier_keyword(turn: Turn, *, stay: bool = False) -> bool:
    """Handle a lone STOP or START on SMS or WhatsApp; False if the message is not one.

    With `stay`, the person is told without being taken back to the menu (while staff have
    the conversation, a STOP still takes effect at once, as carriers expect).
    """
    channel = turn.conv.channel
    if channel not in _CARRIER_CHANNELS or turn.message.option:
        return False
    word = _keyword(turn.text)
    if word in STOP_WORDS:
        receipt = turn.record_choice(ledger.MARKETING, channel, OPTED_OUT)
        text = _("You won't get marketing messages by {channel} from us any more. Receipt {receipt}. Reply START to get them again.")
    elif word in START_WORDS:
        receipt = turn.record_choice(ledger.MARKETING, channel, OPTED_IN)
        text = _("You will get marketing messages by {channel} again. Receipt {receipt}. Reply STOP to stop them.")
    else:
        return False
    text = text.format(channel=_(CHANNEL_NAMES[channel]), receipt=turn.ref(receipt))
    if stay:
        turn.say(text)
    else:
        show_menu(turn, text)
    return True


@entry("marketing")
async def start(turn: Turn) -> None:
    """Show the marketing channels with their state."""
    current = await ledger.current(turn.conv.subject_id, ledger.MARKETING)
    lines, options = [_("Marketing you may get from {organisation}:").format(organisation=turn.organisation)], []
    for channel in turn.profile.marketing_channels:
        stopped = channel in current and current[channel].state == OPTED_OUT
        state = _("stopped") if stopped else _("on")
        lines.append(f"• {_(CHANNEL_NAMES[channel])}: {state}")
        if not stopped:
            options.append(Option(channel, _(CHANNEL_NAMES[channel])))
    if not options:
        show_menu(turn, "\n".join([*lines, _("All marketing to you is already stopped.")]))
        return
    if len(options) > 1:
        options.append(Option(ALL, _("All of them")))
    lines.append(_("Which would you like to stop?"))
    turn.goto(CHOOSE)
    turn.say("\n".join(lines), [*options, back_option()])


@step(CHOOSE)
async def choose(turn: Turn, choice: str | None) -> None:
    """Stop the channel picked, or all of them."""
    channels = _channels(turn, choice)
    if not channels:
        await not_understood(turn, _("Pick a channel by its number, or 'All of them'."))
        return
    understood(turn)
    ref = await turn.open_ticket("marketing_opt_out", {"channels": channels})
    receipts = [(c, turn.record_choice(ledger.MARKETING, c, OPTED_OUT, ticket_ref=ref)) for c in channels]
    lines = [_("Done. It takes effect now. You won't get marketing by:")]
    lines += [
        "• " + _("{channel} (receipt {receipt})").format(channel=_(CHANNEL_NAMES[c]), receipt=turn.ref(r))
        for c, r in receipts
    ]
    lines.append(turn.next_steps_done(ref))
    show_menu(turn, "\n".join(lines) + "\n\n" + _("What else can I do for you?"))


_NAMED = {
    "sms": r"\b(sms|text|texts|message|messages|msg|msgs)\b|ایس ایم ایس|پیغام",
    "calls": r"\b(call|calls|phone|fon|kaal)\b|کال|فون",
    "email": r"\b(e-?mails?|mails?)\b|ای میل",
    "whatsapp": r"\b(whats ?app|wa)\b|واٹس ایپ",
    "push": r"\b(push|notifications?|app)\b|نوٹیفکیشن",
}
_ALL = r"\b(all|every|everything|sab|sabhi|saray|sare|saare)\b|سب|تمام"


def _channels(turn: Turn, choice: str | None) -> list[str]:
    offered = [key for key, _label in turn.data.get("options", []) if key in CHANNEL_NAMES]
    if choice == ALL:
        return offered
    if choice is not None and choice in offered:
        return [choice]
    text = turn.text.casefold()
    if choice is None and re.search(_ALL, text):
        return offered
    return [c for c in offered if re.search(_NAMED[c], text)]
