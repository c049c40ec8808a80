"""Bad input gets a calm, useful answer: nothing crashes, nothing is lost, nothing leaks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.refs import format_reference
from flows.router import FLOWS
from storage.models import Conversation, Ticket
from tests.support import Person, make_desk, text_of, tickets_of

NASTY = [
    "",
    "   ",
    "x" * 10_000,
    "😀🙏🏽🔥" * 50,
    "\x00\x01\x02\x1b[31mred\x07",
    "\u200f\u202eمیرا ڈیٹا\u202c\u200e",
    "'; DROP TABLE ticket; --",
    "Robert'); DELETE FROM subject WHERE ('1'='1",
    "delete میرا data plz 🙏",
    "\ufeff\u2066+923001234567\u2069",
    "<script>alert(1)</script>",
    "%s %d {ref} {0}",
]


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
async def test_nasty_messages_get_an_answer_and_keep_the_conversation(database: str, text: str) -> None:
    person = Person(make_desk())
    await person.says("hi")
    replies = await person.says(text)

    assert replies and all(r.text.strip() for r in replies)
    assert await Conversation.all().count() == 1
    assert await Ticket.all().count() in (0, 1)  # "delete ... plz" may start a flow, never more
    follow = await person.says("menu")
    assert follow[-1].options, "the menu still works afterwards"


async def test_a_reference_of_someone_else_reveals_nothing(database: str) -> None:
    desk = make_desk()
    owner = Person(desk, sender_id="+923111111111", verified_phone="+923111111111")
    await owner.says_all("I want to delete my data", "yes")
    (ticket,) = await tickets_of("erasure")
    other = Person(desk)

    replies = await other.says(f"status {ticket.ref}")
    cancel = await other.says(f"cancel {format_reference(ticket.ref)}")

    assert "no request with reference" in text_of(replies)
    assert "no request with reference" in text_of(cancel)
    assert "Deletion" not in text_of(replies + cancel)
    assert (await Ticket.get(id=ticket.id)).status == "open"


async def test_a_made_up_reference_gets_the_same_answer_as_someone_elses(database: str) -> None:
    person = Person(make_desk())
    replies = await person.says("status 2345-6789")
    assert "no request with reference" in text_of(replies)


STEP_NAMES = sorted(FLOWS.states)


@pytest.mark.parametrize("state", STEP_NAMES)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
async def test_any_text_at_any_step_gets_an_answer_and_never_crashes(
    database: str, state: str, text: str
) -> None:
    person = Person(make_desk(), sender_id=f"+92300{abs(hash((state, text))) % 10**7:07d}")
    await person.says("hi")
    await Conversation.filter(address=person.sender_id).update(state=state, data={"kind": "complaint"})

    replies = await person.says(text)

    conversation = await Conversation.get(address=person.sender_id)
    assert replies or conversation.state == "handoff:active"
    assert all(isinstance(r.text, str) and r.text for r in replies)
