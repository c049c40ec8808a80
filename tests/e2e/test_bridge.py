"""The SMS bridge end to end: SPEC section 4's signed JSON both ways."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from storage import outbox
from storage.models import Conversation, Delivery, Ticket, TranscriptLine
from tests.e2e.support import (
    PHONE,
    FakeProvider,
    Server,
    desk_server,
    eventually,
    make_settings,
)

SECRET = "bridge-secret"


@pytest.fixture
async def server(database: str, provider: FakeProvider) -> AsyncIterator[Server]:
    """The desk with the bridge on both ways."""
    settings = make_settings(database, bridge_secret=SECRET, bridge_outbound_url=provider.url + "/outbound")
    async with desk_server(settings) as running_server:
        yield running_server


def signature(raw: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


async def post(server: Server, body: dict[str, Any] | bytes, secret: str = SECRET) -> tuple[int, str]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"X-Bridge-Signature": signature(raw, secret), "Content-Type": "application/json"}
    return await server.post("/webhooks/bridge", data=raw, headers=headers)


async def say(server: Server, text: str, delivery: str) -> list[dict[str, Any]]:
    status, body = await post(server, {"id": delivery, "channel": "sms", "from": PHONE, "text": text})
    assert status == 200, body
    return list(json.loads(body)["replies"])


async def test_a_complaint_through_the_bridge_becomes_a_ticket(server: Server) -> None:
    menu = await say(server, "menu", "b1")
    assert "File a complaint" in menu[0]["options"]
    await say(server, "6", "b2")
    await say(server, "2", "b3")
    done = await say(server, "My address was shared with a marketing firm", "b4")
    ticket = await Ticket.get(kind="complaint")
    assert ticket.transport == "bridge" and ticket.channel == "sms"
    assert any(ticket.ref[:4] in reply["text"] for reply in done)


async def test_later_messages_are_posted_signed_to_the_gateway(
    server: Server, provider: FakeProvider
) -> None:
    fake = provider
    row = await outbox.enqueue("bridge", PHONE, {"text": "Resolved", "options": [
        {"key": "menu", "label": "Main menu"}]})
    await eventually(lambda: len(fake.received) == 1)
    sent = fake.received[0]
    assert sent["json"] == {"to": PHONE, "channel": "sms", "text": "Resolved",
                            "options": ["Main menu"], "id": f"outbox-{row.id}"}
    assert sent["headers"]["X-Bridge-Signature"] == signature(sent["raw"])


async def test_a_wrong_or_missing_signature_is_401_and_nothing_stored(server: Server) -> None:
    body = {"id": "b1", "channel": "sms", "from": PHONE, "text": "menu"}
    assert (await post(server, body, secret="guess"))[0] == 401
    assert (await server.post("/webhooks/bridge", json=body))[0] == 401
    assert not await Delivery.exists() and not await Conversation.exists()


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b"{oops", "body is not JSON"),
     (b"[1]", "body is not a JSON object"),
     ({"channel": "sms", "from": PHONE, "text": "x"}, "id is missing"),
     ({"id": "b1", "from": "0300", "text": "x"}, "from is not an E.164 phone number"),
     ({"id": "b1", "from": PHONE, "text": 5}, "text is not a string"),
     ({"id": "b1", "from": PHONE, "text": "x", "channel": "fax"}, "channel must be one of")],
    ids=["not-json", "not-an-object", "no-id", "bad-from", "text-not-a-string", "bad-channel"],
)
async def test_a_malformed_body_is_400_with_a_reason(
    server: Server, body: dict[str, Any] | bytes, reason: str
) -> None:
    status, text = await post(server, body)
    assert (status, reason in text) == (400, True), text
    assert not await Delivery.exists()


async def test_a_signed_body_over_64_kib_is_413_and_nothing_stored(server: Server) -> None:
    body = {"id": "b1", "channel": "sms", "from": PHONE, "text": "x" * 70_000}
    assert (await post(server, body))[0] == 413
    assert not await Delivery.exists() and not await Conversation.exists()


async def test_an_unknown_field_is_ignored(server: Server) -> None:
    body = {"id": "b1", "channel": "sms", "from": PHONE, "text": "menu", "carrier": "Jazz"}
    assert (await post(server, body))[0] == 200


async def test_a_repeated_delivery_is_answered_the_same_and_processed_once(server: Server) -> None:
    await say(server, "menu", "b1")
    assert await say(server, "6", "b2") == await say(server, "6", "b2")
    assert await TranscriptLine.filter(direction="in", text="6").count() == 1


async def test_two_copies_arriving_together_are_processed_once(
    server: Server, database: str
) -> None:
    await say(server, "menu", "b1")
    first, second = await asyncio.gather(say(server, "6", "b2"), say(server, "6", "b2"))
    assert first == second
    assert await TranscriptLine.filter(direction="in", text="6").count() == 1
