"""How fast the staff web console's queue page answers with many tickets.

    python bench/web.py                        # 10,000 tickets on a fresh SQLite file
    python bench/web.py --tickets 50000 --requests 400
    python bench/web.py --database-url postgres://postgres@127.0.0.1:5432/bench_web

Fills the database with tickets (a fifth of them closed, the rest with deadlines spread over
two months, some overdue), starts the real server on 127.0.0.1, logs in with a login link,
then asks for the queue: the first page, pages further in, and filtered views. The figure is
the server's own time per page (the console's `Server-Timing` header: session check, the
queries, the template), with the round trip seen by the client beside it.

`measure()` gives the figures as a dict, for bench/run.py or anything else that wants them.
A PostgreSQL database named here gets the tickets added to it: give it a scratch database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402

from bot.server import create_app  # noqa: E402
from bot.settings import Settings  # noqa: E402
from flows.engine import Desk  # noqa: E402
from flows.profile import load_profile  # noqa: E402
from flows.refs import new_reference  # noqa: E402
from storage import db, web_auth  # noqa: E402
from storage import staff as staff_table  # noqa: E402
from storage.models import Subject, Ticket  # noqa: E402

KINDS = ("access", "erasure", "marketing_opt_out", "complaint", "rectification", "handoff")
VIEWS = ("/staff/", "/staff/?page={page}", "/staff/?kind=erasure", "/staff/?status=open&language=ur",
         "/staff/?assignee=none&channel=sms", "/staff/?q={phone}")


async def fill(tickets: int, seed: int = 10) -> list[str]:
    """Add `tickets` tickets over a thousand people; give their phone numbers."""
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)
    people = min(1000, max(1, tickets // 10))
    await Subject.bulk_create([Subject(phone=f"+92399{n:07d}", language="en") for n in range(people)],
                              batch_size=1000)
    subjects = await Subject.filter(phone__startswith="+92399").values_list("id", "phone")
    rows = []
    for n in range(tickets):
        subject_id, phone = subjects[n % len(subjects)]
        opened = now - timedelta(days=rng.uniform(0, 60))
        closed = rng.random() < 0.2
        rows.append(Ticket(
            ref=new_reference(), kind=rng.choice(KINDS), status="resolved" if closed else rng.choice(("open", "new", "in_progress")),
            channel=rng.choice(("sms", "telegram", "whatsapp")), transport="bridge", address=phone,
            language=rng.choice(("en", "ur", "ur-Latn")), subject_id=subject_id, details={},
            created_at=opened, due_at=opened + timedelta(days=30), closed_at=opened + timedelta(days=9) if closed else None,
        ))
    await Ticket.bulk_create(rows, batch_size=1000)
    return [phone for _, phone in subjects]


async def _serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def measure(database_url: str, tickets: int = 10_000, requests: int = 200) -> dict[str, Any]:
    """Fill a database, serve it, and time the queue page; give the figures."""
    await db.open_database(database_url)
    try:
        phones = await fill(tickets)
        member = await staff_table.add(990001, "Bench", "supervisor")
        settings = Settings(database_url=database_url, policy=str(ROOT / "policies/example.toml"))
        desk = Desk(profile=load_profile(settings.policy))
        runner, url = await _serve(create_app(settings, desk, open_database=False, run_jobs=False))
        try:
            return await _time_pages(url, member.id, phones, tickets, requests)
        finally:
            await runner.cleanup()
    finally:
        await db.close_database()


async def _time_pages(url: str, staff_id: int, phones: list[str], tickets: int, requests: int) -> dict[str, Any]:
    rng = random.Random(16)
    token = await web_auth.create_link(staff_id, datetime.now(timezone.utc))
    server: dict[str, list[float]] = {"first": [], "other": []}
    client_ms: list[float] = []
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
        async with session.post(f"{url}/staff/login/{token}", data={}) as response:
            assert response.status == 200, "login failed"
        pages = max(1, int(tickets * 0.8) // 25)
        for n in range(requests + 20):
            view = VIEWS[n % len(VIEWS)].format(page=rng.randint(2, pages), phone=rng.choice(phones))
            started = time.perf_counter()
            async with session.get(url + view) as response:
                await response.read()
                timing = response.headers["Server-Timing"]
            if n < 20:
                continue  # warm-up: templates compiled, statements prepared
            client_ms.append((time.perf_counter() - started) * 1000)
            server["first" if view == "/staff/" else "other"].append(float(timing.split("dur=")[1]))
    every = server["first"] + server["other"]
    return {
        "web_queue_tickets": tickets,
        "web_queue_requests": len(every),
        "web_queue_server_p50_ms": round(statistics.median(every), 1),
        "web_queue_server_p99_ms": round(_percentile(every, 0.99), 1),
        "web_queue_server_max_ms": round(max(every), 1),
        "web_queue_first_page_p50_ms": round(statistics.median(server["first"]), 1),
        "web_queue_client_p50_ms": round(statistics.median(client_ms), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite://{folder}/bench-web.sqlite3"
        figures = asyncio.run(measure(url, args.tickets, args.requests))
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
