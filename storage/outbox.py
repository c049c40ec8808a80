"""The outbox: messages written with the change that caused them, sent later with retries.

A sender claims a batch by taking a lease on each row (`FOR UPDATE SKIP LOCKED` on
PostgreSQL, so two processes never claim the same row); a lease that runs out because its
holder died makes the row claimable again. Only the oldest pending row of each address can be
claimed, so messages to one person (or to the staff chat) go out in the order they were
written, while every other address goes on. A row is marked sent once the provider accepted
it; what the provider says later (delivered, read, failed) is recorded beside it.

Statuses: `pending` (to send), `sent` (accepted by the provider), `failed` (given up), `held`
(outside WhatsApp's 24-hour window: waiting for the person to write again).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q, Subquery
from tortoise.functions import Min
from tortoise.transactions import in_transaction

from storage import retention
from storage.models import OutboxMessage
from storage.sql import Plan, insert

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 12
BASE_BACKOFF_SECONDS = 2.0
MAX_BACKOFF_SECONDS = 900.0
# The provider's states of a message it accepted, in the order they come; a failure is final.
PROGRESS = ("accepted", "queued", "sending", "sent", "delivered", "read")
FAILED_STATES = ("failed", "undelivered")


def utcnow() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


async def enqueue(
    transport: str,
    address: str,
    payload: dict[str, Any],
    *,
    using_db: BaseDBAsyncClient | None = None,
    ticket_ref: str | None = None,
) -> OutboxMessage:
    """Queue one message for a person or the staff chat."""
    return await OutboxMessage.create(
        transport=transport,
        address=address,
        payload=payload,
        next_attempt_at=utcnow(),
        ticket_ref=ticket_ref,
        using_db=using_db,
    )


def queued(transport: str, address: str, payload: dict[str, Any]) -> Plan:
    """Queue one message, as part of a turn's transaction."""
    yield insert(OutboxMessage, transport=transport, address=address, payload=payload,
                 next_attempt_at=utcnow())


async def claim_batch(
    owner: str,
    *,
    transports: tuple[str, ...],
    limit: int = 20,
    lease_seconds: float = 60.0,
    skip: Iterable[tuple[str, str]] = (),
    then: Callable[[list[OutboxMessage], BaseDBAsyncClient], Awaitable[None]] | None = None,
) -> list[OutboxMessage]:
    """Lease up to `limit` due messages for `owner`, the oldest pending one of each address
    only, leaving out the (transport, address) pairs in `skip` (paced by the sender).

    `then` looks up whatever else the sender needs of the rows on the same connection, inside
    the claim's transaction, rather than waiting for another connection of the pool."""
    if not transports:
        return []
    now = utcnow()
    # The first pending row of each address, whether it is due or not: a later row never
    # overtakes an earlier one that waits for a retry or is being sent right now.
    firsts = (
        OutboxMessage.filter(status="pending", transport__in=transports)
        .group_by("transport", "address")
        .annotate(first=Min("id"))
        .values("first")
    )
    async with in_transaction() as conn:
        query = (
            OutboxMessage.filter(id__in=Subquery(firsts), next_attempt_at__lte=now)
            .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
            .order_by("id")
            .limit(limit)
            .using_db(conn)
        )
        for transport, address in skip:
            # `exclude(a=, b=)` would leave out every row matching either; this leaves out the pair.
            query = query.filter(~Q(transport=transport, address=address))
        if conn.capabilities.support_for_update:
            query = query.select_for_update(skip_locked=True)
        rows = await query
        if not rows:
            return []
        await OutboxMessage.filter(id__in=[r.id for r in rows]).using_db(conn).update(
            lease_owner=owner, lease_until=now + timedelta(seconds=lease_seconds)
        )
        if then is not None:
            await then(rows, conn)
    return rows


async def mark_sent(message_id: int, owner: str, provider_id: str | None = None) -> bool:
    """Record that the provider accepted a message; False if the lease was lost meanwhile."""
    updated = await OutboxMessage.filter(id=message_id, lease_owner=owner, status="pending").update(
        status="sent", sent_at=utcnow(), lease_owner=None, lease_until=None,
        provider_id=provider_id, provider_status="accepted" if provider_id else None,
    )
    if updated == 1:
        await retention.forget_once_sent(message_id)  # a code is kept only as its hash
    return updated == 1


async def mark_failed(
    message_id: int, owner: str, error: str, *, attempts: int, at_least: float = 0.0
) -> None:
    """Schedule another try with exponential backoff (never sooner than `at_least` seconds),
    or give up after MAX_ATTEMPTS."""
    delay = min(MAX_BACKOFF_SECONDS, BASE_BACKOFF_SECONDS * 2 ** max(0, attempts - 1))
    status = "failed" if attempts >= MAX_ATTEMPTS else "pending"
    if status == "failed":
        logger.error("outbox message %s given up after %s attempts: %s", message_id, attempts, error)
    await OutboxMessage.filter(id=message_id, lease_owner=owner).update(
        status=status,
        attempts=attempts,
        last_error=error[:2000],
        next_attempt_at=utcnow() + timedelta(seconds=max(delay, at_least)),
        lease_owner=None,
        lease_until=None,
    )


