"""Correct my data: which item is wrong and what is right, checked and confirmed; staff make
the change.

The new value must look like what the item holds (a CNIC has 13 digits, a phone number is
one, an e-mail has an @, a name has letters), and is never a closer or an answer ("thanks",
"yes"); the person confirms it before it goes to staff.
"""

from __future__ import annotations

import re

from flows.i18n import _, isolate
from flows.identity import parse_phone, require_verified
from flows.messages import Option
from flows.prompts import finish, reask
from flows.repair import kind_of
from flows.steps import back_option, entry, not_understood, step, understood, yes_no
from flows.turn import Turn

ITEM = "rectification:item"
VALUE = "rectification:value"
CONFIRM = "rectification:confirm"
ASK_ITEM = "rectification:ask"
OTHER = "other"
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.,:)\-]?\s+(\S.*)$", re.DOTALL)

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# What the wrong item is, read from its name or the person's words, and how a right value looks.
_KINDS = (
    ("cnic", re.compile(r"cnic|nic\b|identity card|شناختی|shanakhti", re.IGNORECASE)),
    ("email", re.compile(r"e-?mail|ای میل", re.IGNORECASE)),
    ("phone", re.compile(r"phone|mobile|number|nambar|فون|موبائل|نمبر", re.IGNORECASE)),
    ("name", re.compile(r"\bname\b|naam|نام", re.IGNORECASE)),
)
_ANSWERS = frozenset({"yes", "no", "greeting", "menu", "cancel"})


@entry("rectification")
async def start(turn: Turn) -> None:
    """Check who is asking, then ask what needs correcting."""
    if await require_verified(turn, resume=ASK_ITEM):
        await ask_item(turn)


@entry(ASK_ITEM)
@reask(ITEM)
async def ask_item(turn: Turn) -> None:
    """Ask which part of the data is wrong."""
    options = [Option(f"cat:{c.key}", c.name.get(turn.language)) for c in turn.profile.categories]
    options.append(Option(OTHER, _("Something else")))
    turn.goto(ITEM)
    if turn.conv.channel == "sms":
        # One message instead of two: the item's number and the right value together.
        question = _("Which of your details is wrong? Reply with its number and what it should say, for example “1 Ayesha Khan”.")
    else:
        question = _("Which of your details is wrong? Pick one, or describe it in your own words.")
    turn.say(question, [*options, back_option()])


@step(ITEM, free_text=True)
async def item_given(turn: Turn, choice: str | None) -> None:
    """Note the item and ask for the correct value."""
    if choice and choice.startswith("cat:"):
        category = turn.profile.category(choice.removeprefix("cat:"))
        item = category.name.get(turn.language) if category else choice
    elif choice is None and (numbered := _numbered_value(turn)) is not None:
        await _item_and_value(turn, *numbered)
        return
    elif choice == OTHER:
        turn.say(_("Please describe what is wrong, in your own words."), [back_option()])
        return
    elif turn.text and not _is_no_value(turn):
        item = turn.text
    else:
        await not_understood(turn, _("Which of your details is wrong?"))
        return
    understood(turn)
    turn.data["item"] = item
    await ask_value(turn)


def _numbered_value(turn: Turn) -> tuple[str, str] | None:
    """Read "1 Ayesha Khan" as the first item offered and its right value."""
    match = _NUMBERED.match(turn.text.translate(_DIGITS))
    offered = [key for key, _label in turn.data.get("options", [])]
    if match is None or not 1 <= int(match.group(1)) <= len(offered):
        return None
    key = offered[int(match.group(1)) - 1]
    category = turn.profile.category(key.removeprefix("cat:")) if key.startswith("cat:") else None
    return (category.name.get(turn.language), match.group(2).strip()) if category else None


async def _item_and_value(turn: Turn, item: str, value: str) -> None:
    """Take the item and its value from one message, checked as if given one by one."""
    understood(turn)
    turn.data["item"] = item
    problem = implausible(item_kind(item), value)
    if problem is not None:
        turn.goto(VALUE)
        await not_understood(turn, problem)
        return
    turn.data["value"] = value
    await ask_confirm(turn)


@reask(VALUE, back_to=ITEM)
async def ask_value(turn: Turn) -> None:
    """Ask for the correct value, saying what it should look like."""
    turn.goto(VALUE)
    turn.say(_("What should it say instead? Please write the correct details."), [back_option()])


@step(VALUE, free_text=True)
async def value_given(turn: Turn, choice: str | None) -> None:
    """Check the new value looks right for the item, then ask the person to confirm it."""
    if not turn.text or _is_no_value(turn):
        await not_understood(turn, _("Please write the correct details."))
        return
    problem = implausible(item_kind(turn.data.get("item", "")), turn.text)
    if problem is not None:
        await not_understood(turn, problem)
        return
    understood(turn)
    turn.data["value"] = turn.text
    await ask_confirm(turn)


@reask(CONFIRM, back_to=VALUE)
async def ask_confirm(turn: Turn) -> None:
    """Show the correction as it will go to staff and ask for a yes."""
    turn.goto(CONFIRM)
    turn.say(
        _("Please check: change “{item}” to “{value}”. Shall I send this to our team?").format(
            item=turn.data.get("item", ""), value=isolate(turn.data.get("value", ""))
        ),
        yes_no(_("Yes, send it"), _("No, change it")),
    )


@step(CONFIRM)
async def confirmed(turn: Turn, choice: str | None) -> None:
    """Open the correction request for staff on a yes; on a no, ask for the value again."""
    choice = choice or {"yes": "yes", "no": "no"}.get(turn.understood.intent)
    if choice == "no":
        understood(turn)
        await ask_value(turn)
        return
    if choice != "yes":
        await not_understood(turn, _("Please answer yes or no."), yes_no(_("Yes, send it"), _("No, change it")))
        return
    understood(turn)
    item, value = turn.data.get("item", ""), turn.data.get("value", "")
    ref = await turn.open_ticket("rectification", {"item": item, "correct_value": value})
    finish(turn, _("Thank you. Our team will correct it and let you know.") + "\n" + turn.next_steps(ref))


def _is_no_value(turn: Turn) -> bool:
    """Tell whether a message is a closer or a bare answer, not a detail of one's data."""
    return kind_of(turn.text) is not None or (len(turn.text.split()) <= 2 and turn.understood.intent in _ANSWERS)


def item_kind(item: str) -> str | None:
    """Say what kind of value an item holds (cnic, email, phone, name), if it can be told."""
    return next((kind for kind, pattern in _KINDS if pattern.search(item)), None)


def implausible(kind: str | None, value: str) -> str | None:
    """Say what is wrong with a new value for an item of this kind; None when it looks right."""
    digits = re.sub(r"\D", "", value.translate(_DIGITS))
    if kind == "cnic" and len(digits) != 13:
        return _("A CNIC number has 13 digits, like 35202-1234567-1. Please write it again.")
    if kind == "email" and not re.search(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        return _("That doesn't look like an e-mail address. Please write it like name@example.com.")
    if kind == "phone" and parse_phone(value) is None and not re.search(r"\d{7,}", digits):
        return _("That doesn't look like a phone number. Please write it like 0300 1234567.")
    if kind == "name" and not any(ch.isalpha() for ch in value):
        return _("A name needs letters. Please write the correct name.")
    return None
