"""The `[data_source]` section of a profile: where "See my data" looks (SPEC section 3)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from flows.profile_tables import Table
from storage.datasources import DataSourceConfig

DATA_SOURCE_KINDS = ("json", "http", "sql")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def data_source(t: Table, folder: Path, categories: Iterable[str]) -> DataSourceConfig:
    """Read `[data_source]`; relative paths are taken from the profile's folder."""
    t.only("kind", "path", "url", "token_env", "timeout_seconds", "queries", "database_url")
    kind = t.choice("kind", DATA_SOURCE_KINDS)
    timeout = t.number("timeout_seconds", 5.0)
    if kind == "json":
        return DataSourceConfig("json", path=_json_path(t, folder), timeout_seconds=timeout)
    if kind == "http":
        return _http_source(t, timeout)
    return _sql_source(t, folder, categories, timeout)


def _json_path(t: Table, folder: Path) -> Path:
    """Read the JSON file's path, which must exist."""
    path = (folder / str(t.string("path"))).resolve()
    if not path.is_file():
        t.fail("path", f"no such file: {path}; create it or correct the path "
               "(a relative path is taken from the profile's folder)")
    return path


def _http_source(t: Table, timeout: float) -> DataSourceConfig:
    """Read an http source; the token's environment variable is named, never the token."""
    url = t.url("url")
    if url is None:
        t.fail("url", "missing; add the address to GET, e.g. https://records.example.org/people")
    token_env = t.matching("token_env", _ENV_NAME, "the name of an environment variable")
    return DataSourceConfig("http", url=url, token_env=token_env, timeout_seconds=timeout)


def _sql_source(t: Table, folder: Path, categories: Iterable[str],
                timeout: float) -> DataSourceConfig:
    """Read an sql source: a database url and one query per declared category."""
    url = str(t.string("database_url"))
    if url.startswith("sqlite://"):
        url = "sqlite://" + str((folder / url.removeprefix("sqlite://")).resolve())
    elif not url.startswith(("postgres://", "postgresql://")):
        t.fail("database_url", f"expected sqlite://PATH or postgres://..., got {url!r}")
    return DataSourceConfig("sql", database_url=url, timeout_seconds=timeout,
                            queries=_queries(t.section("queries"), categories))


def _queries(t: Table, categories: Iterable[str]) -> dict[str, str]:
    """Read `[data_source.queries]`: category = SQL taking `:phone`."""
    known = set(categories)
    if not t.data:
        t.fail("", "empty; add one query per category, e.g. Contact = \"SELECT ...\"")
    queries = {}
    for category in t.data:
        if category not in known:
            t.fail(category, f"not a declared category; use one of: {', '.join(sorted(known))}")
        query = str(t.string(category))
        if ":phone" not in query:
            t.fail(category, "the query must use :phone for the person's phone number")
        queries[category] = query
    return queries
