"""PostgreSQL going away under a real `serve`: 503 while it is gone, back by itself, nothing lost.

The outage is a TCP proxy between the server and PostgreSQL that the test stops (cutting every
open connection, as a restart does) and starts again, so the shared PostgreSQL server is never
touched. Runs only when PRIVACY_DESK_TEST_DATABASE_URL names a PostgreSQL server.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import pytest

from storage import db
from storage.models import Delivery, TranscriptLine
from tests.e2e.test_scale_out import ServeProcess, free_port, serve_env
from tests.e2e.test_twilio import form, signed
from tests.scratch_postgres import needs_postgres, scratch_database

pytestmark = needs_postgres()


class TcpProxy:
    """Forward a local port to PostgreSQL; `stop` cuts every connection, `start` listens again."""

    def __init__(self, port: int, target_host: str, target_port: int) -> None:
        self.port, self.target = port, (target_host, target_port)
        self.server: asyncio.AbstractServer | None = None
        self.writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", self.port, reuse_address=True)

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        for writer in list(self.writers):
            writer.transport.abort()
        self.writers.clear()
        await self.server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self.writers |= {writer, up_writer}
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.transport.abort()
        self.writers.discard(writer)


def through(url: str, port: int) -> str:
    """The same database URL, by way of the proxy's port."""
    parts = urlsplit(url)
    netloc = f"{parts.username + '@' if parts.username else ''}127.0.0.1:{port}"
    return urlunsplit(parts._replace(netloc=netloc))


@pytest.fixture
async def desk_database() -> AsyncIterator[str]:
    async with scratch_database() as url:
        await db.upgrade(url)
        yield url


async def test_webhooks_answer_503_while_postgresql_is_away_and_nothing_accepted_is_lost(
    desk_database: str, tmp_path: Path
) -> None:
    parts = urlsplit(desk_database)
    proxy = TcpProxy(free_port(), parts.hostname or "127.0.0.1", parts.port or 5432)
    await proxy.start()
    env = serve_env(through(desk_database, proxy.port), "http://127.0.0.1:9")
    server = ServeProcess("outage", free_port(), env, tmp_path / "serve.log")
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as session:
        await server.start()
        try:
            await server.ready(session)
            await _outage(server, proxy, session, desk_database)
        finally:
            await server.stop()
            with contextlib.suppress(Exception):
                await proxy.stop()


async def _outage(
    server: ServeProcess, proxy: TcpProxy, session: aiohttp.ClientSession, database_url: str
) -> None:
    async def send(n: int) -> int:
        params = form("STOP" if n % 2 else "hi", f"SMout{n:04d}", f"+92300{n % 7:07d}")
        async with session.post(server.url + "/webhooks/twilio", data=params, headers=signed(params)) as r:
            return r.status

    async def health() -> int:
        async with session.get(server.url + "/healthz") as r:
            return r.status

    before = [await send(n) for n in range(10)]
    await proxy.stop()
    during = [await send(n) for n in range(10, 20)]
    health_during = await health()
    await proxy.start()

    # The provider retries what was refused; the server finds the database again by itself.
    statuses: dict[int, int] = {}
    for _ in range(100):
        statuses = {n: await send(n) for n in range(10, 25) if statuses.get(n) != 200}
        if all(s == 200 for s in statuses.values()):
            break
        await asyncio.sleep(0.2)
    print(f"\nbefore {before}; during {during}, healthz {health_during}; after: all 200")

    assert before == [200] * 10
    assert set(during) == {503} and health_during == 503
    assert await health() == 200
    await db.open_database(database_url, upgrade_schema=False)
    try:
        assert await Delivery.all().count() == 25
        assert await TranscriptLine.filter(direction="in").count() == 25
    finally:
        await db.close_database()
