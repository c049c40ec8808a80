"""Retention: delete what the desk no longer may keep, keep what the profile says must stay.

Transcripts older than the profile's `transcript_days` and exports past their expiry go.
Closed tickets older than `closed_ticket_days` lose the person's words (details, resolution)
but keep their reference, kind, status and dates, and their audit log, as the record that the
request was handled. The consent ledger is kept: it is the proof of each choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from storage.models import CLOSED_STATUSES, Export, Ticket, TranscriptLine


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed (or would remove, on a dry run)."""

    transcript_lines: int
    exports: int
    tickets_redacted: int


async def purge(
    now: datetime, *, transcript_days: int, closed_ticket_days: int, dry_run: bool = False
) -> PurgeReport:
    """Apply the retention periods; with `dry_run`, only count."""
    lines = TranscriptLine.filter(created_at__lt=now - timedelta(days=transcript_days))
    exports = Export.filter(expires_at__lt=now)
    old = await Ticket.filter(
        status__in=CLOSED_STATUSES, closed_at__lt=now - timedelta(days=closed_ticket_days)
    )
    redact = [t.id for t in old if t.details or t.resolution]
    report = PurgeReport(await lines.count(), await exports.count(), len(redact))
    if dry_run:
        return report
    async with in_transaction() as conn:
        await lines.using_db(conn).delete()
        await exports.using_db(conn).delete()
        await Ticket.filter(id__in=redact).using_db(conn).update(details={}, resolution=None)
    return report
