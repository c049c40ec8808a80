"""SQLite as the desk runs it: its settings, and turns that reach its thread while it is busy
committed together, each alone in its effects."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Any

import pytest
from tortoise import connections
from tortoise.exceptions import OperationalError

from flows.messages import IncomingMessage
from storage import checkpoints, conversations, deliveries, sql, sqlite_thread
from storage.commit import commit
from storage.conflicts import AlreadyAnswered
from storage.models import Delivery, TranscriptLine
from storage.records import DeliveryRecord, TurnRecord
from tests.support import Person, make_desk

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)
PHONES = [f"+92300555{n:04d}" for n in range(5)]


@pytest.fixture
def sqlite_only(database: str) -> str:
    if not database.startswith("sqlite://"):
        pytest.skip("turns are committed together on SQLite's one connection")
    return database


async def open_turn(phone: str, text: str = "4") -> conversations.ConversationState:
    """A known sender's conversation, loaded for a message, with the lines it would add."""
    await Person(make_desk(), transport="twilio", channel="sms", sender_id=phone).says("menu")
    message = IncomingMessage(transport="twilio", channel="sms", sender_id=phone, verified_phone=phone,
                              text=text, external_id=f"SM-{phone}")
    conv = await conversations.load(message, NOW)
    conv.lines.append(("in", text))
    conv.state = "moved"
    return conv


def committed(conv: conversations.ConversationState, external_id: str, plans: list[sql.Plan] | None = None,
              sender: str | None = None) -> asyncio.Task[None]:
    """Start committing a turn of `conv` that answered `external_id` from `sender` (its own)."""
    delivery = DeliveryRecord("twilio", sender or conv.address, external_id, [])
    return asyncio.create_task(commit(TurnRecord(conv, delivery, plans or [])))


def failing_plan() -> Iterator[sql.Statement]:
    yield sql.Statement("UPDATE conversation SET state = 'half-done'", [], False)
    raise ValueError("a step's bug")


async def on_thread(work: Callable[[sqlite3.Connection], Any]) -> Any:
    """Run `work` on the desk's SQLite connection, on aiosqlite's own thread."""
    client = connections.get("default")
    assert sqlite_thread.is_sqlite(client)
    return await sqlite_thread.run_on_thread(client, work)


async def until(check: Callable[[], bool], what: str) -> None:
    """Wait until `check()` is true, letting the other tasks run meanwhile."""
    deadline = asyncio.get_running_loop().time() + 10
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.001)


@asynccontextmanager
async def thread_held() -> AsyncIterator[None]:
    """Keep SQLite's thread busy for the block, so that work queues up behind it."""
    gate, holding = threading.Event(), threading.Event()

    def hold(db: sqlite3.Connection) -> None:
        holding.set()
        gate.wait(10)

    busy = asyncio.create_task(on_thread(hold))
    try:
        await until(holding.is_set, "SQLite's thread to be held")
        yield
    finally:
        gate.set()
        await busy


async def queued_together(kind: str, count: int) -> None:
    """Wait until `count` works of one kind ("turns", "reads") wait for the held thread, and
    check that they wait as one call on its queue."""
    connection = connections.get("default")._connection

    def gathered() -> bool:
        batch = sqlite_thread._batches.get(connection, {}).get(kind)
        return batch is not None and batch.queued and len(batch.works) == count

    await until(gathered, f"{count} {kind} to queue together")
    assert connection._tx.qsize() == 1, "the queued work should be one call on SQLite's thread"


async def statements() -> list[str]:
    """Start recording the statements SQLite runs."""
    seen: list[str] = []
    await on_thread(lambda db: db.set_trace_callback(seen.append))
    return seen


async def test_turns_queued_together_commit_once_and_fail_alone(sqlite_only: str) -> None:
    fine, stale, taken, broken, also_fine = [await open_turn(phone) for phone in PHONES]
    stale.version -= 1  # someone moved it on meanwhile
    seen = await statements()
    async with thread_held():
        saves = [
            committed(fine, "SM-same"),
            committed(stale, "SM-stale"),
            committed(taken, "SM-same", sender=fine.address),  # the same sender's delivery again
            committed(broken, "SM-broken", [failing_plan()]),
            committed(also_fine, "SM-fine"),
        ]
        await queued_together("turns", len(saves))
    outcomes = await asyncio.gather(*saves, return_exceptions=True)

    assert outcomes[0] is None and outcomes[4] is None
    assert isinstance(outcomes[1], conversations.StaleConversation)
    assert isinstance(outcomes[2], AlreadyAnswered)
    assert isinstance(outcomes[3], ValueError)
    assert [s for s in seen if s in ("BEGIN", "COMMIT")] == ["BEGIN", "COMMIT"]
    keys = {deliveries.key(fine.address, "SM-same"), deliveries.key(also_fine.address, "SM-fine")}
    assert {d.external_id for d in await Delivery.all()} == keys
    for conv, moved in ((fine, True), (stale, False), (taken, False), (broken, False), (also_fine, True)):
        row = await conversations.Conversation.get(id=conv.id)
        assert (row.state == "moved") is moved and row.state != "half-done"
        assert await TranscriptLine.filter(conversation_id=conv.id, text="4").exists() is moved


