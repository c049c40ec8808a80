"""Hand-written SQL for the hot path, where the ORM's query building cost more than the query.

Writes that a message's turn queues are *plans*: generators that yield `Statement`s and are
sent back each one's result (the new row's id, or the number of rows changed). A plan does no
I/O itself, so the same plan runs either inside a tortoise transaction (`run`, on SQLite or
PostgreSQL) or, on SQLite, on the database's own thread in the same call as the rest of the
turn's transaction (`run_here`), without a trip through the event loop per statement.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields import DatetimeField
from tortoise.models import Model


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement of a plan, with `?` parameter marks."""

    sql: str
    values: list[Any]
    gives_id: bool = False  # an INSERT whose new row's id the plan is sent back


# Yields statements, is sent each one's new id (`gives_id`) or number of rows changed, and
# may return a value of its own.
Plan = Generator[Statement, Any, Any]


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
    columns = _columns(model)
    unknown = values.keys() - set(columns)
    if unknown:
        raise TypeError(f"{model.__name__} has no column {', '.join(sorted(unknown))}")
    fields_map = model._meta.fields_map
    now: datetime | None = None
    row: list[Any] = []
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
        row.append(None if value is None else field.to_db_value(value, model))
    return Statement(_insert_sql(model), row, gives_id)


@cache
def _columns(model: type[Model]) -> tuple[str, ...]:
    meta = model._meta
    return tuple(sorted(meta.db_fields - set(meta.generated_db_fields)))


@cache
def _insert_sql(model: type[Model]) -> str:
    meta = model._meta
    columns = [meta.fields_db_projection[name] for name in _columns(model)]
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{meta.db_table}" ({names}) VALUES ({", ".join("?" * len(columns))})'


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
        if statement.gives_id and postgres:
            result = (await conn.execute_insert(sql + " RETURNING id", statement.values))[0]
        elif statement.gives_id:
            result = await conn.execute_insert(sql, statement.values)
        else:
            result, _rows = await conn.execute_query(sql, statement.values)


def run_here(db: sqlite3.Connection, plan: Plan) -> Any:
    """Run a plan on an open SQLite connection, inside the caller's transaction."""
    result: Any = None
    while True:
        try:
            statement = plan.send(result)
        except StopIteration as done:
            return done.value
        cursor = db.execute(statement.sql, statement.values)
        result = cursor.lastrowid if statement.gives_id else cursor.rowcount
