"""Route a message to its step: options by number or words, commands that work anywhere,
free text that starts a flow from wherever the person is."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from flows import (  # noqa: F401 - importing registers each flow's steps
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
from flows.i18n import language
from flows.steps import FREE_TEXT, MENU, STEPS, menu_options, show_menu
from flows.turn import Turn
from flows.understanding import cached_for_short_texts, normalize_roman, normalize_urdu

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
    step = STEPS.get(turn.state) or STEPS[MENU]
    await step(turn, choice)


def pick_option(turn: Turn) -> str | None:
    """Find the offered option the person chose: a button, its number, or its words."""
    offered = [(key, label) for key, label in turn.data.get("options", [])]
    if not offered and turn.state == MENU:
        offered = [(o.key, o.label) for o in menu_options()]
    if turn.message.option:
        return turn.message.option
    if not offered or not turn.text:
        return None
    number = _NUMBER.match(_ascii_digits(turn.text))
    if number:
        index = int(number.group(1)) - 1
        return offered[index][0] if 0 <= index < len(offered) else None
    return _by_words(turn, offered)


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
    if turn.state in FREE_TEXT and len(turn.text.split()) > 3:
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
    if u.intent == "status" and (u.reference or turn.state not in FREE_TEXT):
        await requests.status(turn)
        return True
    return False


async def _new_flow(turn: Turn) -> bool:
    """Start the flow the person asked for in their own words, leaving the current one."""
    if turn.state in FREE_TEXT:
        return False
    flow = FLOW_INTENTS.get(turn.understood.intent)
    if flow is None:
        return False
    turn.conv.data = {}
    await menu.start_choice(turn, flow)
    return True
