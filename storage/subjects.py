"""People and their identities: one phone number is one subject, whichever channel they use."""

from __future__ import annotations

import logging

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from storage.models import (
    Conversation,
    Export,
    Identity,
    LedgerEntry,
    Subject,
    Ticket,
)
from storage.sql import Plan, Statement

logger = logging.getLogger(__name__)


async def identity_for(transport: str, address: str) -> Identity:
    """Find or create the identity of a sender, with a subject of its own if it is new."""
    identity = await Identity.get_or_none(transport=transport, address=address)
    if identity is not None:
        return identity
    try:
        async with in_transaction() as conn:
            subject = await Subject.create(using_db=conn)
            return await Identity.create(
                transport=transport, address=address, subject=subject, using_db=conn
            )
    except IntegrityError:
        return await Identity.get(transport=transport, address=address)




async def subject_for_phone_if_any(phone: str) -> int | None:
    """Give the id of the subject that holds a phone number, if any."""
    subject = await Subject.get_or_none(phone=phone)
    return None if subject is None else subject.id


async def attach_phone(identity_id: int, phone: str, conn: BaseDBAsyncClient) -> int:
    """Mark an identity as proven to hold `phone`, joining it to that phone's subject.

    What the identity's old, phone-less subject holds (tickets, choices, conversations) moves
    with it, so the person keeps their history. Returns the subject id.
    """
    identity = await Identity.filter(id=identity_id).using_db(conn).get()
    old_id = identity.subject_id  # type: ignore[attr-defined]
    target = await Subject.filter(phone=phone).using_db(conn).first()
    if target is None:
        old = await Subject.filter(id=old_id).using_db(conn).get()
        if old.phone is None:
            old.phone = phone
            await old.save(using_db=conn, update_fields=["phone"])
            target = old
        else:
            target = await Subject.create(phone=phone, using_db=conn)
    if target.id != old_id:
        await _move_subject(old_id, target.id, conn)
    await Identity.filter(id=identity_id).using_db(conn).update(subject_id=target.id, verified=True)
    return target.id


async def _move_subject(old_id: int, new_id: int, conn: BaseDBAsyncClient) -> None:
    old = await Subject.filter(id=old_id).using_db(conn).get()
    if old.phone is not None:
        return  # a verified subject keeps what is its own
    for model in (Ticket, LedgerEntry, Conversation, Export, Identity):
        await model.filter(subject_id=old_id).using_db(conn).update(subject_id=new_id)
    await Subject.filter(id=old_id).using_db(conn).delete()
    logger.info("merged subject %s into %s", old_id, new_id)


def language_set(subject_id: int, lang: str) -> Plan:
    """Remember the language a person chose."""
    yield Statement("UPDATE subject SET language = ? WHERE id = ?", [lang, subject_id])
