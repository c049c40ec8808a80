"""Deliveries already processed, so that a provider's repeat is answered as before, once."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from storage.models import Delivery


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
    await Delivery.create(
        transport=transport, external_id=external_id[:128], response=replies, using_db=conn
    )
