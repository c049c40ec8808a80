"""The outbox: messages written with the change that caused them, sent later with retries.

A sender claims a batch by taking a lease on each row (`FOR UPDATE SKIP LOCKED` on
PostgreSQL, so two processes never claim the same row); a lease that runs out because its
holder died makes the row claimable again. A row is marked sent only after the provider
accepted it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from storage import retention
from storage.models import OutboxMessage
from storage.sql import Plan, insert

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 12
BASE_BACKOFF_SECONDS = 2.0
MAX_BACKOFF_SECONDS = 900.0


def utcnow() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


async def enqueue(
    transport: str,
    address: str,
    payload: dict[str, Any],
    *,
    using_db: BaseDBAsyncClient | None = None,
) -> OutboxMessage:
    """Queue one message for a person or the staff chat."""
    return await OutboxMessage.create(
        transport=transport,
        address=address,
        payload=payload,
        next_attempt_at=utcnow(),
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
) -> list[OutboxMessage]:
    """Lease up to `limit` due messages for `owner`; nobody else sends them while it holds them."""
    now = utcnow()
    async with in_transaction() as conn:
        query = (
            OutboxMessage.filter(
                status="pending",
                next_attempt_at__lte=now,
                transport__in=transports,
            )
            .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
            .order_by("id")
            .limit(limit)
            .using_db(conn)
        )
        if conn.capabilities.support_for_update:
            query = query.select_for_update(skip_locked=True)
        rows = await query
        if not rows:
            return []
        await OutboxMessage.filter(id__in=[r.id for r in rows]).using_db(conn).update(
            lease_owner=owner, lease_until=now + timedelta(seconds=lease_seconds)
        )
    return rows


async def mark_sent(message_id: int, owner: str) -> bool:
    """Record that the provider accepted a message; False if the lease was lost meanwhile."""
    updated = await OutboxMessage.filter(id=message_id, lease_owner=owner, status="pending").update(
        status="sent", sent_at=utcnow(), lease_owner=None, lease_until=None
    )
    if updated == 1:
        await retention.forget_once_sent(message_id)  # a code is kept only as its hash
    return updated == 1


async def mark_failed(message_id: int, owner: str, error: str, *, attempts: int) -> None:
    """Schedule another try with exponential backoff, or give up after MAX_ATTEMPTS."""
    delay = min(MAX_BACKOFF_SECONDS, BASE_BACKOFF_SECONDS * 2 ** max(0, attempts - 1))
    status = "failed" if attempts >= MAX_ATTEMPTS else "pending"
    if status == "failed":
        logger.error("outbox message %s given up after %s attempts: %s", message_id, attempts, error)
    await OutboxMessage.filter(id=message_id, lease_owner=owner).update(
        status=status,
        attempts=attempts,
        last_error=error[:2000],
        next_attempt_at=utcnow() + timedelta(seconds=delay),
        lease_owner=None,
        lease_until=None,
    )


async def retry_later(message_id: int, owner: str, seconds: float) -> None:
    """Put a message back for a provider that asked us to wait (HTTP 429 retry_after)."""
    await OutboxMessage.filter(id=message_id, lease_owner=owner).update(
        next_attempt_at=utcnow() + timedelta(seconds=seconds), lease_owner=None, lease_until=None
    )


async def pending_count() -> int:
    """Count messages still to send."""
    return await OutboxMessage.filter(status="pending").count()
