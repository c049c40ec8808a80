"""What the web console's tests share: the real server with the SMS bridge on, a person who
asked for a person on SMS, staff, and a logged-in client that fills in forms as a browser does."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import aiohttp

from bot.server import create_app
from flows.engine import Desk
from flows.profile import load_profile
from storage import staff as staff_table
from storage import web_auth
from storage.models import Staff, Ticket
from tests.e2e.support import ROOT, FakeProvider, make_settings, running
from tests.support import Person

PERSON_PHONE = "+923001112233"
AGENT, SUPERVISOR = 7001, 7002
BRIDGE_SECRET = "bridge-secret-for-tests"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def now() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


@dataclass
class Console:
    """The desk's server with the console, the fake SMS gateway, and the staff."""

    url: str
    desk: Desk
    gateway: FakeProvider
    agent: Staff
    supervisor: Staff

    def client(self) -> aiohttp.ClientSession:
        """A browser-like client: keeps cookies (also for 127.0.0.1), follows redirects."""
        return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))

    async def link(self, member: Staff, at: datetime | None = None) -> str:
        """Make a login link for a member, as /web and staff web-link do."""
        token = await web_auth.create_link(member.id, at or now())
        return f"{self.url}/staff/login/{token}"

    async def logged_in(self, member: Staff, lang: str = "en") -> aiohttp.ClientSession:
        """Give a client logged in as `member`."""
        client = self.client()
        link = await self.link(member)
        async with client.post(link, data={"lang": lang}) as response:
            assert response.status == 200, await response.text()
        return client

    async def page(self, client: aiohttp.ClientSession, path: str) -> tuple[int, str]:
        """GET a console page."""
        async with client.get(self.url + path) as response:
            return response.status, await response.text()

    async def submit(self, client: aiohttp.ClientSession, page: str, action: str,
                     **fields: Any) -> tuple[int, str]:
        """Post a form of `page` as the browser would: its CSRF token and same origin."""
        _, html = await self.page(client, page)
        token = _CSRF.search(html)
        assert token is not None, "the page has no form"
        data = {"csrf": token.group(1), **fields}
        async with client.post(self.url + action, data=data, headers={"Origin": self.url}) as response:
            return response.status, await response.text()


async def escalated_on_sms(desk: Desk, words: str = "I want to talk to a person",
                           phone: str = PERSON_PHONE) -> Ticket:
    """A person on SMS who asked for a person; give their ticket."""
    person = Person(desk, transport="bridge", sender_id=phone, verified_phone=phone, channel="sms")
    await person.says("hi")
    await person.says(words)
    ticket = await Ticket.filter(kind="handoff", address=phone).order_by("-id").first()
    assert ticket is not None
    return ticket


def someone(n: int) -> str:
    """Give the phone number of another person on SMS."""
    return f"+92300555{n:04d}"


@asynccontextmanager
async def console_server(database_url: str, **settings: Any) -> AsyncIterator[Console]:
    """Run the real server, with the SMS bridge sending to a local fake gateway."""
    gateway = FakeProvider()
    async with running(gateway.app()) as gateway_url:
        config = make_settings(database_url, bridge_secret=BRIDGE_SECRET,
                               bridge_outbound_url=f"{gateway_url}/send", **settings)
        desk = Desk(profile=load_profile(ROOT / "policies/example.toml"), sms_transport="bridge")
        app = create_app(config, desk, open_database=False, run_jobs=False)
        agent = await staff_table.add(AGENT, "Sana", "agent")
        supervisor = await staff_table.add(SUPERVISOR, "Bilal", "supervisor")
        async with running(app) as url:
            yield Console(url, desk, gateway, agent, supervisor)


def texts_to(gateway: FakeProvider, phone: str) -> list[str]:
    """Give the texts the gateway was asked to send to a phone."""
    return [r["json"]["text"] for r in gateway.received if r["json"] and r["json"].get("to") == phone]
