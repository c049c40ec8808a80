"""Build the core's `Desk` from settings: which channel carries codes, where staff are told."""

from __future__ import annotations

from bot.settings import Settings
from flows.engine import Desk
from flows.profile import Profile


def sms_transport(settings: Settings) -> str | None:
    """Pick the channel that texts one-time codes: Twilio SMS, else the SMS bridge."""
    if settings.twilio_account_sid and settings.twilio_auth_token and settings.twilio_from_sms:
        return "twilio"
    if settings.bridge_secret and settings.bridge_outbound_url:
        return "bridge"
    return None


def build_desk(settings: Settings, profile: Profile) -> Desk:
    """Give the core everything it needs to know about the outside world."""
    staff_on = bool(settings.telegram_bot_token and settings.staff_chat_id)
    return Desk(
        profile=profile,
        public_base_url=settings.public_base_url,
        sms_transport=sms_transport(settings),
        staff_transport="telegram" if staff_on else None,
        staff_address=str(settings.staff_chat_id) if staff_on else None,
    )
