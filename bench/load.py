"""The load: many senders, each its own conversation, walking a real flow by signed SMS.

Closed loop: `concurrency` senders each send their next message as soon as the last one is
answered. Open loop: messages leave at a fixed rate whatever the answers do, and latency is
counted from when each one was due, so a server that falls behind is not flattered.
Both stop at whichever comes first, a message count or a duration.
"""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlencode

import aiohttp

from bench.ceiling import twilio_signature

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "bench-auth-token"
PUBLIC_BASE_URL = "https://desk.example.org"
SIGNED_URL = PUBLIC_BASE_URL + "/webhooks/twilio"
DESK_NUMBER = "+15005550006"
# Menu, a choice (4: delete my data, which explains and asks), a confirmation; the second
# round declines, so every sender keeps walking the same steps.
SCRIPT = ("menu", "4", "yes", "menu", "4", "no")


def phone(n: int) -> str:
    """Give sender number `n` as an E.164 Pakistani mobile number."""
    return f"+92310{n:07d}"


def signed_request(sender: str, text: str) -> tuple[bytes, dict[str, str]]:
    """Build one inbound SMS as Twilio would POST it: body and headers."""
    sid = "SM" + uuid.uuid4().hex
    params = {"MessageSid": sid, "SmsSid": sid, "AccountSid": ACCOUNT_SID, "From": sender,
              "To": DESK_NUMBER, "Body": text, "NumMedia": "0"}
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": twilio_signature(AUTH_TOKEN, SIGNED_URL, list(params.items()))}
    return urlencode(params).encode(), headers


@dataclass
class Result:
    """What one load run measured."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    reply_bytes: int = 0
    seconds: float = 0.0

    @property
    def count(self) -> int:
        """Messages answered with a TwiML reply."""
        return len(self.latencies)

    @property
    def rps(self) -> float:
        """Messages answered per second."""
        return self.count / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        """Give a latency percentile in milliseconds."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


async def _send(session: aiohttp.ClientSession, url: str, sender: str, text: str,
                result: Result, started: float) -> None:
    body, headers = signed_request(sender, text)
    try:
        async with session.post(url, data=body, headers=headers) as response:
            answer = await response.read()
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        result.errors.append(repr(exc))
        return
    if response.status != 200 or b"<Message>" not in answer:
        result.errors.append(f"{response.status}: {answer[:200]!r}")
        return
    result.latencies.append(time.perf_counter() - started)
    result.reply_bytes += len(answer)


def session(connections: int) -> aiohttp.ClientSession:
    """Open a client session with keep-alive connections enough for the load."""
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=connections, force_close=False),
        timeout=aiohttp.ClientTimeout(total=30),
    )


async def closed_loop(url: str, senders: list[str], max_messages: int, max_seconds: float,
                      script: tuple[str, ...] = SCRIPT) -> Result:
    """Let every sender walk the script, each waiting for its answer before the next."""
    result = Result()
    budget = iter(range(max_messages))
    started = time.perf_counter()
    deadline = started + max_seconds

    async def walk(sender: str) -> None:
        for text in itertools.cycle(script):
            if time.perf_counter() > deadline or next(budget, None) is None:
                return
            await _send(client, url, sender, text, result, time.perf_counter())

    async with session(len(senders)) as client:
        await asyncio.gather(*(walk(s) for s in senders))
    result.seconds = time.perf_counter() - started
    return result


async def open_loop(url: str, senders: list[str], rate: float, max_seconds: float,
                    script: tuple[str, ...] = SCRIPT) -> Result:
    """Send at a fixed rate, senders in turn, latency counted from each message's due time."""
    result = Result()
    total = int(rate * max_seconds)
    steps = {s: itertools.cycle(script) for s in senders}
    order: Iterator[str] = itertools.cycle(senders)
    tasks: list[asyncio.Task[None]] = []
    async with session(512) as client:
        started = time.perf_counter()
        for i in range(total):
            due = started + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sender = next(order)
            tasks.append(asyncio.create_task(_send(client, url, sender, next(steps[sender]), result, due)))
        await asyncio.gather(*tasks)
    result.seconds = time.perf_counter() - started
    return result


async def first_messages(url: str, senders: list[str], concurrency: int) -> Result:
    """Open one conversation per sender (a "hi" each), `concurrency` at a time."""
    result = Result()
    queue = iter(senders)
    started = time.perf_counter()

    async def worker() -> None:
        for sender in queue:
            await _send(client, url, sender, "hi", result, time.perf_counter())

    async with session(concurrency) as client:
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    return result
