"""Two real `privacy-desk serve` processes on one PostgreSQL, a burst of signed Twilio messages,
one server killed with SIGKILL half-way and started again; then every count is checked.

Runs only when PRIVACY_DESK_TEST_DATABASE_URL names a PostgreSQL server; it makes a database
of its own there and drops it afterwards. A message is "accepted" when a server answers 200;
a delivery that fails (the killed server, a 503) is sent again, as Twilio's retries and
fallback URL would, until one server accepts it. Staff replies are queued against the database
during the burst, so that both servers' outbox senders (and the killed one's leases) are at
work; a local fake Twilio records every send by its `Idempotency-Key`.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import sys
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from flows import staff_actions
from flows.profile import load_profile
from storage import db
from storage.models import (
    Conversation,
    Delivery,
    LedgerEntry,
    OutboxMessage,
    Ticket,
    TranscriptLine,
)
from tests.e2e.support import PUBLIC_BASE_URL, running
from tests.e2e.test_twilio import SID, TOKEN, form, signed
from tests.scratch_postgres import needs_postgres, scratch_database

pytestmark = needs_postgres()

ROOT = Path(__file__).resolve().parents[2]
SENDERS = 500
SEED = 20261122
REPEAT_SHARE = 0.15  # deliveries sent to both servers at once
LEASE_SECONDS = 3
SCRIPTS: dict[str, tuple[str, ...]] = {
    "stop": ("STOP",),
    "erasure": ("I want to delete my data", "yes"),
    "complaint": ("I want to file a complaint", "1", "They shared my number with a loan app"),
    "chat": ("hi", "menu"),
    "restart_marketing": ("START",),
}


# -- the fake provider and the servers -------------------------------------------------------


@dataclass
class FakeTwilio:
    """Twilio's Messages endpoint: records each send by its Idempotency-Key, slowly."""

    keys: Counter[str] = field(default_factory=Counter)

    async def handle(self, request: web.Request) -> web.Response:
        await request.post()
        await asyncio.sleep(0.02)  # sends in flight when a server is killed
        self.keys[request.headers.get("Idempotency-Key", "none")] += 1
        return web.json_response({"sid": f"SM{sum(self.keys.values())}"}, status=201)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self.handle)
        return app


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServeProcess:
    """One `privacy-desk serve` in a subprocess of its own."""

    name: str
    port: int
    env: dict[str, str]
    log: Path
    process: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                cwd=ROOT, env=self.env, stdout=out, stderr=out,
            )

    async def ready(self, session: aiohttp.ClientSession, timeout: float = 60) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            assert self.process is not None and self.process.returncode is None, self.log.read_text()[-3000:]
            try:
                async with session.get(self.url + "/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
        raise AssertionError(f"{self.name} did not start:\n{self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 15)
            except asyncio.TimeoutError:
                self.process.kill()
                await self.process.wait()


def serve_env(database_url: str, twilio_url: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "TELEGRAM_", "WHATSAPP_", "BRIDGE_"))},
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": database_url,
        "PRIVACY_DESK_POLICY": str(ROOT / "policies" / "example.toml"),
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "TWILIO_ACCOUNT_SID": SID,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "TWILIO_FROM_SMS": "+15005550006",
        "TWILIO_API_BASE": twilio_url,
        "OUTBOX_LEASE_SECONDS": str(LEASE_SECONDS),
    }


# -- the load --------------------------------------------------------------------------------


@dataclass
class Tally:
    """What the senders did and what the servers answered."""

    sent: int = 0            # HTTP requests made
    accepted: int = 0        # answered 200 (repeats included)
    refused: int = 0         # failed or non-200, sent again
    repeats: int = 0         # deliveries sent to both servers at once
    messages: int = 0        # distinct deliveries, each accepted at least once
    different_answers: int = 0
    per_sender: dict[str, int] = field(default_factory=Counter)


