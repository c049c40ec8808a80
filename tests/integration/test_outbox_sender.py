"""The outbox sender against a local gateway: retries, slow providers, and a crash mid-batch."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.channels.base import PermanentFailure, TemporaryFailure
from bot.channels.bridge import BridgeSender
from bot.outbox_sender import OutboxSender
from storage import outbox
from storage.models import OutboxMessage
from tests.e2e.support import PHONE, FakeProvider, eventually, running

ROOT = Path(__file__).resolve().parents[2]
SECRET = "bridge-secret"
WORKER = """
import asyncio, sys
import aiohttp
from bot.channels.bridge import BridgeSender
from bot.outbox_sender import OutboxSender
from storage.db import open_database

async def main(database_url, gateway_url):
    await open_database(database_url, upgrade_schema=False)
    async with aiohttp.ClientSession() as session:
        sender = BridgeSender(session, url=gateway_url, secret="bridge-secret")
        await OutboxSender({"bridge": sender}, "doomed", concurrency=4, lease_seconds=1).run()

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


@pytest.fixture
async def gateway() -> AsyncIterator[tuple[FakeProvider, str]]:
    """A slowish gateway, so that a kill lands with sends in flight."""
    fake = FakeProvider(delay=0.05)
    async with running(fake.app()) as url:
        yield fake, url + "/outbound"


class Recorder:
    """A sender that fails as scripted, then records what it sends."""

    def __init__(self, transport: str, failures: list[Exception] | None = None,
                 delay: float = 0.0) -> None:
        self.transport, self.failures, self.delay = transport, failures or [], delay
        self.sent: list[str] = []

    async def send(self, address: str, payload: dict[str, Any]) -> None:
        await asyncio.sleep(self.delay)
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append(payload["text"])


async def row(message_id: int) -> OutboxMessage:
    return await OutboxMessage.get(id=message_id)


