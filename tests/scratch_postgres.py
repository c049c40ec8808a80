"""A PostgreSQL database of a test's own, beside PRIVACY_DESK_TEST_DATABASE_URL's, dropped after.

Tests that start servers of their own cannot share the suite's `test` database (other runs
empty it between tests), so they make one named `privacy_desk_scale_<random>` on the same
server and drop it when done.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

PG_URL = os.environ.get("PRIVACY_DESK_TEST_DATABASE_URL", "").strip()


def needs_postgres() -> pytest.MarkDecorator:
    """Skip a test unless PRIVACY_DESK_TEST_DATABASE_URL names a PostgreSQL server."""
    return pytest.mark.skipif(not PG_URL, reason="PRIVACY_DESK_TEST_DATABASE_URL names no PostgreSQL database")


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


@asynccontextmanager
async def scratch_database(prefix: str = "privacy_desk_scale") -> AsyncIterator[str]:
    """Create an empty database on the test server, give its URL, drop it afterwards."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    admin_url = _with_database(PG_URL, "postgres").replace("postgres://", "postgresql://", 1)
    admin = await asyncpg.connect(admin_url)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield _with_database(PG_URL, name)
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()
