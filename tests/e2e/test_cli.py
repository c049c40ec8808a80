"""The `privacy-desk` command as people use it: a pipe into `chat`, then what was recorded."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from flows.engine import utcnow
from storage.db import close_database, open_database
from storage.models import Ticket, TranscriptLine
from tests.support import ROOT

PHONE = "+923001234567"


def run(tmp_path: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run one privacy-desk command against a database in tmp_path."""
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite://{tmp_path}/desk.sqlite3",
        "PRIVACY_DESK_POLICY": str(ROOT / "policies" / "example.toml"),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**environment, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


@pytest.fixture(scope="module")
def walked_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A desk where one person walked several flows in English and Urdu through a pipe."""
    tmp_path = tmp_path_factory.mktemp("cli")
    script = "\n".join(
        ["hi", "1", "1", "menu", "3", "1", "I want to delete my data", "yes",
         "اردو", "مجھے شکایت کرنی ہے", "2", "آپ نے میرا نمبر کال سینٹر کو دے دیا",
         "mera naam ghalat hai", "1", "sahi naam Ayesha Khan hai", "haan"]
    )
    result = run(tmp_path, "chat", "--as", PHONE, stdin=script + "\n")
    assert result.returncode == 0, result.stderr
    (tmp_path / "chat.txt").write_text(result.stdout)
    return tmp_path


@pytest.fixture
def walked(walked_once: Path, tmp_path: Path) -> Path:
    """This test's own copy of the walked desk, so that what one test changes no other sees."""
    return Path(shutil.copytree(walked_once, tmp_path / "desk"))


@asynccontextmanager
async def opened(desk: Path) -> AsyncIterator[None]:
    """Open a desk's database in this process, as the command does."""
    await open_database(f"sqlite://{desk}/desk.sqlite3", upgrade_schema=False)
    try:
        yield
    finally:
        await close_database()


def test_chat_walks_flows_from_a_pipe_and_saves_the_copy(walked: Path) -> None:
    out = (walked / "chat.txt").read_text()
    assert "1 See my data" in out
    assert "[saved exports/my-data.json]" in out
    assert "آپ کی شکایت" in out
    assert (walked / "exports" / "my-data.csv").exists()


def test_tickets_list_json_shows_exactly_what_was_recorded(walked: Path) -> None:
    result = run(walked, "tickets", "list", "--json")
    tickets = json.loads(result.stdout)

    assert sorted(t["kind"] for t in tickets) == ["access", "complaint", "erasure", "marketing_opt_out", "rectification"]
    assert {t["phone"] for t in tickets} == {PHONE}
    complaint = next(t for t in tickets if t["kind"] == "complaint")
    assert complaint["language"] == "ur" and complaint["status"] == "open"
    for field in ("ref", "kind", "status", "channel", "language", "phone", "created_at", "due_at", "assignee"):
        assert field in complaint


def test_subject_show_json_holds_identities_choices_and_tickets(walked: Path) -> None:
    data = json.loads(run(walked, "subject", "show", PHONE, "--json").stdout)
    assert data["phone"] == PHONE
    assert data["marketing"] == {"sms": "opted_out"}
    assert data["identities"] == [{"transport": "console", "address": PHONE, "verified": True}]
    assert len(data["tickets"]) == 5


def test_tickets_show_resolve_and_export(walked: Path) -> None:
    tickets = json.loads(run(walked, "tickets", "list", "--kind", "erasure", "--json").stdout)
    ref = tickets[0]["ref"]

    resolved = run(walked, "tickets", "resolve", ref.lower(), "--note", "Deleted everything but invoices")
    shown = json.loads(run(walked, "tickets", "show", ref, "--json").stdout)
    exported = run(walked, "tickets", "export", "--format", "csv")

    assert resolved.returncode == 0
    assert shown["status"] == "resolved"
    assert [e["action"] for e in shown["events"]] == ["created", "status"]
    assert exported.stdout.splitlines()[0].startswith("ref,kind,status")


