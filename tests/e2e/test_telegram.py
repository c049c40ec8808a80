"""The Telegram channel end to end: real python-telegram-bot, a local Bot API, the real core.

A person's side is what the fake Bot API recorded: the texts, buttons and documents the bot
sent them. The desk is the real one with the example profile on a fresh SQLite database.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging

import pytest

from bot.channels.base import PermanentFailure, TemporaryFailure
from bot.channels.telegram import APOLOGY, ONLY_PRIVATE, TEXT_ONLY, TelegramChannel, in_both
from bot.staff import StaffDesk
from flows.engine import Desk
from flows.refs import format_reference
from storage import outbox
from storage import staff as staff_table
from storage.models import Conversation, Delivery, Identity, OutboxMessage, Ticket
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.support_telegram import (
    AYESHA,
    AYESHA_PHONE,
    STAFF_CHAT,
    STAFF_MEMBER,
    STRANGER,
    RecordingStaff,
    WebhookRig,
    button_data,
    button_update,
    contact_update,
    group_chat,
    settings_for,
    sticker_update,
    text_update,
)

# PTB itself warns, when it builds a RetryAfter, that retry_after becomes a timedelta in v23.
pytestmark = pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")

MENU_LABELS = {"See my data", "Delete my data", "Talk to a person", "My requests"}


def labels(call_result: dict) -> set[str]:
    """The labels of the inline buttons on a message the bot sent."""
    rows = call_result.get("reply_markup", {}).get("inline_keyboard", [])
    return {button["text"] for row in rows for button in row}


async def say(bot_api: FakeBotApi, update: dict, chat_id: int = AYESHA) -> dict:
    """Send an update by long polling and give the bot's next message to that chat."""
    before = len(bot_api.of("sendMessage", chat_id))
    await bot_api.push(update)
    calls = await bot_api.wait_for_messages(chat_id, before + 1)
    return calls[-1].result


async def all_handled(bot_api: FakeBotApi, channel: TelegramChannel, last_update_id: int) -> None:
    """Wait until the bot has fetched every update up to `last_update_id` and finished handling
    each: updates are handled concurrently, so one's reply says nothing about another's."""
    await bot_api.wait_for(
        lambda: any(int(c.params.get("offset") or 0) > last_update_id for c in bot_api.of("getUpdates")),
        what=f"getUpdates to confirm update {last_update_id}",
    )
    # PTB marks each fetched update done on its queue once its handler has returned.
    await asyncio.wait_for(channel.application.update_queue.join(), 10)


async def open_menu(bot_api: FakeBotApi) -> dict:
    """Start a conversation and give the menu message."""
    return await say(bot_api, text_update(AYESHA, "/start"))


async def press(bot_api: FakeBotApi, shown: dict, label: str) -> dict:
    """Press a button on a message the bot sent and give the bot's next message."""
    return await say(bot_api, button_update(AYESHA, shown, button_data(shown, label)))


# -- polling: a person ----------------------------------------------------------------------


