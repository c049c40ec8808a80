"""Later messages by the platforms' rules, against local fakes that answer as the providers do.

WhatsApp's 24-hour window (Cloud API and Twilio), delivery status webhooks, provider error
codes, and what staff are told when a message does not arrive.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from twilio.request_validator import RequestValidator

from bot import delivery
from bot.channels.twilio import TwilioSender
from bot.channels.whatsapp import WhatsAppSender
from bot.delivery import DeliveryPolicy
from bot.outbox_sender import OutboxSender
from flows import staff_actions
from flows.refs import format_reference
from storage import outbox, reach
from storage.models import Identity, OutboxMessage, Subject, Ticket, TicketEvent, Unreachable
from tests.e2e.support import (
    PHONE,
    PUBLIC_BASE_URL,
    Server,
    desk_server,
    make_settings,
    running,
)
from tests.support import example_profile

SID, TOKEN = "AC" + "0" * 32, "twilio-auth-token"
CONTENT_SID = "HX" + "a" * 32
WA_ID = PHONE.removeprefix("+")
STAFF_CHAT = "-100500"
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)


@dataclass
class Provider:
    """A fake Twilio and Graph API in one: message ids, error bodies as documented."""

    received: list[dict[str, Any]]
    errors: list[tuple[int, dict[str, Any]]]

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("POST", "/{tail:.*}", self.handle)
        return app

    async def handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        form = dict(await request.post()) if request.content_type.endswith("urlencoded") else None
        body = json.loads(raw) if request.content_type == "application/json" else None
        self.received.append({"path": request.path, "form": form, "json": body})
        if self.errors:
            status, answer = self.errors.pop(0)
            return web.json_response(answer, status=status)
        n = len(self.received)
        if body is not None:  # the Graph API
            return web.json_response({"messaging_product": "whatsapp",
                                      "contacts": [{"input": WA_ID, "wa_id": WA_ID}],
                                      "messages": [{"id": f"wamid.TEST{n}"}]})
        return web.json_response({"sid": f"SM{n:032d}", "status": "queued"}, status=201)


@pytest.fixture
async def provider() -> AsyncIterator[tuple[Provider, str]]:
    fake = Provider([], [])
    async with running(fake.app()) as url:
        yield fake, url


async def ticket_on(transport: str, address: str, channel: str, language: str = "en") -> Ticket:
    """A handoff ticket of a person reached on `address`."""
    subject = await Subject.create(phone=PHONE, language=language)
    return await Ticket.create(ref="K7MQ2XDA", kind="handoff", status="open", channel=channel,
                               transport=transport, address=address, language=language,
                               subject=subject, due_at=NOW + timedelta(days=30))


def sender_for(provider_url: str, session: aiohttp.ClientSession, **kwargs: Any) -> dict[str, Any]:
    twilio = TwilioSender(session, account_sid=SID, auth_token=TOKEN, from_sms="+15005550006",
                          from_whatsapp="+14155238886", api_base=provider_url,
                          status_callback=PUBLIC_BASE_URL + "/webhooks/twilio/status",
                          content_sid=kwargs.pop("content_sid", None))
    graph = WhatsAppSender(session, access_token="t", phone_number_id="555", api_base=provider_url,
                           template=kwargs.pop("template", None))
    return {"twilio": twilio, "whatsapp": graph}


async def send_all(senders: dict[str, Any], policy: DeliveryPolicy, now: datetime) -> None:
    await OutboxSender(senders, "test", policy=policy, now=lambda: now).run_until_empty()


# -- the 24-hour window -----------------------------------------------------------------------


async def test_outside_the_window_the_cloud_api_gets_the_template_and_the_words_wait_for_the_person(
    database: str, provider: tuple[Provider, str]
) -> None:
    fake, url = provider
    ticket = await ticket_on("whatsapp", WA_ID, "whatsapp", language="ur")
    await reach.note_inbound("whatsapp", WA_ID, NOW - timedelta(hours=30))
    await staff_actions.reply(ticket.ref, "We have deleted it.", None, example_profile())
    policy = DeliveryPolicy(templates=frozenset({"whatsapp"}))
    assert "approved template" in await delivery.expected_route(ticket, policy, NOW)
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session, template="reply_waiting"), policy, NOW)
        [template] = [r["json"] for r in fake.received]
        assert template["type"] == "template" and template["to"] == WA_ID
        assert template["template"]["name"] == "reply_waiting"
        assert template["template"]["language"]["code"] == "ur"
        assert template["template"]["components"] == [
            {"type": "body", "parameters": [{"type": "text", "text": ticket.ref}]}]
        assert (await OutboxMessage.get(ticket_ref=ticket.ref)).status == "held"

        # The person writes back: their window opens and the words go out as text.
        await reach.note_inbound("whatsapp", WA_ID, NOW)
        assert await outbox.release_held("whatsapp", WA_ID) == 1
        await send_all(sender_for(url, session, template="reply_waiting"), policy, NOW)
    assert fake.received[-1]["json"]["type"] == "text"
    assert "We have deleted it." in fake.received[-1]["json"]["text"]["body"]
    row = await OutboxMessage.get(ticket_ref=ticket.ref)
    assert (row.status, row.provider_id) == ("sent", "wamid.TEST2")


async def test_inside_the_window_free_text_goes_out_at_once(
    database: str, provider: tuple[Provider, str]
) -> None:
    fake, url = provider
    ticket = await ticket_on("whatsapp", WA_ID, "whatsapp")
    await reach.note_inbound("whatsapp", WA_ID, NOW - timedelta(hours=22))
    await staff_actions.reply(ticket.ref, "Done.", None, example_profile())
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session, template="reply_waiting"),
                       DeliveryPolicy(templates=frozenset({"whatsapp"})), NOW)
    assert [r["json"]["type"] for r in fake.received] == ["text"]


async def test_outside_the_window_twilio_gets_its_content_template_with_the_reference(
    database: str, provider: tuple[Provider, str]
) -> None:
    fake, url = provider
    address = "whatsapp:" + PHONE
    ticket = await ticket_on("twilio", address, "whatsapp")
    await reach.note_inbound("twilio", address, NOW - timedelta(days=3))
    await staff_actions.reply(ticket.ref, "Your data is corrected.", None, example_profile())
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session, content_sid=CONTENT_SID),
                       DeliveryPolicy(templates=frozenset({"twilio"})), NOW)
    [sent] = [r["form"] for r in fake.received]
    assert (sent["ContentSid"], json.loads(sent["ContentVariables"])) == (CONTENT_SID, {"1": ticket.ref})
    assert sent["To"] == address and sent["From"] == "whatsapp:+14155238886"
    assert "Body" not in sent and sent["StatusCallback"] == PUBLIC_BASE_URL + "/webhooks/twilio/status"
    assert (await OutboxMessage.get(ticket_ref=ticket.ref)).status == "held"


async def test_without_a_template_the_words_go_by_sms_when_an_sms_channel_is_on(
    database: str, provider: tuple[Provider, str]
) -> None:
    fake, url = provider
    ticket = await ticket_on("whatsapp", WA_ID, "whatsapp")
    await reach.note_inbound("whatsapp", WA_ID, NOW - timedelta(hours=23, minutes=30))
    await staff_actions.reply(ticket.ref, "We need one more detail.", None, example_profile())
    policy = DeliveryPolicy(sms_transport="twilio")
    assert "by SMS" in await delivery.expected_route(ticket, policy, NOW)
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session), policy, NOW)
    [sms] = [r["form"] for r in fake.received]
    assert sms["To"] == PHONE and "We need one more detail." in sms["Body"]
    row = await OutboxMessage.get(ticket_ref=ticket.ref)
    assert (row.transport, row.address, row.status) == ("twilio", PHONE, "sent")


async def test_without_a_template_or_sms_the_words_are_held_and_staff_are_told_so(
    database: str, provider: tuple[Provider, str]
) -> None:
    fake, url = provider
    ticket = await ticket_on("whatsapp", WA_ID, "whatsapp")
    await reach.note_inbound("whatsapp", WA_ID, NOW - timedelta(days=2))
    await staff_actions.reply(ticket.ref, "Hello again.", None, example_profile())
    assert "held until they write" in await delivery.expected_route(ticket, DeliveryPolicy(), NOW)
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session), DeliveryPolicy(), NOW)
    assert fake.received == []
    assert (await OutboxMessage.get(ticket_ref=ticket.ref)).status == "held"


# -- status webhooks --------------------------------------------------------------------------


@pytest.fixture
async def server(database: str, provider: tuple[Provider, str]) -> AsyncIterator[Server]:
    """The desk with Twilio, WhatsApp and a staff chat on."""
    settings = make_settings(
        database, public_base_url=PUBLIC_BASE_URL, twilio_account_sid=SID, twilio_auth_token=TOKEN,
        twilio_from_sms="+15005550006", twilio_api_base=provider[1],
        whatsapp_access_token="t", whatsapp_phone_number_id="555", whatsapp_app_secret="s",
        whatsapp_verify_token="v", whatsapp_api_base=provider[1],
        telegram_bot_token="1:x", staff_chat_id=int(STAFF_CHAT),
    )
    async with desk_server(settings, senders={}) as running_server:
        yield running_server


def twilio_status(sid: str, status: str, code: str | None = None) -> tuple[dict[str, str], dict[str, str]]:
    params = {"MessageSid": sid, "SmsSid": sid, "MessageStatus": status, "AccountSid": SID,
              "To": PHONE, "From": "+15005550006", "ApiVersion": "2010-04-01"}
    if code:
        params["ErrorCode"] = code
    url = PUBLIC_BASE_URL + "/webhooks/twilio/status"
    return params, {"X-Twilio-Signature": RequestValidator(TOKEN).compute_signature(url, params)}


async def sent_row(ticket: Ticket, provider_id: str) -> OutboxMessage:
    await staff_actions.reply(ticket.ref, "Hello.", None, example_profile())
    row = await OutboxMessage.get(ticket_ref=ticket.ref)
    await OutboxMessage.filter(id=row.id).update(status="sent", provider_id=provider_id)
    return row


async def staff_lines() -> list[str]:
    return [m.payload["text"] for m in await OutboxMessage.filter(transport="telegram", address=STAFF_CHAT)]


async def test_a_failed_twilio_status_reaches_staff_once_and_the_ticket_records_it(server: Server) -> None:
    ticket = await ticket_on("twilio", PHONE, "sms")
    row = await sent_row(ticket, "SM" + "1" * 32)
    for status in ("sent", "undelivered", "undelivered", "delivered"):
        params, headers = twilio_status("SM" + "1" * 32, status, "30005" if status == "undelivered" else None)
        assert (await server.post("/webhooks/twilio/status", data=params, headers=headers))[0] == 200
    [line] = await staff_lines()
    assert format_reference(ticket.ref) in line and "did not reach the person on sms" in line
    [event] = await TicketEvent.filter(ticket_id=ticket.id, action="delivery_failed")
    assert event.data["why"] == "invalid" and event.data["message"] == row.id
    assert (await OutboxMessage.get(id=row.id)).provider_status == "undelivered"
    assert "failed" in "\n".join(await delivery.delivery_lines(ticket.ref))


async def test_a_forged_status_callback_is_401_and_stores_nothing(server: Server) -> None:
    ticket = await ticket_on("twilio", PHONE, "sms")
    row = await sent_row(ticket, "SM" + "2" * 32)
    params, _ = twilio_status("SM" + "2" * 32, "failed", "30003")
    forged = {"X-Twilio-Signature": RequestValidator("another-token").compute_signature(
        PUBLIC_BASE_URL + "/webhooks/twilio/status", params)}
    assert (await server.post("/webhooks/twilio/status", data=params, headers=forged))[0] == 401
    assert (await OutboxMessage.get(id=row.id)).provider_status is None
    assert await staff_lines() == []


async def test_a_status_for_an_unknown_message_is_200_and_ignored(server: Server) -> None:
    params, headers = twilio_status("SM" + "9" * 32, "failed", "30003")
    assert (await server.post("/webhooks/twilio/status", data=params, headers=headers))[0] == 200
    assert not await OutboxMessage.exists() and not await TicketEvent.exists()


async def test_21610_marks_the_number_unreachable_tells_staff_and_names_the_other_channel(
    server: Server,
) -> None:
    ticket = await ticket_on("twilio", PHONE, "sms")
    subject = await Subject.get(phone=PHONE)
    await Identity.create(transport="telegram", address="4242", subject=subject, verified=True)
    await sent_row(ticket, "SM" + "3" * 32)
    params, headers = twilio_status("SM" + "3" * 32, "failed", "21610")
    assert (await server.post("/webhooks/twilio/status", data=params, headers=headers))[0] == 200
    assert await Unreachable.filter(transport="twilio", address=PHONE).exists()
    [line] = await staff_lines()
    assert "texted STOP" in line and "telegram" in line
    # Nothing more is sent to it, and staff hear so when they reply.
    answer = await delivery.expected_route(ticket, DeliveryPolicy(), NOW)
    assert "refuses SMS" in answer and "telegram" in answer


def meta_status(wamid: str, status: str, code: int | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": wamid, "status": status, "timestamp": "1764666000",
                             "recipient_id": WA_ID}
    if code is not None:
        entry["errors"] = [{"code": code, "title": "Re-engagement message",
                            "message": "Re-engagement message", "error_data": {"details": "…"}}]
    return {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{
        "field": "messages", "value": {"messaging_product": "whatsapp",
                                       "metadata": {"phone_number_id": "555"}, "statuses": [entry]}}]}]}


async def post_meta(server: Server, payload: dict[str, Any]) -> int:
    import hashlib
    import hmac

    raw = json.dumps(payload).encode()
    signature = "sha256=" + hmac.new(b"s", raw, hashlib.sha256).hexdigest()
    status, _ = await server.post("/webhooks/whatsapp", data=raw, headers={
        "X-Hub-Signature-256": signature, "Content-Type": "application/json"})
    return status


async def test_meta_131047_in_a_status_holds_the_words_for_the_person_and_tells_staff(server: Server) -> None:
    ticket = await ticket_on("whatsapp", WA_ID, "whatsapp")
    row = await sent_row(ticket, "wamid.W1")
    assert await post_meta(server, meta_status("wamid.W1", "delivered")) == 200
    assert (await OutboxMessage.get(id=row.id)).provider_status == "delivered"
    assert await post_meta(server, meta_status("wamid.W1", "failed", 131047)) == 200
    assert await post_meta(server, meta_status("wamid.W1", "failed", 131047)) == 200
    assert (await OutboxMessage.get(id=row.id)).status == "held"
    [line] = await staff_lines()
    assert "24-hour window" in line and format_reference(ticket.ref) in line


# -- provider error codes ---------------------------------------------------------------------


async def test_131056_waits_at_least_six_seconds_before_the_same_person_is_tried_again(
    database: str, provider: tuple[Provider, str]
) -> None:
    fake, url = provider
    fake.errors.append((400, {"error": {"message": "(#131056) (Business Account, Consumer Account) pair rate limit hit",
                                        "type": "OAuthException", "code": 131056, "fbtrace_id": "x"}}))
    first = await outbox.enqueue("whatsapp", WA_ID, {"text": "one"})
    other = await outbox.enqueue("whatsapp", "923009999999", {"text": "to someone else"})
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session), DeliveryPolicy(), NOW)
    waiting, done = await OutboxMessage.get(id=first.id), await OutboxMessage.get(id=other.id)
    assert waiting.status == "pending" and done.status == "sent"
    assert (waiting.next_attempt_at - waiting.created_at) >= timedelta(seconds=6)


@pytest.mark.parametrize("code", [21211, 21408, 21614])
async def test_twilio_permanent_codes_fail_at_once_with_the_number_masked(
    database: str, provider: tuple[Provider, str], code: int, caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = provider
    fake.errors.append((400, {"code": code, "message": "The 'To' number +923451234567 is not a valid phone number.",
                              "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": 400}))
    row = await outbox.enqueue("twilio", "+923451234567", {"text": "hello"})
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session), DeliveryPolicy(), NOW)
    failed = await OutboxMessage.get(id=row.id)
    assert failed.status == "failed" and str(code) in (failed.last_error or "")
    assert "+923451234567" not in (failed.last_error or "") and "+923451234567" not in caplog.text


async def test_finding_3_phone_numbers_in_provider_error_texts_are_masked_in_logs_and_last_error(
    database: str, provider: tuple[Provider, str], caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = provider
    fake.errors.append((400, {"code": 21211, "message": "The 'To' number +923451234567 is not a valid phone number.",
                              "status": 400}))
    row = await outbox.enqueue("twilio", "+923451234567", {"text": "hello"})
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session), DeliveryPolicy(), NOW)
    stored = (await OutboxMessage.get(id=row.id)).last_error or ""
    assert "The 'To' number" in stored and "923451234567" not in stored
    assert "923451234567" not in caplog.text


async def test_bad_credentials_are_an_operator_alert_and_no_row_fails(
    database: str, provider: tuple[Provider, str], caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = provider
    fake.errors.extend([(401, {"code": 20003, "message": "Authenticate", "status": 401})] * 20)
    rows = [await outbox.enqueue("twilio", f"+9230000000{n:02}", {"text": "x"}) for n in range(12)]
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session), DeliveryPolicy(), NOW)
    # Only the sends already under way when the first refusal came were tried: the transport
    # then waits for an operator.
    assert len(fake.received) <= 8
    after = await OutboxMessage.filter(id__in=[r.id for r in rows])
    assert {(r.status, r.attempts) for r in after} == {("pending", 0)}
    assert "OPERATOR" in caplog.text


async def test_21610_on_sending_stops_sms_to_the_number_and_tells_staff(
    database: str, provider: tuple[Provider, str]
) -> None:
    fake, url = provider
    fake.errors.append((400, {"code": 21610, "message": "Attempt to send to unsubscribed recipient",
                              "status": 400}))
    ticket = await ticket_on("twilio", PHONE, "sms")
    await staff_actions.reply(ticket.ref, "First answer.", None, example_profile())
    await staff_actions.reply(ticket.ref, "Second answer.", None, example_profile())
    policy = DeliveryPolicy(staff_transport="telegram", staff_address=STAFF_CHAT)
    async with aiohttp.ClientSession() as session:
        await send_all(sender_for(url, session), policy, NOW)
    assert len(fake.received) == 1  # the second answer is not even tried
    assert await Unreachable.filter(transport="twilio", address=PHONE, reason="stop").exists()
    rows = await OutboxMessage.filter(ticket_ref=ticket.ref).order_by("id")
    assert [r.status for r in rows] == ["failed", "failed"]
    [line] = await staff_lines()
    assert "texted STOP" in line and format_reference(ticket.ref) in line


async def test_a_person_who_blocked_the_telegram_bot_is_told_to_staff(database: str) -> None:
    from bot.channels.base import PermanentFailure

    class Blocked:
        transport = "telegram"

        async def send(self, address: str, payload: dict[str, Any]) -> None:
            if address != STAFF_CHAT:  # as TelegramChannel.send words Telegram's 403
                raise PermanentFailure("telegram refused the message: Forbidden: bot was blocked by the user")

    ticket = await ticket_on("telegram", "4242", "telegram")
    await staff_actions.reply(ticket.ref, "Hello.", None, example_profile())
    policy = DeliveryPolicy(staff_transport="telegram", staff_address=STAFF_CHAT)
    await OutboxSender({"telegram": Blocked()}, "s", policy=policy).run_until_empty()
    [event] = await TicketEvent.filter(ticket_id=ticket.id, action="delivery_failed")
    assert event.data["why"] == "blocked"
    [line] = [m.payload["text"] for m in await OutboxMessage.filter(address=STAFF_CHAT)]
    assert "has blocked the bot" in line


async def test_held_words_are_released_when_the_person_writes_on_whatsapp(server: Server) -> None:
    ticket = await ticket_on("whatsapp", WA_ID, "whatsapp")
    await staff_actions.reply(ticket.ref, "Held answer.", None, example_profile())
    row = await OutboxMessage.get(ticket_ref=ticket.ref)
    await outbox.hold(row.id, None, "outside WhatsApp's 24-hour window")
    inbound = {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{
        "field": "messages", "value": {"messaging_product": "whatsapp",
                                       "metadata": {"phone_number_id": "555"},
                                       "contacts": [{"wa_id": WA_ID, "profile": {"name": "Ayesha"}}],
                                       "messages": [{"from": WA_ID, "id": "wamid.IN1", "timestamp": "1764666000",
                                                     "type": "text", "text": {"body": "hello"}}]}}]}]}
    assert await post_meta(server, inbound) == 200
    released = await OutboxMessage.get(id=row.id)
    assert released.status == "pending"
    # It comes before the answer to the person's new message.
    later = await OutboxMessage.filter(transport="whatsapp", address=WA_ID).order_by("id")
    assert later[0].id == row.id and len(later) > 1
    assert await reach.last_inbound("whatsapp", WA_ID) is not None
