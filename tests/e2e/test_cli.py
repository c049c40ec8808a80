"""The `privacy-desk` command as people use it: a pipe into `chat`, then what was recorded;
starting and stopping the server, and the answers an operator gets."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from flows.engine import utcnow
from flows.refs import normalize_reference
from storage.db import close_database, open_database
from storage.models import OutboxMessage, Ticket, TranscriptLine
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
    assert "[saved data/exports/my-data.json]" in out
    assert "آپ کی شکایت" in out
    assert (walked / "data" / "exports" / "my-data.csv").exists()


def test_tickets_list_json_shows_exactly_what_was_recorded(walked: Path) -> None:
    result = run(walked, "tickets", "list", "--all", "--json")
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


def test_understand_scores_a_named_set_or_a_file_per_language_and_refuses_an_unknown_one(
    tmp_path: Path,
) -> None:
    (tmp_path / "mine.tsv").write_text("en\tyes\tyes please\nur\terasure\tمیرا ڈیٹا مٹا دیں\n")
    # A training set: the held-out file is empty until the final set is installed.
    named = run(tmp_path, "understand", "--score", "set-23")
    mine = run(tmp_path, "understand", "--score", "mine.tsv", "--misses")
    unknown = run(tmp_path, "understand", "--score", "no-such-set")

    assert named.returncode == 0
    assert [line.split(":")[0].strip() for line in named.stdout.splitlines()[1:]] == [
        "en", "ur", "ur-Latn"
    ]
    assert all(
        re.fullmatch(r"  \S+: [01]\.\d{3} on \d{3} messages \([01]\.\d{3} by the phrases alone\)", line)
        for line in named.stdout.splitlines()[1:]
    )
    assert mine.stdout.splitlines() == [
        "mine.tsv",
        "  en: 1.000 on 1 message (1.000 by the phrases alone)",
        "  ur: 1.000 on 1 message (1.000 by the phrases alone)",
    ]
    assert unknown.returncode == 1 and "no set named 'no-such-set'" in unknown.stderr


async def test_purge_dry_run_counts_what_is_past_its_period_and_removes_nothing(walked: Path) -> None:
    [erasure] = json.loads(run(walked, "tickets", "list", "--kind", "erasure", "--json").stdout)
    assert run(walked, "tickets", "resolve", erasure["ref"], "--note", "Deleted Ayesha's account").returncode == 0
    async with opened(walked):  # the example profile keeps transcripts 90 days, closed tickets 365
        lines = await TranscriptLine.all().count()
        await TranscriptLine.all().update(created_at=utcnow() - timedelta(days=91))
        await Ticket.filter(ref=normalize_reference(erasure["ref"])).update(closed_at=utcnow() - timedelta(days=366))

    dry = run(walked, "purge", "--dry-run")

    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == (f"would remove: {lines} transcript lines, 0 exports, 0 answered deliveries, "
                                  "0 spent codes, lock-outs, links, sessions and claims; would redact 1 closed tickets")
    async with opened(walked):
        assert lines > 0 and await TranscriptLine.all().count() == lines
        assert (await Ticket.get(ref=normalize_reference(erasure["ref"]))).resolution == "Deleted Ayesha's account"

    real = run(walked, "purge")

    assert real.stdout.strip() == (f"removed: {lines} transcript lines, 0 exports, 0 answered deliveries, "
                                   "0 spent codes, lock-outs, links, sessions and claims; redacted 1 closed tickets")
    async with opened(walked):
        assert await TranscriptLine.all().count() == 0
        assert (await Ticket.get(ref=normalize_reference(erasure["ref"]))).resolution is None


# -- operating the desk ----------------------------------------------------------------------


REF_SHOWN = re.compile(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}\b")


def free_port() -> int:
    """Give a port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def answers(port: int) -> bool:
    """Tell whether a server answers /healthz on the port."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def wait_until(condition: object, timeout: float = 60.0) -> bool:
    """Poll a condition until it holds or the time is up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(os.name == "nt", reason="signals to a process tree are a POSIX matter")
