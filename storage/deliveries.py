"""Deliveries already processed, so that a provider's repeat is answered as before, once."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from storage.models import Delivery
from storage.sql import dialect

_RESPONSE = Delivery._meta.fields_map["response"]
RECORD = "INSERT INTO delivery (transport, external_id, response, created_at) VALUES (?, ?, ?, ?)"


class AlreadyProcessed(Exception):
    """Another handler recorded this delivery first; here is the answer it gave."""

    def __init__(self, replies: list[dict[str, Any]]) -> None:
        super().__init__("delivery already processed")
        self.replies = replies


async def find(transport: str, external_id: str) -> list[dict[str, Any]] | None:
    """Give the stored answer to a delivery seen before, or None."""
    row = await Delivery.get_or_none(transport=transport, external_id=external_id[:128])
    return None if row is None else list(row.response)


async def record(
    transport: str, external_id: str, replies: list[dict[str, Any]], conn: BaseDBAsyncClient
) -> None:
    """Record a delivery with its answer; raises IntegrityError if it was recorded already."""
    await record_values(values(transport, external_id, replies), conn)


async def record_values(row: list[Any], conn: BaseDBAsyncClient) -> None:
    """Record a delivery given as `values` gives it; raises IntegrityError if it was recorded already."""
    # By hand: building a Delivery model and its INSERT cost more than the insert itself.
    await conn.execute_insert(dialect(RECORD, conn), row)


def values(transport: str, external_id: str, replies: list[dict[str, Any]]) -> list[Any]:
    """Give the values of a delivery record, in the order of `RECORD`."""
    response = _RESPONSE.to_db_value(replies, Delivery)
    return [transport, external_id[:128], response, datetime.now(timezone.utc)]
