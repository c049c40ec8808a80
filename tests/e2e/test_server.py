"""The server as a whole: health, metrics, channels that are off, limits, services, export links."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import zipfile
from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone

import aiohttp
import pytest
from aiohttp import web
from tortoise import Tortoise
from tortoise.transactions import in_transaction

from bot.server import create_app
from bot.settings import Settings
from bot.startup import channel_report, log_startup
from flows.profile import load_profile
from storage import db, exports, subjects
from storage.models import Delivery
from tests.e2e.support import PHONE, Server, desk_server, make_desk, make_settings, running
from tests.support import ROOT

WEBHOOK_CALLS = [
    ("POST", "/webhooks/twilio"),
    ("GET", "/webhooks/whatsapp"),
    ("POST", "/webhooks/whatsapp"),
    ("POST", "/webhooks/bridge"),
    ("POST", "/webhooks/telegram"),
]


@pytest.fixture
async def bare(database: str) -> AsyncIterator[Server]:
    """The server with no channel configured."""
    async with desk_server(make_settings(database)) as server:
        yield server


async def test_health_is_200_with_the_database_reachable(bare: Server) -> None:
    status, body = await bare.get("/healthz")
    assert (status, json.loads(body)["database"]) == (200, "ok")


@pytest.mark.parametrize(("method", "path"), WEBHOOK_CALLS)
async def test_a_channel_that_is_off_answers_404_and_stores_nothing(
    bare: Server, method: str, path: str
) -> None:
    async with bare.session.request(method, bare.url + path, data=b"{}") as response:
        assert response.status == 404
    assert not await Delivery.exists()


async def test_metrics_count_webhooks_per_channel_and_outcome(bare: Server) -> None:
    await bare.post("/webhooks/bridge", data=b"{}")
    status, text = await bare.get("/metrics")
    assert status == 200
    assert 'privacy_desk_webhook_requests_total{channel="bridge",outcome="not_configured"} 1.0' in text
    assert "privacy_desk_webhook_seconds_bucket" in text
    assert "privacy_desk_outbox_pending 0.0" in text


async def test_a_body_over_64_kib_is_413_before_any_signature_check(database: str) -> None:
    settings = make_settings(database, bridge_secret="s")
    async with desk_server(settings) as server:
        status, _ = await server.post("/webhooks/bridge", data=b"x" * (64 * 1024 + 1))
    assert status == 413


class FakeTelegram:
    """Stands in for the Telegram channel: a service that sends and takes webhooks."""

    transport = "telegram"
    webhook_mode = True

    def __init__(self) -> None:
        self.events: list[str] = []

    async def start(self) -> None:
        self.events.append("start")

    async def stop(self) -> None:
        self.events.append("stop")

    async def handle_webhook(self, request: web.Request) -> web.Response:
        self.events.append("webhook")
        return web.json_response({"ok": True})

    async def send(self, address: str, payload: dict[str, object]) -> None:
        self.events.append(f"send {address}")


async def test_services_start_and_stop_with_the_server_and_take_telegram_webhooks(
    database: str,
) -> None:
    telegram = FakeTelegram()
    settings = make_settings(database)
    app = create_app(settings, make_desk(settings), services=[telegram], open_database=False, run_jobs=False)
    async with running(app) as url, aiohttp.ClientSession() as session:
        async with session.post(url + "/webhooks/telegram", json={"update_id": 1}) as response:
            assert response.status == 200
    assert telegram.events == ["start", "webhook", "stop"]


async def test_webhooks_answer_503_while_the_database_is_down() -> None:
    await Tortoise.init(config=db.tortoise_config("postgres://nobody@127.0.0.1:9/none"))
    try:
        settings = make_settings("sqlite://unused", bridge_secret="s")
        app = create_app(settings, make_desk(settings), senders={}, open_database=False, run_jobs=False)
        raw = json.dumps({"id": "b1", "channel": "sms", "from": PHONE, "text": "menu"}).encode()
        sig = "sha256=" + hmac.new(b"s", raw, hashlib.sha256).hexdigest()
        async with running(app) as url, aiohttp.ClientSession() as session:
            async with session.post(url + "/webhooks/bridge", data=raw,
                                    headers={"X-Bridge-Signature": sig}) as response:
                assert response.status == 503
            async with session.get(url + "/healthz") as response:
                assert response.status == 503
    finally:
        await db.close_database()


async def test_an_export_link_gives_the_copy_once(bare: Server) -> None:
    identity = await subjects.identity_for("console", PHONE)
    token = exports.new_token()
    expires = datetime.now(timezone.utc) + timedelta(hours=24)
    copy = {"phone": PHONE, "organisation": "Example", "organisation_data": {},
            "privacy_desk": {"choices": [], "requests": []}}
    async with in_transaction() as conn:
        await exports.create(token, identity.subject_id, copy, expires, conn)  # type: ignore[attr-defined]
    status, body = await bare.get_bytes(f"/exports/{token}")
    assert status == 200
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        assert sorted(archive.namelist()) == ["my-data.csv", "my-data.json"]
        assert json.loads(archive.read("my-data.json"))["phone"] == PHONE
        assert archive.read("my-data.csv").decode("utf-8-sig").startswith("source,category,field,value")
    assert (await bare.get(f"/exports/{token}"))[0] == 404
    assert (await bare.get("/exports/unknown-token"))[0] == 404


async def test_an_export_link_can_give_one_format_alone_and_refuses_others(bare: Server) -> None:
    identity = await subjects.identity_for("console", PHONE)
    tokens = [exports.new_token() for _ in range(2)]
    expires = datetime.now(timezone.utc) + timedelta(hours=24)
    copy = {"phone": PHONE, "organisation": "Example", "organisation_data": {"Contact": {"Name": "Ayesha"}},
            "privacy_desk": {"choices": [], "requests": []}}
    async with in_transaction() as conn:
        for token in tokens:
            await exports.create(token, identity.subject_id, copy, expires, conn)  # type: ignore[attr-defined]

    refused = await bare.get(f"/exports/{tokens[0]}?format=pdf")
    as_csv = await bare.get(f"/exports/{tokens[0]}?format=csv")
    as_json = await bare.get(f"/exports/{tokens[1]}?format=json")

    assert refused[0] == 400, "a bad format does not use the link up"
    assert as_csv[0] == 200 and "organisation,Contact,Name,Ayesha" in as_csv[1]
    assert as_json[0] == 200 and json.loads(as_json[1])["organisation_data"]["Contact"]["Name"] == "Ayesha"


def test_start_up_names_each_channel_that_is_off_and_what_it_lacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.server")
    settings = Settings(bridge_secret="s", whatsapp_app_secret="a")
    log_startup(settings, load_profile(ROOT / "policies" / "example.toml"))
    assert "channels on: bridge" in caplog.text
    assert "telegram is off: TELEGRAM_BOT_TOKEN not set" in caplog.text
    assert ("twilio is off: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL, "
            "TWILIO_FROM_SMS or TWILIO_FROM_WHATSAPP not set") in caplog.text
    assert "WHATSAPP_ACCESS_TOKEN" in caplog.text and "WHATSAPP_APP_SECRET" not in caplog.text
    assert "BRIDGE_OUTBOUND_URL" in caplog.text
    assert channel_report(Settings())["twilio"] == [
        "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL"]


def test_start_up_names_the_profile_and_database_and_warns_of_what_cannot_work(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.server")
    settings = Settings(
        database_url="postgres://desk:s3cret@db.internal:5432/desk",
        twilio_account_sid="AC1", twilio_auth_token="t", public_base_url="https://desk.example",
    )
    log_startup(settings, load_profile(ROOT / "policies" / "example.toml"))
    lines = {record.getMessage(): record.levelname for record in caplog.records}

    assert any(line.startswith("profile: ") and "example.toml" in line for line in lines)
    assert lines["database: postgres://desk:***@db.internal:5432/desk"] == "INFO"
    assert "s3cret" not in caplog.text
    warnings = [line for line, level in lines.items() if level == "WARNING"]
    assert any(line.startswith("STAFF_CHAT_ID is not set: escalations reach no staff chat") for line in warnings)
    assert any(line.startswith("Twilio is on but TWILIO_FROM_SMS is not set") for line in warnings)
    assert any(line.startswith("no channel can text one-time codes") for line in warnings)
