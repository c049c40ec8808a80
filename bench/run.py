"""Measure how fast the desk answers, against bare ceilings on the same machine, in one run.

    python bench/run.py                  # SQLite, the steadier default run (2½ to 4 minutes)
    python bench/run.py --quick          # under a minute
    python bench/run.py --database-url postgres://user:pass@127.0.0.1:5432/db

Phases, each bounded by a message count and a duration, all on 127.0.0.1:

1. full path: a real `privacy-desk serve` with Twilio on; `--senders` senders (64), each its
   own conversation, send Twilio-signed SMS walking menu -> "4" -> yes/no, answered in TwiML;
2. the same server under an open-loop 250 messages a second (`webhook_p99_ms_at_250`);
3. memory: the server's RSS before and after opening `--conversations` new conversations;
4. ceiling: a bare aiohttp handler (bench/ceiling.py) with the same signature check, one raw
   transaction writing as many rows as the desk wrote per message, and as big a reply;
5. engine: `Desk.handle` in this process, no HTTP, the same walk, with its queries counted
   and the garbage collector tuned as `serve` tunes it (and the ceiling, its own);
6. raw_db_tps: the ceiling's raw transaction alone (on SQLite one call on aiosqlite's
   thread, as the ceiling and the desk commit);
7. raw_per_statement_tps (SQLite): the same transaction written a statement per await, as
   aiosqlite's API offers it, for comparison;
8. sms_segments: the SMS segments each flow costs per language (bench/segments.py, a count,
   not a timing).

Prints a table, then one JSON line with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import load  # noqa: E402
from bench.rawdb import RawStore, RowQuota  # noqa: E402

WRITTEN_TABLES = ("delivery", "transcript_line", "ticket", "ticket_event", "ledger_entry",
                  "outbox_message", "subject", "identity", "conversation", "one_time_code", "export")


@dataclass(frozen=True)
class Plan:
    """How long and how much each phase runs."""

    seconds: float
    max_messages: int
    open_seconds: float
    conversations: int
    warmup_seconds: float


QUICK = Plan(seconds=4, max_messages=20_000, open_seconds=3, conversations=1_000, warmup_seconds=1)
FULL = Plan(seconds=15, max_messages=100_000, open_seconds=12, conversations=10_000, warmup_seconds=3)


def free_port() -> int:
    """Find a free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_bytes(pid: int) -> int:
    """Give a process's resident set size (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


# -- subprocesses ----------------------------------------------------------------------------


async def wait_until_up(url: str, proc: subprocess.Popen[bytes], log: Path, path: str) -> None:
    """Poll until the server answers, or fail with the end of its log."""
    import aiohttp

    deadline = time.monotonic() + 30
    async with aiohttp.ClientSession() as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                break
            with contextlib.suppress(aiohttp.ClientError):
                async with client.get(url + path) as response:
                    if response.status < 500:
                        return
            await asyncio.sleep(0.1)
    raise RuntimeError(f"server did not start; its log ends:\n{log.read_text()[-2000:]}")


@contextlib.asynccontextmanager
async def subprocess_server(args: list[str], env: dict[str, str], log: Path,
                            probe: str) -> AsyncIterator[tuple[str, subprocess.Popen[bytes]]]:
    """Run a server subprocess on a free port until the block ends; give its URL and process."""
    port = free_port()
    argv = [a.replace("{port}", str(port)) for a in args]
    with log.open("wb") as out:
        proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        await wait_until_up(url, proc, log, probe)
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def base_env(database_url: str) -> dict[str, str]:
    """The environment of the desk: Twilio on, SQLite or PostgreSQL, this worktree's code."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "TELEGRAM_",
                                                                     "WHATSAPP_", "BRIDGE_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        DATABASE_URL=database_url,
        PRIVACY_DESK_POLICY=str(ROOT / "policies/example.toml"),
        PUBLIC_BASE_URL=load.PUBLIC_BASE_URL,
        TWILIO_ACCOUNT_SID=load.ACCOUNT_SID,
        TWILIO_AUTH_TOKEN=load.AUTH_TOKEN,
        TWILIO_FROM_SMS=load.DESK_NUMBER,
        # Nothing in the walk sends later; should anything try, it fails fast on loopback.
        TWILIO_API_BASE="http://127.0.0.1:9",
    )
    return env


# -- counting rows ---------------------------------------------------------------------------


async def count_rows(database_url: str) -> dict[str, int]:
    """Count the rows of every table the desk writes to."""
    if database_url.startswith("sqlite://"):
        with contextlib.closing(sqlite3.connect(database_url.removeprefix("sqlite://"))) as db:
            return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in WRITTEN_TABLES}
    import asyncpg

    conn = await asyncpg.connect(database_url)
    try:
        return {t: await conn.fetchval(f"SELECT count(*) FROM {t}") for t in WRITTEN_TABLES}
    finally:
        await conn.close()


