"""Daily jobs run by `serve`: the staff reminder and the retention purge.

Every server process runs this loop; a claim in the database (`reminder:YYYY-MM-DD`) lets only
the first process do each day's work, so two servers never send the reminder twice.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, time, timezone
from zoneinfo import ZoneInfo

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
    if desk.staff_transport and desk.staff_address and await leases.claim_once(f"reminder:{day}", owner, now):
        notice = await reminder(now)
        if notice is not None:
            await outbox.enqueue(desk.staff_transport, desk.staff_address, notice)
        done.append("reminder")
    if await leases.claim_once(f"purge:{day}", owner, now):
        retention = desk.profile.retention.desk
        report = await purge(
            now, transcript_days=retention.transcript_days, closed_ticket_days=retention.closed_ticket_days
        )
        logger.info("purge: %s", report)
        done.append("purge")
    return done


async def run_forever(desk: Desk, owner: str) -> None:
    """Check for due jobs every few minutes until cancelled."""
    while True:
        try:
            await run_due_jobs(desk, owner, utcnow())
        except Exception:  # noqa: BLE001 - a failed job is logged and tried again next round
            logger.exception("daily jobs failed; trying again in %s s", CHECK_EVERY_SECONDS)
        await asyncio.sleep(CHECK_EVERY_SECONDS)
