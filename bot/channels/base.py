"""What every outbound channel offers the outbox sender, and how a send can fail.

The provider's own error code, not the HTTP status alone, says which failure it is: each
sender turns its provider's codes into one of these.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

# What a wait asked for applies to: this message, everything to its address, or the whole
# transport (an account-wide rate limit).
Scope = Literal["message", "address", "transport"]


class SendError(Exception):
    """A message could not be handed to the provider."""

    def __init__(self, reason: str, *, code: str | None = None) -> None:
        super().__init__(reason)
        self.code = code


class TemporaryFailure(SendError):
    """Try again later; `retry_after` is the provider's own wish, in seconds, if it gave one;
    `at_least` is the shortest wait worth trying again after (131056 needs 6 s)."""

    def __init__(
        self,
        reason: str,
        retry_after: float | None = None,
        *,
        code: str | None = None,
        scope: Scope = "message",
        at_least: float = 0.0,
    ) -> None:
        super().__init__(reason, code=code)
        self.retry_after, self.scope, self.at_least = retry_after, scope, at_least


class PermanentFailure(SendError):
    """The provider refused the message for good (a blocked user, an invalid number)."""


class Unreachable(PermanentFailure):
    """The address refuses every message from us (Twilio 21610 after the person texted STOP)."""


class WindowClosed(SendError):
    """WhatsApp refused free text: the person's 24-hour window is closed (131047, 63016)."""


class OperatorAlert(SendError):
    """The provider refused our credentials or account (Twilio 20003): nothing to this
    transport can go until an operator fixes it; the messages wait, unharmed."""


class Sender(Protocol):
    """Deliver one outbox payload (`{"text", "options"?, ...}`) to one address; give the
    provider's id of the message when it tells one."""

    transport: str

    async def send(self, address: str, payload: dict[str, Any]) -> str | None: ...


class TemplateSender(Protocol):
    """A WhatsApp sender with an approved template to reach a person outside the window."""

    async def send_template(self, address: str, ref: str, language: str) -> str | None: ...
