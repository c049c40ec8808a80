"""How the Telegram channel draws replies and reads what people send, as plain functions.

Keyboards (inline options, the share-contact button), text cut to Telegram's limit, callback
data fitted into 64 bytes, contacts and documents read, and the command menus: nothing here
talks to Telegram, so all of it is tested as plain calls.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import warnings
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from telegram import (
    BotCommand,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
)
from telegram.constants import MessageLimit
from telegram.error import RetryAfter
from telegram.warnings import PTBDeprecationWarning

from bot.channels.base import PermanentFailure
from flows.i18n import _, language
from flows.messages import Document, IncomingMessage, Option, Reply
from storage.datasources import mask_phone

logger = logging.getLogger(__name__)

MAX_CALLBACK_BYTES = 64
SHORT_LABEL = 20
HASHED_PREFIX = "#"
PERSON_COMMANDS = {"/start": "/start", "/menu": "menu", "/language": "/language", "/help": "menu"}

_URDU_SCRIPT = re.compile("[\u0600-\u06ff]")


def in_both(message: str) -> str:
    """Say a message in English and in Urdu, for when the reader's language is not known."""
    with language("en"):
        english = _(message)
    with language("ur"):
        urdu = _(message)
    return f"{english}\n{urdu}"


def for_staff(message: str) -> str:
    """Say a message to staff, in English."""
    with language("en"):
        return _(message)


# -- drawing replies -------------------------------------------------------------------------


def markup_of(reply: Reply, keys: CallbackKeys) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | None:
    """Choose the keyboard of a reply: the contact request, inline options, or none.

    The contact keyboard is one-time: Telegram folds it away once used, and it stays within
    reach (not removed) while the person may still want it.
    """
    if reply.request_contact:
        return contact_keyboard(reply)
    if reply.options:
        return inline_keyboard(reply.options, keys)
    return None


class CallbackKeys:
    """Fit option keys into Telegram's 64-byte callback data, hashing the long ones."""

    def __init__(self) -> None:
        self._long: dict[str, str] = {}

    def encode(self, key: str) -> str:
        """Give the callback data for an option key."""
        if len(key.encode()) <= MAX_CALLBACK_BYTES and not key.startswith(HASHED_PREFIX):
            return key
        token = HASHED_PREFIX + hashlib.sha256(key.encode()).hexdigest()[:32]
        self._long[token] = key
        return token

    def decode(self, data: str) -> str | None:
        """Give the option key behind callback data, or None for a hash we no longer know."""
        if data.startswith(HASHED_PREFIX):
            return self._long.get(data)
        return data


def inline_keyboard(options: Sequence[Option], keys: CallbackKeys) -> InlineKeyboardMarkup:
    """Lay options out as buttons: short labels two to a row, long ones alone."""
    rows: list[list[InlineKeyboardButton]] = []
    pending: list[InlineKeyboardButton] = []
    for option in options:
        button = InlineKeyboardButton(option.label, callback_data=keys.encode(option.key))
        if len(option.label) > SHORT_LABEL:
            rows.extend([pending] if pending else [])
            rows.append([button])
            pending = []
            continue
        pending.append(button)
        if len(pending) == 2:
            rows.append(pending)
            pending = []
    if pending:
        rows.append(pending)
    return InlineKeyboardMarkup(rows)


def contact_keyboard(reply: Reply) -> ReplyKeyboardMarkup:
    """Offer the share-contact button (the core's first option names it), then the rest."""
    if reply.options:
        label, rest = reply.options[0].label, reply.options[1:]
    else:
        with language("ur" if _URDU_SCRIPT.search(reply.text) else "en"):
            label, rest = _("Share my phone number"), ()
    rows = [[KeyboardButton(label, request_contact=True)]]
    rows.extend([KeyboardButton(option.label)] for option in rest)
    return ReplyKeyboardMarkup(rows, one_time_keyboard=True, resize_keyboard=True)


