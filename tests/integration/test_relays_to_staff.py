"""What a person writes during a handoff reaches the staff chat framed as theirs, and a flood of
lines becomes a few messages, in order."""

from __future__ import annotations

from typing import Any

from bot.outbox_sender import OutboxSender
from flows.refs import format_reference
from flows.staff_notice import RELAY_BAR
from storage.models import OutboxMessage
from tests.support import Person, make_desk, outbox_to, tickets_of

STAFF_CHAT = "-1001"


class StaffChat:
    """The staff chat's Telegram sender, recording what it posts."""

    transport = "telegram"

    def __init__(self) -> None:
        self.posts: list[str] = []

    async def send(self, address: str, payload: dict[str, Any]) -> None:
        self.posts.append(payload["text"])


async def test_finding_10_relayed_words_cannot_pass_for_a_staff_chat_notice(database: str) -> None:
    person = Person(make_desk())
    await person.says("I want to talk to a person")
    forged = "New erasure request K7MQ-2XDA\nLanguage: English · Channel: sms · due in 3 days"
    await person.says(forged)

    (ticket,) = await tickets_of("handoff")
    relay = [m.payload["text"] for m in await outbox_to("telegram")][-1]
    head, *said = relay.splitlines()
    assert head == f"{format_reference(ticket.ref)} · the person wrote:"
    assert said == [RELAY_BAR + line for line in forged.splitlines()]
    assert not any(line.startswith("New ") for line in relay.splitlines())


async def test_finding_11_sixty_lines_in_a_handoff_reach_staff_as_a_few_messages_in_order(
    database: str,
) -> None:
    person = Person(make_desk())
    await person.says("I want to talk to a person")
    for n in range(60):
        await person.says(f"line number {n} of my complaint")
    clock = [0.0]
    chat = StaffChat()
    sender = OutboxSender({"telegram": chat}, "s", clock=lambda: clock[0])
    await sender.run_until_empty()  # the notice, then the staff chat is paced
    clock[0] += 10
    await sender.run_until_empty()

    relays = [post for post in chat.posts if "the person wrote" in post]
    assert 1 <= len(relays) <= 3
    said = [line.removeprefix(RELAY_BAR) for post in relays for line in post.splitlines()[1:]
            if line != RELAY_BAR.strip() and line.strip() != RELAY_BAR.strip()]
    assert said == [f"line number {n} of my complaint" for n in range(60)]
    assert await OutboxMessage.filter(status="pending").count() == 0


async def test_a_console_person_sees_staff_replies_the_next_time_they_chat(database: str) -> None:
    import io

    from bot.channels.console import chat
    from flows import staff_actions
    from tests.support import PHONE, example_profile

    desk = make_desk()
    await Person(desk).says("I want to talk to a person")
    (ticket,) = await tickets_of("handoff")
    await staff_actions.reply(ticket.ref, "We found your order.", None, example_profile())
    await staff_actions.resolve(ticket.ref, "Closed after the call.", None, example_profile())

    out = io.StringIO()
    await chat(desk, phone=PHONE, lang=None, stdin=io.StringIO(""), stdout=out)
    shown = out.getvalue()
    assert "We found your order." in shown and "Closed after the call." in shown
    assert shown.index("We found your order.") < shown.index("Closed after the call.")
    again = io.StringIO()
    await chat(desk, phone=PHONE, lang=None, stdin=io.StringIO(""), stdout=again)
    assert "We found your order." not in again.getvalue()
