"""Data sources against real files, a real local HTTP server and real databases."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from storage.datasources import DataSourceConfig, DataSourceError, lookup

PHONE = "+923001234567"
STRANGER = "+923459999999"
TOKEN = "s3cret-token"
RECORD = {"Contact": {"Name": "Ayesha Khan", "Email": "ayesha@example.com"},
          "Billing": {"Balance": 0, "Autopay": True, "Card": None}}
AS_TEXT = {"Contact": {"Name": "Ayesha Khan", "Email": "ayesha@example.com"},
           "Billing": {"Balance": "0", "Autopay": "true", "Card": ""}}


# --- json ------------------------------------------------------------------------------------


def json_source(tmp_path: Path, content: str) -> DataSourceConfig:
    """Write a JSON data file and point a source at it."""
    path = tmp_path / "records.json"
    path.write_text(content, encoding="utf-8")
    return DataSourceConfig("json", path=path)


async def test_json_source_finds_the_person_with_every_value_as_text(tmp_path: Path) -> None:
    config = json_source(tmp_path, json.dumps({PHONE: RECORD}))
    assert await lookup(config, PHONE) == AS_TEXT


async def test_json_source_without_the_person_holds_nothing(tmp_path: Path) -> None:
    config = json_source(tmp_path, json.dumps({PHONE: RECORD}))
    assert await lookup(config, STRANGER) == {}


async def test_json_source_reads_the_shipped_example_records() -> None:
    path = Path(__file__).resolve().parents[2] / "policies" / "example-data.json"
    record = await lookup(DataSourceConfig("json", path=path), PHONE)
    assert record["Contact"]["Name"] == "Ayesha Khan"


@pytest.mark.parametrize(
    "content",
    ["{not json", "[]", json.dumps({PHONE: ["Contact"]}),
     json.dumps({PHONE: {"Contact": "Ayesha"}})],
    ids=["syntax-error", "array-at-top", "person-not-an-object", "category-not-an-object"],
)
async def test_json_source_with_a_malformed_file_fails_loudly(
    tmp_path: Path, content: str
) -> None:
    with pytest.raises(DataSourceError):
        await lookup(json_source(tmp_path, content), PHONE)


async def test_json_source_with_a_missing_file_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(DataSourceError, match="cannot read"):
        await lookup(DataSourceConfig("json", path=tmp_path / "gone.json"), PHONE)


async def test_a_failure_is_logged_with_the_phone_masked(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="storage.datasources")
    with pytest.raises(DataSourceError):
        await lookup(json_source(tmp_path, "{not json"), PHONE)
    assert "+92300*****67" in caplog.text
    assert PHONE not in caplog.text


async def test_a_phone_that_is_not_e164_is_refused() -> None:
    with pytest.raises(ValueError, match="E.164"):
        await lookup(DataSourceConfig("json", path=Path("x.json")), "03001234567")


# --- http ------------------------------------------------------------------------------------


async def person_handler(request: web.Request) -> web.Response:
    """Answer like an organisation's records API: bearer token, phone in query or path."""
    if request.headers.get("Authorization") != f"Bearer {TOKEN}":
        return web.json_response({"error": "unauthorised"}, status=401)
    phone = request.match_info.get("phone") or request.query.get("phone")
    if phone != PHONE:
        return web.json_response({"error": "not found"}, status=404)
    return web.json_response(RECORD)


RELEASE = web.AppKey("release", asyncio.Event)


async def slow_handler(request: web.Request) -> web.Response:
    """Answer only when the test is over: longer than any sensible timeout."""
    await request.app[RELEASE].wait()
    return web.json_response(RECORD)


async def failing_handler(request: web.Request) -> web.Response:
    """Fail as a broken backend does."""
    return web.Response(status=500, text="Internal Server Error")


async def malformed_handler(request: web.Request) -> web.Response:
    """Answer 200 with a list where an object of categories belongs."""
    return web.json_response([{"Contact": {"Name": "Ayesha"}}])


