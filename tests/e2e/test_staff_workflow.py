"""The staff side end to end: people escalate on SMS and Telegram, staff work the tickets.

Everything real runs: the server from `create_app` on 127.0.0.1, python-telegram-bot's
`Application` inside `TelegramChannel` with the real `StaffDesk`, the outbox sender. Only the
providers are local fakes: the Bot API (`fake_bot_api.py`) and Twilio's REST API. A person on
SMS writes signed webhooks and reads TwiML answers, then later texts at the fake Twilio; a
person on Telegram and the staff talk through Telegram updates posted to the server's webhook.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest

from bot.server import build_services, create_app
from bot.staff import NOT_STAFF
from bot.wiring import build_desk
from flows.profile import load_profile
from flows.refs import format_reference
from storage import staff as staff_table
from storage.models import Ticket, TicketEvent
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.support import PUBLIC_BASE_URL, FakeProvider, eventually, make_settings, running
from tests.e2e.support_telegram import (
    AYESHA,
    AYESHA_PHONE,
    SECRET,
    STAFF_CHAT,
    STRANGER,
    TOKEN,
    button_data,
    button_update,
    contact_update,
    group_chat,
    text_update,
)
from tests.e2e.test_twilio import SID, form, messages_of, signed
from tests.e2e.test_twilio import TOKEN as TWILIO_TOKEN
from tests.support import is_urdu

# PTB warns, when it builds a RetryAfter, that retry_after becomes a timedelta in v23.
pytestmark = pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")

SMS_PERSON = "+923331112222"  # writes in Urdu, on SMS
AGENT = 5550001  # seeded from STAFF_TELEGRAM_IDS
SUPERVISOR = 5550002  # added with storage.staff.add, as `privacy-desk staff add` does
_sids = itertools.count(1)


@dataclass
class Rig:
    """The running desk, the two fakes, and a session to talk to the desk as Twilio would."""

    url: str
    bot_api: FakeBotApi
    twilio: FakeProvider
    session: aiohttp.ClientSession

    # -- the person on SMS --------------------------------------------------------------------

    async def texts(self, text: str) -> list[str]:
        """Send a signed SMS from the person; give the texts of the TwiML answer."""
        params = form(text, f"SM{next(_sids):032d}", SMS_PERSON)
        async with self.session.post(
            self.url + "/webhooks/twilio", data=params, headers=signed(params)
        ) as response:
            assert response.status == 200, await response.text()
            return messages_of(await response.text())

    def sms_received(self) -> list[str]:
        """Every SMS the desk sent the person later, through Twilio's REST API."""
        return [r["form"]["Body"] for r in self.twilio.received if r["form"]["To"] == SMS_PERSON]

    # -- Telegram --------------------------------------------------------------------------

    async def update(self, update: dict[str, Any]) -> None:
        """Deliver an update to the desk's webhook as Telegram does."""
        body = {"update_id": self.bot_api.next_update_id(), **update}
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with self.session.post(self.url + "/webhooks/telegram", json=body, headers=headers) as r:
            assert r.status == 200, await r.text()

    async def next_message(self, update: dict[str, Any], chat_id: int) -> dict[str, Any]:
        """Deliver an update and give the bot's next message to a chat."""
        before = len(self.bot_api.of("sendMessage", chat_id))
        await self.update(update)
        calls = await self.bot_api.wait_for_messages(chat_id, before + 1)
        return calls[before].result

    async def staff_says(self, staff_id: int, text: str, *, in_staff_chat: bool = True) -> str:
        """A member of staff sends a command, in the staff chat or their own; give the answer."""
        chat_id = STAFF_CHAT if in_staff_chat else staff_id
        chat = group_chat(STAFF_CHAT) if in_staff_chat else None
        answer = await self.next_message(text_update(chat_id, text, sender=staff_id, chat=chat), chat_id)
        return str(answer["text"])

    async def ayesha_presses(self, shown: dict[str, Any], label: str) -> dict[str, Any]:
        """The person on Telegram presses a button on a message the bot sent them."""
        return await self.next_message(button_update(AYESHA, shown, button_data(shown, label)), AYESHA)

    async def staff_notice(self, kind: str) -> dict[str, Any]:
        """Wait for the escalation of a kind in the staff chat; give that message."""
        def found() -> dict[str, Any] | None:
            for call in self.bot_api.of("sendMessage", STAFF_CHAT):
                if f"New {kind} request" in str(call.params.get("text")):
                    return call.result
            return None

        return await self.bot_api.wait_for(found, what=f"the {kind} escalation")


