"""The commit seam's contract: `storage.commit.commit` writes a whole turn or nothing of it, and
says why in storage's own errors; the same on SQLite's group commit, on a plain transaction
(SQLite with the switch off) and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from flows.messages import IncomingMessage
from storage import commit as commit_module
from storage import conversations, ledger, sql, tickets
from storage.commit import commit
from storage.conflicts import AlreadyAnswered, Collision, StaleConversation
from storage.models import Conversation, Delivery, LedgerEntry, Ticket, TranscriptLine
from storage.records import ConversationState, DeliveryRecord, TurnRecord
from tests.support import PHONE, Person, make_desk

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)
ANSWER = [{"text": "Your reference is K7MQ-2XDA."}]


@pytest.fixture(params=["group commit", "plain transaction"])
def path(request: pytest.FixtureRequest, database: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Commit on one path: SQLite's group commit, or a plain transaction (PostgreSQL's only)."""
    if request.param == "group commit" and not database.startswith("sqlite://"):
        pytest.skip("group commit is SQLite's; PostgreSQL commits each turn in a transaction")
    monkeypatch.setattr(commit_module, "GROUP_COMMIT", request.param == "group commit")
    return str(request.param)


async def a_turn(text: str = "4") -> ConversationState:
    """A known sender's conversation, read for a new message, moved on with one line."""
    await Person(make_desk(), transport="twilio", channel="sms").says("menu")
    message = IncomingMessage(transport="twilio", channel="sms", sender_id=PHONE, verified_phone=PHONE,
                              text=text)
    conv = await conversations.load(message, NOW)
    conv.state, conv.lines = "erasure:confirm", [("in", text)]
    return conv


def delivery(external_id: str = "SM-1") -> DeliveryRecord:
    return DeliveryRecord("twilio", PHONE, external_id, ANSWER)


def a_choice(subject_id: int, receipt: str = "R-1") -> sql.Plan:
    return ledger.entry(subject_id=subject_id, kind="marketing", key="sms", state="withdrawn", receipt=receipt,
                        channel="sms", language="en", profile_key="example", profile_version="1",
                        message="stop", ticket_ref=None)


def a_ticket(ref: str, subject_id: int) -> sql.Plan:
    return tickets.creation(ref=ref, kind="complaint", status="open", subject_id=subject_id, channel="sms",
                            transport="twilio", address=PHONE, language="en", created_at=NOW,
                            due_at=NOW + timedelta(days=30), details={}, actor="person")


async def nothing_written(conv: ConversationState) -> bool:
    row = await Conversation.get(id=conv.id)
    return (row.version, row.state) == (conv.version, "menu") and not await LedgerEntry.exists() \
        and not await TranscriptLine.filter(conversation_id=conv.id, text="4").exists()


async def test_a_turn_commits_its_delivery_conversation_lines_and_plans_together(path: str) -> None:
    conv = await a_turn()
    await commit(TurnRecord(conv, delivery(), [a_choice(conv.subject_id), a_ticket("K7MQ2XDA", conv.subject_id)]))

    row = await Conversation.get(id=conv.id)
    assert (row.version, row.state) == (conv.version + 1, "erasure:confirm")
    assert await TranscriptLine.filter(conversation_id=conv.id, direction="in", text="4").count() == 1
    assert await LedgerEntry.filter(receipt="R-1").count() == 1
    assert await Ticket.filter(ref="K7MQ2XDA").count() == 1
    assert await Delivery.all().count() == 1


async def test_a_stale_version_is_refused_and_nothing_of_the_turn_is_written(path: str) -> None:
    conv = await a_turn()
    conv.version -= 1  # another writer moved the conversation on since this turn read it
    with pytest.raises(StaleConversation):
        await commit(TurnRecord(conv, delivery(), [a_choice(conv.subject_id)]))

    conv.version += 1
    assert await nothing_written(conv)
    assert not await Delivery.exists()


async def test_a_repeated_delivery_gives_the_earlier_answer_and_writes_nothing(path: str) -> None:
    first = await a_turn()
    await commit(TurnRecord(first, delivery(), []))
    again = await a_turn()

    with pytest.raises(AlreadyAnswered) as seen:
        await commit(TurnRecord(again, delivery(), [a_choice(again.subject_id)]))

    assert seen.value.replies == ANSWER
    assert not await LedgerEntry.exists()
    assert (await Conversation.get(id=again.id)).version == again.version


async def test_a_unique_collision_is_refused_and_nothing_of_the_turn_is_written(path: str) -> None:
    conv = await a_turn()
    await Ticket.create(ref="TAKEN234", kind="complaint", status="open", subject_id=conv.subject_id,
                        channel="sms", transport="twilio", address=PHONE, language="en", due_at=NOW)

    with pytest.raises(Collision, match="unique value"):
        await commit(TurnRecord(conv, delivery("SM-2"), [a_choice(conv.subject_id), a_ticket("TAKEN234", conv.subject_id)]))

    assert await nothing_written(conv)
    assert await Ticket.all().count() == 1
    assert not await Delivery.exists()


def half_done(subject_id: int) -> Iterator[sql.Statement]:
    yield from a_choice(subject_id, "R-2")
    raise ValueError("a step's bug, after a write")


async def test_a_plan_that_fails_halfway_leaves_nothing_of_the_turn(path: str) -> None:
    conv = await a_turn()
    with pytest.raises(ValueError, match="step's bug"):
        await commit(TurnRecord(conv, delivery(), [a_choice(conv.subject_id), half_done(conv.subject_id)]))

    assert await nothing_written(conv)
    assert not await Delivery.exists()


async def test_a_secret_is_masked_in_the_transcript_and_the_stored_answer(path: str) -> None:
    conv = await a_turn()
    conv.lines.append(("out", "Your copy: https://desk.example/exports/tok3n-s3cret"))
    answer = [{"text": "Your copy: https://desk.example/exports/tok3n-s3cret"}]
    await commit(TurnRecord(conv, DeliveryRecord("twilio", PHONE, "SM-1", answer), [], ["tok3n-s3cret"]))

    lines = await TranscriptLine.filter(conversation_id=conv.id).values_list("text", flat=True)
    stored = [d.response for d in await Delivery.all()]
    assert "tok3n-s3cret" not in repr(lines) + repr(stored)
    assert "Your copy: https://desk.example/exports/•••" in lines
