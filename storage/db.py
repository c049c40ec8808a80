"""Database set-up: one tortoise configuration from `DATABASE_URL`, migrations, shut-down.

SQLite runs in WAL mode with `synchronous=NORMAL`, a busy timeout and small checkpoints: WAL
with NORMAL never corrupts the database and survives an application crash; only a power cut
may lose the last transactions, a trade the desk accepts for write speed (see the README).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg
from tortoise import Tortoise, connections
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.exceptions import DBConnectionError, IntegrityError, OperationalError
from tortoise.migrations.api import migrate

from storage import checkpoints

logger = logging.getLogger(__name__)

DEFAULT_URL = "sqlite://data/privacy_desk.sqlite3"
SQLITE_PRAGMAS = {
    "journal_mode": "WAL",
    "synchronous": "NORMAL",
    "busy_timeout": 5000,
    "foreign_keys": "ON",
    # SQLite would copy its write-ahead log back into the database file inside whichever
    # commit took the log past this many pages, and every message queued behind that commit
    # would wait (10-35 ms every hundred-odd messages, by the log's length). The desk's own
    # checkpointer (storage/checkpoints.py) copies it back on a thread of its own instead,
    # between commits, with passive checkpoints that no commit waits for.
    "wal_autocheckpoint": 0,
    # Once copied back, the log starts again from its beginning; past this size it is also cut
    # back. tortoise's default (16 KiB) cut it at almost every checkpoint, and the file system
    # then grew it again a page at a time; 4 MiB holds several checkpoints' worth.
    "journal_size_limit": 4 * 1024 * 1024,
    # What is deleted is overwritten with zeros, so "deleted" means gone from the file (and
    # from the log once checkpointed), not left in free pages for anyone with a copy to read.
    "secure_delete": "ON",
}
MODELS = ["storage.models"]
# What a database that is away (down, restarting, unreachable, locked too long) raises: the
# adapters answer 503 so that the provider retries, and nothing of the message is kept.
UNAVAILABLE: tuple[type[BaseException], ...] = (
    OSError,
    asyncio.TimeoutError,
    OperationalError,
    DBConnectionError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.OperatorInterventionError,
)


def is_unavailable(exc: BaseException) -> bool:
    """Tell whether an error means the database is away; a unique or foreign key rule broken
    (tortoise's IntegrityError is an OperationalError) is not an outage."""
    return isinstance(exc, UNAVAILABLE) and not isinstance(exc, IntegrityError)


class DatabaseUrlError(ValueError):
    """DATABASE_URL cannot be used."""


def tortoise_config(url: str) -> dict[str, Any]:
    """Build the tortoise configuration for a database URL."""
    return {
        "connections": {"default": _connection(url)},
        "apps": {
            "models": {
                "models": MODELS,
                "default_connection": "default",
                "migrations": "storage.migrations",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


def _connection(url: str) -> dict[str, Any] | str:
    scheme = urlsplit(url).scheme
    if scheme == "sqlite":
        path = url[len("sqlite://") :]
        if not path:
            raise DatabaseUrlError(f"DATABASE_URL {url!r} names no file: use sqlite://PATH")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        return {
            "engine": "tortoise.backends.sqlite",
            "credentials": {"file_path": path, **SQLITE_PRAGMAS},
        }
    if scheme in ("postgres", "postgresql", "asyncpg"):
        return url.replace(f"{scheme}://", "postgres://", 1)
    raise DatabaseUrlError(
        f"DATABASE_URL {url!r} is not sqlite://PATH or postgres://user:pass@host:port/db"
    )


def is_postgres(url: str) -> bool:
    """Tell whether a URL names PostgreSQL."""
    return urlsplit(url).scheme in ("postgres", "postgresql", "asyncpg")


# Any constant will do, as long as every process uses the same one.
MIGRATION_LOCK = 0x70726976


async def upgrade(url: str) -> None:
    """Create or migrate the schema to the latest version, one process at a time."""
    if not is_postgres(url):
        await _migrate(url)
        return
    # Several servers starting together on one PostgreSQL would race to create the same
    # tables; an advisory lock, freed when its connection closes, lets them go one by one.
    conn = await asyncpg.connect(url.replace(f"{urlsplit(url).scheme}://", "postgresql://", 1))
    try:
        await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
        await _migrate(url)
    finally:
        await conn.close()


async def _migrate(url: str) -> None:
    await migrate(config=tortoise_config(url), direction="forward")
    await connections.close_all()


async def open_database(url: str, *, upgrade_schema: bool = True) -> None:
    """Connect the models to the database, migrating an empty or old schema first."""
    if upgrade_schema:
        await upgrade(url)
    await Tortoise.init(config=tortoise_config(url))
    path = sqlite_path(url)
    if path is not None:
        checkpoints.start(path)
    logger.info("database ready (%s)", urlsplit(url).scheme)


def sqlite_path(url: str) -> str | None:
    """Give the file of a SQLite URL, or None for another database."""
    return url[len("sqlite://") :] if urlsplit(url).scheme == "sqlite" else None


async def close_database() -> None:
    """Close every connection and forget the SQL prepared for this database's dialect."""
    checkpoints.stop_all()
    await connections.close_all()
    # tortoise caches each model's INSERT/UPDATE SQL by connection name, not by dialect: a
    # process that opens SQLite and then PostgreSQL (tests, `db copy`) must start afresh.
    EXECUTOR_CACHE.clear()


async def ping() -> bool:
    """Tell whether the database answers."""
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception:  # noqa: BLE001 - any failure means "not reachable" to a health check
        logger.warning("database ping failed", exc_info=True)
        return False
    return True
