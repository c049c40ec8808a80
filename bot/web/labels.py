"""How the console names things: kinds, statuses, channels, languages, moments, events.

Every name goes through the catalogs, so the Urdu console reads as Urdu; the codes
(`erasure`, `in_progress`) stay in the forms and URLs.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date as babel_date

from flows.i18n import N_, TIMEZONE, _, babel_locale, current_language, format_date
from flows.staff_notice import mask_secrets

KIND_NAMES = {
    "access": N_("See my data"),
    "consent_withdrawal": N_("Withdraw consent"),
    "marketing_opt_out": N_("Stop marketing"),
    "erasure": N_("Deletion"),
    "rectification": N_("Correction"),
    "complaint": N_("Complaint"),
    "restriction": N_("Restrict processing"),
    "objection": N_("Objection"),
    "guardian_request": N_("Guardian's request"),
    "handoff": N_("Talk to a person"),
}
STATUS_NAMES = {
    "new": N_("New"),
    "awaiting_verification": N_("Awaiting verification"),
    "open": N_("Open"),
    "in_progress": N_("In progress"),
    "waiting_on_user": N_("Waiting on the person"),
    "escalated": N_("Escalated"),
    "on_hold": N_("On hold"),
    "resolved": N_("Resolved"),
    "rejected": N_("Rejected"),
    "canceled": N_("Canceled"),
}
CHANNEL_NAMES = {
    "telegram": N_("Telegram"), "sms": N_("SMS"), "whatsapp": N_("WhatsApp"), "console": N_("Console"),
}
LANGUAGE_NAMES = {"en": N_("English"), "ur": N_("Urdu"), "ur-Latn": N_("Roman Urdu")}
EVENT_NAMES = {
    "created": N_("Opened"),
    "status": N_("Status changed"),
    "assigned": N_("Assigned"),
    "reply": N_("Reply sent"),
    "note": N_("Internal note"),
    "extended": N_("Deadline extended"),
    "message": N_("The person wrote"),
    "reopened": N_("Reopened"),
}
MESSAGE_STATES = {
    "pending": N_("Waiting to be sent"),
    "sent": N_("Sent"),
    "failed": N_("Failed"),
}
ERROR_TEXTS = {
    400: N_("That request could not be read. Check what you typed and try again."),
    401: N_("Please log in first."),
    403: N_("You may not do that."),
    404: N_("There is nothing here. Check the address or the reference."),
    405: N_("That page does not take this kind of request."),
}


def _named(names: dict[str, str], code: str | None) -> str:
    return _(names[code]) if code in names else (code or "")


def kind_name(code: str) -> str:
    """Name a ticket kind in the page's language."""
    return _named(KIND_NAMES, code)


def status_name(code: str) -> str:
    """Name a ticket status in the page's language."""
    return _named(STATUS_NAMES, code)


def channel_name(code: str) -> str:
    """Name a channel in the page's language."""
    return _named(CHANNEL_NAMES, code)


def language_name(code: str) -> str:
    """Name a person's language in the page's language."""
    return _named(LANGUAGE_NAMES, code)


def event_name(code: str) -> str:
    """Name an audit event's action in the page's language."""
    return _named(EVENT_NAMES, code)


def message_state(code: str) -> str:
    """Name an outbox message's delivery state in the page's language."""
    return _named(MESSAGE_STATES, code)


def when(moment: datetime | None) -> str:
    """Show a moment as its date and Pakistan time (`2 December 2026, 14:05`)."""
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(TIMEZONE))
    return f"{format_date(moment)}, {local:%H:%M}"


def mask(text: Any) -> str:
    """Hide one-time codes and download tokens in anything shown to staff."""
    return mask_secrets(str(text))


def event_summary(data: dict[str, Any]) -> str:
    """Summarise what an audit event recorded, secrets masked."""
    parts = []
    if data.get("status"):
        parts.append(status_name(str(data["status"])))
    for key in ("name", "days", "note", "reason", "text", "kind"):
        if data.get(key) and key != "kind":
            parts.append(str(data[key]))
    return mask_secrets(" · ".join(parts))


def short_date(day: date) -> str:
    """Show a day briefly, as a week is named in the reports (`2 Dec`)."""
    return babel_date(day, format="d MMM", locale=babel_locale(current_language()))
