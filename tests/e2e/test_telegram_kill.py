"""Telegram's webhook under kill -9 (issue 13, finding 7): an update Telegram heard 200 for is
never resent, so it must have been handled by then.

A real `privacy-desk serve` runs in a subprocess against the fake Bot API; updates arrive on
its webhook 40 at a time, as Telegram's `max_connections` allows, and the process is killed
with SIGKILL midway. Telegram sends again only what was not answered 200.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from storage.models import Delivery
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.support import ROOT
from tests.e2e.support_telegram import SECRET, TOKEN, WEBHOOK_PATH, text_update
from tests.e2e.test_scale_out import ServeProcess, free_port

pytestmark = pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")

UPDATES = 150
FIRST_PERSON = 8_800_000
CONNECTIONS = 40


def serve_env(database_url: str, bot_api: FakeBotApi) -> dict[str, str]:
    """The environment of a `serve` with Telegram alone on, by webhook, at the fake."""
    kept = {k: v for k, v in os.environ.items()
            if not k.startswith(("TWILIO_", "TELEGRAM_", "WHATSAPP_", "BRIDGE_", "STAFF_"))}
    return {
        **kept,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": database_url,
        "PRIVACY_DESK_POLICY": str(ROOT / "policies" / "example.toml"),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE": bot_api.base_url,
        "TELEGRAM_WEBHOOK_URL": "https://desk.example.org/webhooks/telegram",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
    }


class Telegram:
    """Telegram's side of the webhook: deliver each update until it is answered 200."""

    def __init__(self, server: ServeProcess, session: aiohttp.ClientSession) -> None:
        self.server, self.session = server, session
        self.answered: set[int] = set()
        self._gate = asyncio.Semaphore(CONNECTIONS)

    async def deliver(self, update: dict[str, Any]) -> None:
        """Send one update once; remember it if the desk answered 200."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with self._gate:
            try:
                async with self.session.post(
                    self.server.url + WEBHOOK_PATH, json=update, headers=headers
                ) as response:
                    if response.status == 200:
                        self.answered.add(int(update["update_id"]))
            except (aiohttp.ClientError, asyncio.TimeoutError):
                pass  # the desk died mid-call: Telegram will send it again


def person_of(update: dict[str, Any]) -> int:
    return int(update["message"]["chat"]["id"])


async def test_telegram_updates_answered_200_are_handled_even_when_the_server_is_killed(
    database: str, bot_api: FakeBotApi, tmp_path: Path
) -> None:
    updates = [{"update_id": 50_000 + n, **text_update(FIRST_PERSON + n, "/start")}
               for n in range(UPDATES)]
    server = ServeProcess("telegram", free_port(), serve_env(database, bot_api), tmp_path / "serve.log")
    await server.start()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        try:
            await server.ready(session)
            telegram = Telegram(server, session)
            calls = [asyncio.create_task(telegram.deliver(u)) for u in updates]
            await bot_api.wait_for(lambda: len(telegram.answered) >= UPDATES // 4, 30, "a quarter answered")
            server.kill()
            await server.process.wait()  # type: ignore[union-attr]
            await asyncio.gather(*calls)

            answered = [u for u in updates if u["update_id"] in telegram.answered]
            unserved = [person_of(u) for u in answered if not bot_api.texts(person_of(u))]
            assert answered and not unserved, f"{len(unserved)} of {len(answered)} answered 200 never handled"

            # Telegram sends again what it did not hear 200 for; the restarted desk serves it.
            await server.start()
            await server.ready(session)
            rest = [u for u in updates if u["update_id"] not in telegram.answered]
            await asyncio.gather(*(telegram.deliver(u) for u in rest))
        finally:
            await server.stop()
    assert telegram.answered == {u["update_id"] for u in updates}
    assert all(bot_api.texts(person_of(u)) for u in updates), "every person got an answer"
    assert await Delivery.filter(transport="telegram").count() == UPDATES
