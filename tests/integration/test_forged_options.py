"""Issue 13, finding 4: only the options of the conversation's last reply are accepted.

A button's key comes back from the person's side (Telegram callback data, a WhatsApp reply id),
so anyone can send one that was never offered. Naming a point where a flow goes on after
identity (`erasure:explain`, `consent:list`) must not take an unverified chat past identity.
"""

from __future__ import annotations

import pytest

from flows import access
from flows.engine import Desk
from flows.messages import IncomingMessage
from flows.turn import Turn
from storage.conversations import ConversationState
from storage.models import Conversation
from tests.support import Person, example_profile, make_desk, text_of, tickets_of

RESUME_POINTS = ["erasure:explain", "consent:list", "access:summary", "rectification:ask",
                 "restriction:ask", "objection:ask"]


def unverified(desk: Desk) -> Person:
    return Person(desk, transport="telegram", sender_id="4242001", verified_phone=None)


@pytest.mark.parametrize("point", RESUME_POINTS)
async def test_finding_4_a_forged_option_naming_a_resume_point_does_not_pass_identity(
    database: str, point: str
) -> None:
    person = unverified(make_desk())
    await person.says("hi")

    forged = await person.says(option=point)
    state = (await Conversation.get(address=person.sender_id)).state
    after = await person.says("yes")

    said = text_of(forged + after)
    assert "delete" not in said.lower()  # no deletion explanation, no deletion request
    assert "What your data is used for" not in said  # no consent purposes
    assert "What Example Organisation holds" not in said and "holds about you" not in said
    assert "Sorry, something went wrong" not in said
    assert state in ("menu", "identity:phone")
    assert [t.kind for t in await tickets_of()] == []


async def test_finding_4_the_options_of_the_last_reply_still_work_by_key(database: str) -> None:
    person = unverified(make_desk())
    await person.says("hi")

    replies = await person.says(option="complaint")

    assert "What is your complaint about?" in text_of(replies)


async def test_finding_4_the_main_menu_and_a_person_work_as_options_from_anywhere(
    database: str,
) -> None:
    person = unverified(make_desk())
    await person.says("hi")
    await person.says(option="complaint")

    back = await person.says(option="menu")

    assert "What would you like to do?" in text_of(back)


async def test_finding_4_the_summary_checks_identity_itself_instead_of_asserting_it() -> None:
    conv = ConversationState(id=1, key="telegram:1", transport="telegram", address="1",
                             channel="telegram", identity_id=1, subject_id=1, phone=None,
                             verified=False, language="en", state="menu", data={}, version=1)
    message = IncomingMessage(transport="telegram", sender_id="1", option="copy")
    turn = Turn(desk=Desk(profile=example_profile()), message=message, conv=conv)

    await access.summary(turn)
    await access.send_copy(turn)

    assert turn.state == "identity:phone"
    assert all("confirm it's you" in reply.text for reply in turn.replies)
    assert turn.writes == []


async def test_finding_4_an_option_the_last_reply_did_not_offer_is_not_taken(database: str) -> None:
    person = unverified(make_desk())
    await person.says("hi")

    # An entry of the desk, but not a line of the menu the person was shown.
    await person.says(option="restriction")

    assert (await Conversation.get(address=person.sender_id)).state == "menu"


async def test_finding_4_an_unknown_button_is_read_as_the_words_of_its_label(database: str) -> None:
    person = unverified(make_desk())
    await person.says("hi")

    replies = await person.says("File a complaint", option="erasure:explain")

    assert "What is your complaint about?" in text_of(replies)
