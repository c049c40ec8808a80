"""Hand-written SQL for the hot path, where the ORM's query building cost more than the query.

Writes that a message's turn queues are *plans*: generators that yield `Statement`s and are
sent back each one's result (the new row's id, the number of rows changed, or the rows a
query found). A plan does no I/O itself, so the same plan runs either inside a tortoise
transaction (`run`, on SQLite or PostgreSQL) or, on SQLite, on the database's own thread in
the same call as the rest of the turn's transaction (`run_here`), without a trip through the
event loop per statement. A plan that finds the world changed under it raises; the turn's
transaction then leaves nothing behind.

INSERT and UPDATE statements are built from the models (`insert`, `update`), so a renamed
column is renamed here too; the few statements still written by hand are registered with
`hand_written`, and a test runs each against the migrated schema of both databases.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from typing import Any, Literal

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields import DatetimeField
from tortoise.models import Model

from storage import sqlite_thread

# What a statement gives back to its plan: a new row's id, the rows changed, or the rows found.
Gives = Literal["count", "id", "rows"]
Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement of a plan, with `?` parameter marks."""

    sql: str
    values: Sequence[Any]
    gives_id: bool = False  # an INSERT whose new row's id the plan is sent back
    gives_rows: bool = False  # a query whose rows (mappings by column name) the plan is sent
    many: bool = False  # `values` is a list of rows, each run with the same SQL


# Yields statements, is sent each one's result, and may return a value of its own.
Plan = Generator[Statement, Any, Any]

# Statements written by hand rather than built from the models, checked by one test.
HAND_WRITTEN: dict[str, str] = {}


def hand_written(name: str, sql: str) -> str:
    """Register a hand-written statement for the schema test; give it back."""
    HAND_WRITTEN[name] = sql
    return sql


def query(sql: str, values: Sequence[Any]) -> Statement:
    """A query whose rows the plan is sent back."""
    return Statement(sql, values, gives_rows=True)


async def fetch(sql: str, values: Sequence[Any]) -> Sequence[Row]:
    """Run a hand-written query with `?` parameter marks on SQLite or PostgreSQL; give its rows.

    On SQLite it joins the reads queued on the database's thread, so a read costs no trip of its
    own through the event loop."""
    client = connections.get("default")
    if sqlite_thread.is_sqlite(client):
        return await sqlite_thread.read(client, sql, values)
    return await client.execute_query_dict(dialect(sql, client), list(values))


def dialect(sql: str, client: BaseDBAsyncClient) -> str:
    """Give `?` parameter marks as the database wants them (`$1`, `$2`... on PostgreSQL)."""
    if client.capabilities.dialect != "postgres":
        return sql
    return _numbered(sql)


@cache
def _numbered(sql: str) -> str:
    parts = sql.split("?")
    return parts[0] + "".join(f"${n}{part}" for n, part in enumerate(parts[1:], start=1))


def insert(model: type[Model], *, gives_id: bool = False, **values: Any) -> Statement:
    """Insert one row as `model.create(**values)` would: defaults filled in, values converted."""
    return Statement(_insert_sql(model), row(model, **values), gives_id)


def insert_many(model: type[Model], rows: list[dict[str, Any]]) -> Statement:
    """Insert several rows of one model in one statement run per row."""
    return Statement(_insert_sql(model), [row(model, **values) for values in rows], many=True)


def row(model: type[Model], **values: Any) -> list[Any]:
    """Give the column values of one new row, in the order of `model`'s INSERT."""
    columns = _columns(model)
    unknown = values.keys() - set(columns)
    if unknown:
        raise TypeError(f"{model.__name__} has no column {', '.join(sorted(unknown))}")
    fields_map = model._meta.fields_map
    now: datetime | None = None
    out: list[Any] = []
    for name in columns:
        field = fields_map[name]
        if name in values:
            value = values[name]
        elif isinstance(field, DatetimeField) and (field.auto_now or field.auto_now_add):
            value = now = now or datetime.now(timezone.utc)
        elif field.default is not None:
            value = field.default() if callable(field.default) else field.default
        else:
            value = None
        out.append(None if value is None else field.to_db_value(value, model))
    return out


def update(model: type[Model], where: Mapping[str, Any], **values: Any) -> Statement:
    """Update the rows of `model` whose columns equal `where`; the plan is sent the count."""
    sql = _update_sql(model, tuple(values), tuple(where))
    fields_map = model._meta.fields_map
    converted = [None if v is None else fields_map[k].to_db_value(v, model) for k, v in values.items()]
    return Statement(sql, [*converted, *where.values()])


def column(model: type[Model], name: str) -> str:
    """Give the database column of a model's field."""
    return model._meta.fields_db_projection[name]


def table(model: type[Model]) -> str:
    """Give a model's table."""
    return model._meta.db_table


@cache
def _columns(model: type[Model]) -> tuple[str, ...]:
    meta = model._meta
    return tuple(sorted(meta.db_fields - set(meta.generated_db_fields)))


@cache
def _insert_sql(model: type[Model]) -> str:
    columns = [column(model, name) for name in _columns(model)]
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table(model)}" ({names}) VALUES ({", ".join("?" * len(columns))})'


@cache
def _update_sql(model: type[Model], fields: tuple[str, ...], where: tuple[str, ...]) -> str:
    sets = ", ".join(f'"{column(model, name)}" = ?' for name in fields)
    conditions = " AND ".join(f'"{column(model, name)}" = ?' for name in where)
    return f'UPDATE "{table(model)}" SET {sets} WHERE {conditions}'


async def run(plan: Plan, conn: BaseDBAsyncClient) -> Any:
    """Run a plan statement by statement on a tortoise connection; give what it returns."""
    postgres = conn.capabilities.dialect == "postgres"
    result: Any = None
    while True:
        try:
            statement = plan.send(result)
        except StopIteration as done:
            return done.value
        sql = dialect(statement.sql, conn)
        if statement.many:
            await conn.execute_many(sql, list(statement.values))
            result = len(statement.values)
        elif statement.gives_rows:
            result = await conn.execute_query_dict(sql, list(statement.values))
        elif statement.gives_id and postgres:
            result = (await conn.execute_insert(sql + " RETURNING id", list(statement.values)))[0]
        elif statement.gives_id:
            result = await conn.execute_insert(sql, list(statement.values))
        else:
            result, _rows = await conn.execute_query(sql, list(statement.values))


def run_here(db: sqlite3.Connection, plan: Plan) -> Any:
    """Run a plan on an open SQLite connection, inside the caller's transaction."""
    result: Any = None
    while True:
        try:
            statement = plan.send(result)
        except StopIteration as done:
            return done.value
        if statement.many:
            result = db.executemany(statement.sql, statement.values).rowcount
            continue
        cursor = db.execute(statement.sql, statement.values)
        if statement.gives_rows:
            result = cursor.fetchall()
        else:
            result = cursor.lastrowid if statement.gives_id else cursor.rowcount
