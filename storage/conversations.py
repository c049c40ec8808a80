"""Conversation state, kept in the database so that any process can carry a conversation on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from storage import subjects
from storage.models import Conversation, Identity, Subject, TranscriptLine


class StaleConversation(Exception):
    """Someone else moved the conversation on since it was read."""


@dataclass
class ConversationState:
    """A conversation as the engine works on it; saved back with `save`."""

    id: int
    key: str
    transport: str
    address: str
    channel: str
    identity_id: int
    subject_id: int
    phone: str | None
    verified: bool
    language: str | None
    state: str
    data: dict[str, Any]
    version: int
    is_new: bool = False
    lines: list[tuple[str, str]] = field(default_factory=list)


async def load(message: Any, now: datetime) -> ConversationState:
    """Find or start the conversation a message belongs to, with who is writing."""
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
                await subjects.attach_phone(identity.id, phone, conn)
            break
        except IntegrityError:
            # Another process gave the phone to a subject at the same moment (the same person
            # on SMS and WhatsApp at once): now that it exists, join it.
            if attempt == 2:
                raise
    return await Identity.get(id=identity.id)


async def _conversation(message: Any, subject_id: int) -> tuple[Conversation, bool]:
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


async def save(conv: ConversationState, conn: BaseDBAsyncClient) -> None:
    """Write the conversation back, unless another writer moved it first."""
    updated = await Conversation.filter(id=conv.id, version=conv.version).using_db(conn).update(
        state=conv.state,
        data=conv.data,
        language=conv.language,
        channel=conv.channel,
        version=conv.version + 1,
    )
    if updated != 1:
        raise StaleConversation(conv.key)
    if conv.lines:
        await TranscriptLine.bulk_create(
            [TranscriptLine(conversation_id=conv.id, direction=d, text=t) for d, t in conv.lines],
            using_db=conn,
        )


async def transcript(conversation_id: int, limit: int = 40) -> list[TranscriptLine]:
    """Give the latest lines of a conversation, oldest first."""
    lines = (
        await TranscriptLine.filter(conversation_id=conversation_id)
        .order_by("-id")
        .limit(limit)
    )
    return list(reversed(lines))


async def for_subject(subject_id: int) -> list[Conversation]:
    """Give every conversation of a subject."""
    return await Conversation.filter(subject_id=subject_id)


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
