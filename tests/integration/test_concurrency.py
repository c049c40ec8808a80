"""What must stay unique when writers race: references, receipts, people, closings, the daily jobs.

On PostgreSQL these are the races two server processes run into; the database's constraints
decide them, and the loser tries again or is told politely.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

from bot.jobs import run_due_jobs
from flows import staff_actions
from flows.refs import new_receipt, new_reference
from storage.models import LedgerEntry, OutboxMessage, Subject, Ticket
from tests.integration.test_reminders import MORNING
from tests.support import Person, make_desk, outbox_to, text_of, tickets_of


def repeating_first(first: str, fresh: Callable[[], str]) -> Callable[[], str]:
    """Draw `first` twice (a collision), then fresh values."""
    drawn: Iterator[str] = iter([first, first])
    return lambda: next(drawn, None) or fresh()


async def test_a_reference_drawn_twice_is_drawn_again_and_the_message_still_succeeds(database: str) -> None:
    desk = make_desk(new_reference=repeating_first("K7MQ2XDA", new_reference))
    await Person(desk).says_all("I want to delete my data", "yes")

    other = Person(desk, transport="twilio", sender_id="+923007654321", verified_phone="+923007654321",
                   channel="sms")
    done = await other.says_all("I want to delete my data", "yes")

    refs = [t.ref for t in await tickets_of("erasure")]
    assert refs[0] == "K7MQ2XDA" and len(set(refs)) == 2
    assert f"{refs[1][:4]}-{refs[1][4:]}" in text_of(done)


async def test_a_receipt_drawn_twice_is_drawn_again(database: str) -> None:
    desk = make_desk(new_receipt=repeating_first("R-2345678923", new_receipt))
    sms = Person(desk, transport="twilio", channel="sms")
    await sms.says("STOP")
    answer = await sms.says("START")

    receipts: list[str] = await LedgerEntry.all().order_by("id").values_list("receipt", flat=True)  # type: ignore[assignment]
    assert receipts[0] == "R-2345678923" and len(set(receipts)) == 2
    assert receipts[1] in text_of(answer)


async def test_the_same_person_on_sms_and_whatsapp_at_once_is_one_subject(database: str) -> None:
    desk = make_desk()
    sms = Person(desk, transport="twilio", sender_id="+923001112223", verified_phone="+923001112223",
                 channel="sms")
    whatsapp = Person(desk, transport="twilio", sender_id="whatsapp:+923001112223",
                      verified_phone="+923001112223", channel="whatsapp")

    await asyncio.gather(sms.says("STOP", external_id="a"), whatsapp.says("STOP", external_id="b"))

    assert await Subject.filter(phone="+923001112223").count() == 1
    assert await LedgerEntry.filter(kind="marketing").count() == 2


async def test_two_staff_resolving_one_ticket_at_once_tell_the_person_once(database: str) -> None:
    desk = make_desk()
    await Person(desk).says_all("I want to delete my data", "yes")
    ref = (await tickets_of("erasure"))[0].ref
    before = await OutboxMessage.filter(transport="console").count()

    outcomes = await asyncio.gather(
        staff_actions.resolve(ref, "Deleted.", None, desk.profile),
        staff_actions.resolve(ref, "Deleted.", None, desk.profile),
        return_exceptions=True,
    )

    refused = [o for o in outcomes if isinstance(o, staff_actions.StaffActionError)]
    assert len(refused) == 1
    assert (await Ticket.get(ref=ref)).status == "resolved"
    assert await OutboxMessage.filter(transport="console").count() == before + 1


async def test_the_reminder_is_queued_once_when_two_servers_run_the_jobs_at_once(database: str) -> None:
    desk = make_desk()
    await Person(desk).says_all("I want to delete my data", "yes")
    await Ticket.all().update(due_at=MORNING)
    before = len(await outbox_to("telegram"))

    done = await asyncio.gather(run_due_jobs(desk, "server-a", MORNING), run_due_jobs(desk, "server-b", MORNING))

    assert sorted(job for jobs in done for job in jobs) == ["purge", "reminder"]
    assert len(await outbox_to("telegram")) == before + 1
