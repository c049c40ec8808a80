"""A staff group upgraded to a supergroup (issue 14): Telegram gives it a new chat id, tells of
it once (`migrate_to_chat_id`, or a refused send with `parameters.migrate_to_chat_id`) and
refuses the old id from then on. The desk follows it: the move is stored (it overrides
STAFF_CHAT_ID, and the log tells the operator so), what was refused is sent again to the new
id, and staff commands from the new chat are served, after a restart too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator

import pytest

from bot.channels.telegram import TelegramChannel
from bot.staff import StaffDesk
from flows.engine import Desk
from flows.refs import format_reference
from storage import outbox
from storage import staff as staff_table
from storage.models import ChatMove, Ticket
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.support_telegram import (
    STAFF_CHAT,
    STAFF_MEMBER,
    button_data,
    button_update,
    group_chat,
    settings_for,
    text_update,
    user,
)
from tests.e2e.test_telegram import open_menu, press, say

pytestmark = pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")

SUPERGROUP = -1009876543210


async def staff_desk_channel(bot_api: FakeBotApi, desk: Desk) -> TelegramChannel:
    """Start the channel as `serve` builds it: the real staff side, STAFF_CHAT_ID the old group."""
    desk.staff_transport, desk.staff_address = "telegram", str(STAFF_CHAT)
    channel = TelegramChannel(
        settings_for(bot_api), desk, staff=StaffDesk(desk.profile, staff_chat_id=STAFF_CHAT)
    )
    await channel.start()
    return channel


@pytest.fixture
async def channel(bot_api: FakeBotApi, desk: Desk) -> AsyncIterator[TelegramChannel]:
    """The channel with the real staff side; Sana is staff."""
    await staff_table.add(STAFF_MEMBER, "Sana")
    started = await staff_desk_channel(bot_api, desk)
    yield started
    await started.stop()


async def staff_says(bot_api: FakeBotApi, text: str, chat_id: int = SUPERGROUP) -> str:
    """Sana writes a command in a group chat; give the desk's answer there."""
    update = text_update(chat_id, text, sender=STAFF_MEMBER, chat=group_chat(chat_id))
    return str((await say(bot_api, update, chat_id))["text"])


async def escalate(bot_api: FakeBotApi, channel: TelegramChannel) -> None:
    """A person asks for a person; the outbox hands the staff notice to the channel."""
    await press(bot_api, await open_menu(bot_api), "Talk to a person")
    for row in await outbox.claim_batch("test", transports=("telegram",)):
        await channel.send(row.address, row.payload)
        await outbox.mark_sent(row.id, "test")


async def test_a_notice_refused_for_a_group_that_became_a_supergroup_is_resent_there_and_kept(
    bot_api: FakeBotApi, channel: TelegramChannel, caplog: pytest.LogCaptureFixture
) -> None:
    bot_api.migrate(STAFF_CHAT, SUPERGROUP)
    with caplog.at_level(logging.WARNING, logger="bot.channels.telegram"):
        await escalate(bot_api, channel)
    [notice] = bot_api.of("sendMessage", SUPERGROUP)
    assert "New handoff request" in notice.params["text"]
    assert (await ChatMove.get(old_chat_id=STAFF_CHAT)).new_chat_id == SUPERGROUP
    assert f"Set STAFF_CHAT_ID={SUPERGROUP}" in caplog.text

    ticket = await Ticket.get(kind="handoff")
    ref = format_reference(ticket.ref)
    assert ref in await staff_says(bot_api, "/queue")
    pressed = button_update(SUPERGROUP, notice.result, button_data(notice.result, "Claim"),
                            sender=STAFF_MEMBER)
    assert (await say(bot_api, pressed, SUPERGROUP))["text"] == f"{ref} is yours, Sana."


async def test_the_supergroup_stays_the_staff_chat_after_a_restart(
    bot_api: FakeBotApi, desk: Desk
) -> None:
    await staff_table.add(STAFF_MEMBER, "Sana")
    bot_api.migrate(STAFF_CHAT, SUPERGROUP)
    first = await staff_desk_channel(bot_api, desk)
    try:
        await escalate(bot_api, first)
    finally:
        await first.stop()
    restarted = await staff_desk_channel(bot_api, desk)  # STAFF_CHAT_ID still names the old group
    try:
        assert desk.staff_address == str(SUPERGROUP), "new notices are written for the supergroup"
        assert "handoff" in await staff_says(bot_api, "/queue")
    finally:
        await restarted.stop()


async def test_a_migrate_to_chat_id_update_moves_the_staff_chat(
    bot_api: FakeBotApi, channel: TelegramChannel
) -> None:
    await bot_api.push({"message": {
        "message_id": 1, "date": int(time.time()), "chat": group_chat(STAFF_CHAT),
        "from": user(STAFF_MEMBER), "migrate_to_chat_id": SUPERGROUP,
    }})
    await bot_api.wait_for(lambda: SUPERGROUP in channel.staff_chat.chat_ids, what="the move")
    assert (await ChatMove.get(old_chat_id=STAFF_CHAT)).new_chat_id == SUPERGROUP
    assert await staff_says(bot_api, "/queue") == "Nothing in the queue."


async def test_another_process_serves_staff_in_the_supergroup_once_the_move_is_stored(
    bot_api: FakeBotApi, channel: TelegramChannel
) -> None:
    # Recorded by another `serve` after this one started.
    await ChatMove.create(old_chat_id=STAFF_CHAT, new_chat_id=SUPERGROUP)
    assert await staff_says(bot_api, "/queue") == "Nothing in the queue."