async def test_a_turn_alone_commits_at_once(sqlite_only: str) -> None:
    conv = await open_turn(PHONES[0])
    seen = await statements()

    await committed(conv, "SM-alone")

    assert [s for s in seen if s in ("BEGIN", "COMMIT")] == ["BEGIN", "COMMIT"]
    assert (await conversations.Conversation.get(id=conv.id)).state == "moved"


async def test_a_full_disk_loses_no_turn_halfway(sqlite_only: str) -> None:
    convs = [await open_turn(phone) for phone in PHONES]
    pages = await on_thread(lambda db: db.execute("PRAGMA page_count").fetchone()[0])
    await on_thread(lambda db: db.execute(f"PRAGMA max_page_count = {pages}"))
    big = "x" * 50_000  # each turn's transcript line needs new pages, which the file may not grow
    for conv in convs:
        conv.lines.append(("out", big))
    seen = await statements()
    async with thread_held():
        saves = [committed(conv, f"SM-{i}") for i, conv in enumerate(convs)]
        await queued_together("turns", len(saves))
    outcomes = await asyncio.gather(*saves, return_exceptions=True)
    await on_thread(lambda db: db.execute("PRAGMA max_page_count = 1073741823"))

    assert all(isinstance(o, OperationalError) for o in outcomes), outcomes
    assert [s for s in seen if s == "BEGIN"] == ["BEGIN"]  # all five in one transaction
    for conv in convs:
        assert (await conversations.Conversation.get(id=conv.id)).state != "moved"
        assert not await TranscriptLine.filter(conversation_id=conv.id, text=big).exists()


async def test_sqlite_runs_in_wal_mode_synced_at_checkpoints_as_the_readme_says(sqlite_only: str) -> None:
    def settings(db: sqlite3.Connection) -> list[object]:
        return [db.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("journal_mode", "synchronous", "wal_autocheckpoint", "journal_size_limit",
                             "secure_delete")]

    # WAL, NORMAL (1): a crash of the application loses nothing committed; no checkpoint inside
    # a commit (storage/checkpoints.py runs them); a log kept at up to 4 MiB rather than cut back
    # and grown again; deleted content overwritten.
    assert await on_thread(settings) == ["wal", 1, 0, 4 * 1024 * 1024, 1]


async def test_the_log_is_copied_back_off_the_commit_path_and_starts_again(sqlite_only: str) -> None:
    path = sqlite_only.removeprefix("sqlite://")
    person = Person(make_desk(), transport="twilio", channel="sms", sender_id=PHONES[0])
    for n in range(30):
        await person.says("menu" if n % 2 else "4")
    checkpointer = checkpoints._running[path]
    before = checkpointer.checkpoints
    await until(lambda: checkpointer.checkpoints >= before + 2, "two checkpoints")
    await person.says("menu")  # the first commit after a whole checkpoint starts the log again

    def log_frames(db: sqlite3.Connection) -> int:
        return int(db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1])

    assert await on_thread(log_frames) < 30


async def test_reads_queued_together_each_get_their_own_rows_or_error(sqlite_only: str) -> None:
    convs = [await open_turn(phone) for phone in PHONES[:2]]
    client = connections.get("default")
    async with thread_held():
        reads = [asyncio.create_task(sqlite_thread.read(client, "SELECT key FROM conversation WHERE id = ?", [c.id]))
                 for c in convs]
        broken = asyncio.create_task(sqlite_thread.read(client, "SELECT missing FROM nowhere", []))
        await queued_together("reads", len(reads) + 1)

    assert [[row["key"] for row in await read] for read in reads] == [[c.key] for c in convs]
    with pytest.raises(OperationalError, match="nowhere"):
        await broken
