"""File a complaint: a category and the person's own words, for staff; the reply names the
regulator the person may turn to if unsatisfied."""

from __future__ import annotations

from flows.i18n import N_, _, isolate
from flows.messages import Option
from flows.profile import Regulator
from flows.steps import back_option, entry, not_understood, show_menu, step, understood
from flows.turn import Turn

CATEGORY = "complaint:category"
DETAILS = "complaint:details"
CATEGORIES = (
    ("misuse", N_("My data was misused")),
    ("shared", N_("My data was shared without permission")),
    ("marketing", N_("Unwanted marketing")),
    ("security", N_("A leak or security problem")),
    ("service", N_("How my request was handled")),
    ("other", N_("Something else")),
)


@entry("complaint")
async def start(turn: Turn) -> None:
    """Ask what the complaint is about."""
    turn.goto(CATEGORY)
    turn.say(
        _("I'm sorry you've had a problem. What is your complaint about?"),
        [*(Option(key, _(label)) for key, label in CATEGORIES), back_option()],
    )


@step(CATEGORY)
async def category_given(turn: Turn, choice: str | None) -> None:
    """Note the category and ask for the person's own words."""
    keys = {key for key, _label in CATEGORIES}
    if choice not in keys:
        if turn.text and len(turn.text.split()) > 3:
            turn.data["category"] = "other"
            await _file(turn, turn.text)
            return
        await not_understood(turn, _("Pick what your complaint is about by its number."))
        return
    understood(turn)
    turn.data["category"] = choice
    turn.goto(DETAILS)
    turn.say(_("Please tell us what happened, in your own words."), [back_option()])


@step(DETAILS, free_text=True)
async def details_given(turn: Turn, choice: str | None) -> None:
    """File the complaint for staff."""
    if not turn.text:
        await not_understood(turn, _("Please tell us what happened, in your own words."))
        return
    understood(turn)
    await _file(turn, turn.text)


async def _file(turn: Turn, words: str) -> None:
    ref = await turn.open_ticket("complaint", {"category": turn.data.get("category", "other"), "text": words})
    show_menu(turn, _("Your complaint is with our team.") + "\n" + turn.next_steps(ref) + "\n\n" + regulator_text(turn) + "\n\n" + _("What else can I do for you?"))


def regulator_text(turn: Turn) -> str:
    """Name the regulator the person may turn to if our answer does not satisfy them."""
    text = _("If you are not satisfied with our answer, you can contact the {regulator}.").format(
        regulator=turn.profile.regulator.name.get(turn.language)
    )
    return text + regulator_contacts(turn.profile.regulator)


def regulator_contacts(regulator: Regulator) -> str:
    """Say how to reach the regulator (website, e-mail, phone), after a space; "" if unknown."""
    contacts = [c for c in (regulator.website, regulator.email, regulator.phone) if c]
    if not contacts:
        return ""
    return " " + _("You can reach it at {contacts}.").format(contacts=" · ".join(isolate(c) for c in contacts))
