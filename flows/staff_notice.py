"""What the staff chat is told: escalations and what people write during a handoff.

Staff read these in English, the working language of the privacy team. Transcripts shown to
staff are masked where they hold a secret: the one-time codes people type and the tokens of
their download links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from flows.i18n import _, format_date, language, ngettext
from flows.refs import format_reference

if TYPE_CHECKING:
    from flows.turn import Turn

STAFF_TRANSCRIPT_LINES = 12
LANGUAGE_NAMES = {"en": "English", "ur": "Urdu", "ur-Latn": "Roman Urdu"}
CLAIM_PREFIX = "staff:claim:"
MASK = "••••••"
_DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"
# A six-digit one-time code, alone or split 3+3; longer runs (phone numbers) are left alone.
_CODE = re.compile(rf"(?<!{_DIGIT})(?:{_DIGIT}{{3}}[ -]?{_DIGIT}{{3}})(?!{_DIGIT})")
_EXPORT_LINK = re.compile(r"(/exports/)[^\s?#]+")


def mask_secrets(text: str) -> str:
    """Hide the one-time codes and download tokens in a line shown to staff."""
    return _EXPORT_LINK.sub(r"\1" + MASK, _CODE.sub(MASK, text))


def transcript_lines(history: Iterable[tuple[str, str]]) -> list[str]:
    """Show a conversation to staff: `>` the person, `<` the bot, secrets masked."""
    return [f"{'>' if direction == 'in' else '<'} {mask_secrets(text)}" for direction, text in history]


def days_left(due: datetime, now: datetime) -> str:
    """Say how long is left before a deadline, or how long it is past, in the current language."""
    days = (due - now).days
    if days < 0:
        return ngettext("overdue by {n} day", "overdue by {n} days", -days).format(n=-days)
    return ngettext("due in {n} day", "due in {n} days", days).format(n=days)


def escalation_notice(
    turn: Turn, ref: str, kind: str, due: datetime, history: list[tuple[str, str]]
) -> dict[str, Any]:
    """Describe a new ticket for the staff chat, with its transcript and a claim button."""
    with language("en"):
        head = _("New {kind} request {ref}").format(kind=kind, ref=format_reference(ref))
        facts = _("Language: {language} · Channel: {channel} · {when} ({date})").format(
            language=LANGUAGE_NAMES.get(turn.language, turn.language), channel=turn.conv.channel,
            when=days_left(due, turn.now), date=format_date(due),
        )
        lines = transcript_lines(history[-STAFF_TRANSCRIPT_LINES:])
        body = "\n".join([head, facts, "", *lines])
        claim = _("Claim")
    return {"text": body, "options": [{"key": f"{CLAIM_PREFIX}{ref}", "label": claim}]}


def relay_notice(ref: str, text: str) -> dict[str, Any]:
    """Pass on what a person wrote during a handoff."""
    with language("en"):
        return {"text": _("{ref} (person): {text}").format(ref=format_reference(ref), text=mask_secrets(text))}
