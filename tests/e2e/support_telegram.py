"""Shared pieces of the Telegram end-to-end tests: the fake Bot API, the channel, updates."""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.channels.telegram import TelegramChannel
from bot.settings import Settings
from flows.engine import Desk
from flows.profile import load_profile
from storage.db import close_database, open_database
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


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[None]:
    """A fresh SQLite database with the schema."""
    await open_database(f"sqlite://{tmp_path}/db.sqlite3")
    yield
    await close_database()


@pytest.fixture
def desk(database: None) -> Desk:
    """The real core with the example organisation."""
    return Desk(profile=load_profile(ROOT / "policies" / "example.toml"))


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    """The fake Bot API server."""
    api = FakeBotApi(TOKEN)
    await api.start()
    yield api
    await api.close()


@pytest.fixture
def staff() -> RecordingStaff:
    """The stand-in staff side."""
    return RecordingStaff()


@pytest.fixture
async def polling(
    fake: FakeBotApi, desk: Desk, staff: RecordingStaff
) -> AsyncIterator[TelegramChannel]:
    """The channel, long polling the fake."""
    channel = TelegramChannel(settings_for(fake), desk, staff=staff)
    await channel.start()
    yield channel
    await channel.stop()


@dataclass
class WebhookRig:
    """The channel in webhook mode behind a real aiohttp server, and a client to call it."""

    channel: TelegramChannel
    client: TestClient  # type: ignore[type-arg]
    fake: FakeBotApi

    async def post(self, body: bytes | dict[str, Any], secret: str | None = SECRET) -> int:
        """POST a body to the webhook as Telegram would; give the status."""
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        data = body if isinstance(body, bytes) else _json(body)
        response = await self.client.post(WEBHOOK_PATH, data=data, headers=headers)
        return response.status


def _json(body: dict[str, Any]) -> bytes:
    import json

    return json.dumps(body).encode()


@pytest.fixture
async def webhook(fake: FakeBotApi, desk: Desk, staff: RecordingStaff) -> AsyncIterator[WebhookRig]:
    """The channel in webhook mode, its route served on 127.0.0.1."""
    channel = TelegramChannel(settings_for(fake, webhook=True), desk, staff=staff)
    await channel.start()
    app = web.Application()
    app.router.add_post(WEBHOOK_PATH, channel.handle_webhook)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    yield WebhookRig(channel, client, fake)
    await client.close()
    await channel.stop()
