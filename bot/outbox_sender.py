"""The background sender that empties the outbox: leases, order, pacing, retries and backoff.

Each message is sent under a lease and marked sent only after the provider accepted it. A
process that dies leaves its leased rows behind; once the lease runs out another sender (or
the same one restarted) takes them. The payload carries `outbox_id`, so a provider that
de-duplicates (the bridge) accepts a message resent after such a crash only once.

Order and fairness: only the oldest pending message of an address is claimed, so one person
(or the staff chat) gets their messages in the order they were written; everyone else's go on
meanwhile. Each transport and address is paced on its own: a provider that asks us to wait
(a rate limit) puts that address, or for an account-wide limit that transport, aside for the
time asked, and no send slot is spent waiting. A group chat on Telegram takes about 20
messages a minute, so the staff chat is paced to that before Telegram has to refuse; relays
of one ticket queued meanwhile go out as one message.

The provider's error code decides what follows a refusal (see `bot.channels.base`); a message
that fails for good is told on its ticket and in the staff chat (`bot.delivery`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

from bot import delivery
from bot.channels.base import (
    OperatorAlert,
    PermanentFailure,
    Sender,
    TemporaryFailure,
    Unreachable,
    WindowClosed,
)
from bot.channels.http import mask_phones
from bot.delivery import DeliveryPolicy
from bot.metrics import Metrics
from flows.staff_notice import merged_relays
from storage import db, outbox, reach, tickets
from storage.datasources import mask_phone
from storage.models import OutboxMessage

logger = logging.getLogger(__name__)

# Telegram takes about 20 messages a minute in one group.
GROUP_PACE_SECONDS = 3.0
# How long a transport whose credentials were refused is left before it is tried again.
ALERT_PAUSE_SECONDS = 300.0


def new_owner() -> str:
    """Name this sender uniquely across processes and restarts."""
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def utcnow() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


def default_pace(transport: str, address: str) -> float:
    """Give the seconds to leave between two messages to one address."""
    return GROUP_PACE_SECONDS if transport == "telegram" and address.startswith("-") else 0.0


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
        policy: DeliveryPolicy | None = None,
        pace: Callable[[str, str], float] = default_pace,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self.senders = dict(senders)
        self.owner = owner or new_owner()
        self.concurrency, self.lease_seconds = concurrency, lease_seconds
        # A send must end well inside its lease, or another process could take the row and
        # send it again while this one is still trying.
        self.send_timeout = min(send_timeout, lease_seconds / 2)
        self.idle_seconds = idle_seconds
        self.metrics = metrics
        self.policy = policy or DeliveryPolicy(templates=frozenset(
            t for t, s in self.senders.items() if getattr(s, "has_template", False)))
        self.pace, self.clock, self.now = pace, clock, now
        self._address_until: dict[tuple[str, str], float] = {}
        self._transport_until: dict[str, float] = {}
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
        now = self.clock()
        transports = tuple(t for t in self.senders if self._transport_until.get(t, 0.0) <= now)
        skip = [key for key, until in self._address_until.items() if until > now]
        known: dict[tuple[str, str], delivery.Reach] = {}

        async def look_up(rows: list[OutboxMessage], conn: Any) -> None:
            known.update(await delivery.reach_of([(r.transport, r.address) for r in rows], self.policy, conn))

        try:
            rows = await outbox.claim_batch(
                self.owner, transports=transports, limit=free,
                lease_seconds=self.lease_seconds, skip=skip, then=look_up,
            )
        except Exception:  # noqa: BLE001 - a database hiccup must not end the loop
            logger.exception("outbox: could not claim messages; trying again shortly")
            return 0
        claimed = asyncio.get_running_loop().time()
        for row in rows:
            task = asyncio.create_task(self._deliver(row, known[(row.transport, row.address)], claimed))
            self._inflight.add(task)
            task.add_done_callback(self._done)
        return len(rows)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._inflight.discard(task)
        self._wake.set()

    async def _idle(self) -> None:
        """Wait for a free slot, a nudge, the end of a pause, or the next poll."""
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), self._idle_for())
        except asyncio.TimeoutError:
            pass

    def _idle_for(self) -> float:
        now = self.clock()
        waits = [until - now for until in [*self._address_until.values(), *self._transport_until.values()]
                 if until > now]
        return min([self.idle_seconds, *waits]) if waits else self.idle_seconds

    def _hold_off(self, row: OutboxMessage, seconds: float, scope: str) -> None:
        """Leave an address (or a whole transport) alone for a while, without using a slot."""
        until = self.clock() + seconds
        if scope == "transport":
            self._transport_until[row.transport] = max(until, self._transport_until.get(row.transport, 0.0))
        else:
            key = (row.transport, row.address)
            self._address_until[key] = max(until, self._address_until.get(key, 0.0))
        self._forget_past()

    def _forget_past(self) -> None:
        now = self.clock()
        self._address_until = {k: v for k, v in self._address_until.items() if v > now}
        self._transport_until = {k: v for k, v in self._transport_until.items() if v > now}

    async def _deliver(self, row: OutboxMessage, known: delivery.Reach, claimed: float) -> None:
        """Send one message (or a run of one ticket's relays) and record how it went."""
        sender = self.senders[row.transport]
        merged = await self._merge_relays(row)
        payload: dict[str, Any] = {**merged[0], "outbox_id": row.id}
        budget = self.send_timeout
        try:
            if await self._routed_elsewhere(row, sender, known):
                return
            # The send must end well inside the lease, counted from the claim: a slow database
            # before it leaves less time, never a send that outlives the lease.
            budget = min(self.send_timeout, claimed + self.lease_seconds / 2 - asyncio.get_running_loop().time())
            if budget <= 0:
                logger.warning("outbox message %s: no time left in its lease; put back", row.id)
                await outbox.retry_later(row.id, self.owner, 0)
                return
            provider_id = await asyncio.wait_for(sender.send(row.address, payload), budget)
        except TemporaryFailure as exc:
            await self._retry(row, exc)
        except Unreachable as exc:
            await reach.mark_unreachable(row.transport, row.address, "stop")
            await self._give_up(row, f"unreachable: {exc}", "unreachable")
        except WindowClosed as exc:
            await self._closed_window(row, sender, str(exc))
        except OperatorAlert as exc:
            await self._alert(row, exc)
        except PermanentFailure as exc:
            await self._give_up(row, f"refused: {exc}", _why(exc))
        except asyncio.TimeoutError:
            await self._retry(row, TemporaryFailure(f"no answer within {budget:.1f}s"))
        except Exception as exc:  # noqa: BLE001 - a bug in one sender must not stop the rest
            logger.exception("outbox message %s: sender crashed", row.id)
            await self._retry(row, TemporaryFailure(f"{type(exc).__name__}: {exc}"))
        else:
            await self._sent(row, provider_id if isinstance(provider_id, str) else None, merged[1])
        finally:
            pace = self.pace(row.transport, row.address)
            if pace > 0:
                self._hold_off(row, pace, "address")

    async def _merge_relays(self, row: OutboxMessage) -> tuple[dict[str, Any], list[int]]:
        """Join the relays of one ticket queued right behind this one; give the payload and
        the ids of the rows it took in."""
        if "relay" not in row.payload:
            return row.payload, []
        following = await outbox.following(row, limit=60)
        payload, taken = merged_relays([row.payload, *[r.payload for r in following]])
        return payload, [r.id for r in following[: taken - 1]]

    async def _routed_elsewhere(self, row: OutboxMessage, sender: Sender, known: delivery.Reach) -> bool:
        """Follow WhatsApp's window and numbers that refuse us; True if the row was dealt with."""
        decided = delivery.decide(row.transport, row.address, self.policy, self.now(), known)
        if decided == delivery.UNREACHABLE:
            await self._give_up(row, "unreachable: the number refuses our messages", "unreachable",
                                tell=False)
            return True
        if decided == delivery.SEND:
            return False
        await self._outside_window(row, sender, decided)
        return True

    async def _outside_window(self, row: OutboxMessage, sender: Sender, decided: str) -> None:
        """Send the template and hold the words, send them by SMS, or hold them."""
        if decided == delivery.SMS and self.policy.sms_transport:
            address = delivery.sms_address(row.transport, row.address)
            logger.info("outbox message %s: outside WhatsApp's window; sent by SMS instead", row.id)
            await outbox.reroute(row.id, self.owner, self.policy.sms_transport, address)
            return
        if decided == delivery.TEMPLATE and not await outbox.has_held(row.transport, row.address):
            ticket = await tickets.get(row.ticket_ref) if row.ticket_ref else None
            if ticket is not None:
                await asyncio.wait_for(
                    sender.send_template(row.address, ticket.ref, ticket.language),  # type: ignore[attr-defined]
                    self.send_timeout)
                self._count(row, "template")
        await outbox.hold(row.id, self.owner, "outside WhatsApp's 24-hour window")
        self._count(row, "held")

    async def _closed_window(self, row: OutboxMessage, sender: Sender, error: str) -> None:
        """WhatsApp refused free text at once: treat the window as closed."""
        decided = delivery.TEMPLATE if row.transport in self.policy.templates else (
            delivery.SMS if self.policy.sms_transport else delivery.HOLD)
        await self._outside_window(row, sender, decided)

    async def _sent(self, row: OutboxMessage, provider_id: str | None, merged: list[int]) -> None:
        if not await self._mark_sent(row, provider_id):
            logger.warning("outbox message %s was sent after its lease ran out", row.id)
        if merged:
            await outbox.mark_merged(merged, row.id)
        self._count(row, "sent")
        logger.info("outbox message %s sent by %s to %s", row.id, row.transport,
                    mask_phone(row.address))

    async def _mark_sent(self, row: OutboxMessage, provider_id: str | None) -> bool:
        """Record the send, trying for as long as the lease lasts if the database is away.

        Giving up would leave the row to be sent again once the lease runs out.
        """
        deadline = asyncio.get_running_loop().time() + self.lease_seconds
        delay = 0.1
        while True:
            try:
                return await outbox.mark_sent(row.id, self.owner, provider_id)
            except db.UNAVAILABLE:
                if asyncio.get_running_loop().time() + delay > deadline:
                    raise
                logger.warning("outbox message %s sent but not yet recorded: database away", row.id)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)

    async def _retry(self, row: OutboxMessage, exc: TemporaryFailure) -> None:
        if exc.retry_after is not None:
            wait = max(exc.retry_after, exc.at_least)
            logger.info("outbox message %s: provider asked to wait %.0fs (%s)", row.id, wait, exc.scope)
            self._hold_off(row, wait, exc.scope)
            await outbox.retry_later(row.id, self.owner, wait)
            self._count(row, "throttled")
            return
        attempts = row.attempts + 1
        await self._fail(row, str(exc), attempts=attempts, at_least=exc.at_least)
        if attempts >= outbox.MAX_ATTEMPTS:
            await delivery.report_failure(row, "gave_up", self.policy, str(exc))

    async def _give_up(self, row: OutboxMessage, error: str, why: str, *, tell: bool = True) -> None:
        await self._fail(row, error, attempts=outbox.MAX_ATTEMPTS)
        if tell:
            await delivery.report_failure(row, why, self.policy, error)

    async def _alert(self, row: OutboxMessage, exc: OperatorAlert) -> None:
        """Credentials refused: every message of this transport waits until they are fixed."""
        logger.error("OPERATOR: %s refused our credentials (%s); nothing goes out on %s until "
                     "they are fixed; trying again in %.0fs", row.transport, mask_phones(str(exc)),
                     row.transport, ALERT_PAUSE_SECONDS)
        self._hold_off(row, ALERT_PAUSE_SECONDS, "transport")
        await outbox.retry_later(row.id, self.owner, ALERT_PAUSE_SECONDS)
        self._count(row, "alert")

    async def _fail(self, row: OutboxMessage, error: str, *, attempts: int, at_least: float = 0.0) -> None:
        error = mask_phones(error)
        logger.warning("outbox message %s via %s failed (attempt %s): %s",
                       row.id, row.transport, attempts, error[:200])
        await outbox.mark_failed(row.id, self.owner, error, attempts=attempts, at_least=at_least)
        self._count(row, "failed" if attempts >= outbox.MAX_ATTEMPTS else "retry")

    def _count(self, row: OutboxMessage, outcome: str) -> None:
        if self.metrics is not None:
            self.metrics.sends.labels(transport=row.transport, outcome=outcome).inc()


def _why(exc: PermanentFailure) -> str:
    """Say in a word why a provider refused a message for good."""
    text = str(exc).lower()
    if "blocked" in text or "deactivated" in text:
        return "blocked"
    if exc.code in ("21211", "21614", "21408", "131026"):
        return "invalid"
    return "refused"
