"""Twilio SMS and WhatsApp end to end: signed webhooks in, TwiML out, the REST sender."""

from __future__ import annotations

import asyncio
import base64
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from multidict import MultiDict
from twilio.request_validator import RequestValidator

from bot.channels.twilio import compute_signature, twiml
from bot.sms import sms_segments
from flows.messages import Option, Reply
from storage import outbox
from storage.models import (
    Conversation,
    Delivery,
    LedgerEntry,
    OutboxMessage,
    Subject,
    Ticket,
    TranscriptLine,
    Unreachable,
)
from tests.e2e.support import (
    PHONE,
    PUBLIC_BASE_URL,
    FakeProvider,
    Server,
    desk_server,
    eventually,
    make_settings,
)

SID, TOKEN = "AC" + "0" * 32, "twilio-auth-token"
WEBHOOK_URL = PUBLIC_BASE_URL + "/webhooks/twilio"


@pytest.fixture
async def server(database: str, provider: FakeProvider) -> AsyncIterator[Server]:
    """The desk with Twilio on, its REST calls going to the fake."""
    settings = make_settings(
        database, public_base_url=PUBLIC_BASE_URL, twilio_account_sid=SID,
        twilio_auth_token=TOKEN, twilio_from_sms="+15005550006",
        twilio_from_whatsapp="+14155238886", twilio_api_base=provider.url,
    )
    async with desk_server(settings) as running_server:
        yield running_server


def form(text: str, sid: str, sender: str = PHONE, **extra: str) -> dict[str, str]:
    """Twilio's parameters for one inbound message."""
    return {"MessageSid": sid, "SmsSid": sid, "AccountSid": SID, "From": sender,
            "To": "+15005550006", "Body": text, "NumMedia": "0", **extra}


def signed(params: dict[str, str], token: str = TOKEN, url: str = WEBHOOK_URL) -> dict[str, str]:
    """Sign parameters with the twilio package's own validator."""
    return {"X-Twilio-Signature": RequestValidator(token).compute_signature(url, params)}


async def say(server: Server, text: str, sid: str, sender: str = PHONE) -> list[str]:
    """Send one signed message and give the texts of the TwiML answer."""
    params = form(text, sid, sender)
    status, body = await server.post("/webhooks/twilio", data=params, headers=signed(params))
    assert status == 200, body
    return messages_of(body)


def messages_of(body: str) -> list[str]:
    """Parse TwiML and give each `<Message>`'s text."""
    root = ET.fromstring(body)
    assert root.tag == "Response"
    return [m.text or "" for m in root.findall("Message")]


async def nothing_stored() -> bool:
    return not await Delivery.exists() and not await Conversation.exists()


# -- walking a flow --------------------------------------------------------------------------


async def test_a_complaint_by_sms_becomes_a_ticket(server: Server) -> None:
    menu = await say(server, "menu", "SM1")
    assert "6 File a complaint" in "\n".join(menu)
    await say(server, "6", "SM2")
    await say(server, "1", "SM3")
    done = "\n".join(await say(server, "They gave my number to a loan app", "SM4"))
    ticket = await Ticket.get(kind="complaint")
    assert ticket.channel == "sms" and ticket.transport == "twilio"
    assert ticket.ref.replace("-", "") in done.replace("-", "")


async def test_an_english_sms_is_sent_in_gsm7_with_plain_bullets(server: Server) -> None:
    await say(server, "menu", "SM1")
    await say(server, "4", "SM2")
    sms = "\n".join(await say(server, "Full details", "SM2b"))
    await say(server, "menu", "SM3", sender="whatsapp:" + PHONE)
    whatsapp = "\n".join(await say(server, "4", "SM4", sender="whatsapp:" + PHONE))
    assert "•" in whatsapp
    assert "•" not in sms and "\n- " in sms
    # The same explanation costs half the segments once it is GSM-7 (6 rather than 12).
    assert sms_segments(sms) * 2 <= sms_segments(whatsapp)


async def test_whatsapp_through_twilio_is_its_own_conversation_but_the_same_person(
    server: Server,
) -> None:
    await say(server, "menu", "SM1")
    await say(server, "menu", "SM2", sender="whatsapp:" + PHONE)
    addresses = sorted(await Conversation.all().values_list("address", flat=True))
    assert addresses == [PHONE, "whatsapp:" + PHONE]
    assert await Subject.filter(phone=PHONE).count() == 1


