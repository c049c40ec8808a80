"""Fixtures the end-to-end tests share: one fake provider, the fake Bot API, the desk, and the
Telegram channel polling or behind the real server's webhook route.

The `database` fixture is tests/conftest.py's: a fresh, migrated database per test, on SQLite
and (when PRIVACY_DESK_TEST_DATABASE_URL names one) PostgreSQL, so every test here that asks
for the desk runs on both.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.channels.telegram import TelegramChannel
from bot.server import create_app
from flows.engine import Desk
from flows.profile import load_profile
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.support import ROOT, FakeProvider, running
from tests.e2e.support_telegram import TOKEN, RecordingStaff, WebhookRig, settings_for


@pytest.fixture
async def provider() -> AsyncIterator[FakeProvider]:
    """A local stand-in for a provider's API (Twilio, the Graph API, a gateway) at `.url`."""
    fake = FakeProvider()
    async with running(fake.app()) as url:
        fake.url = url
        yield fake


@pytest.fixture
async def bot_api() -> AsyncIterator[FakeBotApi]:
    """The fake Bot API server."""
    api = FakeBotApi(TOKEN)
    await api.start()
    yield api
    await api.close()


@pytest.fixture
def desk(database: str) -> Desk:
    """The real core with the example organisation, on the test's database."""
    return Desk(profile=load_profile(ROOT / "policies" / "example.toml"))


@pytest.fixture
def staff() -> RecordingStaff:
    """The stand-in staff side."""
    return RecordingStaff()


@pytest.fixture
async def polling(
    bot_api: FakeBotApi, desk: Desk, staff: RecordingStaff
) -> AsyncIterator[TelegramChannel]:
    """The channel, long polling the fake."""
    channel = TelegramChannel(settings_for(bot_api), desk, staff=staff)
    await channel.start()
    yield channel
    await channel.stop()


@pytest.fixture
async def webhook(
    bot_api: FakeBotApi, desk: Desk, staff: RecordingStaff
) -> AsyncIterator[WebhookRig]:
    """The channel in webhook mode, served by the desk's own server on 127.0.0.1."""
    settings = settings_for(bot_api, webhook=True)
    channel = TelegramChannel(settings, desk, staff=staff)
    app = create_app(settings, desk, senders={}, services=[channel], open_database=False,
                     run_jobs=False)
    async with running(app) as url, aiohttp.ClientSession() as session:
        yield WebhookRig(channel, url, session, bot_api)
