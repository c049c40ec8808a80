"""What the staff chat is told: escalations and what people write during a handoff.

Staff read these in English, the working language of the privacy team.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from flows.i18n import _, language
from flows.refs import format_reference

if TYPE_CHECKING:
    from flows.turn import Turn

STAFF_TRANSCRIPT_LINES = 12
LANGUAGE_NAMES = {"en": "English", "ur": "Urdu"}


def escalation_notice(
    turn: Turn, ref: str, kind: str, due: datetime, history: list[tuple[str, str]]
) -> dict[str, Any]:
    """Describe a new ticket for the staff chat, with its transcript and a claim button."""
    days = max(0, (due - turn.now).days)
    with language("en"):
        head = _("New {kind} request {ref}").format(kind=kind, ref=format_reference(ref))
        facts = _("Language: {language} · Channel: {channel} · Due in {days} days").format(
            language=LANGUAGE_NAMES.get(turn.language, turn.language), channel=turn.conv.channel, days=days
        )
        lines = [f"{'>' if d == 'in' else '<'} {t}" for d, t in history]
        body = "\n".join([head, facts, "", *lines[-STAFF_TRANSCRIPT_LINES:]])
        claim = _("Claim")
    return {"text": body, "options": [{"key": f"staff:claim:{ref}", "label": claim}]}


def relay_notice(ref: str, text: str) -> dict[str, Any]:
    """Pass on what a person wrote during a handoff."""
    with language("en"):
        return {"text": _("{ref} (person): {text}").format(ref=format_reference(ref), text=text)}
