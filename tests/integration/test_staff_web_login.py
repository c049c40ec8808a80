"""/web in Telegram, `/reply REF #name`, and sessions that idle out: real core, real database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.staff import WEB_IN_PRIVATE, StaffDesk
from storage import staff as staff_table
from storage import web_auth
from storage.models import Ticket
from tests.support import Person, example_profile, make_desk, outbox_to

STAFF_CHAT = -1001
AGENT = 501
HOUR = timedelta(hours=1)


def at(minutes: float = 0) -> datetime:
    return datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc) + timedelta(minutes=minutes)


@pytest.fixture
def desk() -> StaffDesk:
    """The staff side, with the console's links made as `serve` makes them."""
    return StaffDesk(example_profile(), staff_chat_id=STAFF_CHAT,
                     web_link=lambda token: f"https://desk.example.org/staff/login/{token}")


async def test_web_in_a_private_chat_gives_a_link_that_logs_that_member_in_once(
    database: str, desk: StaffDesk
) -> None:
    member = await staff_table.add(AGENT, "Sana", "agent")
    [answer] = await desk.handle(AGENT, AGENT, "/web")
    assert "works once, for 15 minutes" in answer
    token = answer.rsplit("/staff/login/", 1)[1]
    assert await web_auth.redeem_link(token, datetime.now(timezone.utc)) == member.id
    assert await web_auth.redeem_link(token, datetime.now(timezone.utc)) is None


async def test_web_in_the_staff_chat_gives_no_link(database: str, desk: StaffDesk) -> None:
    await staff_table.add(AGENT, "Sana", "agent")
    assert await desk.handle(AGENT, STAFF_CHAT, "/web") == [WEB_IN_PRIVATE]


async def test_web_from_someone_not_on_the_team_gives_no_link(database: str, desk: StaffDesk) -> None:
    [answer] = await desk.handle(999, 999, "/web")
    assert "/staff/login/" not in answer


async def test_a_link_expires_after_fifteen_minutes(database: str) -> None:
    member = await staff_table.add(AGENT, "Sana", "agent")
    token = await web_auth.create_link(member.id, at())
    assert not await web_auth.link_is_live(token, at(15.1))
    assert await web_auth.redeem_link(token, at(15.1)) is None
    assert await web_auth.redeem_link(token, at(14)) == member.id


async def test_a_removed_members_link_no_longer_works(database: str) -> None:
    member = await staff_table.add(AGENT, "Sana", "agent")
    token = await web_auth.create_link(member.id, at())
    await staff_table.remove(AGENT)
    assert await web_auth.redeem_link(token, at(1)) is None


async def test_a_session_lasts_while_used_and_ends_after_its_idle_hours(database: str) -> None:
    member = await staff_table.add(AGENT, "Sana", "agent")
    token = await web_auth.open_session(member.id, at())
    idle = 12 * HOUR
    assert await web_auth.session_for(token, at(11 * 60), idle) is not None  # used: the clock restarts
    assert await web_auth.session_for(token, at(22 * 60), idle) is not None
    assert await web_auth.session_for(token, at(34 * 60 + 1), idle) is None


async def test_a_canned_reply_reaches_the_person_in_their_own_language(
    database: str, desk: StaffDesk
) -> None:
    await staff_table.add(AGENT, "Sana", "agent")
    person = Person(make_desk(), transport="telegram", sender_id="4242", verified_phone=None)
    await person.says("السلام علیکم")
    await person.says("مجھے کسی انسان سے بات کرنی ہے")
    ticket = await Ticket.get(kind="handoff")
    assert ticket.language == "ur"
    await desk.handle(AGENT, STAFF_CHAT, f"/reply {ticket.ref} #erased")
    [sent] = [m for m in await outbox_to("telegram") if m.address == "4242"][-1:]
    assert "ہم نے آپ کا ڈیٹا ڈیلیٹ کر دیا ہے" in sent.payload["text"]


async def test_an_unknown_canned_name_is_refused_with_the_names_there_are(
    database: str, desk: StaffDesk
) -> None:
    await staff_table.add(AGENT, "Sana", "agent")
    person = Person(make_desk(), transport="telegram", sender_id="4242", verified_phone=None)
    await person.says("/start")
    await person.says("I want to talk to a person")
    ticket = await Ticket.get(kind="handoff")
    before = len(await outbox_to("telegram"))
    [answer] = await desk.handle(AGENT, STAFF_CHAT, f"/reply {ticket.ref} #nonsense")
    assert answer.startswith("No canned answer #nonsense") and "#erased" in answer
    assert len(await outbox_to("telegram")) == before
