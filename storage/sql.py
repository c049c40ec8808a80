"""Hand-written SQL for the hot path, where the ORM's query building cost more than the query."""

from __future__ import annotations

from functools import cache

from tortoise.backends.base.client import BaseDBAsyncClient


def dialect(sql: str, client: BaseDBAsyncClient) -> str:
    """Give `?` parameter marks as the database wants them (`$1`, `$2`... on PostgreSQL)."""
    if client.capabilities.dialect != "postgres":
        return sql
    return _numbered(sql)


@cache
def _numbered(sql: str) -> str:
    parts = sql.split("?")
    return parts[0] + "".join(f"${n}{part}" for n, part in enumerate(parts[1:], start=1))
