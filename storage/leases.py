"""Leases that let one process at a time (or once a day) run a job, whatever the number of servers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from storage.models import Lease

Write = Callable[[BaseDBAsyncClient], Awaitable[Any]]
# A staff command's claim by its Telegram update id (bot/channels/telegram.py); purge drops it.
STAFF_UPDATE_CLAIM = "telegram-staff:"




async def claim_once(name: str, owner: str, now: datetime, *, with_write: Write | None = None) -> bool:
    """Claim a one-off job (such as "reminder:2026-11-22"); only the first claimant wins.

    `with_write` is done in the claim's own transaction, so that what the job sends is queued
    if and only if the claim is taken: a crash between the two cannot lose or double it.
    """
    try:
        async with in_transaction() as conn:
            await Lease.create(name=name[:32], owner=owner, expires_at=now + timedelta(days=7), using_db=conn)
            if with_write is not None:
                await with_write(conn)
        return True
    except IntegrityError:
        return False


async def claimed(name: str) -> bool:
    """Tell whether a one-off job was claimed already."""
    return await Lease.exists(name=name[:32])
