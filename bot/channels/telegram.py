"""Telegram as a thin adapter: updates become `IncomingMessage`s, `Reply`s become messages.

The conversation is the core's (`Desk.handle`); this module only translates. Private chats are
people. The staff chat (`STAFF_CHAT_ID`) and staff commands sent in a private chat go to the
`StaffCommands` hook; other groups are told, once per command, that the bot works in private
chats only.

Updates are processed concurrently across chats; the core keeps each conversation in order.
Webhook calls are answered as soon as the update is queued, so Telegram never times out and
re-sends while a slow data source is being asked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import re
import warnings
from collections import OrderedDict
from collections.abc import Sequence
from datetime import timedelta
from typing import Any, Protocol

from aiohttp import web
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ChatType, MessageLimit
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, TypeHandler
from telegram.warnings import PTBDeprecationWarning

from bot.channels.base import PermanentFailure, TemporaryFailure
from bot.settings import Settings
from flows.engine import Desk
from flows.i18n import N_, _, language
from flows.messages import Document, IncomingMessage, Option, Reply
from storage.datasources import mask_phone

logger = logging.getLogger(__name__)

TRANSPORT = "telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 64 * 1024
MAX_CALLBACK_BYTES = 64
SHORT_LABEL = 20
HASHED_PREFIX = "#"
STAFF_PREFIX = "staff:"
ALLOWED_UPDATES = ["message", "callback_query"]
RECENT_UPDATES = 10_000
# A short wait asked by Telegram (429) is sat out by the rate limiter; a longer one, or a third
# refusal, reaches the outbox as a TemporaryFailure and is retried there.
RATE_LIMIT_RETRIES = 2

PERSON_COMMANDS = {"/start": "/start", "/menu": "menu", "/language": "/language", "/help": "menu"}
STAFF_COMMANDS = frozenset(
    {"/queue", "/ticket", "/claim", "/assign", "/reply", "/note", "/resolve", "/reject",
     "/extend", "/reopen", "/overdue", "/stats", "/help"}
)
# Said before the person's language is known, so in both.
# Said before the person's language is known, so in English and Urdu both.
ONLY_PRIVATE = N_("I only work in private chats.")
TEXT_ONLY = N_("Please write your message as text, or use the buttons.")
APOLOGY = N_("Sorry, something went wrong on our side. Please try again in a minute, or write 'menu'.")
# Staff read English.
STAFF_OFF = N_("Staff commands are not available on this desk yet.")
STAFF_FAILED = N_("That did not work because of an error on our side; it is in the server log.")


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


_URDU_SCRIPT = re.compile("[\u0600-\u06ff]")


class StaffCommands(Protocol):
    """What the staff side offers the channel; it checks who is staff and refuses the rest."""

    async def handle(self, user_id: int, chat_id: int, text: str) -> list[str]:
        """Run one staff command (`/claim ABC123`) and give the lines to answer with."""
        ...

    async def handle_callback(self, user_id: int, chat_id: int, data: str) -> list[str]:
        """Run a staff button (`staff:claim:ABC123`) and give the lines to answer with."""
        ...

    async def is_staff(self, user_id: int) -> bool:
        """Tell whether a Telegram user is on the team (their /help is the staff help)."""
        ...


class TelegramChannel:
    """Serve people in private chats and staff in the staff chat through one PTB Application."""

    transport = TRANSPORT

    def __init__(
        self, settings: Settings, desk: Desk, *, staff: StaffCommands | None = None
    ) -> None:
        if not settings.telegram_bot_token:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set: the Telegram channel cannot start")
        self.settings = settings
        self.desk = desk
        self.staff = staff
        self.keys = CallbackKeys()
        self.application = self._build()
        self._recent = RecentUpdates(RECENT_UPDATES)

    @property
    def webhook_mode(self) -> bool:
        """Tell whether Telegram pushes updates to us rather than being polled."""
        return bool(self.settings.telegram_webhook_url)

    # -- life cycle ------------------------------------------------------------------------

    def _build(self) -> Application:
        """Build the PTB Application with our one handler and our one error handler."""
        builder = (
            ApplicationBuilder()
            .token(self.settings.telegram_bot_token or "")
            .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
            .concurrent_updates(True)
        )
        if self.settings.telegram_api_base:
            base = self.settings.telegram_api_base
            builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
        if self.webhook_mode:
            builder = builder.updater(None)
        application = builder.build()
        application.add_handler(TypeHandler(Update, self._on_update))
        application.add_error_handler(self._on_error)
        return application

    async def start(self) -> None:
        """Connect to Telegram and start receiving updates (polling, or the webhook)."""
        app = self.application
        await app.initialize()
        await self._set_commands()
        if self.webhook_mode:
            await app.bot.set_webhook(
                url=self.settings.telegram_webhook_url or "",
                secret_token=self.settings.telegram_webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
        elif app.updater is not None:
            await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        await app.start()
        logger.info(
            "telegram: @%s on %s", app.bot.username, "webhook" if self.webhook_mode else "polling"
        )

    async def stop(self) -> None:
        """Stop receiving updates and close the connection pool; the webhook stays set."""
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()

    async def _set_commands(self) -> None:
        """Show the person's commands in Telegram's menu, in English and Urdu."""
        bot = self.application.bot
        try:
            for lang in ("en", "ur"):
                await bot.set_my_commands(_person_commands(lang), language_code=_code(lang))
            if self.staff is not None and self.settings.staff_chat_id is not None:
                scope = BotCommandScopeChat(self.settings.staff_chat_id)
                await bot.set_my_commands(_staff_commands(), scope=scope)
        except TelegramError:
            logger.warning("telegram: could not set the command menu", exc_info=True)

    # -- inbound ---------------------------------------------------------------------------

    async def handle_webhook(self, request: web.Request) -> web.Response:
        """Check Telegram's secret header, queue the update and answer at once."""
        if not self._secret_matches(request.headers.get(SECRET_HEADER, "")):
            logger.warning("telegram webhook: wrong or missing secret from %s", request.remote)
            return web.Response(status=401, text="wrong or missing secret token")
        if (request.content_length or 0) > MAX_BODY_BYTES:
            return web.Response(status=413, text="body over 64 KiB")
        body = await request.content.read(MAX_BODY_BYTES + 1)
        if len(body) > MAX_BODY_BYTES:
            return web.Response(status=413, text="body over 64 KiB")
        update = self._parse_update(body)
        if update is None:
            return web.Response(status=400, text="body is not a Telegram update")
        if not self.application.running:
            return web.Response(status=503, text="telegram channel is not running")
        await self.application.update_queue.put(update)
        return web.Response(text="ok")

    def _secret_matches(self, given: str) -> bool:
        """Compare the header with our secret in constant time."""
        secret = self.settings.telegram_webhook_secret
        if not secret:
            return False
        return hmac.compare_digest(given.encode(), secret.encode())

    def _parse_update(self, body: bytes) -> Update | None:
        """Read a webhook body as an Update, or None if it is not one."""
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                return None
            return Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Send each update to the person's, the staff's or the polite-refusal path, once."""
        chat = update.effective_chat
        if chat is None or update.effective_user is None:
            return
        if not self._recent.first_time(update.update_id):
            logger.info("telegram: update %s delivered again; ignored", update.update_id)
            return
        if chat.id == self.settings.staff_chat_id:
            await self._on_staff_chat(update)
        elif chat.type == ChatType.PRIVATE:
            await self._on_private(update)
        else:
            await self._on_other_group(update)

    async def _on_private(self, update: Update) -> None:
        """Serve a person, or a staff member using a staff command in their own chat."""
        if await self._route_to_staff(update, in_staff_chat=False):
            return
        if update.callback_query is not None:
            await self._on_button(update, update.callback_query)
            return
        message = self.incoming(update)
        if message is not None:
            await self._answer(message)
        elif update.message is not None:
            await update.message.reply_text(in_both(TEXT_ONLY))

    async def _on_button(self, update: Update, query: CallbackQuery) -> None:
        """Take a button press as the person's choice and retire the keyboard it came from."""
        await query.answer()
        if isinstance(query.message, Message) and query.message.reply_markup is not None:
            try:
                await query.edit_message_reply_markup(reply_markup=None)
            except BadRequest:
                logger.debug("telegram: keyboard already gone", exc_info=True)
        message = self.incoming(update)
        if message is not None:
            await self._answer(message)

    async def _answer(self, message: IncomingMessage) -> None:
        """Let the core answer a person and send what it says."""
        replies = await self.desk.handle(message)
        await self.deliver(int(message.sender_id), replies)

    async def _on_staff_chat(self, update: Update) -> None:
        """Pass staff commands and buttons on; the staff's own talk is none of our business."""
        if await self._route_to_staff(update, in_staff_chat=True):
            return
        message, user = update.message, update.effective_user
        if message is None or user is None or _command_of(message.text) not in PERSON_COMMANDS:
            return
        lines = await self._staff_command(user.id, message.chat_id, "/help")
        await self.deliver(message.chat_id, [Reply(line) for line in lines])

    async def _route_to_staff(self, update: Update, *, in_staff_chat: bool) -> bool:
        """Run a staff command or button if this update is one; tell whether it was."""
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None
        query = update.callback_query
        if query is not None and (query.data or "").startswith(STAFF_PREFIX):
            await query.answer()
            lines = await self._staff_callback(user.id, chat.id, query.data or "")
        elif update.message is not None and await self._is_staff_command(update, in_staff_chat):
            lines = await self._staff_command(user.id, chat.id, update.message.text or "")
        else:
            return False
        await self.deliver(chat.id, [Reply(line) for line in lines])
        return True

    async def _is_staff_command(self, update: Update, in_staff_chat: bool) -> bool:
        """Tell whether a message is a staff command meant for the staff side."""
        command = _command_of(update.message.text if update.message else None)
        if command not in STAFF_COMMANDS:
            return False
        if in_staff_chat:
            return True
        if self.staff is None:
            return False
        # /help in a private chat is the person's help, unless the sender is staff.
        user = update.effective_user
        return command != "/help" or (user is not None and await self.staff.is_staff(user.id))

    async def _staff_command(self, user_id: int, chat_id: int, text: str) -> list[str]:
        """Hand a command to the staff side, if there is one."""
        if self.staff is None:
            return [for_staff(STAFF_OFF)]
        return await self.staff.handle(user_id, chat_id, _strip_bot_name(text))

    async def _staff_callback(self, user_id: int, chat_id: int, data: str) -> list[str]:
        """Hand a staff button to the staff side, if there is one."""
        if self.staff is None:
            return [for_staff(STAFF_OFF)]
        return await self.staff.handle_callback(user_id, chat_id, data)

    async def _on_other_group(self, update: Update) -> None:
        """Answer a command in a group that is not the staff chat with one polite line.

        A staff command gets the staff side's refusal (where staff commands work, or that only
        the team may use them), so the attempt is logged there and nothing is done.
        """
        message, user = update.message, update.effective_user
        if update.callback_query is not None:
            await update.callback_query.answer(in_both(ONLY_PRIVATE))
        elif message is None or not _command_of(message.text):
            return
        elif self.staff is not None and _command_of(message.text) in STAFF_COMMANDS - {"/help"}:
            assert user is not None
            lines = await self._staff_command(user.id, message.chat_id, message.text or "")
            await message.reply_text(lines[0] if lines else in_both(ONLY_PRIVATE))
        else:
            await message.reply_text(in_both(ONLY_PRIVATE))

    def incoming(self, update: Update) -> IncomingMessage | None:
        """Turn a private chat's update into the core's message, or None if it holds nothing."""
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None and user is not None
        base: dict[str, Any] = {
            "transport": TRANSPORT,
            "channel": TRANSPORT,
            "sender_id": str(chat.id),
            "external_id": str(update.update_id),
            "supports_documents": True,
            "display_name": user.first_name,
        }
        if update.callback_query is not None:
            return self._from_button(update.callback_query, base)
        message = update.message
        if message is None:
            return None
        if message.contact is not None:
            return _from_contact(message, base)
        if message.text:
            return IncomingMessage(text=_person_text(message.text), **base)
        return None

    def _from_button(self, query: CallbackQuery, base: dict[str, Any]) -> IncomingMessage:
        """Read a button press as the option it stands for, with its label as the words said."""
        data = query.data or ""
        label = _button_label(query, data)
        key = self.keys.decode(data)
        if key is None:
            # A hashed key from before a restart: the label still picks the option.
            return IncomingMessage(text=label or "", **base)
        return IncomingMessage(text=label or "", option=key, **base)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the failure with its traceback, then tell the person something useful."""
        logger.error("telegram: failed to handle an update", exc_info=context.error)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        chat = update.effective_chat
        if chat.id == self.settings.staff_chat_id:
            text = for_staff(STAFF_FAILED)
        elif chat.type == ChatType.PRIVATE:
            text = in_both(APOLOGY)
        else:
            return
        try:
            await context.bot.send_message(chat.id, text)
        except TelegramError:
            logger.warning("telegram: could not send the apology either", exc_info=True)

    # -- outbound --------------------------------------------------------------------------

    async def send(self, address: str, payload: dict[str, Any]) -> None:
        """Deliver one outbox message, mapping Telegram's refusals to the outbox's terms."""
        if not re.fullmatch(r"-?\d{1,20}", address):
            raise PermanentFailure(f"telegram address {address!r} is not a chat id")
        chat_id = int(address)
        reply = Reply.from_json(payload)
        documents = tuple(_documents_of(payload))
        if documents:
            reply = Reply(reply.text, reply.options, reply.request_contact, documents)
        try:
            await self.deliver(chat_id, [reply])
        except RetryAfter as exc:
            raise TemporaryFailure(str(exc), retry_after=_seconds(exc)) from exc
        except (Forbidden, BadRequest, ChatMigrated, InvalidToken) as exc:
            raise PermanentFailure(f"telegram refused the message: {exc}") from exc
        except (NetworkError, TelegramError) as exc:
            raise TemporaryFailure(f"telegram unreachable: {exc}") from exc

    async def deliver(self, chat_id: int, replies: Sequence[Reply]) -> None:
        """Send the core's replies to one chat, in order."""
        for reply in replies:
            await self._send_reply(chat_id, reply)

    async def _send_reply(self, chat_id: int, reply: Reply) -> None:
        """Send one reply: its text in pieces Telegram accepts, the keyboard on the last one."""
        bot = self.application.bot
        pieces = split_text(reply.text)
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            markup = _markup(reply, self.keys) if last else None
            await bot.send_message(chat_id, piece, parse_mode=None, reply_markup=markup)
        for document in reply.documents:
            await bot.send_document(
                chat_id, InputFile(document.content, filename=document.filename)
            )



