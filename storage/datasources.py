"""Where "See my data" looks: the organisation's own records about one person.

Every source answers the same question, "what do you hold about this phone number?", with the
same shape: `{category: {field: value}}`, values as strings, `{}` when the source has no record
of the person. A source that fails, times out or answers in the wrong shape raises
`DataSourceError`; a failure is never turned into `{}`, because "we hold nothing" would be a
false answer.

Three kinds:

- `json`: a file `{"+923001234567": {"Contact": {"Name": "..."}, "Billing": {...}}}`, read on
  every lookup so that edits show at once.
- `http`: `GET url` with the phone as `?phone=+92...` (or in place of a `{phone}` slot in
  the url), `Authorization: Bearer <token>` with the token read from the environment variable
  named by `token_env`; the answer is the single-person JSON shape above; 404 means no record.
- `sql`: one query per category against `sqlite://PATH` (aiosqlite) or `postgres://...`
  (asyncpg). Each query takes the phone as the named parameter `:phone` and returns zero or
  more rows whose column names are the field names
  (`SELECT name AS "Name", email AS "Email" FROM customers WHERE phone = :phone`). One row gives
  the fields as they are; when a query returns several rows (three invoices), the fields of the
  second and later rows are numbered: `Amount`, `Amount (2)`, `Amount (3)`. A category whose
  query returns no rows is left out; no rows anywhere means no record.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import aiohttp

# The I/O libraries are imported where they are used: `flows.profile` builds a
# `DataSourceConfig`, and the conversation core must not pull in aiohttp or database drivers.

logger = logging.getLogger(__name__)

KINDS = ("json", "http", "sql")
PersonRecord = dict[str, dict[str, str]]

_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
_PHONE_PARAM = re.compile(r"(?<![:\w]):phone\b")


@dataclass(frozen=True)
class DataSourceConfig:
    """How to reach the organisation's records; built from a profile's `[data_source]`."""

    kind: str
    path: Path | None = None
    url: str | None = None
    token_env: str | None = None
    timeout_seconds: float = 5.0
    queries: dict[str, str] = field(default_factory=dict)
    database_url: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            allowed = ", ".join(KINDS)
            raise ValueError(f"data source kind must be one of {allowed}, got {self.kind!r}")
        if self.timeout_seconds <= 0:
            raise ValueError(f"timeout_seconds must be positive, got {self.timeout_seconds!r}")


class DataSourceError(Exception):
    """The data source could not answer: unreachable, too slow, refused, or malformed."""


async def lookup(config: DataSourceConfig, phone: str) -> PersonRecord:
    """Return what the source holds about the person with this E.164 phone, by category."""
    if not _E164.match(phone):
        raise ValueError(f"expected an E.164 phone number such as +923001234567, got {phone!r}")
    try:
        async with asyncio.timeout(config.timeout_seconds):
            return await _LOOKUPS[config.kind](config, phone)
    except DataSourceError as exc:
        _log_failure(config, phone, str(exc))
        raise
    except TimeoutError:
        reason = f"no answer within {config.timeout_seconds:g} seconds"
        _log_failure(config, phone, reason)
        raise DataSourceError(f"{config.kind} data source: {reason}") from None


def mask_phone(phone: str) -> str:
    """Hide the middle of a phone number for logs (+92300*****67)."""
    if len(phone) <= 7:
        return "*" * len(phone)
    return phone[:6] + "*" * (len(phone) - 8) + phone[-2:]


def _log_failure(config: DataSourceConfig, phone: str, reason: str) -> None:
    """Log a failed lookup without revealing the phone number."""
    logger.warning("%s data source failed for %s: %s", config.kind, mask_phone(phone), reason)


# --- shape -----------------------------------------------------------------------------------


def person_record(data: Any, where: str) -> PersonRecord:
    """Check one person's `{category: {field: value}}` and turn every value into a string."""
    if not isinstance(data, Mapping):
        raise DataSourceError(f"{where}: expected an object of categories, got {_kind(data)}")
    record: PersonRecord = {}
    for category, fields in data.items():
        if not isinstance(fields, Mapping):
            raise DataSourceError(
                f"{where}: category {category!r}: expected an object of fields, got {_kind(fields)}"
            )
        record[str(category)] = {str(name): _as_text(value) for name, value in fields.items()}
    return record


def _as_text(value: Any) -> str:
    """Show a field's value as text: null as empty, dates in ISO form, lists as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float, list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _kind(value: Any) -> str:
    """Name a JSON value's type for an error message."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    for type_, name in names.items():
        if isinstance(value, type_):
            return name
    return "null" if value is None else "a number"


# --- json ------------------------------------------------------------------------------------


async def _lookup_json(config: DataSourceConfig, phone: str) -> PersonRecord:
    """Read the JSON file and pick out the person's record."""
    if config.path is None:
        raise DataSourceError("json data source has no path")
    everyone = await asyncio.to_thread(_read_json_file, config.path)
    if phone not in everyone:
        return {}
    return person_record(everyone[phone], f"{config.path}: {mask_phone(phone)}")


