"""The background sender that empties the outbox: leases, concurrency, retries and backoff.

Each message is sent under a lease and marked sent only after the provider accepted it. A
process that dies leaves its leased rows behind; once the lease runs out another sender (or
the same one restarted) takes them. The payload carries `outbox_id`, so a provider that
de-duplicates (the bridge) accepts a message resent after such a crash only once. A slow or
failing provider never holds up the others: sends run concurrently, each under a timeout, and a
new message is claimed as soon as a slot frees.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Mapping
from typing import Any

from bot.channels.base import PermanentFailure, Sender, TemporaryFailure
from bot.metrics import Metrics
from storage import db, outbox
from storage.datasources import mask_phone
from storage.models import OutboxMessage

logger = logging.getLogger(__name__)


def new_owner() -> str:
    """Name this sender uniquely across processes and restarts."""
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class OutboxSender:
    """Deliver outbox messages through the sender of each transport until stopped."""

    def __init__(
        self,
        senders: Mapping[str, Sender],
        owner: str | None = None,
        *,
        concurrency: int = 8,
        lease_seconds: float = 60.0,
        send_timeout: float = 30.0,
        idle_seconds: float = 1.0,
        metrics: Metrics | None = None,
    ) -> None:
        self.senders = dict(senders)
        self.owner = owner or new_owner()
        self.concurrency, self.lease_seconds = concurrency, lease_seconds
        # A send must end well inside its lease, or another process could take the row and
        # send it again while this one is still trying.
        self.send_timeout = min(send_timeout, lease_seconds / 2)
        self.idle_seconds = idle_seconds
        self.metrics = metrics
        self._inflight: set[asyncio.Task[None]] = set()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def start(self) -> None:
        """Start the loop in the background."""
        if self.senders and self._task is None:
            self._task = asyncio.create_task(self.run(), name=f"outbox-sender {self.owner}")

    def wake(self) -> None:
        """Look for new messages now rather than at the next poll."""
        self._wake.set()

    async def stop(self, grace_seconds: float = 5.0) -> None:
        """Stop claiming, let sends in flight finish for a moment, then cancel the rest."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        if self._inflight:
            await asyncio.wait(set(self._inflight), timeout=grace_seconds)
        await self._cancel_inflight()

    async def run(self) -> None:
        """Claim and send until stopped."""
        try:
            while not self._stopping:
                if not await self._claim_safely():
                    await self._idle()
        except asyncio.CancelledError:
            await self._cancel_inflight()
            raise

    async def _cancel_inflight(self) -> None:
        """Abandon sends in flight; their leases run out and another sender takes them."""
        for task in list(self._inflight):
            task.cancel()
        await asyncio.gather(*self._inflight, return_exceptions=True)

    async def run_until_empty(self) -> None:
        """Send everything due now, then return (for `privacy-desk` commands and tests)."""
        while await self._claim_safely() or self._inflight:
            if self._inflight:
                await asyncio.wait(self._inflight, return_when=asyncio.FIRST_COMPLETED)

    async def _claim_safely(self) -> int:
        """Claim as many messages as there are free slots and start sending them."""
        free = self.concurrency - len(self._inflight)
        if free <= 0:
            return 0
        try:
            rows = await outbox.claim_batch(
                self.owner, transports=tuple(self.senders), limit=free,
                lease_seconds=self.lease_seconds,
            )
        except Exception:  # noqa: BLE001 - a database hiccup must not end the loop
            logger.exception("outbox: could not claim messages; trying again shortly")
            return 0
        for row in rows:
            task = asyncio.create_task(self._deliver(row))
            self._inflight.add(task)
            task.add_done_callback(self._done)
        return len(rows)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._inflight.discard(task)
        self._wake.set()

    async def _idle(self) -> None:
        """Wait for a free slot, a nudge, or the next poll."""
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), self.idle_seconds)
        except asyncio.TimeoutError:
            pass

    async def _deliver(self, row: OutboxMessage) -> None:
        """Send one message and record how it went."""
        sender = self.senders[row.transport]
        payload: dict[str, Any] = {**row.payload, "outbox_id": row.id}
        try:
            await asyncio.wait_for(sender.send(row.address, payload), self.send_timeout)
        except TemporaryFailure as exc:
            await self._retry(row, str(exc), exc.retry_after)
        except PermanentFailure as exc:
            await self._fail(row, f"refused: {exc}", attempts=outbox.MAX_ATTEMPTS)
        except asyncio.TimeoutError:
            await self._retry(row, f"no answer within {self.send_timeout:g}s", None)
        except Exception as exc:  # noqa: BLE001 - a bug in one sender must not stop the rest
            logger.exception("outbox message %s: sender crashed", row.id)
            await self._retry(row, f"{type(exc).__name__}: {exc}", None)
        else:
            await self._sent(row)

    async def _sent(self, row: OutboxMessage) -> None:
        if not await self._mark_sent(row):
            logger.warning("outbox message %s was sent after its lease ran out", row.id)
        self._count(row, "sent")
        logger.info("outbox message %s sent by %s to %s", row.id, row.transport,
                    mask_phone(row.address))

    async def _mark_sent(self, row: OutboxMessage) -> bool:
        """Record the send, trying for as long as the lease lasts if the database is away.

        Giving up would leave the row to be sent again once the lease runs out.
        """
        deadline = asyncio.get_running_loop().time() + self.lease_seconds
        delay = 0.1
        while True:
            try:
                return await outbox.mark_sent(row.id, self.owner)
            except db.UNAVAILABLE:
                if asyncio.get_running_loop().time() + delay > deadline:
                    raise
                logger.warning("outbox message %s sent but not yet recorded: database away", row.id)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)

    async def _retry(self, row: OutboxMessage, error: str, retry_after: float | None) -> None:
        if retry_after is not None:
            logger.info("outbox message %s: provider asked to wait %.0fs", row.id, retry_after)
            await outbox.retry_later(row.id, self.owner, retry_after)
            self._count(row, "throttled")
            return
        await self._fail(row, error, attempts=row.attempts + 1)

    async def _fail(self, row: OutboxMessage, error: str, *, attempts: int) -> None:
        logger.warning("outbox message %s via %s failed (attempt %s): %s",
                       row.id, row.transport, attempts, error[:200])
        await outbox.mark_failed(row.id, self.owner, error, attempts=attempts)
        self._count(row, "failed" if attempts >= outbox.MAX_ATTEMPTS else "retry")

    def _count(self, row: OutboxMessage, outcome: str) -> None:
        if self.metrics is not None:
            self.metrics.sends.labels(transport=row.transport, outcome=outcome).inc()
