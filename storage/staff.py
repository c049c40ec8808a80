"""The privacy team: who may work the queue, by Telegram user id."""

from __future__ import annotations

from storage.models import STAFF_ROLES, Staff


async def add(telegram_id: int, name: str, role: str = "agent") -> Staff:
    """Add a member of staff, or bring one back with a new name or role."""
    if role not in STAFF_ROLES:
        raise ValueError(f"role must be one of {', '.join(STAFF_ROLES)}")
    member = await Staff.get_or_none(telegram_id=telegram_id)
    if member is None:
        return await Staff.create(telegram_id=telegram_id, name=name, role=role)
    member.name, member.role, member.active = name, role, True
    await member.save()
    return member


async def active() -> list[Staff]:
    """List the staff who may work the queue."""
    return await Staff.filter(active=True).order_by("name")


async def by_telegram_id(telegram_id: int) -> Staff | None:
    """Find an active member of staff by Telegram user id."""
    return await Staff.get_or_none(telegram_id=telegram_id, active=True)


async def remove(telegram_id: int) -> bool:
    """Take someone off the team; their past actions stay in the audit log."""
    return await Staff.filter(telegram_id=telegram_id, active=True).update(active=False) == 1


async def seed(telegram_ids: tuple[int, ...]) -> None:
    """Add the ids from STAFF_TELEGRAM_IDS that the team has never had, as agents.

    Someone already known keeps their name and role; someone taken off with `staff remove`
    stays off, though their id is still in the variable (`staff add` brings them back).
    """
    for telegram_id in telegram_ids:
        if not await Staff.filter(telegram_id=telegram_id).exists():
            await add(telegram_id, f"Staff {telegram_id}")
