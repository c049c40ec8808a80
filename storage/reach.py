"""Who can still be reached where: WhatsApp's 24-hour windows and numbers that refuse us.

WhatsApp lets a business send free text only within 24 hours of the person's last message;
each inbound WhatsApp message moves its address's window on. A number that texted STOP to
Twilio (or that Twilio answers with 21610) refuses every SMS from our number until it writes
START: it is kept here so that nothing more is sent to it.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from storage.models import Unreachable, WhatsAppWindow
from storage.sql import fetch, hand_written


async def note_inbound(transport: str, address: str, now: datetime) -> None:
    """Record that a person just wrote on WhatsApp: their window is open for 24 hours."""
    updated = await WhatsAppWindow.filter(transport=transport, address=address).update(
        last_inbound_at=now)
    if updated:
        return
    try:
        await WhatsAppWindow.create(transport=transport, address=address, last_inbound_at=now)
    except IntegrityError:  # another message of theirs got there first
        await WhatsAppWindow.filter(transport=transport, address=address).update(last_inbound_at=now)


async def last_inbound(transport: str, address: str) -> datetime | None:
    """Give when a person last wrote on WhatsApp, None if never seen."""
    row = await WhatsAppWindow.filter(transport=transport, address=address).first()
    return row.last_inbound_at if row is not None else None


async def mark_unreachable(transport: str, address: str, reason: str) -> bool:
    """Stop sending to an address; True if it was reachable until now."""
    try:
        await Unreachable.create(transport=transport, address=address, reason=reason[:32])
    except IntegrityError:
        return False
    return True


# Is this address blocked? Asked before a delete, which would be a write of its own.
_BLOCKED = hand_written("blocked address", "SELECT 1 FROM unreachable WHERE transport = ? AND address = ?")


async def reachable_again(transport: str, address: str) -> bool:
    """Send to an address again (the person wrote START); True if it was blocked.

    Twilio's opt-in words include YES, which people mostly send to answer the desk's own
    questions from numbers never blocked: a read first (joining the reads queued beside it)
    spares each of them a write transaction of its own."""
    if not await fetch(_BLOCKED, [transport, address]):
        return False
    return await Unreachable.filter(transport=transport, address=address).delete() > 0


async def unreachable_reason(transport: str, address: str) -> str | None:
    """Give why an address is not sent to, None when it is reachable."""
    row = await Unreachable.filter(transport=transport, address=address).first()
    return row.reason if row is not None else None


async def unreachable_among(
    pairs: list[tuple[str, str]], conn: BaseDBAsyncClient | None = None
) -> set[tuple[str, str]]:
    """Give which of these (transport, address) pairs are not sent to, in one query."""
    if not pairs:
        return set()
    rows = await Unreachable.filter(address__in=list({a for _t, a in pairs})).using_db(conn).values_list(
        "transport", "address")
    return {(t, a) for t, a in rows} & set(pairs)


async def windows_among(
    pairs: list[tuple[str, str]], conn: BaseDBAsyncClient | None = None
) -> dict[tuple[str, str], datetime]:
    """Give when each of these WhatsApp addresses last wrote, in one query."""
    if not pairs:
        return {}
    rows = await WhatsAppWindow.filter(address__in=list({a for _t, a in pairs})).using_db(conn).values_list(
        "transport", "address", "last_inbound_at")
    wanted = set(pairs)
    return {(t, a): when for t, a, when in rows if (t, a) in wanted}
