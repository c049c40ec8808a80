"""Retention: delete what the desk no longer may keep, keep what the profile says must stay.

Transcripts older than the profile's `transcript_days` and exports past their expiry go, and
so do the records of deliveries answered (each holds a copy of the answer, so that a provider's
repeat gets it again) once no provider will repeat them. Closed tickets older than
`closed_ticket_days` lose the words about the person (details, resolution, the reason for an
extension, and the text of the messages, replies, notes and reasons in their audit log) but
keep their reference, kind, status and dates, and every audit entry's who, when and what, as
the record that the request was handled. The consent ledger is kept: it is the proof of each
choice. Messages the outbox has delivered (or given up on) lose their words once they are as
old as the transcript may be, keeping who, when and whether it arrived; a message that carries
a secret (a one-time code) loses it as soon as it is sent (`forget_once_sent`). Spent
credentials go too: one-time codes out of every hour's count, lock-outs that have ended, staff
login links past their expiry, web-console sessions that ended or can no longer be used, and
staff commands' claims (`telegram-staff:…`) once Telegram no longer repeats them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from storage.codes import WINDOW
from storage.leases import STAFF_UPDATE_CLAIM
from storage.models import (
    CLOSED_STATUSES,
    CodeLockout,
    Delivery,
    Export,
    Lease,
    OneTimeCode,
    OutboxMessage,
    StaffLoginLink,
    StaffSession,
    Ticket,
    TicketEvent,
    TranscriptLine,
)

# The longest a provider goes on repeating a webhook it got no answer to: Meta retries
# WhatsApp's for up to seven days, Telegram and Twilio give up sooner. A delivery's record is
# kept that long, and never longer than the transcript it copies.
REPLAY_DAYS = 7
# What an audit entry may hold in words: a message's or reply's text, a note, a reason.
WORDS = ("text", "note", "reason")
# An outbox payload's stand-in for its words once sent: the text without its secret.
ONCE_SENT = "once_sent"
# What an outbox payload keeps once its words are purged.
PURGED: dict[str, object] = {"purged": True}
FINISHED = ("sent", "failed")
# The longest a web-console session may last unused (STAFF_WEB_SESSION_HOURS is at most 720).
SESSION_LONGEST = timedelta(days=30)


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed (or would remove, on a dry run)."""

    transcript_lines: int
    exports: int
    tickets_redacted: int
    deliveries: int
    outbox_payloads: int = 0
    spent: int = 0


async def purge(
    now: datetime, *, transcript_days: int, closed_ticket_days: int, dry_run: bool = False
) -> PurgeReport:
    """Apply the retention periods; with `dry_run`, only count."""
    lines = TranscriptLine.filter(created_at__lt=now - timedelta(days=transcript_days))
    exports = Export.filter(expires_at__lt=now)
    replayable = timedelta(days=min(REPLAY_DAYS, transcript_days))
    answered = Delivery.filter(created_at__lt=now - replayable)
    closed_before = now - timedelta(days=closed_ticket_days)
    old = await Ticket.filter(status__in=CLOSED_STATUSES, closed_at__lt=closed_before).values_list(
        "id", "details", "resolution", "extension_reason"
    )
    redact = [id_ for id_, *words in old if any(words)]
    entries = await TicketEvent.filter(
        ticket__status__in=CLOSED_STATUSES, ticket__closed_at__lt=closed_before
    ).values_list("id", "ticket_id", "data")
    worded = [(id_, ticket_id, data) for id_, ticket_id, data in entries if any(k in data for k in WORDS)]
    finished = await OutboxMessage.filter(
        status__in=FINISHED, created_at__lt=now - timedelta(days=transcript_days)
    ).values_list("id", "payload")
    worded_outbox = [id_ for id_, payload in finished if payload != PURGED]
    spent = _spent(now)
    report = PurgeReport(
        await lines.count(),
        await exports.count(),
        len(set(redact) | {ticket_id for _id, ticket_id, _data in worded}),
        await answered.count(),
        len(worded_outbox),
        sum([await query.count() for query in spent]),
    )
    if dry_run:
        return report
    async with in_transaction() as conn:
        await lines.using_db(conn).delete()
        await exports.using_db(conn).delete()
        await answered.using_db(conn).delete()
        for query in spent:
            await query.using_db(conn).delete()
        await Ticket.filter(id__in=redact).using_db(conn).update(
            details={}, resolution=None, extension_reason=None
        )
        await OutboxMessage.filter(id__in=worded_outbox).using_db(conn).update(payload=PURGED)
        for id_, _ticket_id, data in worded:
            kept = {k: v for k, v in data.items() if k not in WORDS}
            await TicketEvent.filter(id=id_).using_db(conn).update(data={**kept, "words_removed": True})
    return report


def _spent(now: datetime) -> list[QuerySet[Any]]:
    """What no check will ever look at again: each still a query, to count or to delete.

    A code expired more than an hour ago is out of every hour's count of codes and tries; a
    lock-out row that ended is made again when next needed (and PostgreSQL checks the condition
    again if a transaction holds it meanwhile).
    """
    return [
        OneTimeCode.filter(expires_at__lt=now - WINDOW),
        CodeLockout.filter(locked_until__lt=now),
        StaffLoginLink.filter(expires_at__lt=now),
        StaffSession.filter(Q(ended_at__isnull=False) | Q(last_seen_at__lt=now - SESSION_LONGEST)),
        Lease.filter(name__startswith=STAFF_UPDATE_CLAIM, expires_at__lt=now),
    ]


async def forget_once_sent(message_id: int) -> None:
    """Replace a sent message's words with their stand-in, if it has one (a code's text)."""
    row = await OutboxMessage.get_or_none(id=message_id, status="sent")
    if row is not None and ONCE_SENT in row.payload:
        await OutboxMessage.filter(id=message_id).update(payload={"text": row.payload[ONCE_SENT]})
