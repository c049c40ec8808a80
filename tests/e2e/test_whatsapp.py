"""WhatsApp Cloud API end to end: handshake, signed webhooks in Meta's shape, Graph API out."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.channels.whatsapp import graph_messages
from flows.messages import Option, Reply
from storage.models import Conversation, Delivery, OutboxMessage, Ticket, TranscriptLine
from tests.e2e.support import (
    FakeProvider,
    Server,
    desk_server,
    eventually,
    make_settings,
)

SECRET, VERIFY, TOKEN, NUMBER_ID = "app-secret", "verify-me", "graph-token", "1234567890"
WA_ID = "923001234567"


@pytest.fixture
async def server(database: str, provider: FakeProvider) -> AsyncIterator[Server]:
    """The desk with WhatsApp on, its Graph API calls going to the fake."""
    settings = make_settings(
        database, whatsapp_access_token=TOKEN, whatsapp_phone_number_id=NUMBER_ID,
        whatsapp_app_secret=SECRET, whatsapp_verify_token=VERIFY,
        whatsapp_api_base=provider.url + "/v21.0",
    )
    async with desk_server(settings) as running_server:
        yield running_server


def text_message(text: str, wamid: str, wa_id: str = WA_ID) -> dict[str, Any]:
    """A text message as Meta documents it."""
    return {"from": wa_id, "id": wamid, "timestamp": "1750000000", "type": "text",
            "text": {"body": text}}


def webhook(*messages: dict[str, Any], contacts: list[dict[str, Any]] | None = None,
            **value: Any) -> dict[str, Any]:
    """Wrap messages in Meta's webhook envelope."""
    return {"object": "whatsapp_business_account", "entry": [{"id": "WABA", "changes": [{
        "field": "messages",
        "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550001111", "phone_number_id": NUMBER_ID},
            "contacts": contacts if contacts is not None
            else [{"profile": {"name": "Ayesha"}, "wa_id": WA_ID}],
            "messages": list(messages),
            **value,
        }}]}]}


def sign(raw: bytes, secret: str = SECRET) -> dict[str, str]:
    """Sign a body as Meta does."""
    digest = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return {"X-Hub-Signature-256": f"sha256={digest}", "Content-Type": "application/json"}


async def post(server: Server, payload: dict[str, Any], secret: str = SECRET) -> tuple[int, str]:
    raw = json.dumps(payload).encode()
    return await server.post("/webhooks/whatsapp", data=raw, headers=sign(raw, secret))


async def say(server: Server, text: str, wamid: str) -> None:
    status, body = await post(server, webhook(text_message(text, wamid)))
    assert status == 200, body


async def sent_bodies(fake: FakeProvider, count: int) -> list[dict[str, Any]]:
    """Wait for `count` Graph API calls and give their JSON bodies."""
    await eventually(lambda: len(fake.received) >= count)
    return [r["json"] for r in fake.received]


# -- handshake -------------------------------------------------------------------------------


async def test_the_handshake_echoes_the_challenge_with_the_right_token(server: Server) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY, "hub.challenge": "1158201444"}
    assert await server.get("/webhooks/whatsapp", params=query) == (200, "1158201444")


async def test_the_handshake_with_a_wrong_token_is_403(server: Server) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1"}
    status, _ = await server.get("/webhooks/whatsapp", params=query)
    assert status == 403


# -- walking a flow --------------------------------------------------------------------------


async def test_deletion_on_whatsapp_becomes_a_ticket_with_replies_through_the_graph_api(
    server: Server, provider: FakeProvider
) -> None:
    fake = provider
    await say(server, "I want to delete my data", "wamid.1")
    first = await sent_bodies(fake, 1)
    assert first[-1]["to"] == WA_ID and first[-1]["messaging_product"] == "whatsapp"
    await say(server, "yes", "wamid.2")
    await eventually(lambda: Ticket.filter(kind="erasure").exists())
    ticket = await Ticket.get(kind="erasure")
    assert (ticket.channel, ticket.transport, ticket.address) == ("whatsapp", "whatsapp", WA_ID)
    await eventually(lambda: _all_sent())
    assert fake.received[0]["headers"]["Authorization"] == f"Bearer {TOKEN}"
    assert fake.received[0]["path"] == f"/v21.0/{NUMBER_ID}/messages"


async def _all_sent() -> bool:
    return not await OutboxMessage.filter(status="pending").exists()


async def test_a_button_reply_reaches_the_desk_as_the_chosen_option(
    server: Server, provider: FakeProvider
) -> None:
    await say(server, "menu", "wamid.1")
    menu = await sent_bodies(provider, 1)
    rows = menu[-1]["interactive"]["action"]["sections"][0]["rows"]
    complaint = next(row for row in rows if row["title"] == "File a complaint")
    picked = {"from": WA_ID, "id": "wamid.2", "type": "interactive", "interactive": {
        "type": "list_reply", "list_reply": {"id": complaint["id"], "title": complaint["title"]}}}
    assert (await post(server, webhook(picked)))[0] == 200
    assert (await Conversation.get()).state.startswith("complaint")


async def test_several_messages_in_one_post_are_handled_in_order(server: Server) -> None:
    status, _ = await post(server, webhook(text_message("menu", "wamid.1"),
                                           text_message("6", "wamid.2")))
    assert status == 200
    lines = await TranscriptLine.filter(direction="in").order_by("id").values_list("text", flat=True)
    assert lines == ["menu", "6"]