def test_stopping_desk_py_stops_the_server_it_started(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite://{tmp_path}/desk.sqlite3"}
    started = subprocess.Popen(
        [sys.executable, str(ROOT / "desk.py"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_until(lambda: answers(port)), "the server never answered"
        started.send_signal(signal.SIGTERM)  # what `kill $!` does to `python3 desk.py serve &`
        started.wait(timeout=30)
        assert wait_until(lambda: not answers(port), timeout=10), "the server outlived desk.py"
    finally:
        started.kill()


def test_serve_on_a_port_in_use_says_so_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run(tmp_path, "serve", "--host", "127.0.0.1", "--port", str(port))

    assert result.returncode == 1
    assert f"privacy-desk: port {port} is already in use on 127.0.0.1" in result.stderr
    assert "Traceback" not in result.stderr


def test_version_names_the_release(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")
    assert result.returncode == 0 and re.fullmatch(r"privacy-desk \d+\.\d+\.\d+\S*\n", result.stdout)


def test_tickets_list_has_a_header_shows_open_tickets_and_references_as_people_see_them(walked: Path) -> None:
    [access] = json.loads(run(walked, "tickets", "list", "--kind", "access", "--all", "--json").stdout)

    listed = run(walked, "tickets", "list").stdout.splitlines()
    everything = run(walked, "tickets", "list", "--all").stdout

    assert listed[0].split() == ["REF", "KIND", "STATUS", "DUE", "LEFT", "CHANNEL", "LANG", "ASSIGNEE"]
    assert {line.split()[1] for line in listed[1:]} == {"complaint", "erasure", "rectification"}
    assert access["status"] == "resolved" and access["ref"] in everything
    assert all(REF_SHOWN.match(line) for line in listed[1:])


def test_an_unknown_status_or_kind_is_an_error_naming_the_valid_ones(walked: Path) -> None:
    status = run(walked, "tickets", "list", "--status", "bogus")
    kind = run(walked, "tickets", "list", "--kind", "nonsense")

    assert status.returncode == 2 and "'bogus'" in status.stderr and "in_progress" in status.stderr
    assert kind.returncode == 2 and "'nonsense'" in kind.stderr and "marketing_opt_out" in kind.stderr
    assert status.stdout == kind.stdout == ""


def test_tickets_show_reads_as_staff_need_it(walked: Path) -> None:
    [complaint] = json.loads(run(walked, "tickets", "list", "--kind", "complaint", "--json").stdout)
    run(walked, "staff", "add", "4242", "--name", "Sana")
    run(walked, "tickets", "assign", complaint["ref"], "4242")

    shown = run(walked, "tickets", "show", complaint["ref"]).stdout
    as_json = json.loads(run(walked, "tickets", "show", complaint["ref"], "--json").stdout)

    assert f"ticket  {complaint['ref']} · complaint · in_progress" in shown
    assert "assignee  Sana (4242)" in shown
    assert re.search(r"created  \d{4}-\d\d-\d\d \d\d:\d\d PKT\n", shown)
    assert "conversation_id" not in shown and "+00:00" not in shown
    assert "Transcript:" in shown and "> مجھے شکایت کرنی ہے" in shown
    assert "assigned: Sana" in shown
    assert [line["direction"] for line in as_json["transcript"]][:1] == ["in"]


def test_a_resolved_ticket_shows_its_resolution_and_can_be_reopened_and_followed_up(walked: Path) -> None:
    [erasure] = json.loads(run(walked, "tickets", "list", "--kind", "erasure", "--json").stdout)
    ref = erasure["ref"]

    resolved = run(walked, "tickets", "resolve", ref)  # a note is optional, as in Telegram
    follow_up = run(walked, "tickets", "reply", ref, "We also removed your old address")
    shown = run(walked, "tickets", "show", ref).stdout
    reopened = run(walked, "tickets", "reopen", ref, "--reason", "The person wrote back")
    again = run(walked, "tickets", "reopen", ref)
    events = [e["action"] for e in json.loads(run(walked, "tickets", "show", ref, "--json").stdout)["events"]]

    assert resolved.returncode == 0 and follow_up.returncode == 0, follow_up.stderr
    assert "resolution  -" in shown and "closed  " in shown
    assert reopened.returncode == 0 and reopened.stdout.strip() == f"{ref} is open again; the person will be told."
    assert again.returncode == 1 and "only a resolved or rejected ticket can be reopened" in again.stderr
    assert events == ["created", "status", "reply", "reopened"]


async def test_a_reply_long_after_a_ticket_closed_asks_for_a_reopen_first(walked: Path) -> None:
    [erasure] = json.loads(run(walked, "tickets", "list", "--kind", "erasure", "--json").stdout)
    ref = erasure["ref"]
    run(walked, "tickets", "resolve", ref, "--note", "Done")
    async with opened(walked):  # the example profile answers within 30 days
        await Ticket.filter(ref=normalize_reference(ref)).update(closed_at=utcnow() - timedelta(days=31))
        queued = await OutboxMessage.all().count()

    late = run(walked, "tickets", "reply", ref, "One more thing")

    assert late.returncode == 1
    assert f"Ticket {ref} closed more than 30 days ago; reopen it first" in late.stderr
    async with opened(walked):
        assert await OutboxMessage.all().count() == queued


def test_extend_out_of_range_answers_with_the_command_lines_own_syntax(walked: Path) -> None:
    [complaint] = json.loads(run(walked, "tickets", "list", "--kind", "complaint", "--json").stdout)
    result = run(walked, "tickets", "extend", complaint["ref"], "0", "--reason", "x")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "privacy-desk: extend by 1 to 90 days: privacy-desk tickets extend REF DAYS --reason TEXT"
    )


def test_staff_add_does_not_rename_a_member_silently_nor_take_a_group_id(tmp_path: Path) -> None:
    run(tmp_path, "db", "upgrade")
    run(tmp_path, "staff", "add", "4242", "--name", "Sana")

    rename = run(tmp_path, "staff", "add", "4242", "--name", "Bilal")
    same = run(tmp_path, "staff", "add", "4242", "--name", "Sana")
    updated = run(tmp_path, "staff", "add", "4242", "--name", "Sana Khan", "--role", "supervisor", "--update")
    group = run(tmp_path, "staff", "add", "-5", "--name", "Staff chat")
    listed = json.loads(run(tmp_path, "staff", "list", "--json").stdout)

    assert rename.returncode == 1 and "4242 is already staff: Sana, agent; add --update" in rename.stderr
    assert same.returncode == 0
    assert updated.stdout.strip() == "4242 is now Sana Khan, supervisor (was Sana, agent)."
    assert group.returncode == 2 and "negative ids are groups" in group.stderr
    assert listed == [{"telegram_id": 4242, "name": "Sana Khan", "role": "supervisor"}]


def test_db_upgrade_names_the_database_it_used(tmp_path: Path) -> None:
    result = run(tmp_path, "db", "upgrade")
    assert result.stdout.strip() == f"database schema is up to date: sqlite://{tmp_path}/desk.sqlite3"
