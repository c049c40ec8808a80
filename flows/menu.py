"""The main menu: the way into every flow, by button, number or the person's own words."""

from __future__ import annotations

from flows.flow import Flow
from flows.i18n import _
from flows.kinds import INTENT_ENTRIES
from flows.steps import MENU, not_understood, show_menu, understood
from flows.turn import Turn

flow = Flow("menu")

# What each intent read from free text starts, when the person is at the menu.
INTENT_CHOICES = INTENT_ENTRIES


@flow.step(MENU)
async def at_menu(turn: Turn, choice: str | None) -> None:
    """Start what the person picked or asked for."""
    if choice is None:
        intent = turn.understood.intent
        choice = INTENT_CHOICES.get(intent)
        if choice is None and (intent == "greeting" or turn.conv.is_new):
            welcome(turn)
            return
    if choice is None:
        await not_understood(turn, _("Pick a number from the menu, or tell me what you need."))
        return
    await start_choice(turn, choice)


async def start_choice(turn: Turn, choice: str) -> None:
    """Start the flow behind a menu choice."""
    understood(turn)
    if choice == MENU:
        show_menu(turn)
        return
    if choice not in turn.desk.flows.entry_names:
        await not_understood(turn, _("Pick a number from the menu, or tell me what you need."))
        return
    turn.conv.data = {}
    await turn.desk.flows.start(turn, choice)


def welcome(turn: Turn) -> None:
    """Greet the person and show what the desk can do."""
    name = turn.organisation
    show_menu(
        turn,
        _(
            "Assalam o alaikum! This is the privacy desk of {organisation}. I can help you "
            "see, correct or delete your data, withdraw consent, stop marketing, or file a "
            "complaint. What would you like to do?"
        ).format(organisation=name),
    )
