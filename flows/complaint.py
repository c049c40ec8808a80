"""File a complaint: a category and the person's own words, for staff; the reply names the
regulator the person may turn to if unsatisfied, and how to reach the privacy officer.

A complaint that starts with the story itself ("you gave my number to a loan company ...") is
kept: the person picks a category and the complaint is filed without asking again."""

from __future__ import annotations

from flows.flow import Flow
from flows.i18n import N_, _, isolate
from flows.messages import Option
from flows.profile import Regulator
from flows.prompts import finish
from flows.steps import back_option, not_understood, understood
from flows.turn import Turn

flow = Flow("complaint")

CATEGORY = "complaint:category"
DETAILS = "complaint:details"
STORY = "story"
# A first message of this many words or more already says what happened.
STORY_WORDS = 8
CATEGORIES = (
    ("misuse", N_("My data was misused")),
    ("shared", N_("My data was shared without permission")),
    ("marketing", N_("Unwanted marketing")),
    ("security", N_("A leak or security problem")),
    ("service", N_("How my request was handled")),
    ("other", N_("Something else")),
)


@flow.entry("complaint")
async def start(turn: Turn) -> None:
    """Ask what the complaint is about, keeping a story told in the first message."""
    if len(turn.text.split()) >= STORY_WORDS:
        turn.data[STORY] = turn.text
    await ask_category(turn)


@flow.reask(CATEGORY)
async def ask_category(turn: Turn) -> None:
    """Offer the complaint's categories."""
    turn.goto(CATEGORY)
    turn.say(
        _("What is your complaint about?"),
        [*(Option(key, _(label)) for key, label in CATEGORIES), back_option()],
    )


@flow.step(CATEGORY)
async def category_given(turn: Turn, choice: str | None) -> None:
    """Note the category and ask for the person's own words, unless they gave them already."""
    keys = {key for key, _label in CATEGORIES}
    if choice not in keys:
        if turn.text and len(turn.text.split()) > 3:
            turn.data["category"] = "other"
            await _file(turn, _story_and(turn, turn.text))
            return
        await not_understood(turn, _("Pick what your complaint is about by its number."))
        return
    understood(turn)
    turn.data["category"] = choice
    if turn.data.get(STORY):
        await _file(turn, turn.data[STORY])
        return
    await ask_details(turn)


@flow.reask(DETAILS, back_to=CATEGORY)
async def ask_details(turn: Turn) -> None:
    """Ask what happened."""
    turn.goto(DETAILS)
    turn.say(_("Please tell us what happened, in your own words."), [back_option()])


@flow.step(DETAILS, free_text=True)
async def details_given(turn: Turn, choice: str | None) -> None:
    """File the complaint for staff."""
    if not turn.text:
        await not_understood(turn, _("Please tell us what happened, in your own words."))
        return
    understood(turn)
    await _file(turn, turn.text)


def _story_and(turn: Turn, words: str) -> str:
    story = turn.data.get(STORY)
    return f"{story}\n\n{words}" if story else words


async def _file(turn: Turn, words: str) -> None:
    ref = await turn.open_ticket("complaint", {"category": turn.data.get("category", "other"), "text": words})
    if turn.conv.channel == "sms":
        # One segment: the reference, the date and the regulator; contacts are a message away.
        finish(turn, _("Complaint sent: {ref}, reply by {date}. Not satisfied? Contact the {regulator}.").format(
            ref=turn.ref(ref), date=turn.due_date(), regulator=turn.profile.regulator.name.get(turn.language)
        ))
        return
    parts = [_("Your complaint is with our team.") + "\n" + turn.next_steps(ref), regulator_text(turn), contacts_text(turn)]
    finish(turn, "\n\n".join(p for p in parts if p))


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


def contacts_text(turn: Turn, *, role: bool = True) -> str:
    """Say how to reach the organisation's privacy officer, and (with `role`) who decides
    where it only processes data for a client."""
    contact = turn.profile.contact
    officer = contact.privacy_officer
    lines = []
    if officer and (officer.email or officer.phone):
        reach = " · ".join(isolate(c) for c in (officer.email, officer.phone) if c)
        name = officer.name.get(turn.language) if officer.name else _("our privacy officer")
        lines.append(_("You can also write to {name}: {contacts}").format(name=name, contacts=reach))
    elif contact.email or contact.phone:
        reach = " · ".join(isolate(c) for c in (contact.email, contact.phone) if c)
        lines.append(_("You can also write to {name}: {contacts}").format(name=turn.organisation, contacts=reach))
    if role and turn.profile.role != "controller" and turn.profile.role_note:
        lines.append(turn.profile.role_note.get(turn.language))
        lines.append(_("If an organisation gave you this account (your school, employer or admin), you can also ask its own privacy contact."))
    return "\n".join(lines)
