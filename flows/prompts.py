"""Asking a step's question again (after a greeting, a language switch or "back"), and
ending a finished step.

Each flow registers, beside its steps, how to put the question of a step in front of the
person again (`@reask("complaint:details")`), and which step "back" returns to from it
(`back_to=`); a step without a way back returns to the main menu.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from flows.i18n import _
from flows.messages import Reply
from flows.steps import MENU, show_menu
from flows.turn import Turn

Ask = Callable[[Turn], Awaitable[None]]

REASK: dict[str, Ask] = {}
BACK: dict[str, str] = {}


def reask(state: str, *, back_to: str | None = None) -> Callable[[Ask], Ask]:
    """Register how to ask the question of `state` again, and where "back" goes from it."""

    def register(fn: Ask) -> Ask:
        REASK[state] = fn
        if back_to is not None:
            BACK[state] = back_to
        return fn

    return register


async def ask_again(turn: Turn, state: str, intro: str | None = None) -> bool:
    """Put the question of `state` in front of the person again; False if it has none."""
    ask = REASK.get(state)
    if ask is None:
        return False
    before = len(turn.replies)
    turn.goto(state)
    await ask(turn)
    if intro and len(turn.replies) > before:
        first = turn.replies[before]
        turn.replies[before] = Reply(intro + "\n" + first.text, first.options, first.request_contact, first.documents)
    elif intro:
        turn.say(intro)
    return True


async def go_back(turn: Turn) -> None:
    """Go to the step before this one, or to the main menu."""
    target = BACK.get(turn.state, MENU)
    if target == MENU or not await ask_again(turn, target):
        show_menu(turn)


def finish(turn: Turn, text: str) -> None:
    """End a finished step: on SMS with a one-line pointer to the menu, elsewhere the menu."""
    if turn.conv.channel == "sms":
        turn.conv.data = {}
        turn.goto(MENU)
        turn.say(text + "\n" + _("Write 'menu' for more."))
        return
    show_menu(turn, text + "\n\n" + _("What else can I do for you?"))


def done_line(turn: Turn, ref: str) -> str:
    """Say plainly that a request the bot finished itself is done, with its reference."""
    return _("Done: nothing more to wait for. Reference {ref}.").format(ref=turn.ref(ref))