async def retry_later(message_id: int, owner: str, seconds: float) -> None:
    """Put a message back for a provider that asked us to wait (HTTP 429 retry_after)."""
    await OutboxMessage.filter(id=message_id, lease_owner=owner).update(
        next_attempt_at=utcnow() + timedelta(seconds=seconds), lease_owner=None, lease_until=None
    )


async def hold(message_id: int, owner: str | None, reason: str) -> bool:
    """Keep a message back until the person writes again (WhatsApp's window is closed)."""
    query = OutboxMessage.filter(id=message_id)
    query = query.filter(lease_owner=owner) if owner is not None else query
    return await query.update(status="held", last_error=reason, lease_owner=None,
                              lease_until=None) == 1


async def has_held(transport: str, address: str) -> bool:
    """Tell whether words for an address are already waiting for the person to write."""
    return await OutboxMessage.filter(transport=transport, address=address, status="held").exists()


async def release_held(transport: str, address: str) -> int:
    """Send what was held for an address, in its order, now that the person wrote again."""
    released = await OutboxMessage.filter(transport=transport, address=address, status="held").update(
        status="pending", next_attempt_at=utcnow(), provider_status=None, provider_id=None,
    )
    if released:
        logger.info("outbox: %s held message(s) released", released)
    return released


async def reroute(message_id: int, owner: str, transport: str, address: str) -> None:
    """Send a message on another channel instead (SMS for a closed WhatsApp window)."""
    await OutboxMessage.filter(id=message_id, lease_owner=owner).update(
        transport=transport, address=address, next_attempt_at=utcnow(),
        lease_owner=None, lease_until=None,
    )


async def record_status(
    transport: str, provider_id: str, status: str, error: str | None, now: datetime
) -> tuple[OutboxMessage | None, bool]:
    """Record what a provider's status webhook says of a message; give the row (None when the
    id is unknown) and whether this report is the one that first tells of its failure.

    Reports come more than once and out of order: a state never moves back, and a failure is
    final, so a repeat changes nothing."""
    row = await OutboxMessage.filter(provider_id=provider_id, transport=transport).first()
    if row is None:
        return None, False
    if status in FAILED_STATES:
        changed = await OutboxMessage.filter(id=row.id).filter(_not_in(FAILED_STATES)).update(
            provider_status=status, provider_status_at=now, last_error=(error or status)[:2000])
        await row.refresh_from_db()
        return row, changed == 1
    if status in PROGRESS:
        later = PROGRESS[PROGRESS.index(status) + 1:] + FAILED_STATES
        await OutboxMessage.filter(id=row.id).filter(_not_in(later)).update(
            provider_status=status, provider_status_at=now)
        await row.refresh_from_db()
    return row, False


def _not_in(states: tuple[str, ...]) -> Q:
    """Match a provider status outside `states`, none yet included (NULL is in no list)."""
    return Q(provider_status__isnull=True) | ~Q(provider_status__in=states)


async def following(row: OutboxMessage, *, limit: int) -> list[OutboxMessage]:
    """Give the pending messages queued to the same address right after this one."""
    return await OutboxMessage.filter(
        transport=row.transport, address=row.address, status="pending", id__gt=row.id,
    ).order_by("id").limit(limit)


async def mark_merged(message_ids: list[int], into: int) -> None:
    """Record messages sent as part of another (relays joined into one)."""
    await OutboxMessage.filter(id__in=message_ids, status="pending").update(
        status="sent", sent_at=utcnow(), last_error=f"sent within message {into}")


async def for_ticket(ref: str) -> list[OutboxMessage]:
    """Give the later messages about a ticket, oldest first."""
    return await OutboxMessage.filter(ticket_ref=ref).order_by("id")


async def take_pending(transport: str, address: str) -> list[dict[str, Any]]:
    """Hand over every pending message of an address at once (the console shows them when the
    person is next there) and mark them sent."""
    async with in_transaction() as conn:
        rows = await OutboxMessage.filter(
            transport=transport, address=address, status="pending").order_by("id").using_db(conn)
        if rows:
            await OutboxMessage.filter(id__in=[r.id for r in rows]).using_db(conn).update(
                status="sent", sent_at=utcnow(), provider_status="delivered",
                provider_status_at=utcnow())
    return [row.payload for row in rows]


async def pending_count() -> int:
    """Count messages still to send."""
    return await OutboxMessage.filter(status="pending").count()
