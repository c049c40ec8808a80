"""Settings from the environment (and a `.env` file), checked once at start-up.

A malformed setting stops start-up with one line naming the variable and what to do.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from storage.db import DEFAULT_URL

DEFAULT_POLICY = "policies/example.toml"


class SettingsError(ValueError):
    """A setting that cannot be used; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    """Every setting of the desk; a channel whose secrets are missing is off."""

    database_url: str = DEFAULT_URL
    policy: str = DEFAULT_POLICY
    port: int = 8080
    public_base_url: str | None = None
    telegram_bot_token: str | None = None
    telegram_api_base: str | None = None
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = None
    staff_chat_id: int | None = None
    staff_telegram_ids: tuple[int, ...] = ()
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_from_sms: str | None = None
    twilio_from_whatsapp: str | None = None
    twilio_api_base: str | None = None
    twilio_messaging_service_sid: str | None = None
    twilio_whatsapp_content_sid: str | None = None
    whatsapp_access_token: str | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: str | None = None
    whatsapp_verify_token: str | None = None
    whatsapp_api_base: str | None = None
    whatsapp_reply_template: str | None = None
    bridge_secret: str | None = None
    bridge_outbound_url: str | None = None
    outbox_lease_seconds: float = 60.0
    staff_web_session_hours: float = 12.0
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, read_dotenv: bool = True) -> Settings:
        """Read and check every setting."""
        if env is None:
            if read_dotenv:
                from dotenv import load_dotenv

                load_dotenv(override=False)
            env = os.environ
        get = _Reader(env)
        settings = cls(
            database_url=get.text("DATABASE_URL") or DEFAULT_URL,
            policy=get.text("PRIVACY_DESK_POLICY") or DEFAULT_POLICY,
            port=get.port("PORT"),
            public_base_url=get.url("PUBLIC_BASE_URL"),
            telegram_bot_token=get.text("TELEGRAM_BOT_TOKEN"),
            telegram_api_base=get.url("TELEGRAM_API_BASE"),
            telegram_webhook_url=get.url("TELEGRAM_WEBHOOK_URL"),
            telegram_webhook_secret=get.text("TELEGRAM_WEBHOOK_SECRET"),
            staff_chat_id=get.integer("STAFF_CHAT_ID"),
            staff_telegram_ids=get.integers("STAFF_TELEGRAM_IDS"),
            twilio_account_sid=get.text("TWILIO_ACCOUNT_SID"),
            twilio_auth_token=get.text("TWILIO_AUTH_TOKEN"),
            twilio_from_sms=get.text("TWILIO_FROM_SMS"),
            twilio_from_whatsapp=get.text("TWILIO_FROM_WHATSAPP"),
            twilio_api_base=get.url("TWILIO_API_BASE"),
            twilio_messaging_service_sid=get.matching(
                "TWILIO_MESSAGING_SERVICE_SID", _MESSAGING_SERVICE_SID,
                "a Messaging Service SID: MG followed by 32 hexadecimal digits"),
            twilio_whatsapp_content_sid=get.matching(
                "TWILIO_WHATSAPP_CONTENT_SID", _CONTENT_SID,
                "a Content template SID: HX followed by 32 hexadecimal digits"),
            whatsapp_access_token=get.text("WHATSAPP_ACCESS_TOKEN"),
            whatsapp_phone_number_id=get.text("WHATSAPP_PHONE_NUMBER_ID"),
            whatsapp_app_secret=get.text("WHATSAPP_APP_SECRET"),
            whatsapp_verify_token=get.text("WHATSAPP_VERIFY_TOKEN"),
            whatsapp_api_base=get.url("WHATSAPP_API_BASE"),
            whatsapp_reply_template=get.matching(
                "WHATSAPP_REPLY_TEMPLATE", _TEMPLATE_NAME,
                "the name of an approved template: lowercase letters, digits and underscores"),
            bridge_secret=get.text("BRIDGE_SECRET"),
            bridge_outbound_url=get.url("BRIDGE_OUTBOUND_URL"),
            outbox_lease_seconds=get.seconds("OUTBOX_LEASE_SECONDS", 60.0),
            staff_web_session_hours=get.hours("STAFF_WEB_SESSION_HOURS", 12.0),
        )
        settings.check()
        return settings

    def check(self) -> None:
        """Refuse combinations that cannot work."""
        if self.twilio_auth_token and not self.public_base_url:
            raise SettingsError(
                "TWILIO_AUTH_TOKEN is set but PUBLIC_BASE_URL is not: "
                "Twilio signatures cannot be checked"
            )
        if self.twilio_messaging_service_sid and not self.twilio_account_sid:
            raise SettingsError(
                "TWILIO_MESSAGING_SERVICE_SID is set but TWILIO_ACCOUNT_SID is not: "
                "nothing can be sent through the Messaging Service"
            )
        if self.twilio_whatsapp_content_sid and not self.twilio_from_whatsapp:
            raise SettingsError(
                "TWILIO_WHATSAPP_CONTENT_SID is set but TWILIO_FROM_WHATSAPP is not: "
                "the template has no WhatsApp sender to go from"
            )
        if self.telegram_webhook_url and not self.telegram_webhook_secret:
            raise SettingsError(
                "TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: "
                "webhook calls could not be told from forgeries"
            )
        if self.telegram_webhook_url and not self.telegram_bot_token:
            raise SettingsError("TELEGRAM_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is not")


_MESSAGING_SERVICE_SID = re.compile(r"MG[0-9a-fA-F]{32}")
_CONTENT_SID = re.compile(r"HX[0-9a-fA-F]{32}")
_TEMPLATE_NAME = re.compile(r"[a-z0-9_]{1,512}")


class _Reader:
    """Read typed values from an environment, naming the variable in every error."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env

    def text(self, name: str) -> str | None:
        value = self.env.get(name, "").strip()
        return value or None

    def integer(self, name: str) -> int | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return int(value)
        except ValueError:
            raise SettingsError(f"{name} must be a whole number, got {value!r}") from None

    def integers(self, name: str) -> tuple[int, ...]:
        value = self.text(name)
        if value is None:
            return ()
        try:
            return tuple(int(part) for part in value.replace(" ", "").split(",") if part)
        except ValueError:
            raise SettingsError(
                f"{name} must be comma-separated Telegram user ids, got {value!r}"
            ) from None

    def matching(self, name: str, pattern: re.Pattern[str], what: str) -> str | None:
        value = self.text(name)
        if value is not None and not pattern.fullmatch(value):
            raise SettingsError(f"{name} must be {what}, got {value!r}")
        return value

    def seconds(self, name: str, default: float) -> float:
        value = self.text(name)
        if value is None:
            return default
        try:
            seconds = float(value)
        except ValueError:
            seconds = -1.0
        if not 1 <= seconds <= 3600:
            raise SettingsError(f"{name} must be a number of seconds from 1 to 3600, got {value!r}")
        return seconds

    def hours(self, name: str, default: float) -> float:
        value = self.text(name)
        if value is None:
            return default
        try:
            hours = float(value)
        except ValueError:
            hours = -1.0
        if not 0 < hours <= 24 * 30:
            raise SettingsError(f"{name} must be a number of hours above 0, up to 720, got {value!r}")
        return hours

    def port(self, name: str) -> int:
        value = self.integer(name)
        if value is None:
            return 8080
        if not 0 < value < 65536:
            raise SettingsError(f"{name} must be a port number from 1 to 65535, got {value}")
        return value

    def url(self, name: str) -> str | None:
        value = self.text(name)
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SettingsError(f"{name} must be an http(s) URL, got {value!r}")
        return value.rstrip("/")
