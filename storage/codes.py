"""One-time codes that prove a phone number: 6 digits, 10 minutes, 5 tries, kept only as a hash.

Too many wrong codes lock the number out for an hour; the lock-out is logged. The tries are
counted across every code sent to the number within the hour, so asking for a new code does
not give five more; and no more than `MAX_CODES` codes go to one number in an hour, so nobody
can flood someone else's phone with them.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from storage.datasources import mask_phone
from storage.models import CodeLockout, OneTimeCode

logger = logging.getLogger(__name__)

CODE_DIGITS = 6
VALID_FOR = timedelta(minutes=10)
MAX_TRIES = 5
LOCKOUT = timedelta(hours=1)
MAX_CODES = 5  # sent to one number within WINDOW
WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class CodeCheck:
    """The outcome of checking a code: `ok`, `wrong`, `expired` or `locked`."""

    outcome: str
    tries_left: int = 0


def new_code() -> str:
    """Draw a fresh six-digit code."""
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def hash_code(code: str, salt: str | None = None) -> str:
    """Hash a code with a random salt, as `salt$hex`."""
    salt = salt or secrets.token_hex(8)
    digest = hashlib.sha256(f"{salt}:{code}".encode()).hexdigest()
    return f"{salt}${digest}"


def _matches(code: str, stored: str) -> bool:
    salt, _, _digest = stored.partition("$")
    return hmac.compare_digest(hash_code(code, salt), stored)


async def locked_until(phone: str, now: datetime) -> datetime | None:
    """Tell until when a number is locked out, if it is."""
    lock = await CodeLockout.get_or_none(phone=phone)
    if lock is not None and lock.locked_until > now:
        return lock.locked_until
    return None


def _sent_within_the_window(phone: str, now: datetime) -> Any:
    # a code's expiry is its sending time plus VALID_FOR, on the same clock as `now`
    return OneTimeCode.filter(phone=phone, expires_at__gt=now - WINDOW + VALID_FOR)


async def may_send(phone: str, now: datetime) -> bool:
    """Tell whether another code may go to a number: fewer than `MAX_CODES` within the hour."""
    sent = await _sent_within_the_window(phone, now).count()
    if sent >= MAX_CODES:
        logger.warning("no code sent to %s: %s codes within the hour already", mask_phone(phone), sent)
        return False
    return True


async def store(phone: str, code: str, now: datetime, conn: BaseDBAsyncClient) -> None:
    """Keep the hash of a code just sent, replacing any earlier one for the number."""
    await OneTimeCode.filter(phone=phone, used=False).using_db(conn).update(used=True)
    await OneTimeCode.create(
        phone=phone, code_hash=hash_code(code), expires_at=now + VALID_FOR, using_db=conn
    )


async def check(phone: str, code: str, now: datetime) -> CodeCheck:
    """Check a code typed by a person and count the try."""
    if await locked_until(phone, now):
        return CodeCheck("locked")
    row = await OneTimeCode.filter(phone=phone, used=False).order_by("-id").first()
    if row is None or row.expires_at <= now:
        return CodeCheck("expired")
    if _matches(code.strip(), row.code_hash):
        await OneTimeCode.filter(id=row.id).update(used=True)
        return CodeCheck("ok")
    # this try, and every wrong one on the codes sent within the hour (this one's included)
    tries = 1 + sum(await _sent_within_the_window(phone, now).values_list("attempts", flat=True))
    await OneTimeCode.filter(id=row.id).update(attempts=row.attempts + 1, used=tries >= MAX_TRIES)
    if tries >= MAX_TRIES:
        await _lock(phone, now)
        return CodeCheck("locked")
    return CodeCheck("wrong", MAX_TRIES - tries)


async def _lock(phone: str, now: datetime) -> None:
    logger.warning("phone %s locked out for an hour after %s wrong codes", mask_phone(phone), MAX_TRIES)
    updated = await CodeLockout.filter(phone=phone).update(locked_until=now + LOCKOUT)
    if not updated:
        await CodeLockout.create(phone=phone, locked_until=now + LOCKOUT)
