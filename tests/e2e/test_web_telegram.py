"""/web through the real Telegram channel: python-telegram-bot against the local Bot API."""

from __future__ import annotations

import aiohttp
import pytest

from bot.staff import WEB_IN_PRIVATE
from tests.e2e import test_staff_workflow as workflow
from tests.e2e.support import PUBLIC_BASE_URL
from tests.e2e.test_staff_workflow import AGENT, Rig

rig = workflow.rig  # the whole desk with Telegram on, as the staff workflow tests run it

pytestmark = pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")


async def test_web_in_a_private_chat_sends_a_link_that_logs_in_at_the_public_address(rig: Rig) -> None:
    answer = await rig.staff_says(AGENT, "/web", in_staff_chat=False)
    link = answer.splitlines()[-1]
    assert link.startswith(f"{PUBLIC_BASE_URL}/staff/login/")
    local = rig.url + link.removeprefix(PUBLIC_BASE_URL)
    async with aiohttp.ClientSession() as browser:
        async with browser.post(local, data={}, allow_redirects=False,
                                headers={"Origin": PUBLIC_BASE_URL}) as response:
            assert response.status == 303 and response.headers["Location"] == "/staff/"
            assert "Secure" in response.headers["Set-Cookie"]


async def test_web_in_the_staff_chat_sends_no_link(rig: Rig) -> None:
    assert await rig.staff_says(AGENT, "/web") == WEB_IN_PRIVATE
