"""Shared pieces of the Telegram end-to-end tests: updates as Telegram sends them, settings,
a stand-in staff side. The fixtures built from them are in tests/e2e/conftest.py."""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import aiohttp

from bot.channels.telegram import TelegramChannel
from bot.settings import Settings
from tests.e2e.fake_bot_api import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token_for-the-fake"
SECRET = "webhook-secret-0123456789"
WEBHOOK_PATH = "/webhooks/telegram"
STAFF_CHAT = -1001234567890
STAFF_MEMBER = 5550001
AYESHA = 4242001  # a person in a private chat: chat id == user id
AYESHA_PHONE = "+923001234567"  # has demo records in policies/example-data.json
STRANGER = 4242999
_message_ids = itertools.count(90001)


# -- updates as Telegram sends them -----------------------------------------------------------


def user(user_id: int, first_name: str = "Ayesha") -> dict[str, Any]:
    """A Telegram user."""
    return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}


def private_chat(chat_id: int) -> dict[str, Any]:
    """A private chat with a person."""
    return {"id": chat_id, "type": "private", "first_name": "Ayesha"}


def group_chat(chat_id: int) -> dict[str, Any]:
    """A group chat."""
    return {"id": chat_id, "type": "supergroup", "title": "Some group"}


def text_update(chat_id: int, text: str, *, sender: int | None = None,
                chat: dict[str, Any] | None = None) -> dict[str, Any]:
    """A message with text (commands included) from a person."""
    message: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat or private_chat(chat_id),
        "from": user(sender or chat_id),
        "text": text,
    }
    if text.startswith("/"):
        length = len(text.split()[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return {"message": message}


def contact_update(chat_id: int, phone: str, *, contact_user_id: int | None) -> dict[str, Any]:
    """A shared contact; `contact_user_id` is whose contact it is."""
    contact: dict[str, Any] = {"phone_number": phone, "first_name": "Ayesha"}
    if contact_user_id is not None:
        contact["user_id"] = contact_user_id
    return {
        "message": {
            "message_id": next(_message_ids),
            "date": int(time.time()),
            "chat": private_chat(chat_id),
            "from": user(chat_id),
            "contact": contact,
        }
    }


def sticker_update(chat_id: int) -> dict[str, Any]:
    """A message with no text at all."""
    return {
        "message": {
            "message_id": next(_message_ids),
            "date": int(time.time()),
            "chat": private_chat(chat_id),
            "from": user(chat_id),
            "sticker": {"file_id": "s1", "file_unique_id": "su1", "type": "regular",
                        "width": 512, "height": 512, "is_animated": False, "is_video": False},
        }
    }


def button_update(chat_id: int, shown: dict[str, Any], data: str, *,
                  sender: int | None = None) -> dict[str, Any]:
    """A press on an inline button of the message `shown` (as the fake returned it)."""
    return {
        "callback_query": {
            "id": f"cq-{next(_message_ids)}",
            "from": user(sender or chat_id),
            "chat_instance": f"ci-{chat_id}",
            "data": data,
            "message": shown,
        }
    }


def button_data(shown: dict[str, Any], label: str) -> str:
    """Find the callback data of the button with this label in a message the bot sent."""
    for row in shown.get("reply_markup", {}).get("inline_keyboard", []):
        for button in row:
            if button["text"] == label:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r} in {shown.get('reply_markup')}")


# -- the desk, the fake and the channel --------------------------------------------------------


@dataclass
class RecordingStaff:
    """A stand-in for the staff side that records what it was asked and answers one line."""

    staff_chat_id: int | None = STAFF_CHAT
    commands: list[tuple[int, int, str]] = field(default_factory=list)
    callbacks: list[tuple[int, int, str]] = field(default_factory=list)

    async def handle(self, user_id: int, chat_id: int, text: str) -> list[str]:
        """Record a command."""
        self.commands.append((user_id, chat_id, text))
        return [f"staff got {text}"]

    async def handle_callback(self, user_id: int, chat_id: int, data: str) -> list[str]:
        """Record a button."""
        self.callbacks.append((user_id, chat_id, data))
        return [f"staff pressed {data}"]

    async def is_staff(self, user_id: int) -> bool:
        """Know only the one member of staff."""
        return user_id == STAFF_MEMBER


def settings_for(fake: FakeBotApi, *, webhook: bool = False) -> Settings:
    """Settings that point the channel at the fake Bot API."""
    settings = Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base=fake.base_url,
        staff_chat_id=STAFF_CHAT,
        staff_telegram_ids=(STAFF_MEMBER,),
    )
    if webhook:
        settings = replace(
            settings,
            telegram_webhook_url="https://desk.example.org/webhooks/telegram",
            telegram_webhook_secret=SECRET,
        )
    settings.check()
    return settings


@dataclass
class WebhookRig:
    """The channel in webhook mode behind a real aiohttp server, and a client to call it."""

    channel: TelegramChannel
    url: str
    session: aiohttp.ClientSession
    bot_api: FakeBotApi

    async def post(self, body: bytes | dict[str, Any], secret: str | None = SECRET) -> int:
        """POST a body to the webhook as Telegram would; give the status."""
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        async with self.session.post(self.url + WEBHOOK_PATH, data=data, headers=headers) as response:
            return response.status
