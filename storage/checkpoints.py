"""SQLite's checkpoints, off the commit path: the write-ahead log copied back into the database
by a thread and a connection of their own, so that no message waits behind a checkpoint.

Left to itself, SQLite copies the log back inside whichever commit takes it past
`wal_autocheckpoint` pages, on the one thread that runs every turn of the desk: that commit,
the turns committed with it and everything queued behind them waited the 10-35 ms the copy
took, about once every hundred messages (the open-loop p99 at 250 messages a second went
from 6 to 37 ms between runs). Here the desk turns that off (`wal_autocheckpoint = 0`,
storage/db.py) and this thread runs a PASSIVE checkpoint every `INTERVAL`: a passive
checkpoint takes no lock a writer waits for, copies what no reader still needs, and lets the
next commit start the log again from its beginning. The log so stays as long as one
interval's commits (a few hundred pages at 250 messages a second), and `journal_size_limit`
cuts the file back should a burst have grown it. Should the thread fall behind, commits go on
regardless; when the last connection closes SQLite checkpoints whatever is left.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

logger = logging.getLogger(__name__)

INTERVAL = 0.05  # seconds between checkpoints
# The log past which a checkpoint that could not copy everything is worth a warning.
LONG_LOG_PAGES = 20_000


class Checkpointer:
    """Run passive checkpoints of one SQLite file on a thread of its own until stopped."""

    def __init__(self, path: str, interval: float = INTERVAL) -> None:
        self.path, self.interval = path, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoints", daemon=True)
        self.checkpoints = 0

    def start(self) -> None:
        """Start checkpointing."""
        self._thread.start()

    def stop(self) -> None:
        """Stop checkpointing, after the checkpoint under way."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            # The checkpoint syncs the database file before the log may start again, as with
            # SQLite's own checkpoints under synchronous=NORMAL: a power cut loses nothing of it.
            db.execute("PRAGMA synchronous = NORMAL")
            while not self._stop.wait(self.interval):
                self._checkpoint(db)
        finally:
            db.close()

    def _checkpoint(self, db: sqlite3.Connection) -> None:
        try:
            _busy, log, copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            logger.warning("SQLite checkpoint of %s failed; trying again", self.path, exc_info=True)
            return
        self.checkpoints += 1
        if log > LONG_LOG_PAGES and copied < log:
            logger.warning("SQLite's log of %s is %s pages long; %s copied back", self.path, log, copied)


_running: dict[str, Checkpointer] = {}


def start(path: str) -> None:
    """Checkpoint a database file off the commit path, once per file in this process."""
    if path == ":memory:" or path in _running:
        return
    checkpointer = _running[path] = Checkpointer(path)
    checkpointer.start()


def stop_all() -> None:
    """Stop every checkpointer of this process."""
    while _running:
        _path, checkpointer = _running.popitem()
        checkpointer.stop()