async def test_start_greets_the_person_with_the_menu_as_inline_buttons(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    menu = await open_menu(bot_api)
    assert "privacy desk" in menu["text"]
    assert MENU_LABELS <= labels(menu)
    assert bot_api.of("deleteWebhook"), "polling starts by clearing any webhook"


async def test_menu_shows_the_menu_again(polling: TelegramChannel, bot_api: FakeBotApi) -> None:
    await open_menu(bot_api)
    again = await say(bot_api, text_update(AYESHA, "/menu"))
    assert MENU_LABELS <= labels(again)


async def test_language_command_offers_english_urdu_and_roman_urdu(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    await open_menu(bot_api)
    choice = await say(bot_api, text_update(AYESHA, "/language"))
    assert labels(choice) == {"English", "اردو", "Roman Urdu"}


async def test_pressing_a_button_answers_it_retires_its_keyboard_and_asks_for_the_contact(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    menu = await open_menu(bot_api)
    ask = await press(bot_api, menu, "See my data")
    assert bot_api.of("answerCallbackQuery")
    edits = bot_api.of("editMessageReplyMarkup", AYESHA)
    assert [e.params["message_id"] for e in edits] == [menu["message_id"]]
    sent = bot_api.of("sendMessage", AYESHA)[-1]
    first_button = sent.buttons[0][0]
    assert first_button == {"text": "Share my phone number", "request_contact": True}
    assert sent.params["reply_markup"]["one_time_keyboard"] is True
    assert "confirm it's you" in ask["text"]


async def test_finding_4_forged_callback_data_naming_a_resume_point_does_not_pass_identity(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    menu = await open_menu(bot_api)

    listed = await say(bot_api, button_update(AYESHA, menu, "consent:list"))
    explained = await say(bot_api, button_update(AYESHA, menu, "erasure:explain"))
    confirmed = await say(bot_api, text_update(AYESHA, "yes"))

    assert "What your data is used for" not in listed["text"]
    assert "delete" not in (explained["text"] + confirmed["text"]).lower()
    assert await Ticket.all().count() == 0
    assert (await Conversation.get()).state in ("menu", "identity:phone")


async def test_own_contact_verifies_the_person_and_a_full_copy_arrives_as_documents(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    menu = await open_menu(bot_api)
    await press(bot_api, menu, "See my data")
    summary = await say(bot_api, contact_update(AYESHA, "92 300 1234567", contact_user_id=AYESHA))
    assert "holds about you" in summary["text"]
    ticket = await Ticket.get(kind="access")
    assert format_reference(ticket.ref) in summary["text"]
    await press(bot_api, summary, "Send me a full copy")
    documents = await bot_api.wait_for_messages(AYESHA, 2, method="sendDocument")
    assert "full copy" in bot_api.texts(AYESHA)[-1]
    files = {d.files["document"][0]: d.files["document"][1] for d in documents}
    assert set(files) == {"my-data.json", "my-data.csv"}
    assert json.loads(files["my-data.json"])["phone"] == AYESHA_PHONE
    assert b"organisation" in files["my-data.csv"]
    identity = await Identity.get(transport="telegram", address=str(AYESHA))
    assert identity.verified is True


@pytest.mark.parametrize(
    "owner", [STRANGER, None], ids=["another-users-contact", "a-contact-without-telegram"]
)
async def test_someone_elses_contact_is_not_proof_and_a_code_is_texted_instead(
    polling: TelegramChannel, bot_api: FakeBotApi, desk: Desk, owner: int | None
) -> None:
    desk.sms_transport = "bridge"
    menu = await open_menu(bot_api)
    await press(bot_api, menu, "See my data")
    answer = await say(bot_api, contact_update(AYESHA, "+923001234567", contact_user_id=owner))
    assert "holds about you" not in answer["text"]
    assert "6-digit code" in answer["text"]
    identity = await Identity.get(transport="telegram", address=str(AYESHA))
    assert identity.verified is False
    assert await OutboxMessage.filter(transport="bridge", address=AYESHA_PHONE).count() == 1


async def test_a_sticker_is_answered_with_a_request_for_text(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    reply = await say(bot_api, sticker_update(AYESHA))
    assert reply["text"] == in_both(TEXT_ONLY)


async def test_a_failure_is_logged_with_its_traceback_and_the_person_gets_an_apology(
    bot_api: FakeBotApi, database: str, caplog: pytest.LogCaptureFixture
) -> None:
    class BrokenDesk:
        async def handle(self, message: object) -> list:
            raise RuntimeError("the core fell over")

    channel = TelegramChannel(settings_for(bot_api), BrokenDesk())  # type: ignore[arg-type]
    await channel.start()
    try:
        with caplog.at_level(logging.ERROR, logger="bot.channels.telegram"):
            reply = await say(bot_api, text_update(AYESHA, "hello"))
    finally:
        await channel.stop()
    assert reply["text"] == in_both(APOLOGY)
    failure = [r for r in caplog.records if r.name == "bot.channels.telegram"]
    assert failure and failure[0].exc_info is not None
    assert "hello" not in caplog.text


# -- polling: groups and staff ---------------------------------------------------------------


async def test_a_group_that_is_not_the_staff_chat_is_told_politely_and_not_served(
    polling: TelegramChannel, bot_api: FakeBotApi, staff: RecordingStaff
) -> None:
    group = -100999
    in_group = {"sender": AYESHA, "chat": group_chat(group)}
    await bot_api.push(text_update(group, "I want to delete my data", **in_group))
    last = await bot_api.push(text_update(group, "/start@privacy_desk_test_bot", **in_group))
    await all_handled(bot_api, polling, last)
    assert bot_api.texts(group) == [in_both(ONLY_PRIVATE)]
    assert await Conversation.all().count() == 0
    assert staff.commands == []


async def test_staff_commands_in_the_staff_chat_go_to_the_staff_side(
    polling: TelegramChannel, bot_api: FakeBotApi, staff: RecordingStaff
) -> None:
    in_staff_chat = {"sender": STAFF_MEMBER, "chat": group_chat(STAFF_CHAT)}
    await bot_api.push(text_update(STAFF_CHAT, "we should look at this", **in_staff_chat))
    last = await bot_api.push(text_update(STAFF_CHAT, "/claim@privacy_desk_test_bot ab12cd", **in_staff_chat))
    await all_handled(bot_api, polling, last)
    assert staff.commands == [(STAFF_MEMBER, STAFF_CHAT, "/claim ab12cd")]
    assert bot_api.texts(STAFF_CHAT) == ["staff got /claim ab12cd"]
    assert await Conversation.all().count() == 0


async def test_a_staff_member_can_use_staff_commands_in_a_private_chat(
    polling: TelegramChannel, bot_api: FakeBotApi, staff: RecordingStaff
) -> None:
    await say(bot_api, text_update(STAFF_MEMBER, "/help"), STAFF_MEMBER)
    await say(bot_api, text_update(STAFF_MEMBER, "/queue overdue"), STAFF_MEMBER)
    assert [c[2] for c in staff.commands] == ["/help", "/queue overdue"]


async def test_help_from_a_person_is_their_menu_not_the_staff_help(
    polling: TelegramChannel, bot_api: FakeBotApi, staff: RecordingStaff
) -> None:
    reply = await say(bot_api, text_update(AYESHA, "/help"))
    assert MENU_LABELS <= labels(reply)
    assert staff.commands == []


async def test_an_escalation_reaches_the_staff_chat_and_its_claim_button_reaches_staff(
    polling: TelegramChannel, bot_api: FakeBotApi, desk: Desk, staff: RecordingStaff
) -> None:
    desk.staff_transport, desk.staff_address = "telegram", str(STAFF_CHAT)
    menu = await open_menu(bot_api)
    handed = await press(bot_api, menu, "Talk to a person")
    assert "reference" in handed["text"].lower()
    for row in await outbox.claim_batch("test", transports=("telegram",)):
        await polling.send(row.address, row.payload)
        await outbox.mark_sent(row.id, "test")
    notice = bot_api.of("sendMessage", STAFF_CHAT)[-1].result
    assert "handoff" in notice["text"]
    data = button_data(notice, "Claim")
    assert data.startswith("staff:claim:")
    await bot_api.push(button_update(STAFF_CHAT, notice, data, sender=STAFF_MEMBER))
    await bot_api.wait_for(lambda: staff.callbacks)
    assert staff.callbacks == [(STAFF_MEMBER, STAFF_CHAT, data)]


# -- webhook --------------------------------------------------------------------------------


async def test_webhook_mode_sets_the_webhook_with_its_secret(webhook: WebhookRig) -> None:
    assert webhook.bot_api.webhook["url"] == "https://desk.example.org/webhooks/telegram"
    assert webhook.bot_api.webhook["secret_token"] == "webhook-secret-0123456789"
    assert not webhook.bot_api.of("getUpdates")


async def test_a_webhook_call_with_the_right_secret_is_answered_and_served(
    webhook: WebhookRig,
) -> None:
    update = {"update_id": webhook.bot_api.next_update_id(), **text_update(AYESHA, "/start")}
    assert await webhook.post(update) == 200
    messages = await webhook.bot_api.wait_for_messages(AYESHA, 1)
    assert MENU_LABELS <= labels(messages[0].result)


@pytest.mark.parametrize("secret", [None, "", "webhook-secret-0123456780", "x" * 300])
async def test_a_webhook_call_without_the_right_secret_is_refused_and_stores_nothing(
    webhook: WebhookRig, secret: str | None
) -> None:
    update = {"update_id": webhook.bot_api.next_update_id(), **text_update(AYESHA, "/start")}
    assert await webhook.post(update, secret=secret) == 401
    assert await webhook.post(b"{}", secret=secret) == 401
    assert webhook.bot_api.of("sendMessage") == []
    assert await Delivery.all().count() == 0
    assert await Conversation.all().count() == 0


@pytest.mark.parametrize(
    "body", [b"{not json", b"[]", b'{"message": {}}', b'{"update_id": "7"}', b"\xff\xfe"],
    ids=["syntax", "array", "no-update-id", "update-id-not-a-number", "not-utf8"],
)
async def test_a_malformed_webhook_body_is_a_bad_request(webhook: WebhookRig, body: bytes) -> None:
    assert await webhook.post(body) == 400
    assert webhook.bot_api.of("sendMessage") == []


async def test_a_webhook_body_over_64_kib_is_refused(webhook: WebhookRig) -> None:
    update = {"update_id": webhook.bot_api.next_update_id(), **text_update(AYESHA, "a" * 70_000)}
    assert await webhook.post(update) == 413


async def test_an_update_delivered_twice_is_processed_once_and_answered_as_before(
    webhook: WebhookRig,
) -> None:
    update = {"update_id": webhook.bot_api.next_update_id(), **text_update(AYESHA, "/start")}
    assert await webhook.post(update) == 200
    assert await webhook.post(update) == 200
    later = {"update_id": webhook.bot_api.next_update_id(), **text_update(AYESHA, "/menu")}
    assert await webhook.post(later) == 200
    assert await Delivery.all().count() == 2
    # Telegram sends an update again only when it did not hear our 200: the person may not
    # have seen the answer, so it is sent again as it was, and nothing is done twice.
    first, repeat, menu = webhook.bot_api.texts(AYESHA)
    assert "Assalam" in first and repeat == first and "Assalam" not in menu


async def test_a_staff_command_delivered_twice_at_once_is_carried_out_once(
    webhook: WebhookRig, staff: RecordingStaff
) -> None:
    in_staff_chat = {"sender": STAFF_MEMBER, "chat": group_chat(STAFF_CHAT)}
    update = {"update_id": webhook.bot_api.next_update_id(),
              **text_update(STAFF_CHAT, "/reply ab12cd We have deleted it.", **in_staff_chat)}
    assert await asyncio.gather(webhook.post(update), webhook.post(update)) == [200, 200]
    assert await webhook.post(update) == 200
    later = {"update_id": webhook.bot_api.next_update_id(), **text_update(STAFF_CHAT, "/queue", **in_staff_chat)}
    assert await webhook.post(later) == 200
    assert staff.commands == [(STAFF_MEMBER, STAFF_CHAT, "/reply ab12cd We have deleted it."),
                              (STAFF_MEMBER, STAFF_CHAT, "/queue")]
    assert webhook.bot_api.texts(STAFF_CHAT) == ["staff got /reply ab12cd We have deleted it.", "staff got /queue"]


# -- outbound, for the outbox -----------------------------------------------------------------


async def test_send_renders_text_options_and_documents(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    content = b'{"hello": "world"}'
    payload = {
        "text": "Our team replied to ab12cd: <b>not bold</b>",
        "options": [{"key": "menu", "label": "Main menu"}, {"key": "k" * 100, "label": "Long key"}],
        "documents": [{"filename": "reply.json", "mime_type": "application/json",
                       "content_b64": base64.b64encode(content).decode()}],
    }
    await polling.send(str(AYESHA), payload)
    sent = bot_api.of("sendMessage", AYESHA)[-1]
    assert sent.params["text"] == payload["text"]
    assert "parse_mode" not in sent.params
    datas = [b["callback_data"] for row in sent.buttons for b in row]
    assert datas[0] == "menu" and all(len(d.encode()) <= 64 for d in datas)
    assert bot_api.of("sendDocument", AYESHA)[-1].files["document"] == ("reply.json", content)


async def test_a_single_429_is_sat_out_by_the_rate_limiter(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    bot_api.refuse("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    await polling.send(str(AYESHA), {"text": "Your request ab12cd is resolved."})
    attempts = bot_api.of("sendMessage", AYESHA)
    assert len(attempts) == 2
    assert attempts[-1].result["text"] == "Your request ab12cd is resolved."


async def test_a_429_that_persists_is_a_temporary_failure_with_telegrams_wait(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    bot_api.refuse("sendMessage", 429, "Too Many Requests: retry after 1", times=3, retry_after=1)
    with pytest.raises(TemporaryFailure) as failure:
        await polling.send(str(AYESHA), {"text": "Your request ab12cd is resolved."})
    assert failure.value.retry_after == 1


@pytest.mark.parametrize(
    ("status", "description"),
    [(403, "Forbidden: bot was blocked by the user"), (400, "Bad Request: chat not found")],
)
async def test_a_refused_message_is_a_permanent_failure(
    polling: TelegramChannel, bot_api: FakeBotApi, status: int, description: str
) -> None:
    bot_api.refuse("sendMessage", status, description)
    with pytest.raises(PermanentFailure):
        await polling.send(str(AYESHA), {"text": "hello"})


async def test_an_address_that_is_not_a_chat_id_is_a_permanent_failure(
    polling: TelegramChannel,
) -> None:
    with pytest.raises(PermanentFailure):
        await polling.send("whatsapp:+923001234567", {"text": "hello"})


async def test_an_unreachable_bot_api_is_a_temporary_failure(
    polling: TelegramChannel, bot_api: FakeBotApi
) -> None:
    await bot_api.close()
    with pytest.raises(TemporaryFailure):
        await polling.send(str(AYESHA), {"text": "hello"})


async def test_staff_claim_a_ticket_with_the_button_in_the_staff_chat(
    bot_api: FakeBotApi, desk: Desk
) -> None:
    await staff_table.add(STAFF_MEMBER, "Sana")
    desk.staff_transport, desk.staff_address = "telegram", str(STAFF_CHAT)
    staff_side = StaffDesk(desk.profile, staff_chat_id=STAFF_CHAT)
    channel = TelegramChannel(settings_for(bot_api), desk, staff=staff_side)
    await channel.start()
    try:
        await press(bot_api, await open_menu(bot_api), "Talk to a person")
        [row] = await outbox.claim_batch("test", transports=("telegram",))
        await channel.send(row.address, row.payload)
        notice = bot_api.of("sendMessage", STAFF_CHAT)[-1].result
        pressed = button_update(STAFF_CHAT, notice, button_data(notice, "Claim"), sender=STAFF_MEMBER)
        answer = await say(bot_api, pressed, STAFF_CHAT)
    finally:
        await channel.stop()
    ticket = await Ticket.get(kind="handoff").prefetch_related("assignee")
    assert answer["text"] == f"{format_reference(ticket.ref)} is yours, Sana."
    assert ticket.assignee.name == "Sana"
