"""Conversation state, kept in the database so that any process can carry a conversation on."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from storage import deliveries, sqlite_thread, subjects
from storage.models import Conversation, Identity, Subject, TranscriptLine
from storage.sql import Plan, dialect, run_here


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
    # The answer already given to this very delivery, when the message is a repeat.
    answered: list[dict[str, Any]] | None = None


# Everything a message of a known sender needs, in one query instead of five: the delivery
# (is this a repeat?), the identity, its subject and the conversation. New senders, phones
# not yet proven and new conversations take the slower path below.
_KNOWN_SENDER = """
SELECT i.id AS identity_id, i.verified, i.subject_id, s.phone,
       c.id AS conversation_id, c.subject_id AS conversation_subject_id, c.channel,
       c.language, c.state, c.data, c.version, d.response
FROM identity i
JOIN subject s ON s.id = i.subject_id
LEFT JOIN conversation c ON c.key = ?
LEFT JOIN delivery d ON d.transport = ? AND d.external_id = ?
WHERE i.transport = ? AND i.address = ?
"""


async def load(message: Any, now: datetime) -> ConversationState:
    """Find or start the conversation a message belongs to, with who is writing.

    A repeat of a delivery already answered comes back with `answered` set and nothing else
    to be trusted: the caller gives that answer again.
    """
    known = await _load_known(message)
    if known is not None:
        return known
    if message.external_id:
        seen = await deliveries.find(message.transport, message.external_id)
        if seen is not None:
            return _answered(message, seen)
    return await _load_slowly(message)


async def _load_known(message: Any) -> ConversationState | None:
    key = message.conversation_key
    external_id = (message.external_id or "")[:128]
    values = [key, message.transport, external_id, message.transport, message.sender_id]
    rows = await _fetch(_KNOWN_SENDER, values)
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


_JSON = Conversation._meta.fields_map["data"]


# Written by hand because building it with the ORM's query builder cost more than running it.
_SAVE = (
    "UPDATE conversation SET state = ?, data = ?, language = ?, channel = ?, version = ?"
    " WHERE id = ? AND version = ?"
)

_ADD_LINE = (
    'INSERT INTO transcript_line (conversation_id, direction, "text", created_at) VALUES (?, ?, ?, ?)'
)


async def _fetch(sql: str, values: list[Any]) -> Sequence[Mapping[str, Any]]:
    """Run a hand-written query with `?` parameter marks on SQLite or PostgreSQL."""
    client = connections.get("default")
    if client.capabilities.dialect == "sqlite":
        return await sqlite_thread.read(client, sql, values)
    return await client.execute_query_dict(dialect(sql, client), values)


def _answered(message: Any, replies: list[dict[str, Any]]) -> ConversationState:
    return ConversationState(
        id=0, key=message.conversation_key, transport=message.transport, address=message.sender_id,
        channel=message.channel, identity_id=0, subject_id=0, phone=None, verified=False,
        language=None, state="", data={}, version=0, answered=list(replies),
    )


async def _load_slowly(message: Any) -> ConversationState:
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
    updated, _rows = await conn.execute_query(dialect(_SAVE, conn), _save_values(conv))
    if updated != 1:
        raise StaleConversation(conv.key)
    if conv.lines:
        await conn.execute_many(dialect(_ADD_LINE, conn), _line_rows(conv))


def _save_values(conv: ConversationState) -> list[Any]:
    data = _JSON.to_db_value(conv.data, Conversation)
    return [conv.state, data, conv.language, conv.channel, conv.version + 1, conv.id, conv.version]


def _line_rows(conv: ConversationState) -> list[list[Any]]:
    now = datetime.now(timezone.utc)
    return [[conv.id, direction, text, now] for direction, text in conv.lines]


async def save_in_one_trip(
    conv: ConversationState, delivery: list[Any] | None, plans: Sequence[Plan] = ()
) -> bool:
    """On SQLite, record a delivery, move the conversation on and run the turn's plans in one
    call to SQLite's own thread, committed with the turns queued beside it; elsewhere do
    nothing and give False.

    Raises IntegrityError when a unique value was taken (the delivery was recorded already,
    or a reference drawn twice) and StaleConversation when another writer moved the
    conversation first; whatever a plan raises comes through as it is. In every one of these
    cases nothing of this turn is written.
    """
    client = connections.get("default")
    if client.capabilities.dialect != "sqlite":
        return False
    save, lines = _save_values(conv), _line_rows(conv)

    def turn(db: sqlite3.Connection) -> str:
        if delivery is not None:
            db.execute(deliveries.RECORD, delivery)
        if db.execute(_SAVE, save).rowcount != 1:
            return "stale"
        if lines:
            db.executemany(_ADD_LINE, lines)
        for plan in plans:
            run_here(db, plan)
        return "saved"

    try:
        outcome = await sqlite_thread.commit_together(client, turn)
    except sqlite3.IntegrityError as exc:
        raise IntegrityError("a unique value was taken meanwhile") from exc
    if outcome == "stale":
        raise StaleConversation(conv.key)
    return True


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
