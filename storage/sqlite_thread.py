"""Work on SQLite's own thread in one call, and turns committed together.

tortoise's SQLite client has one aiosqlite connection, whose thread runs calls one at a time in
the order they were queued. A statement through tortoise costs more Python than SQLite takes to
run it, and each statement is a trip through the busy event loop while the client holds its one
connection; here a whole read, or a whole transaction, is one call.

Most of a turn's commit is the pages it writes to the write-ahead log: every table and index a
transaction touches is written out whole, whatever it changed in it, and the log is copied back
into the database every few hundred pages. Turns that reach the thread while it is busy are
therefore committed together, each in its own savepoint: the pages they share (the end of the
delivery table, of the transcript, of their indexes) are written once for all of them. A turn
that fails leaves nothing behind and the others commit; no turn is answered before its commit.
One turn alone, as at a quiet hour, commits at once as before.

Neither library offers this, so it reaches into both, here and nowhere else: tortoise's
client (`_connection`, and `_lock`, held while a call is queued) and aiosqlite's connection
(`_tx`, the queue its thread takes `(future, function)` pairs from; `_conn` and `_connection`;
`_running`). Checked on tortoise-orm 1.1.9 and aiosqlite 0.22.1; pyproject.toml pins both to
those series. Widen a pin only once the suite passes on the newer release.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeGuard
from weakref import WeakKeyDictionary

import aiosqlite
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.sqlite.client import SqliteClient
from tortoise.exceptions import OperationalError

__all__ = ["SqliteClient", "commit_together", "is_sqlite", "read", "run_on_thread"]

# Work for SQLite's thread: a function of its connection.
Work = Callable[[sqlite3.Connection], Any]
# A turn's writes, run inside the shared transaction: "saved" to keep them, anything else (an
# outcome the caller understands, such as "stale") to have them rolled back.
Turn = Callable[[sqlite3.Connection], str]


def is_sqlite(client: BaseDBAsyncClient) -> TypeGuard[SqliteClient]:
    """Tell whether a tortoise client is SQLite's (whose thread this module works on)."""
    return isinstance(client, SqliteClient)


async def run_on_thread(client: SqliteClient, work: Work) -> Any:
    """Run `work` alone on SQLite's thread, after what is queued there (tests, the benchmark)."""
    async with client._lock:
        connection = await _open(client)
    return await connection._execute(work, connection._conn)


async def read(client: SqliteClient, sql: str, values: Sequence[Any]) -> list[Any]:
    """Run a short read on SQLite's thread, in one call with the reads queued beside it; give
    its rows (`sqlite3.Row`)."""
    rows: list[Any] = await _together(client, "reads", lambda db: db.execute(sql, values).fetchall())
    return rows


async def commit_together(client: SqliteClient, turn: Turn) -> str:
    """Run `turn` in a transaction shared with the turns queued beside it; give its outcome.

    Whatever `turn` raises comes through, with its writes rolled back; so does an error that
    ends the whole transaction (a full disk), for every turn in it.
    """
    outcome: str = await _together(client, "turns", turn)
    return outcome


async def _together(client: SqliteClient, kind: str, work: Work) -> Any:
    """Join the call of this kind waiting on SQLite's queue, or queue one; give what `work`
    gave, or raise what it raised."""
    connection = client._connection
    batch = _batches.get(connection, {}).get(kind) if connection is not None else None
    mine: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
    if batch is None or not batch.join(work, mine):
        async with client._lock:
            connection = await _open(client)
            batch = _batches.setdefault(connection, {}).setdefault(kind, _Batch(_RUNS[kind]))
            if not batch.join(work, mine):
                batch.start(work, mine, connection)
    try:
        return await mine
    except sqlite3.OperationalError as exc:  # as tortoise does: the database is away
        raise OperationalError(exc) from exc


async def _open(client: SqliteClient) -> aiosqlite.Connection:
    if client._connection is None:
        await client.create_connection(with_db=True)
    connection = client._connection
    if connection is None or not connection._running or connection._connection is None:
        raise OperationalError("the SQLite connection is closed")
    return connection


@dataclass
class _Batch:
    """The work of one kind waiting for one connection's thread, to be run in one call."""

    run: Callable[[sqlite3.Connection, list[Work]], list[Any]]
    works: list[tuple[Work, asyncio.Future[Any]]] = field(default_factory=list)
    queued: bool = False  # a call is on the thread's queue and has not yet taken the work
    lock: threading.Lock = field(default_factory=threading.Lock)

    def join(self, work: Work, future: asyncio.Future[Any]) -> bool:
        """Add work to the call already queued, if there is one."""
        with self.lock:
            if self.queued:
                self.works.append((work, future))
            return self.queued

    def start(self, work: Work, future: asyncio.Future[Any], connection: aiosqlite.Connection) -> None:
        """Queue a call that will run this work and what joins it before it runs."""
        with self.lock:
            self.works.append((work, future))
            self.queued = True
        done = future.get_loop().create_future()
        done.add_done_callback(_settle)
        connection._tx.put_nowait((done, partial(self._run, connection._conn)))

    def _run(self, db: sqlite3.Connection) -> list[tuple[asyncio.Future[Any], Any]]:
        """On SQLite's thread: run the work queued so far; pair each future with its outcome."""
        with self.lock:
            works, self.works, self.queued = self.works, [], False
        outcomes = self.run(db, [work for work, _future in works])
        return [(future, outcome) for (_work, future), outcome in zip(works, outcomes)]


def _in_one_transaction(db: sqlite3.Connection, turns: list[Work]) -> list[Any]:
    """Run turns in one transaction, each in its own savepoint; give their outcomes."""
    try:
        db.execute("BEGIN")
        outcomes = [_one(db, turn) for turn in turns]
        db.execute("COMMIT")
    except BaseException as exc:  # the whole transaction is lost: so is every turn in it
        if db.in_transaction:
            db.execute("ROLLBACK")
        return [exc] * len(turns)
    return outcomes


def _each(db: sqlite3.Connection, reads: list[Work]) -> list[Any]:
    """Run reads one after the other; give what each gave or raised."""
    outcomes: list[Any] = []
    for read in reads:
        try:
            outcomes.append(read(db))
        except Exception as exc:
            outcomes.append(exc)
    return outcomes


def _one(db: sqlite3.Connection, turn: Work) -> Any:
    """Run one turn in its own savepoint; give its outcome, or what it raised."""
    db.execute("SAVEPOINT turn")
    try:
        outcome: Any = turn(db)
    except Exception as exc:
        if not db.in_transaction:  # SQLite rolled everything back itself (an I/O error)
            raise
        outcome = exc
    if outcome != "saved":
        db.execute("ROLLBACK TO turn")
    db.execute("RELEASE turn")
    return outcome


def _settle(done: asyncio.Future[list[tuple[asyncio.Future[Any], Any]]]) -> None:
    """On the event loop: give each piece of work of a finished call its outcome."""
    for future, outcome in done.result():
        if future.done():  # its caller gave up waiting; its work was done all the same
            continue
        if isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)


_RUNS = {"turns": _in_one_transaction, "reads": _each}
_batches: WeakKeyDictionary[aiosqlite.Connection, dict[str, _Batch]] = WeakKeyDictionary()