def _read_json_file(path: Path) -> dict[str, Any]:
    """Load the whole file, which must be an object keyed by phone number."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataSourceError(f"{path}: cannot read the file: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise DataSourceError(f"{path}: not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise DataSourceError(
            f"{path}: expected an object keyed by phone number, got {_kind(data)}"
        )
    return data


# --- http ------------------------------------------------------------------------------------


async def _lookup_http(config: DataSourceConfig, phone: str) -> PersonRecord:
    """Ask the organisation's HTTP endpoint about the person."""
    import aiohttp

    url, params = _http_target(config, phone)
    try:
        # The deadline is `lookup`'s own `asyncio.timeout`, which covers connect and read.
        async with aiohttp.ClientSession() as session:
            async with session.get(url, params=params, headers=_http_headers(config)) as resp:
                return await _read_http_answer(resp)
    except aiohttp.ClientError as exc:
        reason = f"request failed: {exc.__class__.__name__}"
        raise DataSourceError(f"http data source: {reason}") from exc


def _http_target(config: DataSourceConfig, phone: str) -> tuple[str, dict[str, str]]:
    """Put the phone into the url's `{phone}` slot, or into `?phone=`."""
    if not config.url:
        raise DataSourceError("http data source has no url")
    if "{phone}" in config.url:
        return config.url.replace("{phone}", quote(phone, safe="")), {}
    return config.url, {"phone": phone}


def _http_headers(config: DataSourceConfig) -> dict[str, str]:
    """Build the request headers, with the bearer token from the environment."""
    headers = {"Accept": "application/json"}
    if config.token_env:
        token = os.environ.get(config.token_env, "")
        if not token:
            raise DataSourceError(
                f"http data source: the environment variable {config.token_env} is not set; "
                "set it to the bearer token of the data source"
            )
        headers["Authorization"] = f"Bearer {token}"
    return headers


async def _read_http_answer(resp: aiohttp.ClientResponse) -> PersonRecord:
    """Turn the endpoint's answer into a record: 200 with JSON, or 404 for no record."""
    if resp.status == 404:
        return {}
    if resp.status != 200:
        raise DataSourceError(f"http data source: answered HTTP {resp.status}")
    try:
        data = await resp.json(content_type=None)
    except ValueError as exc:
        raise DataSourceError("http data source: the answer is not valid JSON") from exc
    return person_record(data, "http data source")


# --- sql -------------------------------------------------------------------------------------


async def _lookup_sql(config: DataSourceConfig, phone: str) -> PersonRecord:
    """Run each category's query with the phone and gather the rows."""
    url = config.database_url or ""
    if url.startswith("sqlite://"):
        rows = await _run_sqlite(sqlite_path(url), config.queries, phone)
    elif url.startswith(("postgres://", "postgresql://")):
        rows = await _run_postgres(url, config.queries, phone)
    else:
        raise DataSourceError(
            "sql data source: database_url must start with sqlite:// or postgres://"
        )
    return {category: _fields(r) for category, r in rows.items() if r}


def sqlite_path(url: str) -> str:
    """Take the file path out of a `sqlite://PATH` url (`sqlite:///abs/path` is absolute)."""
    return url.removeprefix("sqlite://")


Rows = list[tuple[Sequence[str], Sequence[Any]]]


async def _run_sqlite(path: str, queries: Mapping[str, str], phone: str) -> dict[str, Rows]:
    """Run the queries against a SQLite file, read-only."""
    import aiosqlite

    if not Path(path).is_file():
        raise DataSourceError(f"sql data source: no SQLite database at {path}")
    try:
        async with aiosqlite.connect(f"file:{quote(path)}?mode=ro", uri=True) as db:
            return {c: await _sqlite_rows(db, q, phone) for c, q in queries.items()}
    except aiosqlite.Error as exc:
        raise DataSourceError(f"sql data source: {exc}") from exc


async def _sqlite_rows(db: Any, query: str, phone: str) -> Rows:
    """Run one query and pair each row with the column names."""
    async with db.execute(query, {"phone": phone}) as cursor:
        names = [d[0] for d in cursor.description or ()]
        return [(names, tuple(row)) for row in await cursor.fetchall()]


async def _run_postgres(url: str, queries: Mapping[str, str], phone: str) -> dict[str, Rows]:
    """Run the queries against PostgreSQL in a read-only transaction."""
    import asyncpg

    try:
        conn = await asyncpg.connect(url)
    except (OSError, asyncpg.PostgresError) as exc:
        reason = f"cannot connect: {exc.__class__.__name__}"
        raise DataSourceError(f"sql data source: {reason}") from exc
    try:
        async with conn.transaction(readonly=True):
            return {c: await _postgres_rows(conn, q, phone) for c, q in queries.items()}
    except asyncpg.PostgresError as exc:
        raise DataSourceError(f"sql data source: {exc}") from exc
    finally:
        await conn.close()


async def _postgres_rows(conn: Any, query: str, phone: str) -> Rows:
    """Run one query, with `:phone` turned into asyncpg's `$1`."""
    records = await conn.fetch(_PHONE_PARAM.sub("$1", query), phone)
    return [(list(r.keys()), tuple(r.values())) for r in records]


def _fields(rows: Iterable[tuple[Sequence[str], Sequence[Any]]]) -> dict[str, str]:
    """Merge rows into one set of fields, numbering those of the second and later rows."""
    fields: dict[str, str] = {}
    for number, (names, values) in enumerate(rows, start=1):
        suffix = "" if number == 1 else f" ({number})"
        for name, value in zip(names, values):
            fields[f"{name}{suffix}"] = _as_text(value)
    return fields


_LOOKUPS = {"json": _lookup_json, "http": _lookup_http, "sql": _lookup_sql}
