"""Conversation state, kept in the database so that any process can carry a conversation on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from storage import deliveries, subjects
from storage.conflicts import StaleConversation
from storage.models import Conversation, Identity, Subject, TranscriptLine
from storage.records import ConversationState, Inbound, StoredReply
from storage.sql import Plan, fetch, hand_written, insert_many, run, update

__all__ = ["ConversationState", "StaleConversation", "load", "saved", "transcript"]

# Everything a message of a known sender needs, in one query instead of five: the delivery
# (is this a repeat?), the identity, its subject and the conversation. New senders, phones
# not yet proven and new conversations take the slower path below.
_KNOWN_SENDER = hand_written("known sender", """
SELECT i.id AS identity_id, i.verified, i.subject_id, s.phone,
       c.id AS conversation_id, c.subject_id AS conversation_subject_id, c.channel,
       c.language, c.state, c.data, c.version, d.response
FROM identity i
JOIN subject s ON s.id = i.subject_id
LEFT JOIN conversation c ON c.key = ?
LEFT JOIN delivery d ON d.transport = ? AND d.external_id = ?
WHERE i.transport = ? AND i.address = ?
""")

_JSON = Conversation._meta.fields_map["data"]


async def load(message: Inbound, now: datetime) -> ConversationState:
    """Find or start the conversation a message belongs to, with who is writing.

    A repeat of a delivery already answered comes back with `answered` set and nothing else
    to be trusted: the caller gives that answer again.
    """
    known = await _load_known(message)
    if known is not None:
        return known
    if message.external_id:
        seen = await deliveries.find(message.transport, message.sender_id, message.external_id)
        if seen is not None:
            return _answered(message, seen)
    return await _load_slowly(message)


async def _load_known(message: Inbound) -> ConversationState | None:
    key = message.conversation_key
    delivery = deliveries.key(message.sender_id, message.external_id) if message.external_id else ""
    values = [key, message.transport, delivery, message.transport, message.sender_id]
    rows = await fetch(_KNOWN_SENDER, values)
    if not rows:
        return None
    row = rows[0]
    if row["response"] is not None:
        return _answered(message, _JSON.to_python_value(row["response"]))
    proven = bool(row["verified"]) and row["phone"] == message.verified_phone
    if row["conversation_id"] is None or (message.verified_phone and not proven):
        return None
    if row["conversation_subject_id"] != row["subject_id"]:
        return None
    return ConversationState(
        id=row["conversation_id"],
        key=key,
        transport=message.transport,
        address=message.sender_id,
        channel=message.channel or row["channel"],
        identity_id=row["identity_id"],
        subject_id=row["subject_id"],
        phone=row["phone"] if row["verified"] else None,
        verified=bool(row["verified"]),
        language=row["language"],
        state=row["state"],
        data=dict(_JSON.to_python_value(row["data"]) or {}),
        version=row["version"],
    )


def _answered(message: Inbound, replies: list[StoredReply]) -> ConversationState:
    return ConversationState(
        id=0, key=message.conversation_key, transport=message.transport, address=message.sender_id,
        channel=message.channel, identity_id=0, subject_id=0, phone=None, verified=False,
        language=None, state="", data={}, version=0, answered=list(replies),
    )


async def _load_slowly(message: Inbound) -> ConversationState:
    identity = await subjects.identity_for(message.transport, message.sender_id)
    if message.verified_phone:
        identity = await _verify(identity, message.verified_phone)
    subject = await Subject.get(id=identity.subject_id)  # type: ignore[attr-defined]
    conv, created = await _conversation(message, subject.id)
    return ConversationState(
        id=conv.id,
        key=conv.key,
        transport=conv.transport,
        address=conv.address,
        channel=message.channel or conv.channel,
        identity_id=identity.id,
        subject_id=subject.id,
        phone=subject.phone if identity.verified else None,
        verified=identity.verified,
        language=conv.language,
        state=conv.state,
        data=dict(conv.data or {}),
        version=conv.version,
        is_new=created,
    )


async def _verify(identity: Identity, phone: str) -> Identity:
    if identity.verified and await Subject.filter(id=identity.subject_id, phone=phone).exists():  # type: ignore[attr-defined]
        return identity
    for attempt in range(3):
        try:
            async with in_transaction() as conn:
                await run(subjects.phone_attached(identity.id, phone), conn)
            break
        except IntegrityError:
            # Another process gave the phone to a subject at the same moment (the same person
            # on SMS and WhatsApp at once): now that it exists, join it.
            if attempt == 2:
                raise
    return await Identity.get(id=identity.id)


async def _conversation(message: Inbound, subject_id: int) -> tuple[Conversation, bool]:
    key = message.conversation_key
    conv = await Conversation.get_or_none(key=key)
    if conv is not None:
        if conv.subject_id != subject_id:  # type: ignore[attr-defined]
            await Conversation.filter(id=conv.id).update(subject_id=subject_id)
        return conv, False
    try:
        conv = await Conversation.create(
            key=key,
            transport=message.transport,
            address=message.sender_id,
            channel=message.channel,
            subject_id=subject_id,
        )
        return conv, True
    except IntegrityError:
        return await Conversation.get(key=key), False


def saved(conv: ConversationState, lines: Sequence[tuple[str, str]] | None = None) -> Plan:
    """Move the conversation on and add its new transcript lines, unless another writer moved
    it first (StaleConversation)."""
    moved = yield update(
        Conversation,
        {"id": conv.id, "version": conv.version},
        state=conv.state,
        data=conv.data,
        language=conv.language,
        channel=conv.channel,
        version=conv.version + 1,
    )
    if moved != 1:
        raise StaleConversation(conv.key)
    lines = conv.lines if lines is None else lines
    if lines:
        now = datetime.now(timezone.utc)
        yield insert_many(TranscriptLine, [
            {"conversation_id": conv.id, "direction": direction, "text": text, "created_at": now}
            for direction, text in lines
        ])


async def transcript(conversation_id: int, limit: int = 40) -> list[TranscriptLine]:
    """Give the latest lines of a conversation, oldest first."""
    lines = (
        await TranscriptLine.filter(conversation_id=conversation_id)
        .order_by("-id")
        .limit(limit)
    )
    return list(reversed(lines))


async def preset_language(key: str, transport: str, address: str, lang: str) -> None:
    """Start (or set) a conversation in a chosen language before its first message."""
    identity = await subjects.identity_for(transport, address)
    conv = await Conversation.get_or_none(key=key)
    if conv is None:
        try:
            await Conversation.create(
                key=key,
                transport=transport,
                address=address,
                channel=transport,
                subject_id=identity.subject_id,  # type: ignore[attr-defined]
                language=lang,
            )
            return
        except IntegrityError:
            pass
    await Conversation.filter(key=key).update(language=lang)
