"""The helpers every flow shares: the main menu, confirmations, and not understanding.

A step is an async function `(turn, choice)` registered on its flow's `Flow` (flows/flow.py)
under a readable state name (`"erasure:confirm"`); `choice` is the option key the person picked
(by button, number or words), or None when they wrote something else.
"""

from __future__ import annotations

from functools import cache

from flows.i18n import _, current_language
from flows.kinds import MENU_ITEMS
from flows.messages import Option
from flows.turn import Turn

MENU = "menu"
MISSES = "misses"
# The way into the handoff flow (flows/handoff.py) when the person was not understood three
# times: an entry of its own, reached through the desk's flows rather than an import of them.
NOT_UNDERSTOOD = "handoff:not_understood"


def menu_options() -> list[Option]:
    """Give the main menu's options in the current language."""
    return list(_menu_options(current_language()))


@cache
def _menu_options(language: str) -> tuple[Option, ...]:
    return tuple(Option(item.entry, _(item.label)) for item in MENU_ITEMS)


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
        await turn.desk.flows.start(turn, NOT_UNDERSTOOD)
        return
    if misses == 2:
        turn.say(
            _("Sorry, I still didn't understand. Would you like to talk to a person?"),
            [Option("human", _("Talk to a person")), back_option()],
        )
        turn.conv.data[MISSES] = misses
        return
    turn.say(_("Sorry, I didn't understand that.") + "\n" + reprompt, options or [])
