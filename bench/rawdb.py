"""The raw database transaction the desk is measured against: the same rows, no framework.

One transaction per message, on one connection (as tortoise's SQLite backend has): record the
delivery, move the conversation on (an upsert with its version bumped) and append the
transcript lines, so that the number of rows written matches what the desk writes.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timezone
from typing import Any

from storage import checkpoints
from storage.db import SQLITE_PRAGMAS as DESK_PRAGMAS

SQLITE_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS delivery (id INTEGER PRIMARY KEY, transport TEXT NOT NULL,"
    " external_id TEXT NOT NULL, response TEXT NOT NULL, created_at TEXT NOT NULL,"
    " UNIQUE (transport, external_id))",
    "CREATE TABLE IF NOT EXISTS conversation (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
    " state TEXT NOT NULL, data TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS transcript_line (id INTEGER PRIMARY KEY,"
    " conversation_key TEXT NOT NULL, direction TEXT NOT NULL, text TEXT NOT NULL,"
    " created_at TEXT NOT NULL)",
)
PG_SCHEMA = tuple(
    s.replace("CREATE TABLE IF NOT EXISTS ", "CREATE TABLE IF NOT EXISTS bench_raw_").replace(
        "INTEGER PRIMARY KEY", "BIGSERIAL PRIMARY KEY"
    )
    for s in SQLITE_SCHEMA
)
# The pragmas storage/db.py gives the desk's SQLite, and its checkpoints off the commit path.
SQLITE_PRAGMAS = tuple(f"{name}={value}" for name, value in DESK_PRAGMAS.items())


_DELIVERY = ("INSERT INTO delivery (transport, external_id, response, created_at)"
             " VALUES (?, ?, ?, ?)")
_CONVERSATION = ("INSERT INTO conversation (key, state, data, version, updated_at)"
                 " VALUES (?, 'menu', '{}', 1, ?) ON CONFLICT (key) DO UPDATE"
                 " SET state = excluded.state, data = excluded.data,"
                 " version = conversation.version + 1, updated_at = excluded.updated_at")
_LINE = "INSERT INTO transcript_line (conversation_key, direction, text, created_at) VALUES (?, ?, ?, ?)"


class RowQuota:
    """Spread a fractional mean number of rows per message over whole transactions."""

    def __init__(self, mean: float) -> None:
        self.mean, self.owed = max(mean, 2.0), 0.0

    def next(self) -> int:
        """Give the number of rows the next transaction writes."""
        self.owed += self.mean
        rows = int(self.owed)
        self.owed -= rows
        return max(rows, 2)


class RawStore:
    """One raw connection (aiosqlite or asyncpg) and the per-message transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.postgres = url.startswith(("postgres://", "postgresql://"))
        self.lock = asyncio.Lock()
        self.conn: Any = None
        self.checkpointer: checkpoints.Checkpointer | None = None

    async def open(self) -> None:
        """Connect and create the tables."""
        if self.postgres:
            import asyncpg

            # A pool, as tortoise's asyncpg backend has: PostgreSQL runs transactions side by side.
            self.conn = await asyncpg.create_pool(self.url, min_size=1, max_size=5)
            for statement in PG_SCHEMA:
                await self.conn.execute(statement)
            return
        import aiosqlite

        path = self.url.removeprefix("sqlite://")
        self.conn = await aiosqlite.connect(path)
        for pragma in SQLITE_PRAGMAS:
            await self.conn.execute(f"PRAGMA {pragma}")
        for statement in SQLITE_SCHEMA:
            await self.conn.execute(statement)
        await self.conn.commit()
        self.checkpointer = checkpoints.Checkpointer(path)
        self.checkpointer.start()

    async def close(self) -> None:
        """Drop the benchmark's own tables on PostgreSQL, and disconnect."""
        if self.postgres:
            for table in ("delivery", "conversation", "transcript_line"):
                await self.conn.execute(f"DROP TABLE IF EXISTS bench_raw_{table}")
        elif self.checkpointer is not None:
            self.checkpointer.stop()
        await self.conn.close()

    async def write(self, key: str, external_id: str, text: str, reply: str, rows: int,
                    *, one_call: bool = False) -> None:
        """Write one message's rows in one transaction: delivery, conversation, transcript.

        `one_call` runs the whole SQLite transaction in one call on aiosqlite's thread, as the
        desk's own commit does, rather than a statement per await.
        """
        now = datetime.now(timezone.utc)
        response = json.dumps([{"text": reply}])
        lines = [(key, "in" if i % 2 == 0 else "out", text if i % 2 == 0 else reply, now)
                 for i in range(rows - 2)]
        if self.postgres:
            await self._write_pg(key, external_id, response, lines, now)
        elif one_call:
            # No lock: the call is a whole transaction, and aiosqlite's thread runs calls one
            # at a time in the order they were queued.
            await self.conn._execute(self._transaction, key, external_id, response, lines,
                                     now.isoformat())
        else:
            await self._write_sqlite(key, external_id, response, lines, now.isoformat())

    def _transaction(self, key: str, sid: str, response: str, lines: list[Any], now: str) -> None:
        db = self.conn._conn  # the sqlite3 connection, on aiosqlite's own thread
        db.execute("BEGIN")
        try:
            db.execute(_DELIVERY, ("twilio", sid, response, now))
            db.execute(_CONVERSATION, (key, now))
            if lines:
                db.executemany(_LINE, [(k, d, t, now) for k, d, t, _n in lines])
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    async def _write_sqlite(self, key: str, sid: str, response: str, lines: list[Any], now: str) -> None:
        async with self.lock:
            conn = self.conn
            await conn.execute("BEGIN")
            try:
                await conn.execute(_DELIVERY, ("twilio", sid, response, now))
                await conn.execute(_CONVERSATION, (key, now))
                if lines:
                    await conn.executemany(_LINE, [(k, d, t, now) for k, d, t, _n in lines])
            except BaseException:
                await conn.rollback()
                raise
            await conn.commit()

    async def _write_pg(self, key: str, sid: str, response: str, lines: list[Any], now: datetime) -> None:
        async with self.conn.acquire() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO bench_raw_delivery (transport, external_id, response, created_at)"
                " VALUES ($1, $2, $3, $4)", "twilio", sid, response, now.isoformat())
            await conn.execute(
                "INSERT INTO bench_raw_conversation (key, state, data, version, updated_at)"
                " VALUES ($1, 'menu', '{}', 1, $2) ON CONFLICT (key) DO UPDATE"
                " SET state = excluded.state, data = excluded.data,"
                " version = bench_raw_conversation.version + 1, updated_at = excluded.updated_at",
                key, now.isoformat())
            if lines:
                await conn.executemany(
                    "INSERT INTO bench_raw_transcript_line (conversation_key, direction, text,"
                    " created_at) VALUES ($1, $2, $3, $4)",
                    [(k, d, t, now.isoformat()) for k, d, t, _n in lines])
