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
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from tortoise.exceptions import OperationalError

T = TypeVar("T")
# A turn's writes, run inside the shared transaction: "saved" to keep them, anything else (an
# outcome the caller understands, such as "stale") to have them rolled back.
Turn = Callable[[sqlite3.Connection], str]


async def call(client: Any, work: Callable[[sqlite3.Connection], T]) -> T:
    """Run `work` on SQLite's own thread in one call, and give what it returns.

    The client's lock is held only while the call is queued, not while it runs: `work` comes
    after anything queued before it and before any transaction tortoise begins after.
    """
    async with client._lock:
        connection = await _open(client)
        done = asyncio.get_running_loop().create_future()
        connection._tx.put_nowait((done, partial(work, connection._conn)))  # as aiosqlite's _execute
    try:
        return await done
    except sqlite3.OperationalError as exc:  # as tortoise does: the database is away
        raise OperationalError(exc) from exc


async def commit_together(client: Any, turn: Turn) -> str:
    """Run `turn` in a transaction shared with the turns queued beside it; give its outcome.

    Whatever `turn` raises comes through, with its writes rolled back; so does an error that
    ends the whole transaction (a full disk), for every turn in it.
    """
    connection = client._connection
    batch = _batches.get(connection) if connection is not None else None
    mine: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    if batch is None or not batch.join(turn, mine):
        async with client._lock:
            connection = await _open(client)
            batch = _batches.setdefault(connection, _Batch())
            if not batch.join(turn, mine):
                batch.start(turn, mine, connection)
    try:
        return await mine
    except sqlite3.OperationalError as exc:
        raise OperationalError(exc) from exc


async def _open(client: Any) -> Any:
    if client._connection is None:
        await client.create_connection(with_db=True)
    connection = client._connection
    if not connection._running or connection._connection is None:
        raise OperationalError("the SQLite connection is closed")
    return connection


@dataclass
class _Batch:
    """The turns waiting for one connection's thread, to be committed in one transaction."""

    turns: list[tuple[Turn, asyncio.Future[str]]] = field(default_factory=list)
    queued: bool = False  # a call is on the thread's queue and has not yet taken the turns
    lock: threading.Lock = field(default_factory=threading.Lock)

    def join(self, turn: Turn, future: asyncio.Future[str]) -> bool:
        """Add a turn to the call already queued, if there is one."""
        with self.lock:
            if self.queued:
                self.turns.append((turn, future))
            return self.queued

    def start(self, turn: Turn, future: asyncio.Future[str], connection: Any) -> None:
        """Queue a call that will commit this turn and those that join it before it runs."""
        with self.lock:
            self.turns.append((turn, future))
            self.queued = True
        done = future.get_loop().create_future()
        done.add_done_callback(_settle)
        connection._tx.put_nowait((done, partial(self._commit, connection._conn)))

    def _commit(self, db: sqlite3.Connection) -> list[tuple[asyncio.Future[str], Any]]:
        """On SQLite's thread: run the turns queued so far in one transaction."""
        with self.lock:
            turns, self.turns, self.queued = self.turns, [], False
        outcomes: list[Any] = []
        try:
            db.execute("BEGIN")
            for turn, _future in turns:
                outcomes.append(_one(db, turn))
            db.execute("COMMIT")
        except BaseException as exc:  # the whole transaction is lost: so is every turn in it
            if db.in_transaction:
                db.execute("ROLLBACK")
            return [(future, exc) for _turn, future in turns]
        return [(future, outcome) for (_turn, future), outcome in zip(turns, outcomes)]


def _one(db: sqlite3.Connection, turn: Turn) -> Any:
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


def _settle(done: asyncio.Future[list[tuple[asyncio.Future[str], Any]]]) -> None:
    """On the event loop: give each turn of a committed call its outcome."""
    for future, outcome in done.result():
        if future.done():  # its caller gave up waiting; its turn was committed all the same
            continue
        if isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)


_batches: WeakKeyDictionary[Any, _Batch] = WeakKeyDictionary()
