"""The conversation engine: one incoming message in, replies out, state kept in the database.

A message is handled in three moves:

1. outside any transaction, find the person and their conversation and let the current step
   read what it needs (tickets, the consent ledger, the organisation's data source);
2. the step says what to answer and queues its writes on the `Turn`;
3. storage commits the turn as one record (storage/commit.py): the delivery (for
   de-duplication), the conversation moved on (only if nobody else moved it meanwhile:
   `version` is compared and bumped) and the queued writes, outbox messages included, all or
   nothing. If another writer won, the step runs again on the fresh state.

Messages of one conversation are handled one at a time within a process (an asyncio lock per
conversation) and across processes (the version check); different conversations run
concurrently. Everything that must be unique across processes is left to the database's
constraints: a repeated delivery loses on the `delivery` row and is answered as the winner was;
a ticket reference or receipt number drawn twice (or a person merged away meanwhile, or the
number's last code of the hour sent from another chat) fails the turn as a whole, and the step
runs again with fresh numbers.
"""

from __future__ import annotations

import asyncio
import logging
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from flows.i18n import _, language
from flows.messages import IncomingMessage, Reply
from flows.profile import Profile
from flows.refs import new_receipt, new_reference
from flows.router import route
from flows.turn import Turn
from storage import conversations, db, outbox
from storage.commit import commit
from storage.conflicts import AlreadyAnswered, Collision, StaleConversation
from storage.datasources import DataSourceConfig, PersonRecord
from storage.datasources import lookup as datasource_lookup

logger = logging.getLogger(__name__)

MAX_TEXT = 4000
MAX_RETRIES = 5
# Control characters and lone surrogates; format characters (RTL marks, ZWNJ) belong to Urdu text.
_DROPPED = {"Cc", "Cs"}


def utcnow() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


@dataclass
class Desk:
    """What the core needs from the outside world, passed in so that tests can supply it."""

    profile: Profile
    public_base_url: str | None = None
    sms_transport: str | None = None
    staff_transport: str | None = None
    staff_address: str | None = None
    now: Callable[[], datetime] = utcnow
    lookup: Callable[[DataSourceConfig, str], Awaitable[PersonRecord]] = datasource_lookup
    new_reference: Callable[[], str] = new_reference
    new_receipt: Callable[[], str] = new_receipt
    _locks: dict[str, asyncio.Lock] = field(default_factory=dict, repr=False)
    _waiters: dict[str, int] = field(default_factory=dict, repr=False)

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        """Answer one message from a person."""
        return await handle(self, message)


async def handle(desk: Desk, message: IncomingMessage) -> list[Reply]:
    """Answer one message, exactly once per delivery, in order within its conversation."""
    message = _clean(message)
    # The lock comes first: an await before it could let a later message overtake this one.
    async with _conversation_lock(desk, message.conversation_key):
        return await _handle_locked(desk, message)


async def _handle_locked(desk: Desk, message: IncomingMessage) -> list[Reply]:
    for _attempt in range(MAX_RETRIES):
        # One query finds a repeat delivery, the person and the conversation together.
        conv = await conversations.load(message, desk.now())
        if conv.answered is not None:
            return [Reply.from_json(r) for r in conv.answered]
        turn = Turn(desk=desk, message=message, conv=conv)
        with language(turn.language):
            if not await _run_step_safely(turn):
                return await _apologise(message)
        if message.replies_later:
            # Queued in the turn's own transaction: a repeat delivery queues nothing again.
            for reply in turn.replies:
                turn.send_later(message.transport, message.sender_id, reply.to_json())
        try:
            await commit(turn.record())
            return turn.replies
        except StaleConversation:
            logger.info("conversation %s moved meanwhile; running the step again", conv.id)
        except Collision as exc:
            logger.warning("conversation %s: %s; running the step again", conv.id, exc)
        except AlreadyAnswered as seen:
            return [Reply.from_json(r) for r in seen.replies]
    raise RuntimeError("conversation kept changing under us; giving up on this message")


async def _apologise(message: IncomingMessage) -> list[Reply]:
    """Say sorry for a step that failed; where replies go later, queue the apology alone."""
    apology = Reply(_("Sorry, something went wrong on our side. Please try again, or write 'menu'."))
    if message.replies_later:
        await outbox.enqueue(message.transport, message.sender_id, apology.to_json())
    return [apology]


async def run_step(turn: Turn) -> None:
    """Route the message to the step the conversation stands at."""
    await route(turn)


async def _run_step_safely(turn: Turn) -> bool:
    """Run the step; a bug in it is logged and leaves the conversation as it was."""
    try:
        await run_step(turn)
    except Exception as exc:
        if db.is_unavailable(exc):
            raise  # the database is away: the adapter answers 503 so that the provider retries
        logger.exception("step %s failed on conversation %s", turn.state, turn.conv.id)
        return False
    return True


def _clean(message: IncomingMessage) -> IncomingMessage:
    """Drop control characters and cut a runaway message down to size."""
    text = "".join(ch for ch in message.text if ch in "\n\t" or unicodedata.category(ch) not in _DROPPED)
    text = text.strip()[:MAX_TEXT]
    return message if text == message.text else replace(message, text=text)


class _conversation_lock:
    """Hold the per-conversation lock, dropping it from the table when nobody waits."""

    def __init__(self, desk: Desk, key: str) -> None:
        self.desk, self.key = desk, key

    async def __aenter__(self) -> None:
        self.desk._waiters[self.key] = self.desk._waiters.get(self.key, 0) + 1
        lock = self.desk._locks.setdefault(self.key, asyncio.Lock())
        await lock.acquire()

    async def __aexit__(self, *exc: object) -> None:
        self.desk._locks[self.key].release()
        self.desk._waiters[self.key] -= 1
        if not self.desk._waiters[self.key]:
            del self.desk._waiters[self.key]
            del self.desk._locks[self.key]