async def test_stop_reaches_the_desk_and_is_recorded_as_refusing_all_sms(server: Server) -> None:
    # Twilio answers STOP itself and refuses anything more we send to the number (21610).
    assert await say(server, "STOP", "SM1") == []
    assert await LedgerEntry.filter(kind="marketing", channel="sms").exists()
    assert await Unreachable.filter(transport="twilio", address=PHONE, reason="stop").exists()
    await say(server, "START", "SM2")
    assert not await Unreachable.exists()


async def test_yes_is_twilios_opt_in_word_too_and_unblocks_only_its_own_number(server: Server) -> None:
    other = "+923001112223"
    assert await say(server, "STOP", "SM1") == []
    assert await say(server, "STOP", "SM2", sender=other) == []
    await say(server, "yes", "SM3")
    assert await Unreachable.filter(address=PHONE).count() == 0
    assert await Unreachable.filter(address=other).count() == 1


@pytest.mark.parametrize("word", ["STOPALL", "unsubscribe", "Cancel", "END", "quit", "REVOKE", "OPTOUT"])
async def test_every_twilio_opt_out_word_marks_the_number_as_refusing_sms(server: Server, word: str) -> None:
    assert await say(server, word, "SM1") == []
    assert await Unreachable.filter(transport="twilio", address=PHONE).exists()


async def test_help_is_left_to_twilio_which_answers_it_itself(server: Server) -> None:
    assert await say(server, "HELP", "SM1") == []
    assert not await Conversation.exists()


# -- bad input -------------------------------------------------------------------------------


async def test_a_missing_signature_is_refused_and_nothing_stored(server: Server) -> None:
    status, _ = await server.post("/webhooks/twilio", data=form("menu", "SM1"))
    assert status == 401
    assert await nothing_stored()


async def test_a_signature_with_another_token_is_refused(server: Server) -> None:
    params = form("menu", "SM1")
    status, _ = await server.post("/webhooks/twilio", data=params,
                                  headers=signed(params, token="someone-else"))
    assert status == 401
    assert await nothing_stored()


async def test_a_signature_over_the_proxied_url_is_refused(server: Server) -> None:
    params = form("menu", "SM1")
    headers = signed(params, url=server.url + "/webhooks/twilio")
    status, _ = await server.post("/webhooks/twilio", data=params, headers=headers)
    assert status == 401


async def test_a_tampered_parameter_breaks_the_signature(server: Server) -> None:
    params = form("menu", "SM1")
    headers = signed(params)
    status, _ = await server.post("/webhooks/twilio", data={**params, "Body": "6"}, headers=headers)
    assert status == 401


@pytest.mark.parametrize(
    ("params", "reason"),
    [({"Body": "menu", "From": PHONE}, "MessageSid"),
     ({"MessageSid": "SM1", "Body": "menu", "From": "not-a-phone"}, "E.164"),
     ({"MessageSid": "SM1", "Body": "menu"}, "E.164")],
    ids=["no-sid", "bad-from", "no-from"],
)
async def test_a_malformed_message_is_400_with_a_reason(
    server: Server, params: dict[str, str], reason: str
) -> None:
    status, body = await server.post("/webhooks/twilio", data=params, headers=signed(params))
    assert (status, reason in body) == (400, True)
    assert await nothing_stored()


async def test_a_body_over_64_kib_is_413(server: Server) -> None:
    params = form("x" * 70_000, "SM1")
    status, _ = await server.post("/webhooks/twilio", data=params, headers=signed(params))
    assert status == 413
    assert await nothing_stored()


async def test_an_unknown_parameter_is_ignored(server: Server) -> None:
    params = form("menu", "SM1", ProfileName="Ayesha", SomethingNew="42")
    status, body = await server.post("/webhooks/twilio", data=params, headers=signed(params))
    assert status == 200 and messages_of(body)


def test_a_repeated_parameter_is_signed_as_twilios_own_validator_signs_it() -> None:
    pairs = [("MessageSid", "SM1"), ("MediaUrl", "https://b.example/2"), ("Body", "salaam"),
             ("MediaUrl", "https://a.example/1"), ("MediaUrl", "https://b.example/2")]
    expected = RequestValidator(TOKEN).compute_signature(WEBHOOK_URL, MultiDict(pairs))
    assert compute_signature(TOKEN, WEBHOOK_URL, pairs) == expected
    assert compute_signature(TOKEN, WEBHOOK_URL, pairs[:-1]) == expected  # a repeated pair counts once
    assert compute_signature(TOKEN, WEBHOOK_URL, pairs[1:]) != expected


