"""What `serve` says when it starts: what it serves, with what, and what will not work.

One line each, so that an operator reading the first screen of the log knows which profile and
database are in use, which channels are on (and what each one that is off lacks), and which
promises the desk cannot keep as configured (escalations that reach nobody, codes that cannot be
texted).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from bot.channels import bridge, twilio, whatsapp
from bot.settings import Settings
from bot.wiring import sms_transport
from flows.profile import Profile

logger = logging.getLogger("bot.server")


@dataclass(frozen=True)
class Line:
    """One start-up line and how loud it is."""

    level: int
    text: str


def channel_report(settings: Settings) -> dict[str, list[str]]:
    """Give each channel with the variables it still needs (empty: on)."""
    return {
        "telegram": [] if settings.telegram_bot_token else ["TELEGRAM_BOT_TOKEN"],
        "twilio": twilio.missing_settings(settings),
        "whatsapp": whatsapp.missing_settings(settings),
        "bridge": bridge.missing_settings(settings),
    }


def safe_url(url: str) -> str:
    """Show a database URL without its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def startup_lines(settings: Settings, profile: Profile) -> list[Line]:
    """Say everything an operator needs to know at start-up, one line each."""
    lines = [
        Line(logging.INFO, f"profile: {profile.name.en} ({profile.key}, version {profile.version}) from {profile.path}"),
        Line(logging.INFO, f"database: {safe_url(settings.database_url)}"),
    ]
    lines += _channel_lines(settings)
    lines += _warnings(settings)
    return lines


def log_startup(settings: Settings, profile: Profile) -> None:
    """Log the start-up lines."""
    for line in startup_lines(settings, profile):
        logger.log(line.level, "%s", line.text)


def _channel_lines(settings: Settings) -> list[Line]:
    report = channel_report(settings)
    on = [name for name, missing in report.items() if not missing] or ["none"]
    lines = [Line(logging.INFO, f"channels on: {', '.join(on)}")]
    for name, missing in report.items():
        if missing:
            if name == "twilio" and not (settings.twilio_from_sms or settings.twilio_from_whatsapp):
                missing = [*missing, "TWILIO_FROM_SMS or TWILIO_FROM_WHATSAPP"]
            lines.append(Line(logging.INFO, f"{name} is off: {', '.join(missing)} not set"))
    return lines


def _warnings(settings: Settings) -> list[Line]:
    warn = logging.WARNING
    lines = []
    if not settings.staff_chat_id:
        lines.append(Line(warn, "STAFF_CHAT_ID is not set: escalations reach no staff chat; staff must "
                                "watch the web console or `privacy-desk tickets list`"))
    elif not settings.telegram_bot_token:
        lines.append(Line(warn, "STAFF_CHAT_ID is set but TELEGRAM_BOT_TOKEN is not: escalations "
                                "cannot be posted to the staff chat"))
    twilio_on = not twilio.missing_settings(settings)
    if twilio_on and not settings.twilio_from_sms:
        lines.append(Line(warn, "Twilio is on but TWILIO_FROM_SMS is not set: one-time codes, staff "
                                "replies and reminders cannot go out by SMS"))
    if twilio_on and not settings.twilio_from_whatsapp:
        lines.append(Line(logging.INFO, "Twilio sends no WhatsApp: TWILIO_FROM_WHATSAPP not set"))
    if settings.bridge_secret and not settings.bridge_outbound_url:
        lines.append(Line(warn, "bridge cannot send later messages: BRIDGE_OUTBOUND_URL not set"))
    any_channel = any(not missing for missing in channel_report(settings).values())
    if any_channel and sms_transport(settings) is None:
        lines.append(Line(warn, "no channel can text one-time codes (Twilio with TWILIO_FROM_SMS, or the "
                                "bridge with BRIDGE_OUTBOUND_URL): people can prove only their own number"))
    return lines
