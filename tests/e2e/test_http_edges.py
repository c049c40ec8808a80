"""The server's edges against a careful attacker (issue 13, findings 3 and 8): secrets never
reach a log line, hostile bodies get a 400, and slow or vanishing clients are the client's
problem, not a database outage.

The desk runs as `serve` runs it (`create_app` behind `make_runner`) on 127.0.0.1 with
Telegram (webhook), WhatsApp, Twilio and the bridge on, against local fakes.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import aiohttp
import pytest
from aiohttp import web

from bot.channels.telegram import TelegramChannel
from bot.server import create_app, make_runner
from bot.staff import StaffDesk
from flows.engine import Desk
from flows.profile import load_profile
from storage import staff as staff_table
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.support import FakeProvider, eventually, make_settings
from tests.e2e.support_telegram import (
    AYESHA,
    SECRET,
    STAFF_CHAT,
    STAFF_MEMBER,
    TOKEN,
    button_data,
    button_update,
    text_update,
)

pytestmark = pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")

BRIDGE_SECRET = "bridge-secret-5f1c9a"
APP_SECRET = "meta-app-secret-77d0e2"
GRAPH_TOKEN = "graph-access-token-93ab"
VERIFY_TOKEN = "verify-token-1e4b"
TWILIO_TOKEN = "twilio-auth-token-c2aa"
SECRETS = (TOKEN, SECRET, BRIDGE_SECRET, APP_SECRET, GRAPH_TOKEN, VERIFY_TOKEN, TWILIO_TOKEN)
NUMBER_ID = "1234567890"
# Deeper than Python's recursion limit, well under 64 KiB.
DEEP = b"[" * 30_000 + b"]" * 30_000


@dataclass
class Running:
    """The running desk: its URL, its app and the Bot API fake it talks to."""

    url: str
    app: web.Application
    bot_api: FakeBotApi
    session: aiohttp.ClientSession

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> int:
        """POST a body; give the status."""
        async with self.session.post(self.url + path, data=body, headers=headers) as response:
            return response.status

    async def telegram(self, update: dict[str, object]) -> int:
        """Deliver an update to the webhook as Telegram does."""
        body = json.dumps({"update_id": self.bot_api.next_update_id(), **update}).encode()
        return await self.post("/webhooks/telegram", body, telegram_headers())

    async def metrics(self) -> str:
        """The server's /metrics text."""
        async with self.session.get(self.url + "/metrics") as response:
            return await response.text()


def telegram_headers(secret: str = SECRET) -> dict[str, str]:
    return {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret}


def signed(body: bytes, header: str, secret: str) -> dict[str, str]:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", header: f"sha256={digest}"}


def bridge_headers(body: bytes) -> dict[str, str]:
    return signed(body, "X-Bridge-Signature", BRIDGE_SECRET)


def whatsapp_headers(body: bytes) -> dict[str, str]:
    return signed(body, "X-Hub-Signature-256", APP_SECRET)


@asynccontextmanager
async def desk_running(
    database: str, bot_api: FakeBotApi, provider: FakeProvider, *, timeout: float = 10.0
) -> AsyncIterator[Running]:
    """Run the whole desk with every channel on; `timeout` bounds headers and bodies alike."""
    settings = make_settings(
        database, telegram_bot_token=TOKEN, telegram_api_base=bot_api.base_url,
        staff_chat_id=STAFF_CHAT, staff_telegram_ids=(STAFF_MEMBER,),
        telegram_webhook_url="https://desk.example.org/webhooks/telegram",
        telegram_webhook_secret=SECRET, bridge_secret=BRIDGE_SECRET,
        bridge_outbound_url=provider.url + "/bridge", whatsapp_access_token=GRAPH_TOKEN,
        whatsapp_phone_number_id=NUMBER_ID, whatsapp_app_secret=APP_SECRET,
        whatsapp_verify_token=VERIFY_TOKEN, whatsapp_api_base=provider.url + "/v21.0",
        twilio_account_sid="AC" + "0" * 32, twilio_auth_token=TWILIO_TOKEN,
        twilio_from_sms="+15005550006", twilio_api_base=provider.url,
        public_base_url="https://desk.example.org",
    )
    desk = Desk(profile=load_profile(settings.policy), staff_transport="telegram",
                staff_address=str(STAFF_CHAT))
    channel = TelegramChannel(settings, desk, staff=StaffDesk(desk.profile, STAFF_CHAT))
    app = create_app(settings, desk, services=[channel], open_database=False, run_jobs=False,
                     body_timeout=timeout)
    runner = make_runner(app, header_timeout=timeout)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as session:
            yield Running(f"http://127.0.0.1:{port}", app, bot_api, session)
    finally:
        await runner.cleanup()


# -- finding 3: secrets in logs ---------------------------------------------------------------


