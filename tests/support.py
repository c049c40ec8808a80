"""Helpers for driving the desk the way a person does, in tests."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from flows.engine import Desk
from flows.messages import IncomingMessage, Reply
from flows.profile import Profile, load_profile
from storage.models import OutboxMessage, Ticket

ROOT = Path(__file__).resolve().parent.parent
PHONE = "+923001234567"
_ids = itertools.count(1)


def example_profile() -> Profile:
    """Load the shipped example profile."""
    return load_profile(ROOT / "policies" / "example.toml")


def make_desk(profile: Profile | None = None, **kwargs: object) -> Desk:
    """Build a desk with an SMS channel for codes and a staff chat, as a real one has."""
    options: dict[str, object] = {
        "sms_transport": "twilio",
        "staff_transport": "telegram",
        "staff_address": "-1001",
    }
    options.update(kwargs)
    return Desk(profile=profile or example_profile(), **options)  # type: ignore[arg-type]


@dataclass
class Person:
    """Someone writing to the desk on one channel."""

    desk: Desk
    transport: str = "console"
    sender_id: str = PHONE
    verified_phone: str | None = PHONE
    channel: str = ""
    supports_documents: bool = False
    heard: list[Reply] = field(default_factory=list)

    async def says(self, text: str = "", *, option: str | None = None, external_id: str | None = None) -> list[Reply]:
        """Send one message and give the replies."""
        message = IncomingMessage(
            transport=self.transport,
            sender_id=self.sender_id,
            text=text,
            channel=self.channel,
            verified_phone=self.verified_phone,
            option=option,
            external_id=external_id,
            supports_documents=self.supports_documents,
        )
        replies = await self.desk.handle(message)
        self.heard.extend(replies)
        return replies

    async def says_all(self, *texts: str) -> list[Reply]:
        """Send several messages in order and give the replies to the last."""
        replies: list[Reply] = []
        for text in texts:
            replies = await self.says(text)
        return replies

    @property
    def last(self) -> Reply:
        """The last reply the person got."""
        return self.heard[-1]


def text_of(replies: list[Reply]) -> str:
    """Join the replies' texts."""
    return "\n".join(r.text for r in replies)


def is_urdu(text: str) -> bool:
    """Tell whether a reply speaks Urdu: most letters of its first line are in Arabic script.

    Later lines may quote the organisation's own records (field names in English).
    """
    letters = [ch for ch in text.strip().splitlines()[0] if ch.isalpha()]
    arabic = [ch for ch in letters if "ARABIC" in unicodedata.name(ch, "")]
    return bool(letters) and len(arabic) / len(letters) > 0.6


# Words Roman Urdu replies use and English ones do not.
_ROMAN_URDU_WORDS = frozenset(
    "aap hai hain ka ki ke ko se mein nahi kya karein likhein ho gaya gayi hum abhi aur band hoon".split()
)


def is_roman_urdu(text: str) -> bool:
    """Tell whether a reply speaks Roman Urdu: Latin letters and Urdu words (at least two)."""
    words = re.findall(r"[a-z]+", text.casefold())
    return not is_urdu(text) and len(_ROMAN_URDU_WORDS.intersection(words)) >= 2


async def tickets_of(kind: str | None = None) -> list[Ticket]:
    """Give every ticket (of a kind), oldest first."""
    query = Ticket.all().order_by("id")
    if kind:
        query = query.filter(kind=kind)
    return await query


async def outbox_to(transport: str) -> list[OutboxMessage]:
    """Give the queued messages for one transport, oldest first."""
    return await OutboxMessage.filter(transport=transport).order_by("id")


def fixed_clock(moment: datetime | None = None) -> datetime:
    """A fixed time for tests that compare dates."""
    return moment or datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)
