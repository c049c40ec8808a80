"""Telegram as a thin adapter: updates become `IncomingMessage`s, `Reply`s become messages.

The conversation is the core's (`Desk.handle`); this module only translates, and leaves the
routing of updates to python-telegram-bot's own handlers and filters (`_handlers`): private
chats are people; the staff chat (`STAFF_CHAT_ID`, or the supergroup it became) and staff
commands sent in a private chat go to the `StaffCommands` hook; other groups are told, once per
command, that the bot works in private chats only.

A delivery seen before is recognised by the core's delivery table, in the same transaction as
the turn it caused; this adapter keeps no memory of its own. Polled updates are handled
concurrently across chats (the core keeps each conversation in order). A webhook call is
answered once its update has been handled, the turn committed and the replies sent, as the
other webhooks are: an update whose call was not answered 200 is sent again by Telegram, and a
database that is away answers 503 so that Telegram retries it.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol

from aiohttp import web
from telegram import BotCommandScopeChat, CallbackQuery, InputFile, Message, Update
from telegram.constants import ChatType
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import redact
from bot.channels.base import PermanentFailure, TemporaryFailure
from bot.channels.http import read_body
from bot.channels.telegram_render import (
    CallbackKeys,
    button_label,
    command_of,
    documents_of,
    for_staff,
    from_contact,
    in_both,
    markup_of,
    person_commands,
    person_text,
    retry_seconds,
    split_text,
    staff_commands,
    strip_bot_name,
    telegram_language,
)
from bot.settings import Settings
from flows.engine import Desk, utcnow
from flows.i18n import N_
from flows.messages import IncomingMessage, Reply
from storage import chat_moves, db, leases

logger = logging.getLogger(__name__)

TRANSPORT = "telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
STAFF_PREFIX = "staff:"
ALLOWED_UPDATES = ["message", "callback_query"]
# A short wait asked by Telegram (429) is sat out by the rate limiter; a longer one, or a third
# refusal, reaches the outbox as a TemporaryFailure and is retried there.
RATE_LIMIT_RETRIES = 2

STAFF_COMMANDS = ("queue", "ticket", "claim", "assign", "reply", "note", "resolve", "reject",
                  "extend", "reopen", "overdue", "stats", "web", "help")
# In the staff chat these are the staff's help, not the person's.
PERSON_ONLY = ("start", "menu", "language")
# Said before the person's language is known, so in English and Urdu both.
ONLY_PRIVATE = N_("I only work in private chats.")
TEXT_ONLY = N_("Please write your message as text, or use the buttons.")
APOLOGY = N_("Sorry, something went wrong on our side. Please try again in a minute, or write 'menu'.")
# Staff read English.
STAFF_OFF = N_("Staff commands are not available on this desk yet.")
STAFF_FAILED = N_("That did not work because of an error on our side; it is in the server log.")

__all__ = ["TelegramChannel", "StaffCommands", "APOLOGY", "ONLY_PRIVATE", "TEXT_ONLY", "in_both"]


class StaffCommands(Protocol):
    """What the staff side offers the channel; it checks who is staff and refuses the rest."""

    # The staff chat it accepts commands from; the channel moves it when the group does.
    staff_chat_id: int | None

    async def handle(self, user_id: int, chat_id: int, text: str) -> list[str]:
        """Run one staff command (`/claim ABC123`) and give the lines to answer with."""
        ...

    async def handle_callback(self, user_id: int, chat_id: int, data: str) -> list[str]:
        """Run a staff button (`staff:claim:ABC123`) and give the lines to answer with."""
        ...

    async def is_staff(self, user_id: int) -> bool:
        """Tell whether a Telegram user is on the team (their /help is the staff help)."""
        ...


@dataclass
class _WebhookCall:
    """What became of the update of one webhook call, for its answer."""

    unavailable: bool = False


# Set while a webhook call's update is handled in that call's task.
_WEBHOOK_CALL: ContextVar[_WebhookCall | None] = ContextVar("telegram_webhook_call", default=None)


class TelegramChannel:
    """Serve people in private chats and staff in the staff chat through one PTB Application."""

    transport = TRANSPORT

    def __init__(
        self, settings: Settings, desk: Desk, *, staff: StaffCommands | None = None
    ) -> None:
        if not settings.telegram_bot_token:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set: the Telegram channel cannot start")
        redact.hide(settings.telegram_bot_token, settings.telegram_webhook_secret)
        self.settings = settings
        self.desk = desk
        self.staff = staff
        self.keys = CallbackKeys()
        staff_chat = [settings.staff_chat_id] if settings.staff_chat_id is not None else []
        self.staff_chat = filters.Chat(chat_id=staff_chat)
        self.moves: dict[int, int] = {}
        self.application = self._build()

    @property
    def webhook_mode(self) -> bool:
        """Tell whether Telegram pushes updates to us rather than being polled."""
        return bool(self.settings.telegram_webhook_url)

    # -- life cycle ------------------------------------------------------------------------

    def _build(self) -> Application:
        """Build the PTB Application with our handlers and our one error handler."""
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
        application.add_handlers(self._handlers())
        application.add_error_handler(self._on_error)
        return application

    def _handlers(self) -> list[BaseHandler[Update, Any, Any]]:
        """Route updates, first match wins: staff chat, then private chats, then other groups."""
        private, staff_chat = filters.ChatType.PRIVATE, self.staff_chat
        other_group = filters.ChatType.GROUPS & ~staff_chat
        routes: list[BaseHandler[Update, Any, Any]] = [
            MessageHandler(filters.StatusUpdate.MIGRATE, self._on_migration),
            CallbackQueryHandler(self._on_staff_button, pattern=f"^{STAFF_PREFIX}"),
            CallbackQueryHandler(self._on_button),
            CommandHandler(STAFF_COMMANDS, self._on_staff_command, filters=staff_chat),
            CommandHandler(PERSON_ONLY, self._on_staff_help, filters=staff_chat),
        ]
        if self.staff is not None:
            routes += [
                CommandHandler("help", self._on_help, filters=private),
                CommandHandler(STAFF_COMMANDS, self._on_staff_command, filters=private),
            ]
        routes += [
            MessageHandler(private & (filters.TEXT | filters.CONTACT), self._on_person),
            MessageHandler(private, self._on_not_text),
            MessageHandler(filters.COMMAND & other_group, self._on_other_group),
        ]
        return routes

    async def start(self) -> None:
        """Connect to Telegram and start receiving updates (polling, or the webhook)."""
        app = self.application
        await app.initialize()
        await self._follow_stored_moves()
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
                await bot.set_my_commands(person_commands(lang), language_code=telegram_language(lang))
            staff_chats = {self.address_of(c) for c in self.staff_chat.chat_ids}
            for chat_id in staff_chats if self.staff is not None else ():
                await bot.set_my_commands(staff_commands(), scope=BotCommandScopeChat(chat_id))
        except TelegramError:
            logger.warning("telegram: could not set the command menu", exc_info=True)

    # -- the webhook -----------------------------------------------------------------------

    async def handle_webhook(self, request: web.Request) -> web.Response:
        """Check Telegram's secret header, handle the update, then answer."""
        if not self._secret_matches(request.headers.get(SECRET_HEADER, "")):
            logger.warning("telegram webhook: wrong or missing secret from %s", request.remote)
            return web.Response(status=401, text="wrong or missing secret token")
        update = self._parse_update(await read_body(request))
        if update is None:
            return web.Response(status=400, text="body is not a Telegram update")
        if not self.application.running:
            return web.Response(status=503, text="telegram channel is not running")
        call = _WebhookCall()
        token = _WEBHOOK_CALL.set(call)
        try:
            await self.application.process_update(update)
        finally:
            _WEBHOOK_CALL.reset(token)
        if call.unavailable:
            return web.Response(status=503, text="database unavailable; try again")
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
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None

    # -- people ----------------------------------------------------------------------------

    async def _on_person(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Let the core answer a person's words or shared contact."""
        message = self.incoming(update)
        if message is not None:
            await self._answer(message)

    async def _on_not_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Ask for words when a person sends a sticker, a photo or the like."""
        if update.message is not None:
            await update.message.reply_text(in_both(TEXT_ONLY))

    async def _on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Take a button press as the person's choice and retire the keyboard it came from."""
        query, chat = update.callback_query, update.effective_chat
        assert query is not None
        if chat is None or chat.type != ChatType.PRIVATE:
            await query.answer(in_both(ONLY_PRIVATE))
            return
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

    async def _on_other_group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer a command in a group that is not the staff chat with one polite line.

        A staff command gets the staff side's refusal (where staff commands work, or that only
        the team may use them), so the attempt is logged there and nothing is done.
        """
        message, user = update.message, update.effective_user
        if message is None or user is None:
            return
        if await self._is_staff_chat(message.chat_id):
            # The staff chat moved in another process of the desk; this one has caught up.
            await self.application.process_update(update)
            return
        command = command_of(message.text)
        if self.staff is not None and command[1:] in STAFF_COMMANDS and command != "/help":
            lines = await self._staff_lines(user.id, message.chat_id, message.text or "")
            await message.reply_text(lines[0] if lines else in_both(ONLY_PRIVATE))
        else:
            await message.reply_text(in_both(ONLY_PRIVATE))

    def incoming(self, update: Update) -> IncomingMessage | None:
        """Turn a private chat's update into the core's message, or None if it holds nothing."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return None
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
            return from_contact(message, base)
        if message.text:
            return IncomingMessage(text=person_text(message.text), **base)
        return None

    def _from_button(self, query: CallbackQuery, base: dict[str, Any]) -> IncomingMessage:
        """Read a button press as the option it stands for, with its label as the words said."""
        data = query.data or ""
        label = button_label(query, data)
        key = self.keys.decode(data)
        if key is None:
            # A hashed key from before a restart: the label still picks the option.
            return IncomingMessage(text=label or "", **base)
        return IncomingMessage(text=label or "", option=key, **base)

    # -- staff -----------------------------------------------------------------------------

    async def _on_staff_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Hand a staff command to the staff side and answer with its lines."""
        message, user = update.message, update.effective_user
        if message is None or user is None or not await self._first_time(update):
            return
        lines = await self._staff_lines(user.id, message.chat_id, message.text or "")
        await self.deliver(message.chat_id, [Reply(line) for line in lines])

    async def _on_staff_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer /start, /menu or /language in the staff chat with the staff help."""
        message, user = update.message, update.effective_user
        if message is None or user is None:
            return
        lines = await self._staff_lines(user.id, message.chat_id, "/help")
        await self.deliver(message.chat_id, [Reply(line) for line in lines])

    async def _on_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Give staff the staff help in their own chat, and a person their menu."""
        user = update.effective_user
        assert self.staff is not None
        if user is not None and await self.staff.is_staff(user.id):
            await self._on_staff_command(update, context)
        else:
            await self._on_person(update, context)

    async def _on_staff_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Hand a staff button (Claim) to the staff side; elsewhere than our chats, decline."""
        query, user, chat = update.callback_query, update.effective_user, update.effective_chat
        assert query is not None
        if user is None or chat is None or not (
            chat.type == ChatType.PRIVATE or await self._is_staff_chat(chat.id)
        ):
            await query.answer(in_both(ONLY_PRIVATE))
            return
        await query.answer()
        if not await self._first_time(update):
            return
        if self.staff is None:
            lines = [for_staff(STAFF_OFF)]
        else:
            lines = await self.staff.handle_callback(user.id, chat.id, query.data or "")
        await self.deliver(chat.id, [Reply(line) for line in lines])

    async def _first_time(self, update: Update) -> bool:
        """Claim a staff update in the database; a repeat of one (Telegram sends an update again
        when it missed our answer, or after a restart before its offset was confirmed) is
        dropped, so a /reply reaches the person once, whichever process got it first.

        People's messages need no claim: the delivery record of their turn de-duplicates them.
        """
        return await leases.claim_once(f"{leases.STAFF_UPDATE_CLAIM}{update.update_id}", "telegram", utcnow())

    async def _staff_lines(self, user_id: int, chat_id: int, text: str) -> list[str]:
        """Hand a command to the staff side, if there is one."""
        if self.staff is None:
            return [for_staff(STAFF_OFF)]
        return await self.staff.handle(user_id, chat_id, strip_bot_name(text))

    # -- a group that became a supergroup ---------------------------------------------------

    async def _on_migration(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Follow a group to the supergroup it became (`migrate_to_chat_id`)."""
        message = update.message
        if message is None:
            return
        if message.migrate_to_chat_id is not None:
            await self.follow_move(message.chat_id, message.migrate_to_chat_id)
        elif message.migrate_from_chat_id is not None:
            await self.follow_move(message.migrate_from_chat_id, message.chat_id)

    async def follow_move(self, old_chat_id: int, new_chat_id: int) -> None:
        """Record that a chat moved, and serve the staff there if it was the staff chat."""
        await chat_moves.record(old_chat_id, new_chat_id)
        self.moves[old_chat_id] = new_chat_id
        if old_chat_id in self.staff_chat.chat_ids and new_chat_id not in self.staff_chat.chat_ids:
            await self._move_staff_chat(old_chat_id, new_chat_id)

    async def _follow_stored_moves(self) -> None:
        """Read the moves recorded so far; a moved staff chat overrides STAFF_CHAT_ID."""
        self.moves = await chat_moves.all_moves()
        for old_chat_id in list(self.staff_chat.chat_ids):
            new_chat_id = chat_moves.follow(self.moves, old_chat_id)
            if new_chat_id != old_chat_id:
                await self._move_staff_chat(old_chat_id, new_chat_id)

    async def _move_staff_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """Take staff commands from the new chat and post escalations there."""
        self.staff_chat.add_chat_ids(new_chat_id)
        if self.staff is not None:
            self.staff.staff_chat_id = new_chat_id
        if self.desk.staff_transport == TRANSPORT:
            self.desk.staff_address = str(new_chat_id)
        logger.warning(
            "telegram: the staff chat %s became the supergroup %s; the desk follows it there. "
            "Set STAFF_CHAT_ID=%s", old_chat_id, new_chat_id, new_chat_id,
        )
        if self.staff is not None and self.application.running:
            try:
                scope = BotCommandScopeChat(new_chat_id)
                await self.application.bot.set_my_commands(staff_commands(), scope=scope)
            except TelegramError:
                logger.warning("telegram: could not set the staff menu in the supergroup", exc_info=True)

    async def _is_staff_chat(self, chat_id: int) -> bool:
        """Tell whether a chat is the staff chat, asking the database about moves not seen here."""
        if chat_id in self.staff_chat.chat_ids:
            return True
        for old_chat_id in await chat_moves.moved_to(chat_id):
            if old_chat_id in self.staff_chat.chat_ids:
                await self.follow_move(old_chat_id, chat_id)
        return chat_id in self.staff_chat.chat_ids

    def address_of(self, chat_id: int) -> int:
        """Give the chat id to send to now, after any moves."""
        return chat_moves.follow(self.moves, chat_id)

    # -- failures --------------------------------------------------------------------------

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the failure with its traceback, then tell the person something useful."""
        call = _WEBHOOK_CALL.get()
        if call is not None and isinstance(context.error, db.UNAVAILABLE):
            # Telegram sends the update again after our 503; the person hears nothing twice.
            call.unavailable = True
            logger.warning("telegram webhook refused: the database is unreachable")
            return
        logger.error("telegram: failed to handle an update", exc_info=context.error)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        chat = update.effective_chat
        if chat.id in self.staff_chat.chat_ids:
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
        documents = tuple(documents_of(payload))
        if documents:
            reply = Reply(reply.text, reply.options, reply.request_contact, documents)
        try:
            await self.deliver(chat_id, [reply])
        except RetryAfter as exc:
            raise TemporaryFailure(str(exc), retry_after=retry_seconds(exc)) from exc
        except (Forbidden, BadRequest, ChatMigrated, InvalidToken) as exc:
            raise PermanentFailure(f"telegram refused the message: {exc}") from exc
        except (NetworkError, TelegramError) as exc:
            raise TemporaryFailure(f"telegram unreachable: {exc}") from exc

    async def deliver(self, chat_id: int, replies: Sequence[Reply]) -> None:
        """Send the core's replies to one chat, in order, following the chat if it moved."""
        chat_id = self.address_of(chat_id)
        for reply in replies:
            try:
                await self._send_reply(chat_id, reply)
            except ChatMigrated as moved:
                # Telegram refused the old id and named the new one: send what it refused there.
                await self.follow_move(chat_id, moved.new_chat_id)
                chat_id = moved.new_chat_id
                await self._send_reply(chat_id, reply)

    async def _send_reply(self, chat_id: int, reply: Reply) -> None:
        """Send one reply: its text in pieces Telegram accepts, the keyboard on the last one."""
        bot = self.application.bot
        pieces = split_text(reply.text)
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            markup = markup_of(reply, self.keys) if last else None
            await bot.send_message(chat_id, piece, parse_mode=None, reply_markup=markup)
        for document in reply.documents:
            await bot.send_document(
                chat_id, InputFile(document.content, filename=document.filename)
            )
