"""What every outbound channel offers the outbox sender, and how a send can fail."""

from __future__ import annotations

from typing import Any, Protocol


class SendError(Exception):
    """A message could not be handed to the provider."""


class TemporaryFailure(SendError):
    """Try again later; `retry_after` is the provider's own wish, in seconds, if it gave one."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class PermanentFailure(SendError):
    """The provider refused the message for good (a blocked user, an invalid number)."""


class Sender(Protocol):
    """Deliver one outbox payload (`{"text", "options"?, ...}`) to one address."""

    transport: str

    async def send(self, address: str, payload: dict[str, Any]) -> None: ...
