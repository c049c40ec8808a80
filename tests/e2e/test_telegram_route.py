"""The server's /webhooks/telegram route: served only when the Telegram channel takes webhooks."""

from __future__ import annotations

import aiohttp

from bot.channels.telegram import TelegramChannel
from bot.server import create_app
from bot.settings import Settings
from flows.engine import Desk
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.support import running
from tests.e2e.support_telegram import (
    AYESHA,
    SECRET,
    WEBHOOK_PATH,
    RecordingStaff,
    settings_for,
    text_update,
)


async def post_update(channel: TelegramChannel, desk: Desk, secret: str | None = None) -> int:
    """Serve the channel as `serve` does (the server starts and stops it); POST one update."""
    app = create_app(Settings(), desk, senders={}, services=[channel], open_database=False, run_jobs=False)
    update = {"update_id": 1, **text_update(AYESHA, "/start")}
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    async with running(app) as url, aiohttp.ClientSession() as session:
        async with session.post(url + WEBHOOK_PATH, json=update, headers=headers) as response:
            return response.status


async def test_a_polling_channel_leaves_the_webhook_route_off(
    bot_api: FakeBotApi, desk: Desk, staff: RecordingStaff
) -> None:
    polling = TelegramChannel(settings_for(bot_api), desk, staff=staff)
    assert await post_update(polling, desk, SECRET) == 404


async def test_a_webhook_channel_serves_the_route_and_checks_its_secret(
    bot_api: FakeBotApi, desk: Desk, staff: RecordingStaff
) -> None:
    refused = await post_update(TelegramChannel(settings_for(bot_api, webhook=True), desk, staff=staff), desk)
    served = await post_update(TelegramChannel(settings_for(bot_api, webhook=True), desk, staff=staff), desk, SECRET)
    assert (refused, served) == (401, 200)