# -- rendering ------------------------------------------------------------------------------


def _markup(reply: Reply, keys: CallbackKeys) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | None:
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


class RecentUpdates:
    """Remember the last update ids seen, so a repeated delivery is not answered twice."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._seen: OrderedDict[int, None] = OrderedDict()

    def first_time(self, update_id: int) -> bool:
        """Record an update id; tell whether it is new."""
        if update_id in self._seen:
            return False
        self._seen[update_id] = None
        if len(self._seen) > self.size:
            self._seen.popitem(last=False)
        return True


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


def normalise_phone(raw: str) -> str | None:
    """Give a contact's phone number in E.164 (+923001234567), or None if it is not one."""
    digits = re.sub(r"[\s\-().]", "", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not digits.startswith("+"):
        digits = "+" + digits
    return digits if re.fullmatch(r"\+[1-9]\d{7,14}", digits) else None


def _from_contact(message: Message, base: dict[str, Any]) -> IncomingMessage:
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


def _button_label(query: CallbackQuery, data: str) -> str | None:
    """Find the label of the pressed button in the message it belongs to."""
    message = query.message
    if not isinstance(message, Message) or message.reply_markup is None:
        return None
    for row in message.reply_markup.inline_keyboard:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


def _person_text(text: str) -> str:
    """Turn our Telegram commands into the words the core reads; other text passes as is."""
    command = _command_of(text)
    return PERSON_COMMANDS.get(command, text) if command else text


def _command_of(text: str | None) -> str:
    """Give the command a message starts with (`/claim@desk_bot ABC` -> `/claim`), or ''."""
    if not text or not text.startswith("/"):
        return ""
    return text.split(maxsplit=1)[0].split("@", 1)[0].lower()


def _strip_bot_name(text: str) -> str:
    """Drop the `@botname` Telegram adds to commands in groups."""
    head, _sep, rest = text.partition(" ")
    return f"{head.split('@', 1)[0]} {rest}".strip()


def _documents_of(payload: dict[str, Any]) -> list[Document]:
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


def _seconds(exc: RetryAfter) -> float:
    """Give a RetryAfter's wait in seconds, whether PTB gives an int or a timedelta."""
    with warnings.catch_warnings():
        # PTB 22 warns that the int becomes a timedelta in v23; both are handled here.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        wait = exc.retry_after
    return float(wait.total_seconds() if isinstance(wait, timedelta) else wait)


def _code(lang: str) -> str:
    """Give Telegram's language code for a catalog language ('' is everyone else)."""
    return "ur" if lang == "ur" else ""


def _person_commands(lang: str) -> list[BotCommand]:
    """Describe the person's commands in one language."""
    with language(lang):
        return [
            BotCommand("start", _("Start, or start again")),
            BotCommand("menu", _("What I can do for you")),
            BotCommand("language", _("English, Urdu or Roman Urdu")),
            BotCommand("help", _("Help")),
        ]


def _staff_commands() -> list[BotCommand]:
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
            BotCommand("help", _("Staff commands")),
        ]
