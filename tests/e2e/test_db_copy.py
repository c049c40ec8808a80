"""`privacy-desk db copy --to URL`: an SQLite desk moved to PostgreSQL, every row and id kept."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import asyncpg

from tests.e2e.test_cli import PHONE, run
from tests.scratch_postgres import needs_postgres, scratch_database

pytestmark = needs_postgres()


def test_an_sqlite_desk_moves_to_postgresql_with_every_row_and_id(tmp_path: Path) -> None:
    walked = run(tmp_path, "chat", "--as", PHONE,
                 stdin="hi\nI want to delete my data\nyes\nmenu\n3\n1\n")
    assert walked.returncode == 0, walked.stderr
    asyncio.run(_copy_and_check(tmp_path))


async def _copy_and_check(tmp_path: Path) -> None:
    async with scratch_database() as target:
        copied = await asyncio.to_thread(run, tmp_path, "db", "copy", "--to", target)
        assert copied.returncode == 0, copied.stderr
        assert "the counts match" in copied.stdout
        before = await asyncio.to_thread(run, tmp_path, "tickets", "list", "--all", "--json")

        on_pg = {"DATABASE_URL": target}
        after = await asyncio.to_thread(run, tmp_path, "tickets", "list", "--all", "--json", env=on_pg)
        assert after.stdout == before.stdout and '"erasure"' in after.stdout

        # New rows on PostgreSQL take ids after the copied ones: the sequences were moved on.
        more = await asyncio.to_thread(run, tmp_path, "chat", "--as", "+923007654321", env=on_pg,
                                       stdin="I want to delete my data\nyes\n")
        assert more.returncode == 0, more.stderr
        conn = await asyncpg.connect(target.replace("postgres://", "postgresql://", 1))
        try:
            ids = [r["id"] for r in await conn.fetch("SELECT id FROM ticket ORDER BY id")]
            lines = await conn.fetchval("SELECT count(*) FROM transcript_line")
        finally:
            await conn.close()
        copied_tickets = len(json.loads(before.stdout))
        assert copied_tickets >= 2 and ids == list(range(1, copied_tickets + 2)) and lines > 10

        again = await asyncio.to_thread(run, tmp_path, "db", "copy", "--to", target)
        assert again.returncode == 1 and "already holds data" in again.stderr
