"""Copies of a person's data behind single-use links that expire; only the token's hash is kept."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from storage.models import Export
from storage.sql import Plan, insert, run


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


async def take(token: str, now: datetime) -> dict[str, Any] | None:
    """Hand out a copy once: a used, expired or unknown token gives None."""
    digest = token_hash(token)
    taken = await Export.filter(token_hash=digest, used_at__isnull=True, expires_at__gt=now).update(
        used_at=now
    )
    if taken != 1:
        return None
    export = await Export.get(token_hash=digest)
    return dict(export.content)
