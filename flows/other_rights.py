"""Other rights: restrict processing, object to profiling or direct marketing, and a guardian
acting for a child. A right the profile does not offer is explained honestly and can still be
sent to staff."""

from __future__ import annotations

from flows.complaint import contacts_text
from flows.flow import Flow
from flows.i18n import N_, _
from flows.identity import require_verified
from flows.kinds import IDENTITY_KINDS
from flows.messages import Option
from flows.prompts import finish
from flows.steps import back_option, not_understood, show_menu, understood, yes_no
from flows.turn import Turn

flow = Flow("other")

CHOOSE = "other:choose"
NOT_OFFERED = "other:not_offered"
DETAILS = "other:details"
# Where a restriction or an objection goes on once the person's identity is proven.
AFTER_IDENTITY = {"restriction": "restriction:ask", "objection": "objection:ask"}
KIND = "kind"

RIGHTS = (
    ("restriction", N_("Restrict how my data is used")),
    ("objection", N_("Object to profiling")),
    ("guardian_request", N_("I'm a parent or guardian acting for a child")),
)
QUESTIONS = {
    "restriction": N_("Which use of your data should be paused or limited, and why? Please write it in your own words."),
    "objection": N_("What do you object to (for example profiling, targeted ads or direct marketing)? Please write it in your own words."),
    "guardian_request": N_("Please tell us the child's name and age, and what you would like us to do with their data."),
}
VERIFIED = IDENTITY_KINDS
STORY = "story"
# A first message of this many words or more already describes the request.
STORY_WORDS = 8
# An answer of this many words to "send it to the team anyway?" describes the request.
DESCRIBED_WORDS = 3


@flow.entry("other")
@flow.reask(CHOOSE)
async def start(turn: Turn) -> None:
    """Offer the other rights."""
    turn.goto(CHOOSE)
    turn.say(_("Which right would you like to use?"), [*(Option(k, _(label)) for k, label in RIGHTS), back_option()])


@flow.step(CHOOSE)
async def chosen(turn: Turn, choice: str | None) -> None:
    """Start the right picked."""
    if choice not in {k for k, _label in RIGHTS}:
        await not_understood(turn, _("Pick a right by its number."))
        return
    understood(turn)
    await begin(turn, choice)


@flow.entry("restriction")
async def restriction(turn: Turn) -> None:
    """Start a restriction request."""
    await begin(turn, "restriction")


@flow.entry("objection")
async def objection(turn: Turn) -> None:
    """Start an objection."""
    await begin(turn, "objection")


async def begin(turn: Turn, kind: str) -> None:
    """Explain a right that is not offered, or go on to the request."""
    if len(turn.text.split()) >= STORY_WORDS:
        turn.data[STORY] = turn.text
    turn.data[KIND] = kind
    if not turn.profile.right(kind).offered:
        await explain_not_offered(turn)
        return
    await _ask(turn, kind)


@flow.reask(NOT_OFFERED, back_to=CHOOSE)
async def explain_not_offered(turn: Turn) -> None:
    """Say honestly that the right is not offered, who to reach, and offer staff anyway."""
    right = turn.profile.right(_kind(turn))
    turn.goto(NOT_OFFERED)
    note = right.note.get(turn.language) if right.note else _("{organisation} does not offer this right.").format(organisation=turn.organisation)
    if turn.conv.channel == "sms":
        # Every segment costs: no role note, no option list, and the request asked for at once.
        parts = [note, contacts_text(turn, role=False),
                 _("Our team can still look at it: write your request in your own words, or 'no'.")]
        turn.say("\n\n".join(p for p in parts if p))
        return
    parts = [note, contacts_text(turn), _("Would you like our team to look at your request anyway?")]
    turn.say("\n\n".join(p for p in parts if p), yes_no(_("Yes, send it to the team"), _("No, thanks")))


@flow.step(NOT_OFFERED, free_text=True)
async def anyway(turn: Turn, choice: str | None) -> None:
    """Send a request for a right not offered to staff, if the person wants; a description
    written instead of a yes is the request itself."""
    if choice == "yes" or turn.understood.intent == "yes":
        understood(turn)
        await _ask(turn, _kind(turn))
    elif choice == "no" or turn.understood.intent == "no":
        understood(turn)
        show_menu(turn)
    elif choice is None and len(turn.text.split()) >= DESCRIBED_WORDS:
        understood(turn)
        turn.data[STORY] = turn.text
        await _ask(turn, _kind(turn))
    else:
        await not_understood(turn, _("Please answer yes or no."), yes_no(_("Yes, send it to the team"), _("No, thanks")))


def _kind(turn: Turn) -> str:
    kind = turn.data.get(KIND)
    return kind if kind in QUESTIONS else "restriction"


async def _ask(turn: Turn, kind: str) -> None:
    if kind in VERIFIED and not await require_verified(turn, resume=AFTER_IDENTITY[kind]):
        return
    await ask_details(turn, kind)


async def ask_details(turn: Turn, kind: str) -> None:
    """Ask the person to describe the request in their own words, unless they already did."""
    story = turn.data.get(STORY)
    turn.conv.data = {KIND: kind}
    if story:
        await _file(turn, story)
        return
    turn.goto(DETAILS)
    turn.say(_(QUESTIONS[kind]), [back_option()])


@flow.reask(DETAILS, back_to=CHOOSE)
async def ask_details_again(turn: Turn) -> None:
    """Ask for the request's details again."""
    turn.data.pop(STORY, None)
    await ask_details(turn, _kind(turn))


@flow.resume(AFTER_IDENTITY["restriction"])
async def restriction_after_identity(turn: Turn) -> None:
    """Carry on with a restriction once the person is verified."""
    await ask_details(turn, "restriction")


@flow.resume(AFTER_IDENTITY["objection"])
async def objection_after_identity(turn: Turn) -> None:
    """Carry on with an objection once the person is verified."""
    await ask_details(turn, "objection")


@flow.step(DETAILS, free_text=True)
async def details_given(turn: Turn, choice: str | None) -> None:
    """Open the request for staff."""
    if not turn.text:
        await not_understood(turn, _("Please describe your request in your own words."))
        return
    understood(turn)
    await _file(turn, turn.text)


async def _file(turn: Turn, words: str) -> None:
    kind = _kind(turn)
    ref = await turn.open_ticket(kind, {"text": words, "offered": turn.profile.offers(kind)})
    finish(turn, _("Thank you. Your request is with our team.") + "\n" + turn.next_steps(ref))
