"""Copy a whole desk from one database to another (SQLite to PostgreSQL, when one machine is not enough).

The target is migrated first and must be empty. Tables are copied parents before children, in
batches, with their ids as they were, so every reference stays true; PostgreSQL's sequences
are then moved past the highest id so that new rows do not collide. Timestamps are copied as
they were, `updated_at` included. At the end every table is counted on both sides.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields import DatetimeField
from tortoise.models import Model
from tortoise.transactions import in_transaction

from storage import db

logger = logging.getLogger(__name__)

BATCH = 500
SOURCE, TARGET = "default", "target"


class CopyError(Exception):
    """The copy cannot be done or did not come out right; the message says why."""


@dataclass(frozen=True)
class TableCount:
    """How many rows a table holds on each side."""

    table: str
    source: int
    target: int


async def copy_database(source_url: str, target_url: str) -> list[TableCount]:
    """Copy every table from `source_url` to the empty, migrated `target_url`; give the counts."""
    if _same(source_url, target_url):
        raise CopyError("the target is the database the desk uses now: name another one")
    await db.upgrade(source_url)
    await db.upgrade(target_url)
    async with _both(source_url, target_url) as target:
        models = in_dependency_order(list(Tortoise.apps["models"].values()))
        await _refuse_non_empty(models, target)
        with _timestamps_kept(models):
            for model in models:
                await _copy_table(model, target)
        if target.capabilities.dialect == "postgres":
            await _reset_sequences(models, target)
        counts = [await _count(model, target) for model in models]
    wrong = [c for c in counts if c.source != c.target]
    if wrong:
        raise CopyError("counts differ after the copy: " + ", ".join(
            f"{c.table} {c.source} → {c.target}" for c in wrong))
    return counts


def in_dependency_order(models: list[type[Model]]) -> list[type[Model]]:
    """Order models so that every table comes after the tables it refers to."""
    ordered: list[type[Model]] = []
    pending = sorted(models, key=lambda m: m._meta.db_table)
    while pending:
        ready = [m for m in pending if all(p in ordered or p is m for p in _parents(m))]
        if not ready:
            raise CopyError("the tables refer to each other in a circle; cannot order the copy")
        ordered.extend(ready)
        pending = [m for m in pending if m not in ready]
    return ordered


def _parents(model: type[Model]) -> list[type[Model]]:
    return [model._meta.fields_map[name].related_model for name in model._meta.fk_fields]  # type: ignore[attr-defined]


def _same(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


@asynccontextmanager
async def _both(source_url: str, target_url: str) -> AsyncIterator[BaseDBAsyncClient]:
    """Open the source as the models' own connection and the target beside it."""
    config = db.tortoise_config(source_url)
    config["connections"][TARGET] = db.tortoise_config(target_url)["connections"]["default"]
    await Tortoise.init(config=config)
    try:
        yield connections.get(TARGET)
    finally:
        await db.close_database()


async def _refuse_non_empty(models: list[type[Model]], target: BaseDBAsyncClient) -> None:
    full = [m._meta.db_table for m in models if await _rows(target, m)]
    if full:
        raise CopyError(f"the target already holds data (in {', '.join(full)}): copy only into an empty database")


@contextmanager
def _timestamps_kept(models: list[type[Model]]) -> Iterator[None]:
    """Write `auto_now` and `auto_now_add` times as they were, not as the time of the copy."""
    fields = [f for m in models for f in m._meta.fields_map.values()
              if isinstance(f, DatetimeField) and (f.auto_now or f.auto_now_add)]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, now, now_add in saved:
            f.auto_now, f.auto_now_add = now, now_add


async def _copy_table(model: type[Model], target: BaseDBAsyncClient) -> None:
    pk = model._meta.pk_attr
    names = list(model._meta.fields_db_projection)
    last = None
    while True:
        query = model.all().order_by(pk).limit(BATCH)
        rows = await (query.filter(**{f"{pk}__gt": last}) if last is not None else query)
        if not rows:
            return
        async with in_transaction(TARGET) as conn:
            await model.bulk_create(
                [model(**{name: getattr(row, name) for name in names}) for row in rows], using_db=conn
            )
        last = getattr(rows[-1], pk)
        logger.info("copied %s rows of %s", len(rows), model._meta.db_table)


async def _reset_sequences(models: list[type[Model]], target: BaseDBAsyncClient) -> None:
    """Move each id sequence past the highest id copied."""
    for model in models:
        if not model._meta.pk.generated:
            continue
        table, column = model._meta.db_table, model._meta.pk.source_field or model._meta.pk_attr
        await target.execute_query(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f"COALESCE(MAX(\"{column}\"), 1), MAX(\"{column}\") IS NOT NULL) FROM \"{table}\""
        )


async def _count(model: type[Model], target: BaseDBAsyncClient) -> TableCount:
    return TableCount(model._meta.db_table, await model.all().count(), await _rows(target, model))


async def _rows(conn: BaseDBAsyncClient, model: type[Model]) -> int:
    # Plain SQL: a queryset is built in the dialect of the models' own connection, not the target's.
    _, rows = await conn.execute_query(f'SELECT COUNT(*) AS n FROM "{model._meta.db_table}"')
    return int(dict(rows[0])["n"])
