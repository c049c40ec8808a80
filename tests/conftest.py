"""Shared fixtures: a real database per test, on SQLite and (when configured) PostgreSQL.

Set PRIVACY_DESK_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run every
database test against PostgreSQL as well. The schema is migrated once per session; SQLite tests
copy a migrated template file, PostgreSQL tests empty every table before they start.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from tortoise import Tortoise, connections

from storage import db

PG_URL = os.environ.get("PRIVACY_DESK_TEST_DATABASE_URL", "").strip()
BACKENDS = ["sqlite", "postgres"] if PG_URL else ["sqlite"]


def _migrate(url: str) -> None:
    """Migrate in a thread of its own: session fixtures may be set up inside a running loop."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, db.upgrade(url)).result()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate one SQLite file for the session; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "desk.sqlite3"
    _migrate(f"sqlite://{path}")
    return path


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """Migrate the test PostgreSQL database once for the session."""
    if not PG_URL:
        pytest.skip("PRIVACY_DESK_TEST_DATABASE_URL names no PostgreSQL database")
    _migrate(PG_URL)
    return PG_URL


async def _empty_postgres() -> None:
    tables = [model._meta.db_table for model in Tortoise.apps["models"].values()]
    quoted = ", ".join(f'"{t}"' for t in tables)
    await connections.get("default").execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")


@pytest.fixture(params=BACKENDS)
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """Open a fresh, migrated database for one test and give its URL."""
    if request.param == "sqlite":
        path = tmp_path / "desk.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite://{path}"
    else:
        url = request.getfixturevalue("postgres_url")
    await db.open_database(url, upgrade_schema=False)
    if request.param == "postgres":
        await _empty_postgres()
    try:
        yield url
    finally:
        await db.close_database()
