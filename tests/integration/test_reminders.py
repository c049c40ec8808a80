"""The daily reminder lists what is due soon and overdue, once a day whatever the servers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.jobs import run_due_jobs
from flows.refs import format_reference
from storage.models import Ticket
from tests.support import Person, make_desk, outbox_to, tickets_of

MORNING = datetime(2026, 11, 23, 5, 0, tzinfo=timezone.utc)  # 10:00 in Karachi


async def test_the_reminder_lists_overdue_and_soon_due_tickets_once_a_day(database: str) -> None:
    desk = make_desk()
    person = Person(desk)
    await person.says_all("I want to delete my data", "yes")
    await person.says_all("I want to file a complaint", "1", "They misused my data")
    erasure, complaint = (await tickets_of("erasure"))[0], (await tickets_of("complaint"))[0]
    await Ticket.filter(id=erasure.id).update(due_at=MORNING - timedelta(days=2))
    await Ticket.filter(id=complaint.id).update(due_at=MORNING + timedelta(days=1, hours=1))
    before = len(await outbox_to("telegram"))

    first = await run_due_jobs(desk, "server-a", MORNING)
    second = await run_due_jobs(desk, "server-b", MORNING + timedelta(hours=1))

    messages = await outbox_to("telegram")
    assert first == ["reminder", "purge"] and second == []
    assert len(messages) == before + 1
    text = messages[-1].payload["text"]
    assert f"{format_reference(erasure.ref)} erasure · 2 days overdue" in text
    assert f"{format_reference(complaint.ref)} complaint · due in 1 day" in text


async def test_no_reminder_before_nine_in_karachi(database: str) -> None:
    early = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)  # 07:00 in Karachi
    assert await run_due_jobs(make_desk(), "server-a", early) == []
