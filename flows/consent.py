"""Withdraw consent: the profile's purposes with their current state, withdrawn at once.

Purposes the profile marks as needed to provide the service say so and cannot be withdrawn.
Each withdrawal is a new ledger record with a receipt; nothing is overwritten.
"""

from __future__ import annotations

from flows.i18n import _, format_list
from flows.identity import require_verified
from flows.messages import Option
from flows.profile import Purpose
from flows.prompts import done_line, finish, reask
from flows.steps import back_option, entry, not_understood, show_menu, step, understood
from flows.turn import Turn
from storage import ledger

LIST = "consent:list"
ALL = "all"
GIVE = "give:"
WITHDRAWN, GIVEN = "withdrawn", "given"


@entry("consent")
async def start(turn: Turn) -> None:
    """Check who is asking, then list the purposes."""
    if not turn.profile.offers("consent_withdrawal"):
        show_menu(turn, _not_offered(turn))
        return
    if await require_verified(turn, resume=LIST):
        await show_purposes(turn)


def _not_offered(turn: Turn) -> str:
    note = turn.profile.right("consent_withdrawal").note
    return note.get(turn.language) if note else _("This organisation does not offer that here.")


@entry(LIST)
@reask(LIST)
async def list_purposes(turn: Turn) -> None:
    """Show the purposes once the person's identity is proven."""
    await show_purposes(turn)


async def show_purposes(turn: Turn, intro: str | None = None) -> None:
    """Show each purpose with its state; offer to withdraw the ones on, give back the others."""
    withdrawn = await _withdrawn(turn)
    lines, options, give = [intro or _("What your data is used for:")], [], []
    # On SMS the options are the list: only what cannot be picked is said in words.
    short = turn.conv.channel == "sms"
    if short and intro is None:
        lines = []
    needed = [p.name.get(turn.language) for p in turn.profile.purposes if p.required]
    if short and needed:
        lines.append(_("Needed for the service, so they stay: {purposes}.").format(purposes=format_list(needed)))
    for purpose in turn.profile.purposes:
        if not short:
            lines.append(_line(turn, purpose, purpose.key in withdrawn))
        name = purpose.name.get(turn.language)
        if not purpose.required and purpose.key not in withdrawn:
            options.append(Option(f"purpose:{purpose.key}", name))
        elif purpose.key in withdrawn:
            give.append(Option(GIVE + purpose.key, _("Give back: {purpose}").format(purpose=name)))
    if len(options) > 1:
        options.append(Option(ALL, _("Withdraw all of these")))
    if not options:
        lines.append(_("There is nothing left that you can withdraw."))
    else:
        lines.append(_("Which consent would you like to withdraw?"))
    turn.goto(LIST)
    turn.say("\n".join(lines), [*options, *give, back_option()])


def _line(turn: Turn, purpose: Purpose, withdrawn: bool) -> str:
    name = purpose.name.get(turn.language)
    if purpose.required:
        return "• " + _("{purpose}: needed to provide the service, so it cannot be withdrawn").format(purpose=name)
    if withdrawn:
        return "• " + _("{purpose}: withdrawn").format(purpose=name)
    return "• " + _("{purpose}: on").format(purpose=name)


async def _withdrawn(turn: Turn) -> set[str]:
    current = await ledger.current(turn.conv.subject_id, ledger.CONSENT)
    return {key for key, entry in current.items() if entry.state == WITHDRAWN}


@step(LIST)
async def pick(turn: Turn, choice: str | None) -> None:
    """Withdraw the purpose picked, or all of them."""
    withdrawn = await _withdrawn(turn)
    if choice and choice.startswith(GIVE) and choice.removeprefix(GIVE) in withdrawn:
        understood(turn)
        give_back(turn, choice.removeprefix(GIVE))
        return
    open_purposes = [p for p in turn.profile.purposes if not p.required and p.key not in withdrawn]
    chosen = _chosen(turn, choice, open_purposes)
    if chosen is None:
        required = _required_named(turn)
        if required is not None:
            await show_purposes(turn, _("{purpose} is needed to provide the service, so it cannot be withdrawn.").format(purpose=required.name.get(turn.language)))
            return
        await not_understood(turn, _("Pick the consent to withdraw by its number."))
        return
    understood(turn)
    await withdraw(turn, chosen)


def _chosen(turn: Turn, choice: str | None, open_purposes: list[Purpose]) -> list[Purpose] | None:
    if choice == ALL:
        return open_purposes
    if choice and choice.startswith("purpose:"):
        key = choice.removeprefix("purpose:")
        return [p for p in open_purposes if p.key == key] or None
    return None


def _required_named(turn: Turn) -> Purpose | None:
    text = turn.text.casefold()
    return next(
        (p for p in turn.profile.purposes if p.required and p.name.get(turn.language).casefold() in text),
        None,
    )


async def withdraw(turn: Turn, purposes: list[Purpose]) -> None:
    """Record each withdrawal at once and give the receipts."""
    ref = await turn.open_ticket("consent_withdrawal", {"purposes": [p.key for p in purposes]})
    from flows.marketing import grouped_receipts

    receipts = [turn.record_choice(ledger.CONSENT, p.key, WITHDRAWN, ticket_ref=ref) for p in purposes]
    names = [p.name.get(turn.language) for p in purposes]
    text = grouped_receipts(turn, _("Your data is no longer used for: {channels}."), names, receipts)
    finish(turn, text + "\n" + done_line(turn, ref))


def give_back(turn: Turn, key: str) -> None:
    """Record consent given back for one purpose, with its receipt."""
    purpose = next((p for p in turn.profile.purposes if p.key == key), None)
    if purpose is None:
        show_menu(turn)
        return
    receipt = turn.record_choice(ledger.CONSENT, key, GIVEN)
    finish(turn, _("Thank you. Your data may be used for “{purpose}” again. Receipt {receipt}.").format(
        purpose=purpose.name.get(turn.language), receipt=turn.ref(receipt)
    ))
