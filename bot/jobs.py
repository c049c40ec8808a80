"""Daily jobs run by `serve`: the staff reminder and the retention purge.

Every server process runs this loop; a claim in the database (`reminder:YYYY-MM-DD`, a row with a
unique name) lets only the first process do each day's work, so two servers never send the
reminder twice; the reminder is queued in the claim's own transaction. The purge is claimed the
same way; a process that dies in the middle of one leaves the rest to the next day's, which is
harmless because purging twice removes nothing more.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, time, timezone
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient

from flows.engine import Desk
from flows.reminders import reminder
from storage import leases, outbox
from storage.retention import purge

logger = logging.getLogger(__name__)

KARACHI = ZoneInfo("Asia/Karachi")
REMINDER_AT = time(9, 0)
CHECK_EVERY_SECONDS = 300.0


def utcnow() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


async def run_due_jobs(desk: Desk, owner: str, now: datetime) -> list[str]:
    """Do today's jobs that are due and not yet done by any process; name those done."""
    local = now.astimezone(KARACHI)
    if local.time() < REMINDER_AT:
        return []
    done = []
    day = local.date().isoformat()
    if await _send_reminder(desk, owner, now, day):
        done.append("reminder")
    if await leases.claim_once(f"purge:{day}", owner, now):
        retention = desk.profile.retention.desk
        report = await purge(
            now, transcript_days=retention.transcript_days, closed_ticket_days=retention.closed_ticket_days
        )
        logger.info("purge: %s", report)
        done.append("purge")
    return done


async def _send_reminder(desk: Desk, owner: str, now: datetime, day: str) -> bool:
    """Queue today's staff reminder, claimed and queued in one transaction by one process."""
    transport, address = desk.staff_transport, desk.staff_address
    name = f"reminder:{day}"
    if not (transport and address) or await leases.claimed(name):
        return False
    notice = await reminder(now)

    async def queue(conn: BaseDBAsyncClient) -> None:
        if notice is not None:
            await outbox.enqueue(transport, address, notice, using_db=conn)

    return await leases.claim_once(name, owner, now, with_write=queue)


async def run_forever(desk: Desk, owner: str) -> None:
    """Check for due jobs every few minutes until cancelled."""
    while True:
        try:
            await run_due_jobs(desk, owner, utcnow())
        except Exception:  # noqa: BLE001 - a failed job is logged and tried again next round
            logger.exception("daily jobs failed; trying again in %s s", CHECK_EVERY_SECONDS)
        await asyncio.sleep(CHECK_EVERY_SECONDS)