def test_an_operator_notes_extends_once_and_rejects_from_the_command_line(walked: Path) -> None:
    [complaint] = json.loads(run(walked, "tickets", "list", "--kind", "complaint", "--json").stdout)
    ref = complaint["ref"]

    noted = run(walked, "tickets", "note", ref, "Called", "the", "call centre")
    extended = run(walked, "tickets", "extend", ref, "14", "--reason", "Waiting for the call centre")
    again = run(walked, "tickets", "extend", ref, "7", "--reason", "More")
    rejected = run(walked, "tickets", "reject", ref, "--reason", "The number was given with consent")
    late_note = run(walked, "tickets", "note", ref, "too late")
    shown = json.loads(run(walked, "tickets", "show", ref, "--json").stdout)

    assert (noted.returncode, extended.returncode, rejected.returncode) == (0, 0, 0)
    assert again.returncode == 1 and "extended once already" in again.stderr
    assert late_note.returncode == 1 and "already rejected" in late_note.stderr
    assert shown["status"] == "rejected"
    events = [(e["actor"], e["action"]) for e in shown["events"]]
    assert events == [("person", "created"), ("cli", "note"), ("cli", "extended"), ("cli", "status")]


def test_mistakes_end_with_one_clear_line_and_a_nonzero_exit(walked: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('key = "x"\nresponse_days = "thirty"\n')

    unknown = run(walked, "tickets", "show", "2345-6789")
    phone = run(walked, "subject", "show", "not-a-phone")
    profile = run(walked, "chat", "--policy", str(broken), stdin="hi\n")
    setting = run(walked, "tickets", "list", env={"PORT": "eighty"})

    assert unknown.returncode == 1 and "No ticket with reference 2345-6789" in unknown.stderr
    assert phone.returncode == 1 and "not a phone number" in phone.stderr
    assert profile.returncode == 1 and "broken.toml" in profile.stderr
    assert setting.returncode == 1 and "PORT" in setting.stderr
    for result in (unknown, phone, profile, setting):
        assert "Traceback" not in result.stderr


def test_staff_can_be_added_listed_and_removed(tmp_path: Path) -> None:
    run(tmp_path, "db", "upgrade")
    added = run(tmp_path, "staff", "add", "4242", "--name", "Sana", "--role", "supervisor")
    listed = json.loads(run(tmp_path, "staff", "list", "--json").stdout)
    removed = run(tmp_path, "staff", "remove", "4242")
    again = run(tmp_path, "staff", "remove", "4242")

    assert added.returncode == 0
    assert listed == [{"telegram_id": 4242, "name": "Sana", "role": "supervisor"}]
    assert removed.returncode == 0 and again.returncode == 1


def test_understand_reads_one_message_or_a_line_each_from_stdin(tmp_path: Path) -> None:
    one = json.loads(run(tmp_path, "understand", "mera data delete kar do", "--json").stdout)
    many = run(tmp_path, "understand", "--json", stdin="میرا ڈیٹا دکھائیں\nI want to complain\n").stdout

    assert one["language"] == "ur-Latn" and one["intent"] == "erasure"
    assert [json.loads(line)["intent"] for line in many.splitlines()] == ["access", "complaint"]


async def test_purge_dry_run_counts_what_is_past_its_period_and_removes_nothing(walked: Path) -> None:
    [erasure] = json.loads(run(walked, "tickets", "list", "--kind", "erasure", "--json").stdout)
    assert run(walked, "tickets", "resolve", erasure["ref"], "--note", "Deleted Ayesha's account").returncode == 0
    async with opened(walked):  # the example profile keeps transcripts 90 days, closed tickets 365
        lines = await TranscriptLine.all().count()
        await TranscriptLine.all().update(created_at=utcnow() - timedelta(days=91))
        await Ticket.filter(ref=erasure["ref"]).update(closed_at=utcnow() - timedelta(days=366))

    dry = run(walked, "purge", "--dry-run")

    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == (f"would remove: {lines} transcript lines, 0 exports, 0 answered deliveries; "
                                  "would redact 1 closed tickets")
    async with opened(walked):
        assert lines > 0 and await TranscriptLine.all().count() == lines
        assert (await Ticket.get(ref=erasure["ref"])).resolution == "Deleted Ayesha's account"

    real = run(walked, "purge")

    assert real.stdout.strip() == (f"removed: {lines} transcript lines, 0 exports, 0 answered deliveries; "
                                   "redacted 1 closed tickets")
    async with opened(walked):
        assert await TranscriptLine.all().count() == 0
        assert (await Ticket.get(ref=erasure["ref"])).resolution is None
