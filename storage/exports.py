"""Copies of a person's data behind single-use links that expire; only the token's hash is kept."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from storage.models import Export
from storage.sql import Plan, insert, run

T = TypeVar("T")


def new_token() -> str:
    """Draw an unguessable token for a download link."""
    return secrets.token_urlsafe(24)


def token_hash(token: str) -> str:
    """Hash a token as stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def created(token: str, subject_id: int, content: dict[str, Any], expires_at: datetime) -> Plan:
    """Keep a copy for one download before `expires_at`."""
    yield insert(
        Export, token_hash=token_hash(token), subject_id=subject_id, content=content, expires_at=expires_at
    )


async def create(
    token: str, subject_id: int, content: dict[str, Any], expires_at: datetime, conn: BaseDBAsyncClient
) -> None:
    """Keep a copy for one download before `expires_at`, in `conn`'s transaction."""
    await run(created(token, subject_id, content, expires_at), conn)


@dataclass(frozen=True, slots=True)
class WaitingCopy:
    """A copy still to be downloaded: when its link expires, and its person's language."""

    expires_at: datetime
    language: str


async def waiting(token: str, now: datetime) -> WaitingCopy | None:
    """Look at a copy still to be downloaded, without using its link up."""
    rows = await Export.filter(
        token_hash=token_hash(token), used_at__isnull=True, expires_at__gt=now
    ).values("expires_at", "subject__language")
    if not rows:
        return None
    return WaitingCopy(rows[0]["expires_at"], str(rows[0]["subject__language"]))


async def take(token: str, now: datetime, prepare: Callable[[dict[str, Any]], T]) -> T | None:
    """Hand out a copy once, as `prepare` makes it: a used, expired or unknown token gives None.

    The link is used up in the same transaction that reads the copy and prepares the file, so
    a file that cannot be made leaves the link as it was, and of two presses at the same
    moment one gets the file.
    """
    digest = token_hash(token)
    async with in_transaction() as connection:
        taken = await Export.filter(token_hash=digest, used_at__isnull=True, expires_at__gt=now) \
            .using_db(connection).update(used_at=now)
        if taken != 1:
            return None
        export = await Export.get(token_hash=digest, using_db=connection)
        return prepare(dict(export.content))
