"""The registry of conversation steps, and the helpers every flow shares.

A step is an async function `(turn, choice)` registered under a readable state name
(`"erasure:confirm"`); `choice` is the option key the person picked (by button, number or
words), or None when they wrote something else.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cache

from flows.i18n import N_, _, current_language
from flows.messages import Option
from flows.turn import Turn

Step = Callable[[Turn, "str | None"], Awaitable[None]]
Entry = Callable[[Turn], Awaitable[None]]

STEPS: dict[str, Step] = {}
ENTRIES: dict[str, Entry] = {}
# Steps where the person writes in their own words: only short, clear commands
# (menu, cancel, language) interrupt them.
FREE_TEXT: set[str] = set()

MENU = "menu"
MISSES = "misses"


def step(name: str, *, free_text: bool = False) -> Callable[[Step], Step]:
    """Register a step under its state name."""

    def register(fn: Step) -> Step:
        STEPS[name] = fn
        if free_text:
            FREE_TEXT.add(name)
        return fn

    return register


def entry(name: str) -> Callable[[Entry], Entry]:
    """Register a flow's starting point, so that identity checks can resume it by name."""

    def register(fn: Entry) -> Entry:
        ENTRIES[name] = fn
        return fn

    return register


MENU_ITEMS: tuple[tuple[str, str], ...] = (
    ("access", N_("See my data")),
    ("consent", N_("Withdraw consent")),
    ("marketing", N_("Stop marketing")),
    ("erasure", N_("Delete my data")),
    ("rectification", N_("Correct my data")),
    ("complaint", N_("File a complaint")),
    ("other", N_("Other rights")),
    ("human", N_("Talk to a person")),
    ("requests", N_("My requests")),
)


def menu_options() -> list[Option]:
    """Give the main menu's options in the current language."""
    return list(_menu_options(current_language()))


@cache
def _menu_options(language: str) -> tuple[Option, ...]:
    return tuple(Option(key, _(label)) for key, label in MENU_ITEMS)


def back_option() -> Option:
    """Offer the way back to the main menu."""
    return Option(MENU, _("Main menu"))


def yes_no(yes: str, no: str) -> list[Option]:
    """Offer a confirmation with words that say what each answer does."""
    return [Option("yes", yes), Option("no", no)]


def show_menu(turn: Turn, intro: str | None = None) -> None:
    """Put the main menu in front of the person."""
    turn.conv.data = {}
    turn.goto(MENU)
    turn.say(intro or _("What would you like to do?"), menu_options())


def understood(turn: Turn) -> None:
    """Reset the count of misunderstandings after a step that made sense."""
    turn.conv.data.pop(MISSES, None)


async def not_understood(turn: Turn, reprompt: str, options: list[Option] | None = None) -> None:
    """Say so politely; offer a person on the second miss and hand over on the third."""
    misses = int(turn.conv.data.get(MISSES, 0)) + 1
    turn.conv.data[MISSES] = misses
    if misses >= 3:
        from flows.handoff import hand_over

        await hand_over(turn, reason="not_understood")
        return
    if misses == 2:
        turn.say(
            _("Sorry, I still didn't understand. Would you like to talk to a person?"),
            [Option("human", _("Talk to a person")), back_option()],
        )
        turn.conv.data[MISSES] = misses
        return
    turn.say(_("Sorry, I didn't understand that.") + "\n" + reprompt, options or [])