# -- repeated deliveries ---------------------------------------------------------------------


async def test_a_repeated_delivery_is_answered_the_same_and_processed_once(server: Server) -> None:
    await say(server, "menu", "SM1")
    first = await say(server, "6", "SM2")
    again = await say(server, "6", "SM2")
    assert first == again
    assert await TranscriptLine.filter(direction="in", text="6").count() == 1


async def test_two_copies_arriving_together_are_processed_once(
    server: Server, database: str
) -> None:
    await say(server, "menu", "SM1")
    first, second = await asyncio.gather(say(server, "6", "SM2"), say(server, "6", "SM2"))
    assert first == second
    assert await Delivery.all().count() == 2  # SM1 and SM2, once each
    assert await TranscriptLine.filter(direction="in", text="6").count() == 1


# -- rendering -------------------------------------------------------------------------------


def test_twiml_escapes_text_and_numbers_the_options() -> None:
    reply = Reply("Terms & <conditions>", (Option("a", "See my data"), Option("b", "Other")))
    assert messages_of(twiml([reply], "sms")) == ["Terms & <conditions>\n\n1 See my data\n2 Other"]


def test_no_replies_is_an_empty_twiml_document_twilio_sends_nothing_for() -> None:
    assert messages_of(twiml([], "sms")) == []


def test_a_reply_rendered_again_is_split_the_same_way() -> None:
    text = "Terms & conditions – “quoted”\n" * 30
    first, again = twiml([Reply(text)], "sms"), twiml([Reply(text)], "sms")
    assert first == again and len(messages_of(first)) > 1
    assert all(sms_segments(part) <= 4 and "“" not in part for part in messages_of(again))


def test_a_long_urdu_sms_is_split_into_short_messages() -> None:
    text = "\n".join(["آپ کی درخواست ہمارے پاس ہے اور ہم جلد جواب دیں گے"] * 12)
    parts = messages_of(twiml([Reply(text)], "sms"))
    assert len(parts) > 1
    assert all(sms_segments(part) <= 4 for part in parts)


# -- later messages through the REST API -----------------------------------------------------


async def test_an_outbox_sms_goes_through_the_rest_api(
    server: Server, provider: FakeProvider
) -> None:
    fake = provider
    await outbox.enqueue("twilio", PHONE, {"text": "Your request is resolved."})
    await outbox.enqueue("twilio", "whatsapp:" + PHONE, {"text": "Hello on WhatsApp"})
    await eventually(lambda: len(fake.received) == 2)
    by_to = {r["form"]["To"]: r for r in fake.received}
    sms, wa = by_to[PHONE], by_to["whatsapp:" + PHONE]
    assert sms["path"] == f"/2010-04-01/Accounts/{SID}/Messages.json"
    assert (sms["form"]["From"], sms["form"]["Body"]) == ("+15005550006", "Your request is resolved.")
    assert wa["form"]["From"] == "whatsapp:+14155238886"
    assert sms["headers"]["Authorization"] == "Basic " + base64.b64encode(
        f"{SID}:{TOKEN}".encode()).decode()
    await eventually(lambda: _sent_count(2))


async def _sent_count(expected: int) -> bool:
    return await OutboxMessage.filter(status="sent").count() == expected


async def test_a_throttled_send_waits_as_twilio_asks_and_a_refused_one_gives_up(
    server: Server, provider: FakeProvider
) -> None:
    fake = provider
    fake.statuses.extend([429])
    fake.headers["Retry-After"] = "120"
    throttled = await outbox.enqueue("twilio", PHONE, {"text": "one"})
    await eventually(lambda: len(fake.received) == 1)
    await eventually(lambda: _moved_later(throttled.id))
    row = await OutboxMessage.get(id=throttled.id)
    assert timedelta(seconds=110) <= row.next_attempt_at - row.created_at <= timedelta(seconds=130)
    fake.statuses.extend([400])
    # To another number: the throttled one's later messages wait behind it, in order.
    refused = await outbox.enqueue("twilio", "+923009999999", {"text": "two"})
    await eventually(lambda: _status(refused.id, "failed"))


async def _moved_later(message_id: int) -> bool:
    row = await OutboxMessage.get(id=message_id)
    return row.lease_owner is None and row.attempts == 0 and row.next_attempt_at > row.created_at


async def _status(message_id: int, status: str) -> bool:
    return (await OutboxMessage.get(id=message_id)).status == status
