"""Login links and sessions of the staff web console, kept in the database so that every
`serve` process shares them.

A token is `selector.verifier`: the selector finds the row, and the SHA-256 of the verifier is
compared with the stored hash in constant time (`hmac.compare_digest`). Only hashes are stored,
so a copy of the database logs no one in. A link works once, for `LINK_MINUTES`; a session ends
at logout, after its idle time, or at once when its member is taken off the team.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.models import Staff, StaffLoginLink, StaffSession

LINK_MINUTES = 15
# A session's last use is written at most this often, not on every page.
TOUCH_SECONDS = 60


@dataclass(frozen=True)
class WebSession:
    """A live session: who is logged in, the page language and the token forms must carry."""

    id: int
    staff: Staff
    csrf_token: str
    language: str


def new_token() -> tuple[str, str, str]:
    """Draw a token; give it with its selector and the hash of its verifier."""
    selector, verifier = secrets.token_urlsafe(12), secrets.token_urlsafe(32)
    return f"{selector}.{verifier}", selector, _digest(verifier)


def _digest(verifier: str) -> str:
    return hashlib.sha256(verifier.encode()).hexdigest()


def _split(token: str) -> tuple[str, str] | None:
    """Give a token's selector and verifier, or None if it is not one of ours."""
    selector, dot, verifier = token.partition(".")
    if not dot or not selector or not verifier or len(selector) > 24 or len(verifier) > 64:
        return None
    return selector, verifier


def _matches(verifier: str, stored_hash: str) -> bool:
    return hmac.compare_digest(_digest(verifier), stored_hash)


async def create_link(staff_id: int, now: datetime) -> str:
    """Make a single-use login link's token for a member of staff."""
    token, selector, digest = new_token()
    await StaffLoginLink.create(
        selector=selector, verifier_hash=digest, staff_id=staff_id,
        expires_at=now + timedelta(minutes=LINK_MINUTES),
    )
    return token


async def link_is_live(token: str, now: datetime) -> bool:
    """Tell whether a link would still log someone in (without using it)."""
    return await _live_link(token, now) is not None


async def _live_link(token: str, now: datetime) -> StaffLoginLink | None:
    parts = _split(token)
    if parts is None:
        return None
    link = await StaffLoginLink.get_or_none(
        selector=parts[0], used_at=None, expires_at__gt=now, staff__active=True
    )
    if link is None or not _matches(parts[1], link.verifier_hash):
        return None
    return link


async def redeem_link(token: str, now: datetime) -> int | None:
    """Use a link up and give its member's id; a used, expired, forged or removed member's
    link gives None. Of two uses at once, only one wins."""
    link = await _live_link(token, now)
    if link is None:
        return None
    taken = await StaffLoginLink.filter(id=link.id, used_at=None).update(used_at=now)
    return link.staff_id if taken == 1 else None  # type: ignore[attr-defined]


async def open_session(staff_id: int, now: datetime, language: str = "en") -> str:
    """Start a session for a member of staff and give its token (the cookie's value)."""
    token, selector, digest = new_token()
    await StaffSession.create(
        selector=selector, verifier_hash=digest, csrf_token=secrets.token_urlsafe(32),
        staff_id=staff_id, language=language, last_seen_at=now,
    )
    return token


async def session_for(token: str, now: datetime, idle: timedelta) -> WebSession | None:
    """Find the live session of a cookie, noting its use; None once it ended, idled out, or
    its member left the team."""
    parts = _split(token)
    if parts is None:
        return None
    row = await StaffSession.get_or_none(
        selector=parts[0], ended_at=None, last_seen_at__gt=now - idle, staff__active=True
    ).select_related("staff")
    if row is None or not _matches(parts[1], row.verifier_hash):
        return None
    if (now - row.last_seen_at).total_seconds() > TOUCH_SECONDS:
        await StaffSession.filter(id=row.id).update(last_seen_at=now)
    return WebSession(row.id, row.staff, row.csrf_token, row.language)


def csrf_matches(session: WebSession, given: str) -> bool:
    """Tell, in constant time, whether a form carried its session's CSRF token."""
    return bool(given) and hmac.compare_digest(session.csrf_token.encode(), given.encode())


async def end_session(session_id: int, now: datetime) -> None:
    """Log a session out."""
    await StaffSession.filter(id=session_id, ended_at=None).update(ended_at=now)


async def set_language(session_id: int, language: str) -> None:
    """Keep the page language a member chose for their session."""
    await StaffSession.filter(id=session_id).update(language=language)