def split_text(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Cut text into pieces Telegram accepts, at line breaks where possible."""
    text = text.strip()
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip("\n")
    if text:
        pieces.append(text)
    return pieces


# -- reading what arrives --------------------------------------------------------------------


def normalise_phone(raw: str) -> str | None:
    """Give a contact's phone number in E.164 (+923001234567), or None if it is not one."""
    digits = re.sub(r"[\s\-().]", "", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+"):
        digits = "+" + digits
    return digits if re.fullmatch(r"\+[1-9]\d{7,14}", digits) else None


def from_contact(message: Message, base: dict[str, Any]) -> IncomingMessage:
    """Read a shared contact: the number is verified only if it is the sender's own."""
    contact = message.contact
    assert contact is not None
    phone = normalise_phone(contact.phone_number)
    own = message.from_user is not None and contact.user_id == message.from_user.id
    logger.info(
        "telegram: contact %s shared (%s)",
        mask_phone(phone or contact.phone_number),
        "own" if own and phone else "not verified",
    )
    # The number is also the words said, so the core can text a code to someone else's number.
    return IncomingMessage(
        text=phone or contact.phone_number, verified_phone=phone if own else None, **base
    )


def button_label(query: CallbackQuery, data: str) -> str | None:
    """Find the label of the pressed button in the message it belongs to."""
    message = query.message
    if not isinstance(message, Message) or message.reply_markup is None:
        return None
    for row in message.reply_markup.inline_keyboard:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


def person_text(text: str) -> str:
    """Turn our Telegram commands into the words the core reads; other text passes as is."""
    command = command_of(text)
    return PERSON_COMMANDS.get(command, text) if command else text


def command_of(text: str | None) -> str:
    """Give the command a message starts with (`/claim@desk_bot ABC` -> `/claim`), or ''."""
    if not text or not text.startswith("/"):
        return ""
    return text.split(maxsplit=1)[0].split("@", 1)[0].lower()


def strip_bot_name(text: str) -> str:
    """Drop the `@botname` Telegram adds to commands in groups."""
    head, _sep, rest = text.partition(" ")
    return f"{head.split('@', 1)[0]} {rest}".strip()


def documents_of(payload: dict[str, Any]) -> list[Document]:
    """Read the documents an outbox payload carries as base64."""
    documents = []
    for item in payload.get("documents") or []:
        try:
            content = base64.b64decode(item["content_b64"], validate=True)
        except (KeyError, TypeError, binascii.Error) as exc:
            raise PermanentFailure(f"outbox document is malformed: {exc}") from exc
        documents.append(
            Document(str(item.get("filename", "file")), str(item.get("mime_type", "")), content)
        )
    return documents


def retry_seconds(exc: RetryAfter) -> float:
    """Give a RetryAfter's wait in seconds, whether PTB gives an int or a timedelta."""
    with warnings.catch_warnings():
        # PTB 22 warns that the int becomes a timedelta in v23; both are handled here.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        wait = exc.retry_after
    return float(wait.total_seconds() if isinstance(wait, timedelta) else wait)


# -- the command menus -----------------------------------------------------------------------


def telegram_language(lang: str) -> str:
    """Give Telegram's language code for a catalog language ('' is everyone else)."""
    return "ur" if lang == "ur" else ""


def person_commands(lang: str) -> list[BotCommand]:
    """Describe the person's commands in one language."""
    with language(lang):
        return [
            BotCommand("start", _("Start, or start again")),
            BotCommand("menu", _("What I can do for you")),
            BotCommand("language", _("English, Urdu or Roman Urdu")),
            BotCommand("help", _("Help")),
        ]


def staff_commands() -> list[BotCommand]:
    """Describe the staff commands, in English, the team's working language."""
    with language("en"):
        return [
            BotCommand("queue", _("Open tickets, overdue first")),
            BotCommand("ticket", _("REF: details, transcript and history")),
            BotCommand("claim", _("REF: take a ticket")),
            BotCommand("assign", _("REF STAFF_ID: give a ticket to someone")),
            BotCommand("reply", _("REF TEXT: answer the person")),
            BotCommand("note", _("REF TEXT: internal note")),
            BotCommand("resolve", _("REF [NOTE]: close as done")),
            BotCommand("reject", _("REF REASON: refuse, with the reason")),
            BotCommand("extend", _("REF DAYS REASON: extend the deadline once")),
            BotCommand("reopen", _("REF [REASON]: open a closed ticket again")),
            BotCommand("overdue", _("Tickets past their deadline")),
            BotCommand("stats", _("Counts and time to resolve")),
            BotCommand("web", _("A login link to the web console")),
            BotCommand("help", _("Staff commands")),
        ]
