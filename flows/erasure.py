"""Delete my data: an honest account of what goes and what stays, explicit confirmation,
then a request for staff."""

from __future__ import annotations

from flows.flow import Flow
from flows.i18n import _, format_list
from flows.identity import require_verified
from flows.messages import Option
from flows.profile import Category, Profile
from flows.prompts import finish
from flows.repair import kind_of
from flows.steps import not_understood, understood, yes_no
from flows.turn import Turn

flow = Flow("erasure")

EXPLAIN = "erasure:explain"
CONFIRM = "erasure:confirm"
# A rule that keeps data this long at most ("deleted within 90 days") still deletes it.
ERASURE_DAYS = 90
DETAILS = "details"


@flow.entry("erasure")
async def start(turn: Turn) -> None:
    """Check who is asking, then explain what deletion means here."""
    if await require_verified(turn, resume=EXPLAIN):
        await explain(turn)


@flow.resume(EXPLAIN)
async def explain(turn: Turn) -> None:
    """Say what will be deleted, what is kept and why, and ask for confirmation.

    On SMS the explanation is the short one, and the full text is one reply away.
    """
    turn.goto(CONFIRM)
    if turn.conv.channel == "sms":
        turn.say(short_explanation(turn), _confirm_options(turn, with_details=True))
        return
    turn.say("\n\n".join(explanation(turn)), _confirm_options(turn, with_details=False))


@flow.reask(CONFIRM)
async def ask_again(turn: Turn) -> None:
    """Ask for the confirmation again in short, with the full text one reply away."""
    turn.goto(CONFIRM)
    turn.say(short_explanation(turn), _confirm_options(turn, with_details=True))


def _confirm_options(turn: Turn, *, with_details: bool) -> list[Option]:
    options = yes_no(_("Yes, delete my data"), _("No, keep it"))
    return [*options, Option(DETAILS, _("Full details"))] if with_details else options


def short_explanation(turn: Turn) -> str:
    """Explain deletion in a few lines: what goes, that some records stay, and the question."""
    profile = turn.profile
    organisation = turn.organisation
    parts = [_("{organisation} will delete the data it no longer needs.").format(organisation=organisation)]
    if profile.retention.kept_after_erasure or profile.retention.rules:
        parts.append(_("Some records, such as those the law requires, are kept for a time."))
    if profile.retention.indefinite:
        parts.append(_("{organisation} says it keeps some data indefinitely.").format(organisation=organisation))
    if not profile.offers("erasure"):
        parts.append(_("It does not offer deletion as a right, but our team will look at it."))
    parts.append(_("Delete your data?"))
    return " ".join(parts)


def explanation(turn: Turn) -> list[str]:
    """Explain deletion from the profile, honestly, in paragraphs."""
    profile, lang = turn.profile, turn.language
    organisation = turn.organisation
    parts = []
    categories = format_list([c.name.get(lang) for c in deleted_categories(profile)])
    if categories:
        parts.append(_("If you ask {organisation} to delete your data, it will delete what it no longer needs: {categories}.").format(organisation=organisation, categories=categories))
    else:
        parts.append(_("If you ask {organisation} to delete your data, it will delete what it no longer needs; what it keeps, and for how long, is below.").format(organisation=organisation))
    note = profile.right("erasure").note
    if note:
        parts.append(note.get(lang))
    kept = profile.retention.kept_after_erasure
    if kept:
        parts.append("\n".join([_("What {organisation} keeps even after deletion, and why:").format(organisation=organisation), *("• " + k.get(lang) for k in kept)]))
    rules = [r.description.get(lang) for r in profile.retention.rules]
    if rules:
        parts.append("\n".join([_("How long {organisation} keeps data:").format(organisation=organisation), *("• " + r for r in rules)]))
    if profile.retention.indefinite:
        parts.append(_("Please note: {organisation} says it keeps personal data indefinitely, even after an account is closed. Deleting may close your account without erasing everything.").format(organisation=organisation))
    if not profile.offers("erasure"):
        parts.append(_("{organisation} does not offer deletion as a right, but our team will still look at your request.").format(organisation=organisation))
    parts.append(_("Do you want to ask for your data to be deleted?"))
    return parts


def deleted_categories(profile: Profile) -> list[Category]:
    """The categories a deletion removes: those no retention rule keeps for a fixed time longer
    than the deletion itself takes (the rest are told with their periods, not as deleted);
    none where the organisation says it keeps data indefinitely."""
    if profile.retention.indefinite:
        return []
    kept = {
        key
        for rule in profile.retention.rules
        if rule.days is not None and rule.days > ERASURE_DAYS
        for key in rule.categories
    }
    return [c for c in profile.categories if c.key not in kept]


@flow.step(CONFIRM)
async def confirm(turn: Turn, choice: str | None) -> None:
    """Open the deletion request only on an explicit yes."""
    if choice == DETAILS or (choice is None and kind_of(turn.text) == "more"):
        understood(turn)
        turn.say("\n\n".join(explanation(turn)), _confirm_options(turn, with_details=False))
        return
    if choice is None and turn.understood.intent in ("yes", "erasure"):
        choice = "yes"
    if choice == "no" or (choice is None and turn.understood.intent == "no"):
        understood(turn)
        finish(turn, _("All right, nothing was deleted."))
        return
    if choice != "yes":
        await not_understood(turn, _("Please answer yes or no."), _confirm_options(turn, with_details=True))
        return
    understood(turn)
    ref = await turn.open_ticket("erasure", {"confirmed": True})
    finish(turn, _("Your deletion request is with our team. They will tell you what was deleted and what had to be kept.") + "\n" + turn.next_steps(ref))
