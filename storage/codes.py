"""One-time codes that prove a phone number: 6 digits, 10 minutes, 5 tries, kept only as a hash.

Too many wrong codes lock the number out for an hour; the lock-out is logged. The tries are
counted across every code sent to the number within the hour, so asking for a new code does
not give five more; and no more than `MAX_CODES` codes go to one number in an hour, so nobody
can flood someone else's phone with them.

Many chats may type the same number at the same moment, so the step only reads (`may_send`,
`check`) to word its answer, and the deciding is done by the plans it queues (`sent`,
`judged`), inside the turn's own transaction: each first takes the number's guard row (its
`code_lockout` row, locked until it commits on PostgreSQL; SQLite writes one transaction at a
time), then counts again and refuses with `CodeRefused` when the cap or the lock-out was
reached meanwhile. The turn is then run again and answers from the fresh count. A guess is
judged only while tries remain, so at most `MAX_TRIES` are judged an hour however many chats
guess at once; under such a crowd the "tries left" a chat was told may be more than remain.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from storage.conflicts import Collision
from storage.datasources import mask_phone
from storage.models import CodeLockout, OneTimeCode
from storage.sql import Plan, Statement, hand_written, insert, query, update

logger = logging.getLogger(__name__)

CODE_DIGITS = 6
VALID_FOR = timedelta(minutes=10)
MAX_TRIES = 5
LOCKOUT = timedelta(hours=1)
MAX_CODES = 5  # sent to one number within WINDOW
WINDOW = timedelta(hours=1)
# A guard row that locks nothing out: its `locked_until` is long past.
NEVER = datetime(1970, 1, 1, tzinfo=timezone.utc)


class CodeRefused(Collision):
    """The number's hour was used up by another chat meanwhile: run the step again."""


@dataclass(frozen=True)
class CodeCheck:
    """The outcome of checking a code: `ok`, `wrong`, `expired` or `locked`.

    `code_id` names the code judged and `tries` counts this try among the hour's.
    """

    outcome: str
    tries_left: int = 0
    code_id: int = 0


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


def _window_start(now: datetime) -> datetime:
    # a code's expiry is its sending time plus VALID_FOR, on the same clock as `now`
    return now - WINDOW + VALID_FOR


async def locked_until(phone: str, now: datetime) -> datetime | None:
    """Tell until when a number is locked out, if it is."""
    lock = await CodeLockout.get_or_none(phone=phone)
    if lock is not None and lock.locked_until > now:
        return lock.locked_until
    return None


async def may_send(phone: str, now: datetime) -> bool:
    """Tell whether another code may go to a number: fewer than `MAX_CODES` within the hour."""
    sent = await OneTimeCode.filter(phone=phone, expires_at__gt=_window_start(now)).count()
    if sent >= MAX_CODES:
        logger.warning("no code sent to %s: %s codes within the hour already", mask_phone(phone), sent)
        return False
    return True


async def check(phone: str, code: str, now: datetime) -> CodeCheck:
    """Judge a code typed by a person, as things stand; `judged` counts the try."""
    # The code first, then the lock-out: a chat whose last try locked the number in between
    # used the code up too, and then its lock-out is seen here (never "expired" instead).
    latest = await OneTimeCode.filter(phone=phone, used=False).order_by("-id").first()
    if await locked_until(phone, now):
        return CodeCheck("locked")
    if latest is None or latest.expires_at <= now:
        return CodeCheck("expired")
    if _matches(code.strip(), latest.code_hash):
        return CodeCheck("ok", code_id=latest.id)
    # this try, and every wrong one on the codes sent within the hour (this one's included)
    earlier = await OneTimeCode.filter(phone=phone, expires_at__gt=_window_start(now)).values_list(
        "attempts", flat=True
    )
    tries = 1 + sum(int(n) for n in earlier)  # type: ignore[call-overload]
    if tries >= MAX_TRIES:
        return CodeCheck("locked", code_id=latest.id)
    return CodeCheck("wrong", MAX_TRIES - tries, code_id=latest.id)


# Inserted, or found and updated to nothing new: either way the row is the transaction's.
_TAKE = " ON CONFLICT (phone) DO UPDATE SET phone = excluded.phone"
_HOUR = hand_written(
    "a number's hour of codes",
    "SELECT count(*) AS codes, COALESCE(sum(attempts), 0) AS tries,"
    " (SELECT locked_until FROM code_lockout WHERE phone = ?) AS locked_until"
    " FROM one_time_code WHERE phone = ? AND expires_at > ?",
)


def _hour(phone: str, now: datetime) -> Plan:
    """Take the number's guard row for the transaction; give its codes, tries and lock-out."""
    guard = insert(CodeLockout, phone=phone, locked_until=NEVER)
    yield Statement(guard.sql + _TAKE, guard.values)
    rows = yield query(_HOUR, [phone, phone, _db_time(now - WINDOW + VALID_FOR)])
    found = rows[0]
    locked = _read_time(found["locked_until"])
    return int(found["codes"]), int(found["tries"]), locked is not None and locked > now


def sent(phone: str, code: str, now: datetime) -> Plan:
    """Keep the hash of a code about to be sent, replacing any earlier one for the number;
    CodeRefused if the hour's codes ran out or the number was locked out meanwhile."""
    codes, _tries, locked = yield from _hour(phone, now)
    if locked or codes >= MAX_CODES:
        raise CodeRefused(f"no more codes for {mask_phone(phone)} this hour")
    yield update(OneTimeCode, {"phone": phone, "used": False}, used=True)
    yield insert(OneTimeCode, phone=phone, code_hash=hash_code(code), expires_at=now + VALID_FOR)


def judged(phone: str, result: CodeCheck, now: datetime) -> Plan:
    """Count a try `check` judged, and lock the number out on the last one; CodeRefused if
    the number's tries ran out, or its code was used, meanwhile."""
    if result.outcome not in ("ok", "wrong", "locked") or not result.code_id:
        return
    _codes, tries, locked = yield from _hour(phone, now)
    if locked or tries >= MAX_TRIES:
        raise CodeRefused(f"{mask_phone(phone)} ran out of tries meanwhile")
    if result.outcome == "wrong" and tries + 1 >= MAX_TRIES:
        raise CodeRefused(f"this try of {mask_phone(phone)} locks the number now")  # say so
    where = {"id": result.code_id, "used": False}
    if result.outcome == "ok":
        taken = yield update(OneTimeCode, where, used=True)
    else:
        taken = yield Statement(_WRONG, [tries + 1 >= MAX_TRIES, result.code_id, False])
    if taken != 1:
        raise CodeRefused(f"the code of {mask_phone(phone)} was used meanwhile")
    if result.outcome != "ok" and tries + 1 >= MAX_TRIES:
        logger.warning("phone %s locked out for an hour after %s wrong codes", mask_phone(phone), MAX_TRIES)
        yield update(CodeLockout, {"phone": phone}, locked_until=now + LOCKOUT)


_WRONG = hand_written(
    "a wrong try counted", "UPDATE one_time_code SET attempts = attempts + 1, used = ? WHERE id = ? AND used = ?"
)
_AT = OneTimeCode._meta.fields_map["expires_at"]


def _db_time(when: datetime) -> object:
    return _AT.to_db_value(when, OneTimeCode)


def _read_time(value: object) -> datetime | None:
    return None if value is None else _AT.to_python_value(value)
