"""What crosses the line between a channel adapter and the conversation core.

Adapters turn whatever their provider sends into one `IncomingMessage` and render the
`Reply` values the core gives back for their medium (buttons, numbered menus, documents).
Nothing here knows about Telegram, Twilio or HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Transports are the adapters that carry messages; a person's ticket records the medium they
# used (`channel`), which for Twilio and the bridge is "sms" or "whatsapp".
TRANSPORTS = ("console", "telegram", "twilio", "whatsapp", "bridge")
CHANNELS = ("console", "telegram", "sms", "whatsapp")


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """One message from a person, as every channel hands it to the core."""

    transport: str
    sender_id: str
    text: str = ""
    channel: str = ""
    verified_phone: str | None = None
    option: str | None = None
    external_id: str | None = None
    supports_documents: bool = False
    display_name: str | None = None
    # The adapter answers later, through the outbox (WhatsApp): the turn queues its replies.
    replies_later: bool = False

    def __post_init__(self) -> None:
        if not self.channel:
            object.__setattr__(self, "channel", self.transport)

    @property
    def conversation_key(self) -> str:
        """Identify the conversation this message belongs to, whatever the channel."""
        return f"{self.transport}:{self.sender_id}"


@dataclass(frozen=True, slots=True)
class Option:
    """A choice offered to the person: `key` comes back as `IncomingMessage.option`."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Document:
    """A file for channels that can carry one (Telegram); others get a link instead."""

    filename: str
    mime_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to the person: text, the options they may pick, and any documents."""

    text: str
    options: tuple[Option, ...] = ()
    request_contact: bool = False
    documents: tuple[Document, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        """Give the reply as plain JSON for the outbox and the bridge."""
        data: dict[str, object] = {"text": self.text}
        if self.options:
            data["options"] = [{"key": o.key, "label": o.label} for o in self.options]
        if self.request_contact:
            data["request_contact"] = True
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Reply:
        """Rebuild a reply stored with `to_json`."""
        raw_options = data.get("options") or []
        assert isinstance(raw_options, list)
        options = tuple(Option(str(o["key"]), str(o["label"])) for o in raw_options)
        return cls(
            text=str(data.get("text", "")),
            options=options,
            request_contact=bool(data.get("request_contact", False)),
        )
