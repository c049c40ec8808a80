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


RELAY_BAR = "┃ "
# Relays of one ticket queued together go out as one staff-chat message of at most this size
# (Telegram takes 4096 characters).
RELAY_BUDGET = 3500


def relay_notice(ref: str, text: str) -> dict[str, Any]:
    """Pass on what a person wrote during a handoff, framed so that it cannot pass for one of
    the desk's own notices: a heading of ours, then each of their lines behind a bar."""
    said = mask_secrets(text)
    return {"text": relay_text(ref, [said]), "relay": {"ref": ref, "said": said}}


def relay_text(ref: str, messages: list[str]) -> str:
    """Show one or more messages a person wrote about a ticket, each line behind a bar."""
    with language("en"):
        head = ngettext("{ref} · the person wrote:", "{ref} · the person wrote, in several messages:",
                        len(messages)).format(ref=format_reference(ref))
    quoted = ["\n".join(RELAY_BAR + line for line in message.splitlines() or [""])
              for message in messages]
    return head + "\n" + f"\n{RELAY_BAR}\n".join(quoted)


def merged_relays(payloads: list[dict[str, Any]]) -> tuple[dict[str, Any], int]:
    """Join consecutive relays of one ticket into one message; give it and how many it took.

    A person who writes sixty lines in a row becomes a few staff-chat messages, not sixty."""
    first = payloads[0].get("relay") or {}
    ref, said = str(first.get("ref")), [str(first.get("said", ""))]
    for payload in payloads[1:]:
        relay = payload.get("relay") or {}
        if relay.get("ref") != ref or len(relay_text(ref, [*said, str(relay.get("said", ""))])) > RELAY_BUDGET:
            break
        said.append(str(relay.get("said", "")))
    if len(said) == 1:
        return payloads[0], 1
    return {"text": relay_text(ref, said), "relay": {"ref": ref, "said": "\n".join(said)}}, len(said)


def delivery_notice(ref: str, channel: str, reason: str) -> dict[str, Any]:
    """Tell the staff chat that a later message about a ticket did not reach the person."""
    with language("en"):
        return {"text": _("A message about {ref} did not reach the person on {channel}: {reason}.").format(
            ref=format_reference(ref), channel=channel, reason=reason)}
