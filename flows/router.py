"""Route a message to its step: options by number or words, commands that work anywhere,
free text that starts a flow from wherever the person is.

`FLOWS` composes every flow of the desk, in this one place; a `Desk` routes through its own
`flows` (these, unless a test composes others).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from flows import (
    access,
    complaint,
    consent,
    erasure,
    handoff,
    identity,
    marketing,
    menu,
    other_rights,
    rectification,
    repair,
    requests,
    settings,
)
from flows.flow import Flows
from flows.i18n import language
from flows.steps import MENU, menu_options, show_menu
from flows.turn import Turn
from flows.understanding import cached_for_short_texts, normalize_roman, normalize_urdu

FLOWS = Flows(
    (
        menu.flow,
        access.flow,
        consent.flow,
        marketing.flow,
        erasure.flow,
        rectification.flow,
        complaint.flow,
        other_rights.flow,
        handoff.flow,
        requests.flow,
        identity.flow,
        settings.flow,
    ),
    home=MENU,
)

# Flows a person can start with their own words from any step ("status" is a command instead).
FLOW_INTENTS = {intent: choice for intent, choice in menu.INTENT_CHOICES.items() if intent != "status"}
GLOBAL_OPTIONS = {MENU, "human"}
_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")


async def route(turn: Turn) -> None:
    """Handle one message wherever the conversation stands."""
    kept = repair.carried(turn)
    with language(repair.reply_language(turn)):
        await _route(turn)
    repair.after_turn(turn, kept)


async def _route(turn: Turn) -> None:
    if turn.state == handoff.ACTIVE:
        await marketing.carrier_keyword(turn, stay=True)
        await handoff.relay(turn)
        return
    if await marketing.carrier_keyword(turn):
        return
    choice = pick_option(turn)
    if choice is None and await repair.before_step(turn):
        return
    if choice is None and await _command(turn):
        return
    if choice in GLOBAL_OPTIONS and turn.state not in (MENU,):
        await menu.start_choice(turn, choice)
        return
    if choice is None and turn.state != MENU and await _new_flow(turn):
        return
    await turn.desk.flows.step(turn.state)(turn, choice)


def pick_option(turn: Turn) -> str | None:
    """Find the offered option the person chose: a button, its number, or its words.

    A button's key comes back from the person's side (Telegram callback data, a WhatsApp reply
    id), so only the keys of the conversation's last reply are taken; any other is read as the
    words of its label, if any. The main menu and a person are commands from anywhere anyway.
    """
    offered = offered_options(turn)
    key = turn.message.option
    if key and (key in GLOBAL_OPTIONS or any(key == k for k, _label in offered)):
        return key
    if not offered or not turn.text:
        return None
    number = _NUMBER.match(_ascii_digits(turn.text))
    if number:
        index = int(number.group(1)) - 1
        return offered[index][0] if 0 <= index < len(offered) else None
    return _by_words(turn, offered)


def offered_options(turn: Turn) -> list[tuple[str, str]]:
    """Give the options of the conversation's last reply, as (key, label)."""
    offered = [(str(key), str(label)) for key, label in turn.data.get("options", [])]
    if not offered and turn.state == MENU:
        offered = [(o.key, o.label) for o in menu_options()]
    return offered


def _by_words(turn: Turn, offered: list[tuple[str, str]]) -> str | None:
    said = _fold(turn.text)
    for key, label in offered:
        if said == _fold_label(label) or said == key or repair.names_option(turn, label):
            return key
    intent = turn.understood.intent
    keys = {key for key, _label in offered}
    if intent in ("yes", "no") and intent in keys:
        return intent
    best = max(offered, key=lambda o: fuzz.ratio(said, _fold_label(o[1])))
    if len(said) >= 4 and fuzz.ratio(said, _fold_label(best[1])) >= 88:
        return best[0]
    return None


@cached_for_short_texts
def _fold(text: str) -> str:
    return normalize_roman(normalize_urdu(text))


# Labels come from the catalogs and the profile, a small fixed set: fold each once, not on
# every message of every conversation.
_fold_label = lru_cache(maxsize=1024)(_fold)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def _ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


async def _command(turn: Turn) -> bool:
    """Handle menu, cancel, language and status, which work at any step."""
    u = turn.understood
    if turn.desk.flows.takes_free_text(turn.state) and len(turn.text.split()) > 3:
        return False
    if u.intent == "menu":
        show_menu(turn)
        return True
    if u.intent == "cancel":
        await requests.cancel(turn)
        return True
    if u.intent == "language":
        await settings.switch_language(turn)
        return True
    if u.intent == "status" and (u.reference or not turn.desk.flows.takes_free_text(turn.state)):
        await requests.status(turn)
        return True
    return False


async def _new_flow(turn: Turn) -> bool:
    """Start the flow the person asked for in their own words, leaving the current one."""
    if turn.desk.flows.takes_free_text(turn.state):
        return False
    flow = FLOW_INTENTS.get(turn.understood.intent)
    if flow is None:
        return False
    turn.conv.data = {}
    await menu.start_choice(turn, flow)
    return True
