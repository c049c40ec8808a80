"""The consent and marketing ledger: append-only, the current state derived from the latest entry."""

from __future__ import annotations

from storage.models import LedgerEntry
from storage.sql import Plan, insert

CONSENT, MARKETING = "consent", "marketing"


def entry(
    *,
    subject_id: int,
    kind: str,
    key: str,
    state: str,
    receipt: str,
    channel: str,
    language: str,
    profile_key: str,
    profile_version: str,
    message: str,
    ticket_ref: str | None,
) -> Plan:
    """Append one choice; earlier entries stay as they were."""
    yield insert(
        LedgerEntry,
        subject_id=subject_id,
        kind=kind,
        key=key,
        state=state,
        receipt=receipt,
        channel=channel,
        language=language,
        profile_key=profile_key,
        profile_version=profile_version,
        message=message[:2000],
        ticket_ref=ticket_ref,
    )


async def current(subject_id: int, kind: str) -> dict[str, LedgerEntry]:
    """Give the latest entry per key of one kind for a person."""
    entries = await LedgerEntry.filter(subject_id=subject_id, kind=kind).order_by("id")
    return {entry.key: entry for entry in entries}


async def history(subject_id: int) -> list[LedgerEntry]:
    """Give every choice a person made, oldest first."""
    return await LedgerEntry.filter(subject_id=subject_id).order_by("id")
