"""Build the core's `Desk` from settings: which channel carries codes, where staff are told."""

from __future__ import annotations

from bot.delivery import DeliveryPolicy
from bot.settings import Settings
from flows.engine import Desk
from flows.profile import Profile


def sms_transport(settings: Settings) -> str | None:
    """Pick the channel that texts one-time codes: Twilio SMS, else the SMS bridge."""
    if settings.twilio_account_sid and settings.twilio_auth_token and (
            settings.twilio_from_sms or settings.twilio_messaging_service_sid):
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


def delivery_policy(settings: Settings) -> DeliveryPolicy:
    """Say what reaches a WhatsApp person outside their window, and where staff are told."""
    templates = {"whatsapp"} if settings.whatsapp_reply_template else set()
    if settings.twilio_whatsapp_content_sid:
        templates.add("twilio")
    staff_on = bool(settings.telegram_bot_token and settings.staff_chat_id)
    return DeliveryPolicy(
        templates=frozenset(templates),
        sms_transport=sms_transport(settings),
        staff_transport="telegram" if staff_on else None,
        staff_address=str(settings.staff_chat_id) if staff_on else None,
    )