@dataclass
class Burst:
    servers: list[ServeProcess]
    session: aiohttp.ClientSession
    tally: Tally = field(default_factory=Tally)
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))

    async def post(self, server: ServeProcess, params: dict[str, str]) -> str | None:
        """Send one signed delivery; give the body if accepted."""
        self.tally.sent += 1
        try:
            async with self.session.post(server.url + "/webhooks/twilio", data=params,
                                         headers=signed(params)) as response:
                body = await response.text()
                if response.status == 200:
                    self.tally.accepted += 1
                    return body
        except (aiohttp.ClientError, asyncio.TimeoutError):
            pass
        self.tally.refused += 1
        return None

    async def deliver(self, phone: str, text: str, sid: str) -> None:
        """Deliver one message until a server accepts it, sometimes to both at once."""
        params = form(text, sid, phone)
        attempt = 0
        while True:
            first = self.rng.choice(self.servers)
            if attempt == 0 and self.rng.random() < REPEAT_SHARE:
                self.tally.repeats += 1
                bodies = await asyncio.gather(*(self.post(s, params) for s in self.servers))
                answered = [b for b in bodies if b is not None]
                if len(answered) == 2 and answered[0] != answered[1]:
                    self.tally.different_answers += 1
            else:
                answered = [b for b in [await self.post(first, params)] if b is not None]
            if answered:
                break
            attempt += 1
            await asyncio.sleep(min(0.05 * 2**attempt, 1.0))
        self.tally.messages += 1
        self.tally.per_sender[phone] += 1

    async def person(self, number: int, scripts: list[str]) -> None:
        """One sender walks their scripts in order, one message after the other's answer."""
        phone = f"+92300{number:07d}"
        step = 0
        for script in scripts:
            for text in SCRIPTS[script]:
                step += 1
                await self.deliver(phone, text, f"SM{number:05d}x{step:03d}")


def plans(rng: random.Random) -> dict[int, list[str]]:
    """Give each sender the scripts they walk: a few of them, each at most once."""
    chosen = {}
    for number in range(SENDERS):
        scripts = rng.sample(["stop", "erasure", "complaint", "chat"], k=rng.randint(2, 4))
        if "stop" in scripts and rng.random() < 0.3:
            scripts.insert(scripts.index("stop") + 1, "restart_marketing")
        chosen[number] = scripts
    return chosen


# -- the test --------------------------------------------------------------------------------


@pytest.fixture
async def desk_database() -> AsyncIterator[str]:
    async with scratch_database() as url:
        yield url


async def test_two_servers_with_one_killed_midway_lose_and_double_nothing(
    desk_database: str, tmp_path: Path
) -> None:
    fake = FakeTwilio()
    async with running(fake.app()) as twilio_url, aiohttp.ClientSession(
        timeout=aiohttp.ClientTimeout(total=30)
    ) as session:
        env = serve_env(desk_database, twilio_url)
        servers = [ServeProcess(name, free_port(), env, tmp_path / f"{name}.log") for name in ("a", "b")]
        await asyncio.gather(*(s.start() for s in servers))
        try:
            await asyncio.gather(*(s.ready(session) for s in servers))
            await db.open_database(desk_database, upgrade_schema=False)
            burst = Burst(servers, session)
            replies = await run_burst(burst, servers[1], session)
            await wait_for_outbox(replies)
            await check_counts(burst, fake, replies)
        finally:
            await db.close_database()
            await asyncio.gather(*(s.stop() for s in servers))


async def run_burst(burst: Burst, victim: ServeProcess, session: aiohttp.ClientSession) -> int:
    """Send everything, killing and restarting `victim` half-way; give the staff replies queued."""
    chosen = plans(burst.rng)
    total = sum(len(SCRIPTS[s]) for scripts in chosen.values() for s in scripts)
    people = [asyncio.create_task(burst.person(n, scripts)) for n, scripts in chosen.items()]
    staff = asyncio.create_task(staff_replies(lambda: burst.tally.messages >= total * 0.9))

    while burst.tally.messages < total // 2:
        await asyncio.sleep(0.05)
    victim.kill()
    await victim.process.wait()  # type: ignore[union-attr]
    killed_at = burst.tally.messages
    await asyncio.sleep(1.0)
    await victim.start()
    await victim.ready(session)

    await asyncio.gather(*people)
    queued = await staff
    print(f"\nkilled server b after {killed_at} of {total} messages")
    return queued