async def test_secrets_stay_out_of_every_log_line_of_a_real_session(
    database: str, bot_api: FakeBotApi, provider: FakeProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await staff_table.add(STAFF_MEMBER, "Sana")
    async with desk_running(database, bot_api, provider) as desk:
        assert await desk.telegram(text_update(AYESHA, "/start")) == 200
        menu = (await bot_api.wait_for_messages(AYESHA, 1))[-1].result
        pressed = button_update(AYESHA, menu, button_data(menu, "Talk to a person"))
        assert await desk.telegram(pressed) == 200
        await bot_api.wait_for_messages(STAFF_CHAT, 1)
        bot_api.refuse("sendMessage", 400, "Bad Request: chat not found")
        staff_chat = {"sender": STAFF_MEMBER, "chat": {"id": STAFF_CHAT, "type": "supergroup",
                                                       "title": "Staff"}}
        assert await desk.telegram(text_update(STAFF_CHAT, "/queue", **staff_chat)) == 200
        assert await desk.post("/webhooks/telegram", b"{}", telegram_headers("wrong")) == 401
        bridge = json.dumps({"id": "b1", "from": "+923001234567", "text": "hi"}).encode()
        assert await desk.post("/webhooks/bridge", bridge, bridge_headers(bridge)) == 200
        assert await desk.post("/webhooks/bridge", bridge, {"X-Bridge-Signature": "x"}) == 401
    lines = [record.getMessage() for record in caplog.records]
    for secret in SECRETS:
        assert secret not in caplog.text, f"{secret} is in the log"
        assert not any(secret in line for line in lines)
    assert any("[secret]" in line for line in lines), "the Bot API calls were logged, masked"


# -- finding 8: edges of the HTTP server ------------------------------------------------------


@pytest.mark.parametrize("channel", ["bridge", "whatsapp", "telegram"])
async def test_deeply_nested_signed_json_is_a_bad_request_on_every_json_webhook(
    database: str, bot_api: FakeBotApi, provider: FakeProvider, channel: str
) -> None:
    bodies = {
        "bridge": (b'{"id": "n1", "from": "+923001234567", "text": ' + DEEP + b"}", bridge_headers),
        "whatsapp": (b'{"object": "whatsapp_business_account", "entry": ' + DEEP + b"}",
                     whatsapp_headers),
        "telegram": (b'{"update_id": 77, "message": ' + DEEP + b"}", lambda _b: telegram_headers()),
    }
    body, headers = bodies[channel]
    async with desk_running(database, bot_api, provider) as desk:
        assert await desk.post(f"/webhooks/{channel}", body, headers(body)) == 400
        assert 'outcome="error"' not in await desk.metrics()


async def raw_request(url: str, data: bytes) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """Open a socket to the desk and send these bytes, no more."""
    host, port = url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(data)
    await writer.drain()
    return reader, writer


def head(path: str, length: int) -> bytes:
    """A request's headers announcing a body of `length` bytes."""
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"X-Bridge-Signature: sha256={'0' * 64}\r\nContent-Length: {length}\r\n\r\n").encode()


def bridge_answers(metrics: str) -> float:
    """How many bridge requests the server has counted, whatever their outcome."""
    found = re.findall(r'privacy_desk_webhook_requests_total\{channel="bridge",outcome="\w+"\} (\S+)', metrics)
    return sum(float(n) for n in found)


async def test_a_client_hanging_up_mid_body_is_not_a_database_outage(
    database: str, bot_api: FakeBotApi, provider: FakeProvider, caplog: pytest.LogCaptureFixture
) -> None:
    async with desk_running(database, bot_api, provider) as desk:
        for _ in range(3):
            _reader, writer = await raw_request(desk.url, head("/webhooks/bridge", 5000) + b'{"id":')
            writer.close()
            await writer.wait_closed()

        async def counted() -> bool:
            return bridge_answers(await desk.metrics()) == 3

        await eventually(counted)
        metrics = await desk.metrics()
    assert 'outcome="unavailable"' not in metrics
    assert "database is unreachable" not in caplog.text


async def test_slow_clients_are_timed_out_and_health_keeps_answering(
    database: str, bot_api: FakeBotApi, provider: FakeProvider
) -> None:
    async with desk_running(database, bot_api, provider, timeout=0.5) as desk:
        half_headers = [await raw_request(desk.url, b"POST /webhooks/bridge HTTP/1.1\r\nHost: x\r\n")
                        for _ in range(20)]
        half_bodies = [await raw_request(desk.url, head("/webhooks/bridge", 5000) + b'{"id":')
                       for _ in range(20)]
        async with desk.session.get(desk.url + "/healthz") as response:
            assert response.status == 200
        # The server closes each one (a stalled body is told 408 first); a socket left open
        # would keep this read waiting.
        ends = await asyncio.wait_for(
            asyncio.gather(*(reader.read() for reader, _w in half_headers + half_bodies)), 10
        )
        assert all(end == b"" for end in ends[:20])
        assert all(end.startswith(b"HTTP/1.1 408") for end in ends[20:])
        for _reader, writer in half_headers + half_bodies:
            writer.close()