def rows_per_message(before: dict[str, int], after: dict[str, int], messages: int) -> float:
    """Rows inserted per message, plus the conversation row each message updates."""
    inserted = sum(after[t] - before[t] for t in WRITTEN_TABLES)
    return (inserted + messages) / messages if messages else 0.0


# -- the phases ------------------------------------------------------------------------------


@dataclass
class Figures:
    """Everything measured, as the final JSON line reports it."""

    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


def senders(start: int, count: int) -> list[str]:
    """Give `count` sender numbers from `start`."""
    return [load.phone(n) for n in range(start, start + count)]


async def desk_phases(args: argparse.Namespace, plan: Plan, tmp: Path, base: int) -> dict[str, Any]:
    """Run the full path, the open loop and the memory phase against one real server."""
    env = base_env(args.database_url)
    serve = [sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", "--port", "{port}"]
    out: dict[str, Any] = {}
    async with subprocess_server(serve, env, tmp / "serve.log", "/healthz") as (url, proc):
        hook = url + "/webhooks/twilio"
        walkers = senders(base, args.senders)
        open_senders = senders(base + 1_000, max(int(args.rate), 64))
        opened = await load.first_messages(hook, walkers + open_senders, args.senders)
        check(opened, "opening the conversations")
        check(await load.closed_loop(hook, walkers, plan.max_messages, plan.warmup_seconds), "warm-up")
        before = await count_rows(args.database_url)
        profiler = start_profiler(args.profile, proc.pid, plan.seconds)
        full = await load.closed_loop(hook, walkers, plan.max_messages, plan.seconds)
        stop_profiler(profiler)
        check(full, "full path")
        after = await count_rows(args.database_url)
        out["rows_per_message"] = rows_per_message(before, after, full.count)
        out["reply_bytes"] = full.reply_bytes / max(full.count, 1)
        out["webhook"] = full
        at_rate = await load.open_loop(hook, open_senders, args.rate, plan.open_seconds)
        check(at_rate, "open loop")
        out["at_rate"] = at_rate
        rss_before = rss_bytes(proc.pid)
        news = senders(base + 100_000, plan.conversations)
        check(await load.first_messages(hook, news, args.senders), "memory")
        await asyncio.sleep(0.5)
        rss_after = rss_bytes(proc.pid)
        out.update(rss_before=rss_before, rss_after=rss_after)
    return out


async def ceiling_phase(args: argparse.Namespace, plan: Plan, tmp: Path, base: int,
                        rows: float, reply_bytes: float) -> load.Result:
    """Run the same closed loop against the bare ceiling server."""
    url = args.database_url if args.database_url.startswith("postgres") else f"sqlite://{tmp}/ceiling.sqlite3"
    argv = [sys.executable, str(ROOT / "bench/ceiling.py"), "--port", "{port}", "--database-url", url,
            "--token", load.AUTH_TOKEN, "--url", load.SIGNED_URL, "--rows", f"{rows:.3f}",
            "--reply-bytes", str(round(reply_bytes))]
    async with subprocess_server(argv, base_env(url), tmp / "ceiling.log", "/") as (server, _proc):
        hook = server + "/webhooks/twilio"
        walkers = senders(base, args.senders)
        check(await load.closed_loop(hook, walkers, plan.max_messages, plan.warmup_seconds), "ceiling warm-up")
        result = await load.closed_loop(hook, walkers, plan.max_messages, plan.seconds)
        check(result, "ceiling")
    return result


class QueryCounter:
    """Count the statements the engine sends to the database, and its transactions.

    On SQLite, every statement the connection runs, from SQLite's own trace callback (the
    one-trip commit never goes through tortoise's execute methods); on PostgreSQL, tortoise's
    execute methods, wrapped, which every statement there goes through.
    """

    METHODS = ("execute_insert", "execute_many", "execute_query", "execute_query_dict",
               "execute_script", "begin")

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self._undo: list[Callable[[], None]] = []
        self._untrace: Callable[[], Awaitable[None]] | None = None

    async def install(self) -> None:
        """Start counting on the default connection."""
        from tortoise import connections

        client = connections.get("default")
        if client.capabilities.dialect == "sqlite":
            await self._trace(client)
            return
        context = client._in_transaction()  # the transaction wrapper's class, whichever backend
        wrapper = getattr(context, "connection", None) or context.client
        # Wrap each method where it is defined, once: the wrapper's class inherits most of the
        # client's, and wrapping it again there would count those statements twice.
        defined = {}
        for cls in (type(client), type(wrapper)):
            for name in self.METHODS:
                owner = next((o for o in cls.__mro__ if name in o.__dict__), None)
                if owner is not None:
                    defined[owner, name] = owner.__dict__[name]
        for (owner, name), original in defined.items():
            self._wrap(owner, name, original)

    async def _trace(self, client: Any) -> None:
        counts = self.counts

        def traced(statement: str) -> None:
            verb = statement.lstrip().split(None, 1)[0].lower() if statement.strip() else "?"
            counts[verb] = counts.get(verb, 0) + 1

        await client.create_connection(with_db=True)
        raw = client._connection  # aiosqlite's; the callback is set on SQLite's own thread
        await raw._execute(raw._conn.set_trace_callback, traced)
        self._untrace = lambda: raw._execute(raw._conn.set_trace_callback, None)

    def _wrap(self, cls: type, name: str, original: Any) -> None:
        counts = self.counts

        async def counted(*a: Any, **kw: Any) -> Any:
            counts[name] = counts.get(name, 0) + 1
            return await original(*a, **kw)

        setattr(cls, name, counted)
        self._undo.append(lambda: setattr(cls, name, original))

    def reset(self) -> None:
        """Forget what was counted so far."""
        self.counts.clear()

    def figures(self, messages: int) -> dict[str, Any]:
        """Statements and transactions per message, and each kind of statement per message."""
        n = max(messages, 1)
        ends = ("begin", "commit", "rollback", "savepoint", "release")
        statements = sum(v for k, v in self.counts.items() if k not in ends)
        return {"queries_per_message": statements / n,
                "transactions_per_message": self.counts.get("begin", 0) / n,
                "query_counts": {k: round(v / n, 2) for k, v in sorted(self.counts.items())}}

    async def uninstall(self) -> None:
        """Stop counting."""
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()
        if self._untrace is not None:
            untrace, self._untrace = self._untrace, None
            await untrace()


async def engine_phase(args: argparse.Namespace, plan: Plan, tmp: Path, base: int) -> dict[str, Any]:
    """Run the walk through `Desk.handle` in this process, counting queries."""
    from bot.server import tune_collector
    from flows.engine import Desk
    from flows.messages import IncomingMessage
    from flows.profile import load_profile
    from storage import db

    url = args.database_url if args.database_url.startswith("postgres") else f"sqlite://{tmp}/engine.sqlite3"
    await db.open_database(url)
    desk = Desk(profile=load_profile(str(ROOT / "policies/example.toml")),
                public_base_url=load.PUBLIC_BASE_URL, sms_transport="twilio")
    counter = QueryCounter()
    await counter.install()
    try:
        walkers = senders(base + 200_000, args.senders)

        def message(sender: str, text: str) -> IncomingMessage:
            return IncomingMessage(transport="twilio", channel="sms", sender_id=sender,
                                   verified_phone=sender, text=text, external_id="SM" + uuid.uuid4().hex)

        async def run(seconds: float, script: tuple[str, ...]) -> load.Result:
            result = load.Result()
            budget = iter(range(plan.max_messages))
            started = time.perf_counter()

            async def walk(sender: str) -> None:
                for text in itertools.cycle(script):
                    if time.perf_counter() - started > seconds or next(budget, None) is None:
                        return
                    t0 = time.perf_counter()
                    await desk.handle(message(sender, text))
                    result.latencies.append(time.perf_counter() - t0)

            await asyncio.gather(*(walk(s) for s in walkers))
            result.seconds = time.perf_counter() - started
            return result

        for sender in walkers:
            await desk.handle(message(sender, "hi"))
        tune_collector()  # as `serve` does once started (and so for the raw phases after)
        await run(plan.warmup_seconds, load.SCRIPT)
        counter.reset()
        result = await run(plan.seconds, load.SCRIPT)
        counted = counter.figures(result.count)
        locks_left = len(desk._locks)
    finally:
        await counter.uninstall()
        await db.close_database()
    return {"engine": result, **counted, "locks_left": locks_left}


async def raw_phase(args: argparse.Namespace, plan: Plan, tmp: Path, rows: float,
                    one_call: bool = False) -> float:
    """Run the raw transaction alone, `--senders` at a time; give transactions per second."""
    name = "raw-one-call" if one_call else "raw-per-statement"
    url = args.database_url if args.database_url.startswith("postgres") else f"sqlite://{tmp}/{name}.sqlite3"
    store = RawStore(url)
    await store.open()
    quota = RowQuota(rows)
    done = 0
    try:
        async def writer(key: str, seconds: float) -> None:
            nonlocal done
            while time.perf_counter() < stop_at and done < plan.max_messages:
                await store.write(key, "SM" + uuid.uuid4().hex, "menu", "x" * 300, quota.next(),
                                  one_call=one_call)
                done += 1

        for seconds in (plan.warmup_seconds, plan.seconds):
            done = 0
            started = time.perf_counter()
            stop_at = started + seconds
            await asyncio.gather(*(writer(f"twilio:{s}", seconds) for s in senders(0, args.senders)))
            elapsed = time.perf_counter() - started
    finally:
        await store.close()
    return done / elapsed


# -- profiling -------------------------------------------------------------------------------


def start_profiler(path: str | None, pid: int, seconds: float) -> subprocess.Popen[bytes] | None:
    """Record the server with py-spy during the full-path phase, if asked."""
    if not path:
        return None
    fmt = "speedscope" if path.endswith(".json") else "raw" if path.endswith(".txt") else "flamegraph"
    beside = Path(sys.executable).with_name("py-spy")
    spy = str(beside) if beside.exists() else shutil.which("py-spy") or "py-spy"
    return subprocess.Popen([spy, "record", "--pid", str(pid), "--rate", "250", "--format", fmt,
                             "--output", path, "--duration", str(int(seconds))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop_profiler(proc: subprocess.Popen[bytes] | None) -> None:
    """Wait for py-spy to write its profile."""
    if proc is not None:
        proc.wait(timeout=60)


# -- reporting -------------------------------------------------------------------------------


FAILURES: list[str] = []


def check(result: load.Result, phase: str) -> None:
    """Remember a phase's failed requests; the run exits non-zero if there are any."""
    if result.errors:
        FAILURES.append(f"{phase}: {len(result.errors)} failed, e.g. {result.errors[0]}")


def table(f: dict[str, Any]) -> str:
    """Lay the figures out for a reader."""
    rows = [
        ("full path (HTTP, signature, flow, transaction, TwiML)",
         f"{f['webhook_rps']:.0f} msg/s", f"p50 {f['webhook_p50_ms']:.1f} ms  p99 {f['webhook_p99_ms']:.1f} ms"),
        ("ceiling: bare aiohttp + raw transaction", f"{f['ceiling_rps']:.0f} msg/s",
         f"p50 {f['ceiling_p50_ms']:.1f} ms  p99 {f['ceiling_p99_ms']:.1f} ms"),
        ("  webhook_ratio (target >= 0.5)", f"{f['webhook_ratio']:.2f}", ""),
        (f"open loop at {f['offered_rate']:.0f} msg/s", f"{f['achieved_rate']:.0f} msg/s",
         f"p50 {f['webhook_p50_ms_at_250']:.1f} ms  p99 {f['webhook_p99_ms_at_250']:.1f} ms (target < 25)"),
        ("engine alone (Desk.handle, no HTTP)", f"{f['engine_mps']:.0f} msg/s",
         f"p50 {f['engine_p50_ms']:.1f} ms  p99 {f['engine_p99_ms']:.1f} ms"),
        ("raw transaction alone", f"{f['raw_db_tps']:.0f} tx/s", ""),
        ("  engine_ratio (target >= 0.5)", f"{f['engine_ratio']:.2f}", ""),
        *([("raw transaction, a statement per await", f"{f['raw_per_statement_tps']:.0f} tx/s",
            f"for comparison; engine / this = {f['engine_mps'] / f['raw_per_statement_tps']:.2f}")]
          if f["raw_per_statement_tps"] else []),
        ("queries per message (engine)", f"{f['queries_per_message']:.2f}",
         f"{f['transactions_per_message']:.2f} commits; {f['query_counts']}"),
        ("rows written per message", f"{f['rows_per_message']:.2f}",
         f"reply {f['reply_bytes']:.0f} bytes"),
        (f"memory: {f['conversations_opened']} new conversations",
         f"{f['rss_bytes_per_conversation']:.0f} B/conv",
         f"RSS {f['rss_before_bytes'] / 2**20:.1f} -> {f['rss_after_bytes'] / 2**20:.1f} MiB (target < 2048 B)"),
    ]
    segments = f["sms_segments"]
    worst = {lang: max(row[lang] for row in segments["flows"].values()) for lang in segments["targets"]}
    rows.append(("SMS segments, the costliest flow (targets 4 / 7 / 4)",
                 " / ".join(str(worst[lang]) for lang in segments["targets"]),
                 f"en / ur / ur-Latn; STOP {segments['stop']['en']}, code {segments['code']['en']}"))
    width = max(len(r[0]) for r in rows)
    lines = [f"Privacy Desk benchmark: {f['database']}, {f['cores']} cores, {f['senders']} senders"]
    lines += [f"  {a:<{width}}  {b:>14}  {c}" for a, b, c in rows]
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    """Run every phase and gather the figures."""
    plan = QUICK if args.quick else FULL
    if args.conversations:
        plan = Plan(**{**plan.__dict__, "conversations": args.conversations})
    base = random.randrange(0, 4_000_000)
    with tempfile.TemporaryDirectory(prefix="privacy-desk-bench-") as tmpdir:
        tmp = Path(tmpdir)
        if not args.database_url:
            args.database_url = f"sqlite://{tmp}/desk.sqlite3"
        desk = await desk_phases(args, plan, tmp, base)
        ceiling = await ceiling_phase(args, plan, tmp, base, desk["rows_per_message"], desk["reply_bytes"])
        engine = await engine_phase(args, plan, tmp, base)
        sqlite = not args.database_url.startswith("postgres")
        raw_tps = await raw_phase(args, plan, tmp, desk["rows_per_message"], one_call=sqlite)
        per_statement_tps = await raw_phase(args, plan, tmp, desk["rows_per_message"]) if sqlite else None
    web, at_rate, eng = desk["webhook"], desk["at_rate"], engine["engine"]
    segments = json.loads(subprocess.run([sys.executable, str(ROOT / "bench" / "segments.py"), "--json"],
                                         check=True, capture_output=True, text=True).stdout)
    return {
        "sms_segments": segments,
        "webhook_rps": round(web.rps, 1),
        "webhook_p50_ms": round(web.percentile(50), 2),
        "webhook_p99_ms": round(web.percentile(99), 2),
        "webhook_p50_ms_at_250": round(at_rate.percentile(50), 2),
        "webhook_p99_ms_at_250": round(at_rate.percentile(99), 2),
        "offered_rate": args.rate,
        "achieved_rate": round(at_rate.rps, 1),
        "ceiling_rps": round(ceiling.rps, 1),
        "ceiling_p50_ms": round(ceiling.percentile(50), 2),
        "ceiling_p99_ms": round(ceiling.percentile(99), 2),
        "webhook_ratio": round(web.rps / ceiling.rps, 3) if ceiling.rps else 0.0,
        "engine_mps": round(eng.rps, 1),
        "engine_p50_ms": round(eng.percentile(50), 2),
        "engine_p99_ms": round(eng.percentile(99), 2),
        "raw_db_tps": round(raw_tps, 1),
        "engine_ratio": round(eng.rps / raw_tps, 3) if raw_tps else 0.0,
        "raw_per_statement_tps": round(per_statement_tps, 1) if per_statement_tps else None,
        "queries_per_message": round(engine["queries_per_message"], 2),
        "transactions_per_message": round(engine["transactions_per_message"], 2),
        "query_counts": engine["query_counts"],
        "rows_per_message": round(desk["rows_per_message"], 2),
        "reply_bytes": round(desk["reply_bytes"]),
        "rss_before_bytes": desk["rss_before"],
        "rss_after_bytes": desk["rss_after"],
        "conversations_opened": plan.conversations,
        "rss_bytes_per_conversation": round((desk["rss_after"] - desk["rss_before"]) / plan.conversations, 1),
        "locks_left_after_engine": engine["locks_left"],
        "messages": {"webhook": web.count, "at_250": at_rate.count, "ceiling": ceiling.count,
                     "engine": eng.count},
        "senders": args.senders,
        "cores": os.cpu_count(),
        "quick": args.quick,
        "database": "postgresql" if args.database_url.startswith("postgres") else "sqlite",
    }


def main() -> int:
    """Parse the options, run the benchmark, print the table and the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter phases: under a minute")
    parser.add_argument("--database-url", help="postgres://... to run against PostgreSQL (default: "
                        "a fresh SQLite file per phase)")
    parser.add_argument("--senders", type=int, default=64, help="concurrent senders (default 64)")
    parser.add_argument("--rate", type=float, default=250.0, help="open-loop rate (default 250/s)")
    parser.add_argument("--conversations", type=int, help="conversations opened for the memory "
                        "figure (default 10000; 1000 with --quick)")
    parser.add_argument("--profile", help="record the server with py-spy during the full-path "
                        "phase into this file (.svg flame graph, .json speedscope, .txt raw)")
    args = parser.parse_args()
    figures = asyncio.run(main_async(args))
    print(table(figures))
    for failure in FAILURES:
        print("FAILED:", failure, file=sys.stderr)
    print(json.dumps(figures))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