async def staff_replies(done: object) -> int:
    """Reply to open tickets as staff while the burst runs, queueing outbox messages."""
    profile = load_profile(ROOT / "policies" / "example.toml")
    replied: set[str] = set()
    while not done():  # type: ignore[operator]
        for ticket in await Ticket.filter(status="open").exclude(ref__in=list(replied)).limit(10):
            await staff_actions.reply(ticket.ref, "We are on it.", None, profile)
            replied.add(ticket.ref)
        await asyncio.sleep(0.1)
    return len(replied)


async def wait_for_outbox(queued: int, timeout: float = 60) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    # A reply to a number that texted STOP (and not START since) is refused by the desk itself,
    # as Twilio would refuse it (21610): it fails at once instead of being sent.
    while await OutboxMessage.filter(status__in=("sent", "failed")).count() < queued:
        assert asyncio.get_running_loop().time() < deadline, "outbox not emptied in time"
        await asyncio.sleep(0.2)


async def check_counts(burst: Burst, fake: FakeTwilio, replies: int) -> None:
    tally = burst.tally
    chosen = plans(random.Random(SEED))
    expected = {kind: sum(kind in s for s in chosen.values()) for kind in SCRIPTS}
    tickets = await Ticket.all()
    ledger = await LedgerEntry.filter(kind="marketing").count()
    outbox = await OutboxMessage.all()
    delivered = Counter({key: n for key, n in fake.keys.items()})
    resent = {key: n for key, n in delivered.items() if n > 1}

    print(f"messages {tally.messages} (requests sent {tally.sent}, answered 200 {tally.accepted}, "
          f"refused or lost and sent again {tally.refused}, sent to both servers {tally.repeats})")
    print(f"tickets {len(tickets)} (erasure {expected['erasure']}, complaint {expected['complaint']}); "
          f"marketing ledger rows {ledger}; outbox {len(outbox)} queued, {len(delivered)} delivered, "
          f"{len(resent)} resent after the kill")

    # Every delivery processed once: one delivery row, one transcript line in, one step each.
    assert await Delivery.all().count() == tally.messages
    assert await TranscriptLine.filter(direction="in").count() == tally.messages
    versions = dict(await Conversation.all().values_list("address", "version"))
    assert versions == dict(tally.per_sender)
    assert tally.different_answers == 0

    # Tickets: one per erasure and complaint walked, none twice, references unique.
    kinds = Counter(t.kind for t in tickets)
    assert kinds == Counter({"erasure": expected["erasure"], "complaint": expected["complaint"]})
    per_person = Counter((t.address, t.kind) for t in tickets)
    assert set(per_person.values()) == {1}
    assert len({t.ref for t in tickets}) == len(tickets)

    # Marketing: one ledger row per STOP and per START, each with its own receipt.
    assert ledger == expected["stop"] + expected["restart_marketing"]
    assert len(set(await LedgerEntry.all().values_list("receipt", flat=True))) == ledger

    # Outbox: every message sent, each reaching the provider, but those to numbers that refuse
    # SMS from us (they texted STOP); only sends in flight at the kill may have reached it
    # twice (Twilio does not de-duplicate), never more.
    # (one queued before its person's STOP, or after their START, went out as usual)
    assert len(outbox) == replies
    assert all(m.status == "sent" or (m.status == "failed" and (m.last_error or "").startswith("unreachable"))
               for m in outbox)
    sent = {f"outbox-{m.id}-0" for m in outbox if m.status == "sent"}
    refused = {f"outbox-{m.id}-0" for m in outbox if m.status == "failed"}
    assert sent <= set(delivered)
    # A send in flight at the kill may have reached the provider before its person's STOP; the
    # server that picks the row up after the lease then finds the number refusing and records
    # the refusal. Only those (at most the 8 a sender has in flight) reached it unmarked.
    in_flight_at_kill = set(delivered) - sent
    assert in_flight_at_kill <= refused and len(in_flight_at_kill) + len(resent) <= 8
    assert all(n <= 2 for n in resent.values())
