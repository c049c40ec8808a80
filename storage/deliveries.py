"""Deliveries already processed, so that a provider's repeat is answered as before, once.

A delivery is keyed on its transport, its sender and the provider's whole message id: two
senders whose gateways both number their messages from "1" are two deliveries. The key is
stored as a SHA-256 digest of sender and id (`key`), so ids of any length fit and no phone
number sits in the key in plain text.
"""

from __future__ import annotations

import hashlib

from tortoise.backends.base.client import BaseDBAsyncClient

from storage.models import Delivery
from storage.records import DeliveryRecord, StoredReply
from storage.sql import Plan, insert, run


def key(sender: str, external_id: str) -> str:
    """Give the stored key of one sender's delivery: a digest of sender and the whole id."""
    material = f"{len(sender)}:{sender}:{external_id}"
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


def recorded(delivery: DeliveryRecord) -> Plan:
    """Record a delivery with its answer; a unique collision if it was recorded already."""
    yield insert(
        Delivery,
        transport=delivery.transport,
        external_id=key(delivery.sender, delivery.external_id),
        response=delivery.replies,
    )


async def find(transport: str, sender: str, external_id: str) -> list[StoredReply] | None:
    """Give the stored answer to a delivery seen before, or None."""
    row = await Delivery.get_or_none(transport=transport, external_id=key(sender, external_id))
    return None if row is None else list(row.response)


async def record(
    transport: str,
    external_id: str,
    replies: list[StoredReply],
    conn: BaseDBAsyncClient,
    *,
    sender: str = "",
) -> None:
    """Record a delivery in `conn`'s transaction; raises IntegrityError if it was recorded already."""
    await run(recorded(DeliveryRecord(transport, sender, external_id, replies)), conn)
