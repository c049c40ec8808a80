"""People and their identities: one phone number is one subject, whichever channel they use."""

from __future__ import annotations

import logging

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
from storage.sql import Plan, Statement, hand_written, insert, query, table, update

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


def phone_attached(identity_id: int, phone: str) -> Plan:
    """Mark an identity as proven to hold `phone`, joining it to that phone's subject.

    What the identity's old, phone-less subject holds (tickets, choices, conversations) moves
    with it, so the person keeps their history. The plan returns the subject id; a subject
    given the phone by someone else meanwhile is a unique collision.
    """
    rows = yield query(_IDENTITY_SUBJECT, [identity_id])
    old_id = rows[0]["subject_id"]
    rows = yield query(_SUBJECT_BY_PHONE, [phone])
    if rows:
        target = rows[0]["id"]
    elif (yield query(_PHONE_OF, [old_id]))[0]["phone"] is None:
        yield update(Subject, {"id": old_id}, phone=phone)
        target = old_id
    else:
        target = yield insert(Subject, gives_id=True, phone=phone)
    if target != old_id:
        yield from _subject_moved(old_id, target)
    yield update(Identity, {"id": identity_id}, subject_id=target, verified=True)
    return target


_IDENTITY_SUBJECT = hand_written("identity's subject", "SELECT subject_id FROM identity WHERE id = ?")
_SUBJECT_BY_PHONE = hand_written("subject by phone", "SELECT id FROM subject WHERE phone = ?")
_PHONE_OF = hand_written("subject's phone", "SELECT phone FROM subject WHERE id = ?")


def _subject_moved(old_id: int, new_id: int) -> Plan:
    if (yield query(_PHONE_OF, [old_id]))[0]["phone"] is not None:
        return  # a verified subject keeps what is its own
    for model in (Ticket, LedgerEntry, Conversation, Export, Identity):
        yield update(model, {"subject_id": old_id}, subject_id=new_id)
    yield Statement(f'DELETE FROM "{table(Subject)}" WHERE id = ?', [old_id])
    logger.info("merged subject %s into %s", old_id, new_id)


def language_set(subject_id: int, lang: str) -> Plan:
    """Remember the language a person chose."""
    yield update(Subject, {"id": subject_id}, language=lang)