async def html_handler(request: web.Request) -> web.Response:
    """Answer 200 with a login page instead of JSON."""
    return web.Response(text="<html>Please sign in</html>", content_type="text/html")


@pytest.fixture
async def records_server() -> AsyncIterator[str]:
    """Run a real records API on 127.0.0.1 and give its base URL."""
    app = web.Application()
    app[RELEASE] = asyncio.Event()
    app.router.add_get("/people", person_handler)
    app.router.add_get("/people/{phone}", person_handler)
    app.router.add_get("/slow", slow_handler)
    app.router.add_get("/fail", failing_handler)
    app.router.add_get("/malformed", malformed_handler)
    app.router.add_get("/html", html_handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    yield f"http://{host}:{port}"
    app[RELEASE].set()
    await runner.cleanup()


@pytest.fixture
def token(monkeypatch: pytest.MonkeyPatch) -> str:
    """Put the data source's bearer token in the environment, where profiles name it."""
    monkeypatch.setenv("RECORDS_TOKEN", TOKEN)
    return "RECORDS_TOKEN"


def http_source(url: str, token_env: str | None, timeout: float = 5.0) -> DataSourceConfig:
    """Point an http source at the local server."""
    return DataSourceConfig("http", url=url, token_env=token_env, timeout_seconds=timeout)


async def test_http_source_finds_the_person_by_query(records_server: str, token: str) -> None:
    config = http_source(f"{records_server}/people", token)
    assert await lookup(config, PHONE) == AS_TEXT


async def test_http_source_puts_the_phone_in_a_url_placeholder(
    records_server: str, token: str
) -> None:
    config = http_source(f"{records_server}/people/{{phone}}", token)
    assert await lookup(config, PHONE) == AS_TEXT


async def test_http_source_answering_404_holds_nothing(records_server: str, token: str) -> None:
    assert await lookup(http_source(f"{records_server}/people", token), STRANGER) == {}


async def test_http_source_answering_500_fails_loudly(records_server: str, token: str) -> None:
    with pytest.raises(DataSourceError, match="HTTP 500"):
        await lookup(http_source(f"{records_server}/fail", token), PHONE)


async def test_http_source_that_is_too_slow_times_out(records_server: str, token: str) -> None:
    config = http_source(f"{records_server}/slow", token, timeout=0.3)
    with pytest.raises(DataSourceError, match="0.3 seconds"):
        await lookup(config, PHONE)


async def test_http_source_with_a_wrong_token_is_refused(
    records_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECORDS_TOKEN", "wrong")
    with pytest.raises(DataSourceError, match="HTTP 401"):
        await lookup(http_source(f"{records_server}/people", "RECORDS_TOKEN"), PHONE)


async def test_http_source_without_its_token_variable_says_which_to_set(
    records_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RECORDS_TOKEN", raising=False)
    with pytest.raises(DataSourceError, match="RECORDS_TOKEN is not set"):
        await lookup(http_source(f"{records_server}/people", "RECORDS_TOKEN"), PHONE)


@pytest.mark.parametrize("route", ["malformed", "html"])
async def test_http_source_answering_in_the_wrong_shape_fails_loudly(
    records_server: str, token: str, route: str
) -> None:
    with pytest.raises(DataSourceError):
        await lookup(http_source(f"{records_server}/{route}", token), PHONE)


async def test_http_source_that_nobody_answers_fails_loudly(token: str) -> None:
    with pytest.raises(DataSourceError):
        await lookup(http_source("http://127.0.0.1:9/people", token, timeout=2), PHONE)


# --- sql -------------------------------------------------------------------------------------

QUERIES = {
    "Contact": 'SELECT name AS "Name", email AS "Email" FROM {people} WHERE phone = :phone',
    "Billing": 'SELECT amount AS "Amount", paid_on AS "Paid on" FROM {invoices} '
               "WHERE phone = :phone ORDER BY paid_on",
}
EXPECTED_SQL = {
    "Contact": {"Name": "Ayesha Khan", "Email": "ayesha@example.com"},
    "Billing": {"Amount": "1250", "Paid on": "2026-09-05",
                "Amount (2)": "1300", "Paid on (2)": "2026-10-05"},
}


def sqlite_records(tmp_path: Path) -> DataSourceConfig:
    """Create a real SQLite file of people and invoices, and a source for it."""
    path = tmp_path / "records.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE people (phone TEXT, name TEXT, email TEXT)")
        db.execute("CREATE TABLE invoices (phone TEXT, amount INTEGER, paid_on TEXT)")
        db.execute("INSERT INTO people VALUES (?, 'Ayesha Khan', 'ayesha@example.com')", (PHONE,))
        db.executemany("INSERT INTO invoices VALUES (?, ?, ?)",
                       [(PHONE, 1300, "2026-10-05"), (PHONE, 1250, "2026-09-05")])
    queries = {k: q.format(people="people", invoices="invoices") for k, q in QUERIES.items()}
    return DataSourceConfig("sql", database_url=f"sqlite://{path}", queries=queries)


async def test_sql_source_on_sqlite_finds_the_person_and_numbers_repeated_rows(
    tmp_path: Path,
) -> None:
    assert await lookup(sqlite_records(tmp_path), PHONE) == EXPECTED_SQL


async def test_sql_source_on_sqlite_without_the_person_holds_nothing(tmp_path: Path) -> None:
    assert await lookup(sqlite_records(tmp_path), STRANGER) == {}


async def test_sql_source_with_a_broken_query_fails_loudly(tmp_path: Path) -> None:
    config = sqlite_records(tmp_path)
    broken = DataSourceConfig("sql", database_url=config.database_url,
                              queries={"Contact": "SELECT nope FROM nowhere WHERE p = :phone"})
    with pytest.raises(DataSourceError, match="nowhere"):
        await lookup(broken, PHONE)


async def test_sql_source_with_a_missing_database_file_fails_loudly(tmp_path: Path) -> None:
    config = DataSourceConfig("sql", database_url=f"sqlite://{tmp_path}/gone.db",
                              queries={"Contact": "SELECT 1 WHERE :phone = :phone"})
    with pytest.raises(DataSourceError, match="no SQLite database"):
        await lookup(config, PHONE)


@pytest.fixture
async def postgres_records() -> AsyncIterator[DataSourceConfig]:
    """Fill uniquely named tables in the test PostgreSQL, and drop them afterwards."""
    url = os.environ.get("PRIVACY_DESK_TEST_DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("PRIVACY_DESK_TEST_DATABASE_URL names no PostgreSQL database")
    import asyncpg

    suffix = secrets.token_hex(4)
    people, invoices = f"ds_people_{suffix}", f"ds_invoices_{suffix}"
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(f"CREATE TABLE {people} (phone TEXT, name TEXT, email TEXT)")
        await conn.execute(f"CREATE TABLE {invoices} (phone TEXT, amount INTEGER, paid_on DATE)")
        await conn.execute(f"INSERT INTO {people} VALUES ($1, 'Ayesha Khan', "
                           "'ayesha@example.com')", PHONE)
        await conn.execute(f"INSERT INTO {invoices} VALUES ($1, 1300, '2026-10-05'), "
                           "($1, 1250, '2026-09-05')", PHONE)
        queries = {k: q.format(people=people, invoices=invoices) for k, q in QUERIES.items()}
        yield DataSourceConfig("sql", database_url=url, queries=queries)
    finally:
        await conn.execute(f"DROP TABLE IF EXISTS {people}, {invoices}")
        await conn.close()


@pytest.mark.postgres
async def test_sql_source_on_postgres_finds_the_person_and_numbers_repeated_rows(
    postgres_records: DataSourceConfig,
) -> None:
    assert await lookup(postgres_records, PHONE) == EXPECTED_SQL


@pytest.mark.postgres
async def test_sql_source_on_postgres_without_the_person_holds_nothing(
    postgres_records: DataSourceConfig,
) -> None:
    assert await lookup(postgres_records, STRANGER) == {}
