"""Write plans: the rows a turn's statements write, in a tortoise transaction or in one trip."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest
from tortoise.transactions import in_transaction

from flows.messages import IncomingMessage
from storage import conversations, ledger, outbox, sql, tickets
from storage.commit import commit
from storage.conflicts import Collision
from storage.models import LedgerEntry, OutboxMessage, Subject, Ticket, TicketEvent
from storage.records import DeliveryRecord, TurnRecord
from tests.support import PHONE, Person, make_desk

CREATED = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)


def ticket_plan(ref: str, subject_id: int, status: str = "open") -> sql.Plan:
    return tickets.creation(
        ref=ref, kind="erasure", status=status, subject_id=subject_id, channel="sms",
        transport="twilio", address=PHONE, language="ur", created_at=CREATED,
        due_at=CREATED + timedelta(days=30), details={"note": "پرانا نمبر"}, actor="person",
    )


async def test_a_ticket_written_by_its_plan_reads_back_as_the_orm_wrote_it(database: str) -> None:
    subject = await Subject.create(phone=PHONE)
    async with in_transaction() as conn:
        ticket_id = await sql.run(ticket_plan("K7MQ2XDA", subject.id, status="resolved"), conn)
    ticket = await Ticket.get(id=ticket_id)
    assert (ticket.ref, ticket.kind, ticket.status, ticket.language) == ("K7MQ2XDA", "erasure", "resolved", "ur")
    assert ticket.created_at == CREATED and ticket.closed_at == CREATED
    assert ticket.due_at == CREATED + timedelta(days=30)
    assert ticket.details == {"note": "پرانا نمبر"}
    assert ticket.assignee_id is None and ticket.resolution is None  # type: ignore[attr-defined]
    event = await TicketEvent.get(ticket_id=ticket_id)
    assert (event.actor, event.action, event.data) == ("person", "created", {"kind": "erasure", "status": "resolved"})
    # Written by hand or by the ORM, tickets sort the same by deadline.
    orm = await Ticket.create(ref="ORM2XDAB", kind="complaint", status="open", subject_id=subject.id,
                              channel="sms", transport="twilio", address=PHONE, language="en",
                              due_at=CREATED + timedelta(days=29))
    assert [t.ref for t in await tickets.listing()] == [orm.ref, "K7MQ2XDA"]


async def test_an_unknown_column_is_refused_before_anything_runs() -> None:
    with pytest.raises(TypeError, match="no column colour"):
        sql.insert(Ticket, colour="red")


async def test_a_plan_breaking_a_rule_in_one_trip_writes_nothing_of_the_turn(database: str) -> None:
    if not database.startswith("sqlite://"):
        pytest.skip("one trip is SQLite's")
    # (tests/integration/test_commit_seam.py holds this for every path; here the plans' own rows)
    person = Person(make_desk(), transport="twilio", channel="sms", sender_id=PHONE)
    await person.says("menu")
    message = IncomingMessage(transport="twilio", channel="sms", sender_id=PHONE, verified_phone=PHONE,
                              text="4", external_id="SM-once")
    conv = await conversations.load(message, CREATED)
    await Ticket.create(ref="TAKEN234", kind="complaint", status="open", subject_id=conv.subject_id,
                        channel="sms", transport="twilio", address=PHONE, language="en", due_at=CREATED)
    conv.lines.append(("in", "4"))
    plans = [ledger.entry(subject_id=conv.subject_id, kind="marketing", key="sms", state="withdrawn",
                          receipt="R-1", channel="sms", language="en", profile_key="example",
                          profile_version="1", message="stop", ticket_ref=None),
             ticket_plan("TAKEN234", conv.subject_id)]
    with pytest.raises(Collision, match="unique value"):
        await commit(TurnRecord(conv, DeliveryRecord("twilio", PHONE, "SM-once", []), plans))
    assert not await LedgerEntry.exists()
    assert await Ticket.all().count() == 1
    fresh = await conversations.load(message, CREATED)
    assert (fresh.version, fresh.answered) == (conv.version, None)


async def test_an_outbox_message_queued_by_a_plan_is_due_at_once(database: str) -> None:
    async with in_transaction() as conn:
        await sql.run(outbox.queued("bridge", PHONE, {"text": "سلام", "outbox": True}), conn)
    row = await OutboxMessage.get()
    assert (row.status, row.attempts, row.payload) == ("pending", 0, {"text": "سلام", "outbox": True})
    assert row.next_attempt_at <= datetime.now(timezone.utc)
    assert [m.id for m in await outbox.claim_batch("test", transports=("bridge",))] == [row.id]


async def test_a_one_trip_read_waits_for_a_transaction_tortoise_has_begun(database: str) -> None:
    if not database.startswith("sqlite://"):
        pytest.skip("one trip is SQLite's")
    inside, release = asyncio.Event(), asyncio.Event()

    async def transaction_that_rolls_back() -> None:
        with pytest.raises(RuntimeError):
            async with in_transaction() as conn:
                await Subject.create(phone=PHONE, using_db=conn)
                inside.set()
                await release.wait()
                raise RuntimeError("roll back")

    transaction = asyncio.create_task(transaction_that_rolls_back())
    await inside.wait()
    read = asyncio.create_task(sql.fetch("SELECT count(*) AS n FROM subject", []))
    await asyncio.sleep(0.05)
    assert not read.done()  # it would have run inside the transaction, on the same connection
    release.set()
    await transaction
    assert [row["n"] for row in await read] == [0]