async def test_a_sender_killed_mid_batch_delivers_every_message_exactly_once_after_restart(
    database: str, gateway: tuple[FakeProvider, str]
) -> None:
    fake, url = gateway
    ids = [(await outbox.enqueue("bridge", PHONE, {"text": f"message {n}"})).id for n in range(30)]
    worker = await asyncio.create_subprocess_exec(
        sys.executable, "-c", WORKER, database, url, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    await eventually(lambda: len(fake.received) >= 10, timeout=30)
    worker.send_signal(signal.SIGKILL)
    await worker.wait()
    assert await outbox.pending_count() > 0, "the kill came too late to test anything"

    async with aiohttp.ClientSession() as session:
        sender = BridgeSender(session, url=url, secret=SECRET)
        restarted = OutboxSender({"bridge": sender}, "restarted", concurrency=4, lease_seconds=1)
        restarted.start()
        await eventually(lambda: _none_pending(), timeout=30)
        await restarted.stop()

    posts = Counter(r["json"]["id"] for r in fake.received)
    assert set(posts) == {f"outbox-{i}" for i in ids}
    # Only a send in flight at the kill can reach the gateway twice, with the same id.
    resent = [key for key, count in posts.items() if count > 1]
    assert all(count <= 2 for count in posts.values()) and len(resent) <= 4
    assert await OutboxMessage.filter(status="sent").count() == 30


async def _none_pending() -> bool:
    return await outbox.pending_count() == 0


async def test_a_provider_that_asks_to_wait_is_retried_after_its_retry_after(database: str) -> None:
    sender = Recorder("bridge", [TemporaryFailure("429", retry_after=300)])
    message = await outbox.enqueue("bridge", PHONE, {"text": "hello"})
    await OutboxSender({"bridge": sender}, "s").run_until_empty()
    waiting = await row(message.id)
    assert (waiting.status, waiting.attempts, waiting.lease_owner) == ("pending", 0, None)
    assert (waiting.next_attempt_at - waiting.created_at).total_seconds() > 250


async def test_a_temporary_failure_backs_off_and_a_permanent_one_gives_up(database: str) -> None:
    sender = Recorder("bridge", [TemporaryFailure("503"), PermanentFailure("blocked")])
    first = await outbox.enqueue("bridge", PHONE, {"text": "one"})
    await OutboxSender({"bridge": sender}, "s").run_until_empty()
    backed_off = await row(first.id)
    assert (backed_off.status, backed_off.attempts) == ("pending", 1)
    # Another address: the first's own later messages wait behind it, in order.
    second = await outbox.enqueue("bridge", "+923009999999", {"text": "two"})
    await OutboxSender({"bridge": sender}, "s").run_until_empty()
    assert (await row(second.id)).status == "failed"


async def test_a_slow_provider_does_not_hold_up_the_others(database: str) -> None:
    slow, fast = Recorder("twilio", delay=30), Recorder("bridge")
    for n in range(3):
        await outbox.enqueue("twilio", f"+92300000000{n}", {"text": f"slow {n}"})
    for n in range(5):
        await outbox.enqueue("bridge", PHONE, {"text": f"fast {n}"})
    sender = OutboxSender({"twilio": slow, "bridge": fast}, "s", send_timeout=0.5, concurrency=4)
    started = asyncio.get_running_loop().time()
    await sender.run_until_empty()
    assert len(fast.sent) == 5
    assert asyncio.get_running_loop().time() - started < 5
    assert await OutboxMessage.filter(transport="twilio", attempts=1, status="pending").count() == 3


async def test_the_sender_stops_cleanly(database: str) -> None:
    sender = OutboxSender({"bridge": Recorder("bridge")}, "s", idle_seconds=0.05)
    sender.start()
    await outbox.enqueue("bridge", PHONE, {"text": "hello"})
    sender.wake()
    await eventually(lambda: _none_pending())
    await sender.stop()
    assert sender._task is None and not sender._inflight


class GroupLimited:
    """A Telegram stand-in with its group limit: about 20 messages a minute to one group, a
    429 with retry_after past it (as the Bot API answers), on a clock the test moves."""

    transport = "telegram"

    def __init__(self, clock: list[float], log: list[str]) -> None:
        self.clock, self.log, self.times = clock, log, []

    async def send(self, address: str, payload: dict[str, Any]) -> None:
        recent = [t for t in self.times if t > self.clock[0] - 60]
        if address.startswith("-") and len(recent) >= 20:
            raise TemporaryFailure("Flood control exceeded", retry_after=60 - (self.clock[0] - recent[0]))
        self.times.append(self.clock[0])
        self.log.append(payload["text"])


class Texts:
    """An SMS stand-in that logs what it sends into the same log."""

    transport = "bridge"

    def __init__(self, log: list[str]) -> None:
        self.log = log

    async def send(self, address: str, payload: dict[str, Any]) -> None:
        self.log.append(payload["text"])


class EarlierIsSlower(Recorder):
    """A provider that answers earlier messages more slowly, as a busy one may."""

    async def send(self, address: str, payload: dict[str, Any]) -> None:
        await asyncio.sleep((30 - int(payload["text"].split()[-1])) * 0.002)
        self.sent.append(payload["text"])


async def test_messages_to_one_address_go_out_in_the_order_they_were_written(database: str) -> None:
    sender = EarlierIsSlower("bridge")
    for n in range(30):
        await outbox.enqueue("bridge", PHONE, {"text": f"line {n}"})
    await OutboxSender({"bridge": sender}, "s", concurrency=8).run_until_empty()
    assert sender.sent == [f"line {n}" for n in range(30)]


async def test_a_code_goes_out_promptly_behind_sixty_staff_messages_held_by_telegrams_group_limit(
    database: str,
) -> None:
    clock, log = [0.0], []
    for n in range(60):
        await outbox.enqueue("telegram", "-100500", {"text": f"notice {n}"})
    sender = OutboxSender({"telegram": GroupLimited(clock, log), "bridge": Texts(log)}, "s",
                          clock=lambda: clock[0], idle_seconds=0.01)
    sender.start()
    await eventually(lambda: len(log) >= 1)
    await outbox.enqueue("bridge", PHONE, {"text": "Your privacy desk code is 123456."})
    sender.wake()
    await eventually(lambda: "Your privacy desk code is 123456." in log)
    # Time stands still here: the staff chat is paced, so at most a few notices went first.
    staff_before_code = log.index("Your privacy desk code is 123456.")
    assert staff_before_code <= 2
    for _step in range(1200):  # minutes pass on the test's clock; the backlog drains in order
        clock[0] += 3.0
        sender.wake()
        await asyncio.sleep(0.05)
        if len(log) == 61:
            break
    await sender.stop()
    notices = [t for t in log if t.startswith("notice")]
    assert notices == [f"notice {n}" for n in range(60)]
