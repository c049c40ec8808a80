"""`python bench/run.py` as the README runs it: every phase completes and the JSON line holds
every figure issue 5 names, with values a reader can trust (not how fast: that is the
benchmark's own job, never a test's)."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.scratch_postgres import needs_postgres, scratch_database

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ("webhook_rps", "webhook_p50_ms", "webhook_p99_ms", "webhook_p99_ms_at_250", "ceiling_rps",
            "webhook_ratio", "engine_mps", "raw_db_tps", "engine_ratio", "rss_bytes_per_conversation",
            "database")


async def run_bench(*options: str) -> tuple[str, dict[str, Any]]:
    """Run a small `--quick` benchmark; give its table and its JSON figures."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bench/run.py"), "--quick", "--senders", "4", "--rate", "40",
        "--conversations", "100", *options,
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(process.communicate(), timeout=240)
    text = out.decode()
    assert process.returncode == 0, text[-3000:]
    table, _, last = text.rstrip().rpartition("\n")
    return table, json.loads(last)


def check_figures(figures: dict[str, Any], database: str) -> None:
    missing = [name for name in REQUIRED if name not in figures]
    assert not missing, f"missing from the JSON line: {missing}"
    assert figures["database"] == database
    assert figures["senders"] == 4 and figures["quick"] is True
    for rate in ("webhook_rps", "ceiling_rps", "engine_mps", "raw_db_tps"):
        assert figures[rate] > 0, rate
    assert figures["webhook_ratio"] == pytest.approx(figures["webhook_rps"] / figures["ceiling_rps"], abs=0.002)
    assert figures["engine_ratio"] == pytest.approx(figures["engine_mps"] / figures["raw_db_tps"], abs=0.002)
    assert 0 < figures["webhook_p50_ms"] <= figures["webhook_p99_ms"]
    # the open loop kept to the offered rate, and every message of every phase was answered
    assert figures["achieved_rate"] == pytest.approx(40, rel=0.15)
    assert all(count > 0 for count in figures["messages"].values()), figures["messages"]
    # the walk: a delivery, the conversation, two transcript lines; a ticket and its event on
    # one message in six (the confirmations)
    assert 4.2 <= figures["rows_per_message"] <= 4.5
    assert figures["reply_bytes"] > 100
    assert figures["conversations_opened"] == 100
    assert figures["locks_left_after_engine"] == 0


async def test_the_benchmark_runs_every_phase_on_sqlite() -> None:
    table, figures = await run_bench()

    check_figures(figures, "sqlite")
    assert figures["raw_per_statement_tps"] > 0
    # one read and the rows written; commits shared between turns that arrive together
    assert figures["queries_per_message"] == pytest.approx(figures["rows_per_message"] + 1, abs=0.05)
    assert figures["transactions_per_message"] <= 1
    assert "webhook_ratio (target >= 0.5)" in table and "engine_ratio (target >= 0.5)" in table


@needs_postgres()
async def test_the_benchmark_runs_every_phase_on_postgres() -> None:
    async with scratch_database("privacy_desk_bench") as url:
        table, figures = await run_bench("--database-url", url)

    check_figures(figures, "postgresql")
    assert figures["raw_per_statement_tps"] is None
    # the transcript lines go in one executemany, and each message is its own transaction
    assert figures["transactions_per_message"] == 1
    assert figures["queries_per_message"] == pytest.approx(figures["rows_per_message"], abs=0.05)
    assert "postgresql" in table.splitlines()[0]
