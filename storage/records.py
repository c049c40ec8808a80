"""The values the conversation core hands storage: a message's sender, a conversation's state,
a delivery and a whole turn. They live here, below `flows/`, so that both layers may import
them (dependencies point bot -> flows -> storage) and storage's functions are typed at the seam.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from storage.sql import Plan

# A reply as stored for a repeated delivery: `flows.messages.Reply.to_json()`.
StoredReply = dict[str, Any]


class Inbound(Protocol):
    """What storage reads of an incoming message (`flows.messages.IncomingMessage` is one)."""

    @property
    def transport(self) -> str: ...
    @property
    def sender_id(self) -> str: ...
    @property
    def channel(self) -> str: ...
    @property
    def verified_phone(self) -> str | None: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def conversation_key(self) -> str: ...


@dataclass
class ConversationState:
    """A conversation as the engine works on it; committed back with the turn."""

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
    answered: list[StoredReply] | None = None


@dataclass(frozen=True)
class DeliveryRecord:
    """A provider's delivery (one sender's message id on one transport) and the answer it got."""

    transport: str
    sender: str
    external_id: str
    replies: list[StoredReply]


@dataclass
class TurnRecord:
    """Everything one turn commits: the conversation moved on from the version it read, the
    delivery it answered (None for a message with no provider id), and the turn's plans.

    `secrets` are strings (a download link's token) that must not stay in plain text in what
    the desk keeps: the transcript and the stored answer hold them masked.
    """

    conv: ConversationState
    delivery: DeliveryRecord | None
    plans: Sequence[Plan] = ()
    secrets: Sequence[str] = ()
