"""Stop marketing: per channel or all, at once, with a receipt; and restart a channel.

On SMS and WhatsApp a lone carrier keyword (STOP, UNSUBSCRIBE, بند, "band karo", ...) opts that
number out of marketing on that channel straight away, as carriers expect; START undoes it.
Withdrawn consent for the profile's marketing purpose stops every channel too, and the list
says so. On SMS the desk never asks anyone to type an opt-out word that carriers and Twilio
treat as "block every message from this number" (STOP, CANCEL, QUIT, ...).
"""

from __future__ import annotations

import re

from flows.flow import Flow
from flows.i18n import N_, _, format_list, ngettext
from flows.messages import Option
from flows.profile import Purpose
from flows.prompts import done_line, finish
from flows.steps import back_option, not_understood, show_menu, understood
from flows.turn import Turn
from storage import ledger

flow = Flow("marketing")

CHOOSE = "marketing:choose"
ALL = "all"
RESTART = "restart:"
OPTED_OUT, OPTED_IN = "opted_out", "opted_in"

CHANNEL_NAMES = {
    "sms": N_("SMS"),
    "calls": N_("Phone calls"),
    "email": N_("Email"),
    "whatsapp": N_("WhatsApp"),
    "push": N_("App notifications"),
}
# "cancel" and "quit", carrier keywords elsewhere, are left out: here they leave the current
# step, which must work everywhere.
STOP_WORDS = {
    "stop", "unsubscribe", "end", "stopall", "optout", "opt out", "revoke",
    "بند", "بند کرو", "بند کریں", "band", "band karo", "band kro", "band kar do", "bnd karo",
}
START_WORDS = {"start", "unstop", "subscribe", "شروع", "shuru", "shuru karo", "chalu karo"}
_CARRIER_CHANNELS = ("sms", "whatsapp")
# The consent purpose that covers marketing, by its key or English name in the profile.
_MARKETING_PURPOSE = re.compile(r"market|promot|communicat", re.IGNORECASE)


def _keyword(text: str) -> str:
    return re.sub(r"[\s.!۔]+", " ", text.casefold()).strip()


async def carrier_keyword(turn: Turn, *, stay: bool = False) -> bool:
    """Handle a lone STOP or START on SMS or WhatsApp in one short reply; False otherwise.

    The person stays where they were (while staff have the conversation, a STOP still takes
    effect at once, as carriers expect); on WhatsApp the menu follows, on SMS it does not.
    """
    channel = turn.conv.channel
    if channel not in _CARRIER_CHANNELS or turn.message.option:
        return False
    word = _keyword(turn.text)
    if word in STOP_WORDS:
        receipt = turn.record_choice(ledger.MARKETING, channel, OPTED_OUT)
        text = _("No more marketing by {channel}. Receipt {receipt}. Reply START to undo.")
    elif word in START_WORDS:
        receipt = turn.record_choice(ledger.MARKETING, channel, OPTED_IN)
        text = _("Marketing by {channel} is on again. Receipt {receipt}. To stop it, write 'stop marketing'.")
    else:
        return False
    text = text.format(channel=_(CHANNEL_NAMES[channel]), receipt=turn.ref(receipt))
    if stay or channel == "sms":
        turn.say(text)
    else:
        show_menu(turn, text)
    return True


def marketing_purpose(turn: Turn) -> Purpose | None:
    """Find the consent purpose that covers marketing, if the profile has one."""
    return next(
        (p for p in turn.profile.purposes if _MARKETING_PURPOSE.search(p.key) or _MARKETING_PURPOSE.search(p.name.en)),
        None,
    )


async def consent_withdrawn(turn: Turn) -> Purpose | None:
    """Give the marketing purpose when the person has withdrawn consent for it."""
    purpose = marketing_purpose(turn)
    if purpose is None:
        return None
    current = await ledger.current(turn.conv.subject_id, ledger.CONSENT)
    entry_ = current.get(purpose.key)
    return purpose if entry_ is not None and entry_.state == "withdrawn" else None


@flow.entry("marketing")
@flow.reask(CHOOSE)
async def start(turn: Turn) -> None:
    """Show the marketing channels with their state; offer to stop or restart each."""
    current = await ledger.current(turn.conv.subject_id, ledger.MARKETING)
    organisation = turn.organisation
    withdrawn = await consent_withdrawn(turn)
    lines = [_("Marketing you may get from {organisation}:").format(organisation=organisation)]
    # On SMS the options are the list of channels; their states are not said twice.
    short = turn.conv.channel == "sms"
    if short:
        lines = []
    stop, restart = [], []
    for channel in turn.profile.marketing_channels:
        stopped = withdrawn is not None or (channel in current and current[channel].state == OPTED_OUT)
        state = _("stopped") if stopped else _("on")
        if not short:
            lines.append(f"• {_(CHANNEL_NAMES[channel])}: {state}")
        if not stopped:
            stop.append(Option(channel, _(CHANNEL_NAMES[channel])))
        elif withdrawn is None:
            restart.append(Option(RESTART + channel, _("Restart {channel}").format(channel=_(CHANNEL_NAMES[channel]))))
    if withdrawn is not None:
        lines.append(
            _("You withdrew consent for “{purpose}”, so no marketing is sent to you. To get it again, give that consent back under Withdraw consent.").format(
                purpose=withdrawn.name.get(turn.language)
            )
        )
        finish(turn, "\n".join(lines))
        return
    if len(stop) > 1:
        stop.append(Option(ALL, _("All of them")))
    lines.append(_("Which would you like to stop?") if stop else _("All marketing to you is already stopped."))
    turn.goto(CHOOSE)
    turn.say("\n".join(lines), [*stop, *restart, back_option()])


@flow.step(CHOOSE)
async def choose(turn: Turn, choice: str | None) -> None:
    """Stop the channel picked, or all of them; or restart one."""
    if choice and choice.startswith(RESTART):
        understood(turn)
        _restart(turn, choice.removeprefix(RESTART))
        return
    channels = _channels(turn, choice)
    if not channels:
        await not_understood(turn, _("Pick a channel by its number, or 'All of them'."))
        return
    understood(turn)
    ref = await turn.open_ticket("marketing_opt_out", {"channels": channels})
    receipts = [turn.record_choice(ledger.MARKETING, c, OPTED_OUT, ticket_ref=ref) for c in channels]
    finish(turn, grouped_receipts(
        turn,
        _("Stopped now: marketing by {channels}."),
        [_(CHANNEL_NAMES[c]) for c in channels],
        receipts,
    ) + "\n" + done_line(turn, ref))


def _restart(turn: Turn, channel: str) -> None:
    """Record that the person wants marketing on a channel again."""
    if channel not in CHANNEL_NAMES:
        show_menu(turn)
        return
    receipt = turn.record_choice(ledger.MARKETING, channel, OPTED_IN)
    finish(turn, _("Marketing by {channel} is on again. Receipt {receipt}.").format(
        channel=_(CHANNEL_NAMES[channel]), receipt=turn.ref(receipt)
    ))


def grouped_receipts(turn: Turn, headline: str, names: list[str], receipts: list[str]) -> str:
    """Say what was recorded in one line and give its receipts together."""
    label = ngettext("Receipt: {receipts}", "Receipts: {receipts}", len(receipts))
    return headline.format(channels=format_list(names)) + "\n" + label.format(
        receipts=", ".join(turn.ref(r) for r in receipts)
    )


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
