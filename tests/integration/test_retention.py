"""Retention: purge removes what may not be kept and keeps what must be."""

from __future__ import annotations

from datetime import timedelta

from flows import staff_actions
from flows.engine import utcnow
from storage import codes, deliveries, leases, staff, web_auth
from storage.models import (
    CodeLockout,
    Delivery,
    Export,
    LedgerEntry,
    OneTimeCode,
    StaffLoginLink,
    StaffSession,
    Ticket,
    TicketEvent,
    TranscriptLine,
)
from storage.retention import REPLAY_DAYS, purge
from tests.support import Person, make_desk, tickets_of


async def test_purge_removes_old_transcripts_and_expired_exports_and_keeps_the_ledger(database: str) -> None:
    person = Person(make_desk(public_base_url="https://desk.example.org"), transport="twilio", channel="sms")
    await person.says_all("STOP", "show me my data", "1", "I want to delete my data", "yes")
    (erasure,) = await tickets_of("erasure")
    await erasure.filter(id=erasure.id).update(status="resolved", resolution="done", closed_at=utcnow() - timedelta(days=400))
    later = utcnow() + timedelta(days=100)

    dry = await purge(later, transcript_days=90, closed_ticket_days=365, dry_run=True)
    assert await TranscriptLine.all().count() == dry.transcript_lines > 0
    report = await purge(later, transcript_days=90, closed_ticket_days=365)

    assert report == dry
    assert await TranscriptLine.all().count() == 0
    assert await Export.all().count() == 0 and report.exports == 1
    kept = await Ticket.get(id=erasure.id)
    assert kept.details == {} and kept.resolution is None and kept.status == "resolved"
    assert await TicketEvent.filter(ticket_id=erasure.id).exists()
    assert await LedgerEntry.all().count() == 1


async def test_purge_keeps_what_is_still_within_its_period(database: str) -> None:
    person = Person(make_desk())
    await person.says_all("I want to delete my data", "yes")

    report = await purge(utcnow(), transcript_days=90, closed_ticket_days=365)

    assert report.transcript_lines == 0 and report.tickets_redacted == 0
    assert await TranscriptLine.all().count() > 0


async def test_purge_forgets_answered_deliveries_once_no_provider_repeats_them(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    await person.says("hi", external_id="SM-first")

    within = await purge(utcnow() + timedelta(days=REPLAY_DAYS - 1), transcript_days=90, closed_ticket_days=365)
    assert within.deliveries == 0
    assert await Delivery.filter(external_id=deliveries.key(person.sender_id, "SM-first")).exists()

    report = await purge(utcnow() + timedelta(days=REPLAY_DAYS + 1), transcript_days=90, closed_ticket_days=365)
    assert report.deliveries == 1 and report.transcript_lines == 0
    assert not await Delivery.all().exists()
    assert await TranscriptLine.all().exists()


async def test_a_delivery_is_never_kept_longer_than_the_transcript_it_copies(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    await person.says("hi", external_id="SM-short")

    report = await purge(utcnow() + timedelta(days=3), transcript_days=2, closed_ticket_days=365)

    assert report.deliveries == 1 and report.transcript_lines > 0
    assert not await Delivery.all().exists()


async def test_an_old_closed_ticket_loses_every_word_about_the_person_but_keeps_its_audit_trail(database: str) -> None:
    desk = make_desk()
    person = Person(desk)
    await person.says_all("talk to a person", "My card ending 4242 was charged twice")
    (handoff,) = await tickets_of("handoff")
    await staff_actions.note(handoff.ref, "Caller is Ayesha Khan, CNIC 35202-1234567-1", None)
    await staff_actions.extend(handoff.ref, 10, "Waiting for Ayesha's bank statement", None)
    await staff_actions.reply(handoff.ref, "Ayesha, we have refunded the second charge", None, desk.profile)
    await staff_actions.resolve(handoff.ref, "Refunded Ayesha Khan", None, desk.profile)
    before = await TicketEvent.filter(ticket_id=handoff.id).order_by("id").values_list("actor", "action")
    await Ticket.filter(id=handoff.id).update(closed_at=utcnow() - timedelta(days=400))

    report = await purge(utcnow(), transcript_days=90, closed_ticket_days=365)
    again = await purge(utcnow(), transcript_days=90, closed_ticket_days=365)

    kept = await Ticket.get(id=handoff.id)
    entries = await TicketEvent.filter(ticket_id=handoff.id).order_by("id")
    assert report.tickets_redacted == 1 and again.tickets_redacted == 0
    assert kept.status == "resolved" and kept.details == {} and kept.resolution is None
    assert kept.extension_reason is None and kept.due_at and kept.extended_at
    assert [(e.actor, e.action) for e in entries] == before
    words = " ".join(str(e.data) for e in entries)
    assert "4242" not in words and "Ayesha" not in words and "refunded" not in words
    assert entries[0].data == {"kind": "handoff", "status": "open"}
    assert any(e.data.get("days") == 10 for e in entries)


async def test_an_old_closed_ticket_keeps_its_words_until_the_period_is_over(database: str) -> None:
    desk = make_desk()
    await Person(desk).says_all("talk to a person", "Please call me on 0300 7654321")
    (handoff,) = await tickets_of("handoff")
    await staff_actions.resolve(handoff.ref, "Called back", None, desk.profile)

    report = await purge(utcnow(), transcript_days=90, closed_ticket_days=365)

    assert report.tickets_redacted == 0
    assert "7654321" in " ".join(str(e.data) for e in await TicketEvent.filter(ticket_id=handoff.id))


async def test_purge_removes_spent_codes_lockouts_links_and_sessions_and_keeps_live_ones(database: str) -> None:
    now = utcnow()
    member = await staff.add(7001, "Sana")
    old_code = await OneTimeCode.create(phone="+923001111111", code_hash="x", expires_at=now - timedelta(hours=2))
    recent_code = await OneTimeCode.create(phone="+923001111111", code_hash="y", expires_at=now - timedelta(minutes=5))
    ended_lock = await CodeLockout.create(phone="+923001111111", locked_until=now - timedelta(minutes=1))
    live_lock = await CodeLockout.create(phone="+923002222222", locked_until=now + timedelta(minutes=30))
    stale_link = await web_auth.create_link(member.id, now - timedelta(minutes=20))
    live_link = await web_auth.create_link(member.id, now)
    ended = await web_auth.open_session(member.id, now)
    await web_auth.end_session((await StaffSession.get(selector=ended.split(".")[0])).id, now)
    live = await web_auth.open_session(member.id, now)
    assert await leases.claim_once("telegram-staff:41", "telegram", now - timedelta(days=8))
    assert await leases.claim_once("telegram-staff:42", "telegram", now)

    dry = await purge(now, transcript_days=90, closed_ticket_days=365, dry_run=True)
    report = await purge(now, transcript_days=90, closed_ticket_days=365)

    assert report == dry and report.spent == 5
    assert await OneTimeCode.filter(id=old_code.id).count() == 0
    assert await OneTimeCode.filter(id=recent_code.id).count() == 1, "still in the hour's count of tries"
    assert not await CodeLockout.filter(id=ended_lock.id).exists()
    assert await codes.locked_until(live_lock.phone, now), "a number locked out stays locked out"
    assert not await web_auth.link_is_live(stale_link, now) and await web_auth.link_is_live(live_link, now)
    assert await StaffLoginLink.all().count() == 1
    assert await web_auth.session_for(live, now, timedelta(hours=12)) is not None
    assert await StaffSession.all().count() == 1
    assert await leases.claimed("telegram-staff:42") and not await leases.claimed("telegram-staff:41")