@pytest.fixture
async def rig(database: str) -> AsyncIterator[Rig]:
    """The whole desk with Telegram (webhook) and Twilio on, against local fakes."""
    bot_api, twilio = FakeBotApi(TOKEN), FakeProvider()
    await bot_api.start()
    async with running(twilio.app()) as twilio_url:
        settings = make_settings(
            database, public_base_url=PUBLIC_BASE_URL,
            twilio_account_sid=SID, twilio_auth_token=TWILIO_TOKEN,
            twilio_from_sms="+15005550006", twilio_api_base=twilio_url,
            telegram_bot_token=TOKEN, telegram_api_base=bot_api.base_url,
            telegram_webhook_url=PUBLIC_BASE_URL + "/webhooks/telegram",
            telegram_webhook_secret=SECRET,
            staff_chat_id=STAFF_CHAT, staff_telegram_ids=(AGENT,),
        )
        settings.check()
        await staff_table.add(SUPERVISOR, "Bilal", "supervisor")
        desk = build_desk(settings, load_profile(settings.policy))
        app = create_app(settings, desk, services=build_services(settings, desk),
                         open_database=False, run_jobs=False)
        async with running(app) as url, aiohttp.ClientSession() as session:
            yield Rig(url, bot_api, twilio, session)
    await bot_api.close()


async def sms_complaint_in_urdu(rig: Rig) -> Ticket:
    """The person on SMS files a complaint in Urdu."""
    await rig.texts("مجھے شکایت کرنی ہے")
    await rig.texts("2")
    done = "\n".join(await rig.texts("آپ نے میرا نمبر میری اجازت کے بغیر کال سینٹر کو دے دیا"))
    ticket = await Ticket.get(kind="complaint")
    assert is_urdu(done) and ticket.ref in done.replace("-", "")
    return ticket


async def telegram_erasure_in_english(rig: Rig) -> Ticket:
    """The person on Telegram asks, in English, for their data to be deleted."""
    menu = await rig.next_message(text_update(AYESHA, "/start"), AYESHA)
    await rig.ayesha_presses(menu, "Delete my data")
    explained = await rig.next_message(contact_update(AYESHA, AYESHA_PHONE, contact_user_id=AYESHA), AYESHA)
    done = await rig.ayesha_presses(explained, "Yes, delete my data")
    ticket = await Ticket.get(kind="erasure")
    assert f"Your reference is {format_reference(ticket.ref)}" in done["text"]
    return ticket


async def test_staff_work_escalations_from_sms_and_telegram_and_each_person_hears_in_their_language(
    rig: Rig,
) -> None:
    complaint = await sms_complaint_in_urdu(rig)
    erasure = await telegram_erasure_in_english(rig)
    c_ref, e_ref = format_reference(complaint.ref), format_reference(erasure.ref)

    # Both escalations reach the staff chat with what staff need, and a Claim button.
    c_notice, e_notice = await rig.staff_notice("complaint"), await rig.staff_notice("erasure")
    assert c_ref in c_notice["text"] and "Language: Urdu · Channel: sms · due in 29 days" in c_notice["text"]
    assert "> آپ نے میرا نمبر" in c_notice["text"]
    assert e_ref in e_notice["text"] and "Language: English · Channel: telegram" in e_notice["text"]
    assert "> Yes, delete my data" in e_notice["text"]

    # Someone who is not staff is refused, in private and in the staff chat; nothing changes.
    assert await rig.staff_says(STRANGER, "/queue", in_staff_chat=False) == NOT_STAFF
    assert await rig.staff_says(STRANGER, f"/resolve {complaint.ref}") == NOT_STAFF

    # The queue lists both, soonest deadline first; the agent claims by button, the supervisor by /claim.
    queue = await rig.staff_says(AGENT, "/queue")
    assert queue.index(c_ref) < queue.index(e_ref)
    claim = button_update(STAFF_CHAT, c_notice, button_data(c_notice, "Claim"), sender=AGENT)
    claimed = await rig.next_message(claim, STAFF_CHAT)
    assert claimed["text"] == f"{c_ref} is yours, Staff {AGENT}."
    assert await rig.staff_says(SUPERVISOR, f"/claim {erasure.ref}", in_staff_chat=False) == (
        f"{e_ref} is yours, Bilal."
    )

    # Replies reach each person on their own channel, framed in their language.
    await rig.staff_says(AGENT, f"/reply {complaint.ref} ہم نے کال سینٹر سے بات کر لی ہے۔")
    await rig.staff_says(SUPERVISOR, f"/reply {erasure.ref} We have asked the billing team to delete it.")
    await eventually(lambda: len(rig.sms_received()) == 1)
    assert is_urdu(rig.sms_received()[0]) and "ہم نے کال سینٹر سے بات کر لی ہے۔" in rig.sms_received()[0]
    to_ayesha = await rig.bot_api.wait_for(
        lambda: [t for t in rig.bot_api.texts(AYESHA) if "billing team" in t], what="the reply"
    )
    assert to_ayesha[0].startswith("Message from the")

    # Only a supervisor may extend, and only once; the person hears the new date and why.
    assert await rig.staff_says(AGENT, f"/extend {complaint.ref} 14 Waiting for the call centre") == (
        "Only a supervisor may extend a deadline."
    )
    extended = await rig.staff_says(SUPERVISOR, f"/extend {complaint.ref} 14 Waiting for the call centre")
    assert extended.startswith(f"{c_ref} now due ")
    again = await rig.staff_says(SUPERVISOR, f"/extend {complaint.ref} 7 More time")
    assert again == f"Ticket {c_ref} was extended once already; a deadline moves only once."
    await eventually(lambda: len(rig.sms_received()) == 2)
    extension = rig.sms_received()[1]
    assert is_urdu(extension) and "Waiting for the call centre" in extension

    # Resolving tells each person, in their language; a closed ticket takes no more work (a
    # reply may still follow it up).
    await rig.staff_says(AGENT, f"/resolve {complaint.ref}")
    await rig.staff_says(SUPERVISOR, f"/resolve {erasure.ref} Your account data is deleted.")
    await eventually(lambda: len(rig.sms_received()) == 3)
    assert is_urdu(rig.sms_received()[2]) and c_ref in rig.sms_received()[2]
    resolved = await rig.bot_api.wait_for(
        lambda: [t for t in rig.bot_api.texts(AYESHA) if "is resolved" in t], what="the outcome"
    )
    assert "Your account data is deleted." in resolved[0]
    assert "already resolved" in await rig.staff_says(AGENT, f"/note {complaint.ref} hello?")

    # The audit log holds every step, each with who did it.
    assert await _audit(complaint) == [
        ("person", "created"), (f"staff:{AGENT}", "assigned"), (f"staff:{AGENT}", "status"),
        (f"staff:{AGENT}", "reply"), (f"staff:{SUPERVISOR}", "extended"), (f"staff:{AGENT}", "status"),
    ]
    assert await _audit(erasure) == [
        ("person", "created"), (f"staff:{SUPERVISOR}", "assigned"), (f"staff:{SUPERVISOR}", "status"),
        (f"staff:{SUPERVISOR}", "reply"), (f"staff:{SUPERVISOR}", "status"),
    ]
    statuses = [e.data["status"] for e in await TicketEvent.filter(action="status").order_by("id")]
    assert statuses == ["in_progress", "in_progress", "resolved", "resolved"]