async def test_status_callbacks_are_accepted_and_ignored(server: Server) -> None:
    statuses = [{"id": "wamid.X", "status": "delivered", "timestamp": "1", "recipient_id": WA_ID}]
    payload = webhook(contacts=[], statuses=statuses)
    del payload["entry"][0]["changes"][0]["value"]["messages"]
    assert (await post(server, payload))[0] == 200
    assert not await Conversation.exists()


async def test_a_contact_without_wa_id_is_served_unverified(server: Server) -> None:
    message = {"from_user_id": "PK.1234567890abcdef", "id": "wamid.1", "type": "text",
               "text": {"body": "show my data"}}
    contacts = [{"profile": {"name": "A"}, "user_id": "PK.1234567890abcdef"}]
    assert (await post(server, webhook(message, contacts=contacts)))[0] == 200
    conversation = await Conversation.get()
    assert conversation.address == "PK.1234567890abcdef"
    assert await OutboxMessage.filter(address="PK.1234567890abcdef").exists()


# -- bad input -------------------------------------------------------------------------------


async def test_a_wrong_or_missing_signature_is_401_and_nothing_stored(server: Server) -> None:
    assert (await post(server, webhook(text_message("menu", "wamid.1")), secret="other"))[0] == 401
    raw = json.dumps(webhook(text_message("menu", "wamid.2"))).encode()
    assert (await server.post("/webhooks/whatsapp", data=raw))[0] == 401
    assert not await Delivery.exists() and not await OutboxMessage.exists()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(b"{not json", "body is not JSON"),
     (b"[]", "body is not a JSON object"),
     (json.dumps({"entry": "x"}).encode(), "entry is missing or not a list"),
     (json.dumps({"entry": [{"changes": [{"value": {"messages": [{"type": "text"}]}}]}]}).encode(),
      "messages[].id is missing")],
    ids=["not-json", "not-an-object", "entry-not-a-list", "message-without-id"],
)
async def test_a_malformed_body_is_400_with_a_reason(server: Server, raw: bytes, reason: str) -> None:
    status, body = await server.post("/webhooks/whatsapp", data=raw, headers=sign(raw))
    assert (status, reason in body) == (400, True), body
    assert not await Delivery.exists()


async def test_a_body_over_64_kib_is_413(server: Server) -> None:
    assert (await post(server, webhook(text_message("x" * 70_000, "wamid.1"))))[0] == 413


async def test_unknown_fields_are_ignored(server: Server) -> None:
    message = {**text_message("menu", "wamid.1"), "brand_new_field": {"a": 1}}
    assert (await post(server, webhook(message, future_thing=[1, 2])))[0] == 200
    assert await Conversation.exists()


# -- repeated deliveries ---------------------------------------------------------------------


async def test_a_repeated_delivery_is_processed_and_answered_once(
    server: Server, provider: FakeProvider
) -> None:
    await say(server, "menu", "wamid.1")
    await say(server, "menu", "wamid.1")
    await eventually(lambda: _all_sent())
    assert await OutboxMessage.all().count() == 1
    assert await TranscriptLine.filter(direction="in").count() == 1


async def test_two_copies_arriving_together_queue_the_answer_once(
    server: Server, database: str
) -> None:
    payload = webhook(text_message("menu", "wamid.1"))
    results = await asyncio.gather(post(server, payload), post(server, payload))
    assert [status for status, _ in results] == [200, 200]
    assert await OutboxMessage.all().count() == 1


async def test_a_graph_api_outage_loses_nothing(
    server: Server, provider: FakeProvider
) -> None:
    fake = provider
    fake.statuses.extend([503])
    fake.headers["Retry-After"] = "0"
    await say(server, "menu", "wamid.1")
    await eventually(lambda: len(fake.received) == 2)
    await eventually(lambda: _all_sent())


# -- rendering -------------------------------------------------------------------------------


def options(count: int, label: str = "Choice") -> tuple[Option, ...]:
    return tuple(Option(f"k{n}", f"{label} {n}") for n in range(1, count + 1))


def test_up_to_three_short_options_become_reply_buttons() -> None:
    [body] = graph_messages(WA_ID, Reply("Pick one", options(3)))
    buttons = body["interactive"]["action"]["buttons"]
    assert body["interactive"]["type"] == "button"
    assert [b["reply"]["title"] for b in buttons] == ["Choice 1", "Choice 2", "Choice 3"]


def test_four_to_ten_options_become_a_list_within_meta_limits() -> None:
    [body] = graph_messages(WA_ID, Reply("Pick one", options(10, "A rather long option label")))
    action = body["interactive"]["action"]
    rows = action["sections"][0]["rows"]
    assert body["interactive"]["type"] == "list" and len(rows) == 10
    assert all(len(r["title"]) <= 24 and len(r.get("description", "")) <= 72 for r in rows)
    assert len(action["button"]) <= 20


def test_a_long_button_label_turns_the_buttons_into_a_list() -> None:
    [body] = graph_messages(WA_ID, Reply("Pick", (Option("a", "x" * 21),)))
    assert body["interactive"]["type"] == "list"


def test_more_than_ten_options_become_a_numbered_text() -> None:
    [body] = graph_messages(WA_ID, Reply("Pick one", options(11)))
    assert body["type"] == "text" and "11 Choice 11" in body["text"]["body"]
