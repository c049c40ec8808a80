"""Committing a turn: the one place that knows the backend, the transaction and its errors.

`commit` takes a `TurnRecord` and writes all of it or none of it: the delivery (for
de-duplication), the conversation moved on from the version the step read, its transcript
lines and the turn's plans. On SQLite the turn joins the group commit on SQLite's own thread
(storage/sqlite_thread.py), which shares one transaction among the turns that arrive
together; elsewhere, or with `GROUP_COMMIT` off, it is a plain tortoise transaction. Either
way the caller meets only storage's own errors (storage/conflicts.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from storage import conversations, deliveries, sqlite_thread
from storage.conflicts import AlreadyAnswered, Collision
from storage.records import TurnRecord
from storage.sql import Plan, run, run_here

# Off forces the general path on SQLite too (the contract test runs both).
GROUP_COMMIT = True
MASK = "•••"


async def commit(record: TurnRecord) -> None:
    """Write the turn, or raise StaleConversation, AlreadyAnswered or Collision having
    written nothing of it; whatever else a plan raises comes through as it is."""
    plans = _plans(record)
    client = connections.get("default")
    try:
        if GROUP_COMMIT and sqlite_thread.is_sqlite(client):
            await _in_one_trip(client, plans)
        else:
            await _in_transaction(plans)
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        # Either another process recorded this delivery first, and its answer is read once our
        # transaction is over (PostgreSQL refuses any query in an aborted one), or a number we
        # drew was taken meanwhile.
        delivery = record.delivery
        seen = None if delivery is None else await deliveries.find(
            delivery.transport, delivery.sender, delivery.external_id
        )
        if seen is not None:
            raise AlreadyAnswered(seen) from None
        cause = exc.__cause__ or exc
        raise Collision(f"a unique value was taken meanwhile ({type(cause).__name__})") from exc


def _plans(record: TurnRecord) -> list[Plan]:
    """The turn as plans: its delivery, the conversation saved, then the step's own writes."""
    conv, secrets = record.conv, record.secrets
    lines = [(d, mask(text, secrets)) for d, text in conv.lines] if secrets else conv.lines
    plans = [conversations.saved(conv, lines), *record.plans]
    if record.delivery is not None:
        delivery = record.delivery
        if secrets:
            replies = [{**r, "text": mask(str(r.get("text", "")), secrets)} for r in delivery.replies]
            delivery = type(delivery)(delivery.transport, delivery.sender, delivery.external_id, replies)
        plans.insert(0, deliveries.recorded(delivery))
    return plans


def mask(text: str, secrets: Sequence[str]) -> str:
    """Hide each secret in a text that is kept."""
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text


async def _in_transaction(plans: list[Plan]) -> None:
    async with in_transaction() as conn:
        for plan in plans:
            await run(plan, conn)


async def _in_one_trip(client: sqlite_thread.SqliteClient, plans: list[Plan]) -> None:
    def turn(db: sqlite3.Connection) -> str:
        for plan in plans:
            run_here(db, plan)
        return "saved"

    await sqlite_thread.commit_together(client, turn)