async def _audit(ticket: Ticket) -> list[tuple[str, str]]:
    events = await TicketEvent.filter(ticket_id=ticket.id).order_by("id")
    return [(e.actor, e.action) for e in events]


async def test_during_a_handoff_words_go_to_staff_a_reply_comes_back_and_menu_returns_the_bot(
    rig: Rig,
) -> None:
    menu = await rig.next_message(text_update(AYESHA, "/start"), AYESHA)
    handed = await rig.ayesha_presses(menu, "Talk to a person")
    ticket = await Ticket.get(kind="handoff")
    assert format_reference(ticket.ref) in handed["text"]
    await rig.staff_notice("handoff")

    await rig.update(text_update(AYESHA, "The code 482913 never worked for me"))
    relayed = await rig.bot_api.wait_for(
        lambda: [t for t in rig.bot_api.texts(STAFF_CHAT) if "the person wrote" in t], what="the relay"
    )
    assert "never worked" in relayed[0] and "482913" not in relayed[0]

    await rig.staff_says(AGENT, f"/reply {ticket.ref} Sorry about that, we will text a new one.")
    await rig.bot_api.wait_for(
        lambda: [t for t in rig.bot_api.texts(AYESHA) if "text a new one" in t], what="the reply"
    )
    back = await rig.next_message(text_update(AYESHA, "menu"), AYESHA)
    assert "You're back with the bot" in back["text"]
    assert {"Delete my data", "Talk to a person"} <= {
        b["text"] for row in back["reply_markup"]["inline_keyboard"] for b in row
    }
    head = await rig.staff_says(AGENT, f"/ticket {ticket.ref}")
    assert "handoff in_progress" in head and "Details: reason=asked" in head
    [history] = await rig.bot_api.wait_for(
        lambda: [t for t in rig.bot_api.texts(STAFF_CHAT) if t.startswith("History:")], what="history"
    )
    assert "person message" in history and f"staff:{AGENT} reply" in history


async def test_staff_commands_in_another_group_get_one_line_and_change_nothing(rig: Rig) -> None:
    await sms_complaint_in_urdu(rig)
    ticket = await Ticket.get(kind="complaint")
    events = await TicketEvent.all().count()
    other = -100777
    for sender, expected in ((AGENT, "Staff commands work in the staff chat"), (STRANGER, NOT_STAFF)):
        update = text_update(other, f"/resolve {ticket.ref}", sender=sender, chat=group_chat(other))
        answer = await rig.next_message(update, other)
        assert answer["text"].startswith(expected)
    assert len(rig.bot_api.texts(other)) == 2
    assert await TicketEvent.all().count() == events
    assert (await Ticket.get(id=ticket.id)).status == "open"
