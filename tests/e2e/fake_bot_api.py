"""A local Bot API server that python-telegram-bot can talk to, recording what the bot did.

It serves the methods the desk uses with Telegram's own JSON shapes, hands out queued updates
through `getUpdates` (long polling that honours `offset` and `timeout`), and can refuse a call
with a 429 or another error to show how the bot copes, and can move a group to a supergroup
(`migrate`), refusing the old chat id with `parameters.migrate_to_chat_id` as Telegram does.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 7000001
BOT_USERNAME = "privacy_desk_test_bot"
# Fields PTB sends as plain strings; every other field is JSON-encoded.
STRING_FIELDS = frozenset(
    {"text", "caption", "url", "secret_token", "callback_query_id", "language_code"}
)


@dataclass
class Call:
    """One request the bot made: the method, its parameters and any uploaded files."""

    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    result: Any = None

    @property
    def chat_id(self) -> int | None:
        """The chat the call was about, if any."""
        value = self.params.get("chat_id")
        return None if value is None else int(value)

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        """The keyboard rows sent with a message (inline or reply keyboard)."""
        markup = self.params.get("reply_markup") or {}
        return markup.get("inline_keyboard") or markup.get("keyboard") or []


@dataclass
class Refusal:
    """An error the fake answers the next `times` calls of a method with."""

    status: int
    description: str
    times: int
    retry_after: int | None = None


class FakeBotApi:
    """The fake server; `start()` it, point `TELEGRAM_API_BASE` at `base_url`, then inspect."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.webhook: dict[str, Any] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1001)
        self._message_ids = itertools.count(1)
        self._new_update = asyncio.Condition()
        self._refusals: dict[str, Refusal] = {}
        self._migrated: dict[int, int] = {}
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # -- running -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Serve on 127.0.0.1 on a free port."""
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._dispatch)
        app.router.add_get("/bot{token}/{method}", self._dispatch)
        self._runner = web.AppRunner(app, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"

    async def close(self) -> None:
        """Wake any long poll and stop serving."""
        async with self._new_update:
            self._new_update.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what tests do -----------------------------------------------------------------------

    async def push(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates, numbering it; give its update_id."""
        update = {"update_id": next(self._update_ids), **update}
        async with self._new_update:
            self._updates.append(update)
            self._new_update.notify_all()
        return int(update["update_id"])

    def next_update_id(self) -> int:
        """Reserve an update id, for updates delivered by webhook instead."""
        return next(self._update_ids)

    def refuse(
        self, method: str, status: int, description: str, *, times: int = 1,
        retry_after: int | None = None,
    ) -> None:
        """Answer the next `times` calls of `method` with an error."""
        self._refusals[method] = Refusal(status, description, times, retry_after)

    def migrate(self, old_chat_id: int, new_chat_id: int) -> None:
        """Upgrade a group to a supergroup: calls to the old id are refused as Telegram does."""
        self._migrated[old_chat_id] = new_chat_id

    def of(self, method: str, chat_id: int | None = None) -> list[Call]:
        """The calls of one method, to one chat if given."""
        return [
            c for c in self.calls
            if c.method == method and (chat_id is None or c.chat_id == chat_id)
        ]

    def texts(self, chat_id: int) -> list[str]:
        """Every text the bot sent to a chat, in order."""
        return [str(c.params.get("text", "")) for c in self.of("sendMessage", chat_id)]

    async def wait_for(
        self, check: Callable[[], Any], timeout: float = 10.0, what: str = "the bot"
    ) -> Any:
        """Wait until `check()` gives something true, and give it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = check()
            if result:
                return result
            await asyncio.sleep(0.02)
        calls = [(c.method, c.params.get("text")) for c in self.calls]
        raise AssertionError(f"timed out waiting for {what}; calls so far: {calls}")

    async def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 10.0, method: str = "sendMessage"
    ) -> list[Call]:
        """Wait until the bot has made at least `count` calls of `method` about a chat."""
        return await self.wait_for(
            lambda: len(self.of(method, chat_id)) >= count and self.of(method, chat_id),
            timeout,
            f"{count} {method} calls to chat {chat_id}",
        )

    # -- serving -----------------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params, files = await _read_params(request)
        call = Call(method, params, files)
        self.calls.append(call)
        if call.chat_id in self._migrated:
            return _error(400, "Bad Request: group chat was upgraded to a supergroup chat",
                          migrate_to_chat_id=self._migrated[call.chat_id])
        refusal = self._refusals.get(method)
        if refusal is not None and refusal.times > 0:
            refusal.times -= 1
            retry = {} if refusal.retry_after is None else {"retry_after": refusal.retry_after}
            return _error(refusal.status, refusal.description, **retry)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return _error(404, f"Not Found: method {method} is not in the fake")
        result = call.result = await handler(call)
        return web.json_response({"ok": True, "result": result})

    async def _m_getMe(self, call: Call) -> dict[str, Any]:
        return {
            "id": BOT_ID, "is_bot": True, "first_name": "Privacy Desk",
            "username": BOT_USERNAME, "can_join_groups": True,
            "can_read_all_group_messages": False, "supports_inline_queries": False,
        }

    async def _m_getUpdates(self, call: Call) -> list[dict[str, Any]]:
        offset = int(call.params.get("offset") or 0)
        timeout = float(call.params.get("timeout") or 0)
        async with self._new_update:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and timeout > 0:
                try:
                    await asyncio.wait_for(self._new_update.wait(), timeout)
                except TimeoutError:
                    pass
            return list(self._updates)

    async def _m_sendMessage(self, call: Call) -> dict[str, Any]:
        message = self._message(call)
        message["text"] = call.params.get("text", "")
        markup = call.params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    async def _m_sendDocument(self, call: Call) -> dict[str, Any]:
        filename, content = call.files.get("document", ("file", b""))
        message = self._message(call)
        message["document"] = {
            "file_id": f"doc-{message['message_id']}",
            "file_unique_id": f"u-{message['message_id']}",
            "file_name": filename,
            "file_size": len(content),
        }
        return message

    async def _m_answerCallbackQuery(self, call: Call) -> bool:
        return True

    async def _m_editMessageReplyMarkup(self, call: Call) -> dict[str, Any]:
        message = self._message(call)
        message["message_id"] = int(call.params.get("message_id") or 0)
        return message

    async def _m_setWebhook(self, call: Call) -> bool:
        self.webhook = dict(call.params)
        return True

    async def _m_deleteWebhook(self, call: Call) -> bool:
        self.webhook = {}
        return True

    async def _m_getWebhookInfo(self, call: Call) -> dict[str, Any]:
        return {
            "url": self.webhook.get("url", ""), "has_custom_certificate": False,
            "pending_update_count": 0,
        }

    async def _m_setMyCommands(self, call: Call) -> bool:
        return True

    async def _m_close(self, call: Call) -> bool:
        return True

    async def _m_logOut(self, call: Call) -> bool:
        return True

    def _message(self, call: Call) -> dict[str, Any]:
        """Build the Message Telegram gives back for something the bot sent."""
        chat_id = call.chat_id or 0
        chat_type = "private" if chat_id > 0 else "supergroup"
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = "Person"
        else:
            chat["title"] = "Group"
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Privacy Desk",
                     "username": BOT_USERNAME},
        }


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    """Read PTB's form or multipart body: JSON-encoded values, and files apart."""
    params: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    if request.content_type == "application/json":
        return dict(await request.json()), files
    form = await request.post()
    for name, value in form.items():
        if isinstance(value, web.FileField):
            files[name] = (value.filename, value.file.read())
        elif name in STRING_FIELDS:
            params[name] = value
        else:
            params[name] = _json_or_text(str(value))
    return params, files


def _json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


def _error(status: int, description: str, **parameters: int) -> web.Response:
    """Answer as the Bot API does when it refuses: `parameters` carry retry_after or
    migrate_to_chat_id (ResponseParameters)."""
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)
