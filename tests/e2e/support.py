"""What the end-to-end tests share: the real server on 127.0.0.1 and fake providers.

The `database` fixture comes from tests/conftest.py (SQLite, and PostgreSQL when configured).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.channels.base import Sender
from bot.server import create_app
from bot.settings import Settings
from flows.engine import Desk
from flows.profile import load_profile

ROOT = Path(__file__).resolve().parents[2]
PHONE = "+923001234567"
PUBLIC_BASE_URL = "https://desk.example.org"
# Two copies of one delivery at the same moment: the loser's IntegrityError aborts the
# PostgreSQL transaction and the engine then reads the winner's answer inside it.


def make_settings(database_url: str, **values: Any) -> Settings:
    """Settings for a test: nothing configured but what is passed."""
    return replace(Settings(database_url=database_url, policy=str(ROOT / "policies/example.toml")),
                   **values)


def make_desk(settings: Settings) -> Desk:
    """The desk with the example profile."""
    return Desk(profile=load_profile(settings.policy), public_base_url=settings.public_base_url)


@asynccontextmanager
async def running(app: web.Application) -> AsyncIterator[str]:
    """Run an aiohttp app on a free port of 127.0.0.1 and give its base URL."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@dataclass
class Server:
    """The desk's server under test, with a client session to call it."""

    url: str
    app: web.Application
    session: aiohttp.ClientSession

    async def post(self, path: str, **kwargs: Any) -> tuple[int, str]:
        """POST and give the status and body."""
        async with self.session.post(self.url + path, **kwargs) as response:
            return response.status, await response.text()

    async def get(self, path: str, **kwargs: Any) -> tuple[int, str]:
        """GET and give the status and body."""
        async with self.session.get(self.url + path, **kwargs) as response:
            return response.status, await response.text()

    async def get_bytes(self, path: str) -> tuple[int, bytes]:
        """GET and give the status and the body as it came."""
        async with self.session.get(self.url + path) as response:
            return response.status, await response.read()


@asynccontextmanager
async def desk_server(
    settings: Settings, *, senders: dict[str, Sender] | None = None
) -> AsyncIterator[Server]:
    """Start the real server for `settings` on an open test database; senders from settings."""
    app = create_app(settings, make_desk(settings), senders=senders, open_database=False, run_jobs=False)
    async with running(app) as url, aiohttp.ClientSession() as session:
        yield Server(url, app, session)


@dataclass
class FakeProvider:
    """A local stand-in for Twilio, the Graph API or a gateway: records requests, answers as told."""

    received: list[dict[str, Any]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    on_request: Callable[[dict[str, Any]], None] | None = None
    url: str = ""  # where it listens, once running

    def app(self) -> web.Application:
        """Build the fake's aiohttp app: every path answers."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        return app

    async def handle(self, request: web.Request) -> web.Response:
        """Record a request and answer with the next status (200 once they run out)."""
        raw = await request.read()
        record = {"path": request.path, "headers": dict(request.headers), "raw": raw,
                  "form": dict(await request.post()) if request.content_type.endswith("urlencoded")
                  else None,
                  "json": json.loads(raw) if request.content_type == "application/json" else None}
        if self.delay:
            await asyncio.sleep(self.delay)
        status = self.statuses.pop(0) if self.statuses else 200
        self.received.append(record)
        if self.on_request is not None:
            self.on_request(record)
        return web.json_response({"sid": f"SM{len(self.received)}"}, status=status,
                                 headers=self.headers if status >= 400 else None)


async def eventually(check: Callable[[], Any], timeout: float = 10.0) -> None:
    """Wait until `check()` is true."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not await _maybe_await(check()):
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


async def _maybe_await(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value
