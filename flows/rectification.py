"""Correct my data: which item is wrong and what is right; staff make the change."""

from __future__ import annotations

from flows.flow import Flow
from flows.i18n import _
from flows.identity import require_verified
from flows.messages import Option
from flows.steps import back_option, not_understood, show_menu, understood
from flows.turn import Turn

flow = Flow("rectification")

ITEM = "rectification:item"
VALUE = "rectification:value"
ASK_ITEM = "rectification:ask"
OTHER = "other"


@flow.entry("rectification")
async def start(turn: Turn) -> None:
    """Check who is asking, then ask what needs correcting."""
    if await require_verified(turn, resume=ASK_ITEM):
        await ask_item(turn)


@flow.resume(ASK_ITEM)
async def ask_item(turn: Turn) -> None:
    """Ask which part of the data is wrong."""
    options = [Option(f"cat:{c.key}", c.name.get(turn.language)) for c in turn.profile.categories]
    options.append(Option(OTHER, _("Something else")))
    turn.goto(ITEM)
    turn.say(_("Which of your details is wrong? Pick one, or describe it in your own words."), [*options, back_option()])


@flow.step(ITEM, free_text=True)
async def item_given(turn: Turn, choice: str | None) -> None:
    """Note the item and ask for the correct value."""
    if choice and choice.startswith("cat:"):
        category = turn.profile.category(choice.removeprefix("cat:"))
        item = category.name.get(turn.language) if category else choice
    elif choice == OTHER:
        turn.say(_("Please describe what is wrong, in your own words."), [back_option()])
        return
    elif turn.text:
        item = turn.text
    else:
        await not_understood(turn, _("Which of your details is wrong?"))
        return
    understood(turn)
    turn.data["item"] = item
    turn.goto(VALUE)
    turn.say(_("What should it say instead? Please write the correct details."), [back_option()])


@flow.step(VALUE, free_text=True)
async def value_given(turn: Turn, choice: str | None) -> None:
    """Open the correction request for staff."""
    if not turn.text:
        await not_understood(turn, _("Please write the correct details."))
        return
    understood(turn)
    item = turn.data.get("item", "")
    ref = await turn.open_ticket("rectification", {"item": item, "correct_value": turn.text})
    show_menu(turn, _("Thank you. Our team will correct it and let you know.") + "\n" + turn.next_steps(ref) + "\n\n" + _("What else can I do for you?"))
