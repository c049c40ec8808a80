"""Staff commands as the Telegram channel hands them over: real core, real database."""

from __future__ import annotations

import logging

import pytest

from bot.staff import NOT_STAFF, WRONG_CHAT, StaffDesk
from flows.refs import format_reference
from storage import staff as staff_table
from storage.models import Ticket, TicketEvent
from tests.support import Person, example_profile, make_desk, outbox_to

STAFF_CHAT = -1001
AGENT, SUPERVISOR, OUTSIDER = 501, 502, 999


@pytest.fixture
async def handed_over(database: str) -> Ticket:
    """A person on Telegram who asked for a person: one open handoff ticket."""
    await staff_table.add(AGENT, "Sana", "agent")
    await staff_table.add(SUPERVISOR, "Bilal", "supervisor")
    person = Person(make_desk(), transport="telegram", sender_id="4242", verified_phone=None)
    await person.says("/start")
    await person.says("I want to talk to a person")
    return await Ticket.get(kind="handoff")


@pytest.fixture
def desk() -> StaffDesk:
    """The staff side, serving the staff chat."""
    return StaffDesk(example_profile(), staff_chat_id=STAFF_CHAT)


async def test_someone_who_is_not_staff_is_refused_and_the_attempt_is_logged(
    handed_over: Ticket, desk: StaffDesk, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.staff"):
        answer = await desk.handle(OUTSIDER, STAFF_CHAT, f"/resolve {handed_over.ref}")
    assert answer == [NOT_STAFF]
    assert str(OUTSIDER) in caplog.text
    assert (await Ticket.get(id=handed_over.id)).status == handed_over.status


async def test_staff_commands_from_a_group_that_is_not_the_staff_chat_are_refused(
    handed_over: Ticket, desk: StaffDesk
) -> None:
    assert await desk.handle(AGENT, -2002, "/queue") == [WRONG_CHAT]


async def test_the_queue_shows_the_ticket_and_a_claim_makes_it_ones_own(
    handed_over: Ticket, desk: StaffDesk
) -> None:
    ref = format_reference(handed_over.ref)
    [queue] = await desk.handle(AGENT, STAFF_CHAT, "/queue")
    assert ref in queue and "handoff" in queue
    assert await desk.handle_callback(AGENT, STAFF_CHAT, f"staff:claim:{handed_over.ref}") == [
        f"{ref} is yours, Sana."
    ]
    assert await desk.handle(SUPERVISOR, SUPERVISOR, f"/claim {handed_over.ref}") == [
        f"Ticket {ref} is already claimed by Sana."
    ]
    head, transcript, history = await desk.handle(AGENT, AGENT, f"/ticket {ref.lower()}")
    assert "Sana" in head and "talk to a person" in transcript and "assigned" in history


async def test_a_reply_reaches_the_person_on_telegram_and_resolving_tells_them(
    handed_over: Ticket, desk: StaffDesk
) -> None:
    before = len(await outbox_to("telegram"))
    await desk.handle(AGENT, STAFF_CHAT, f"/reply {handed_over.ref} We are looking into it.")
    await desk.handle(AGENT, STAFF_CHAT, f"/resolve {handed_over.ref} Done, thank you.")
    to_person = [m for m in (await outbox_to("telegram"))[before:] if m.address == "4242"]
    assert "We are looking into it." in to_person[0].payload["text"]
    assert "resolved" in to_person[1].payload["text"]
    assert (await Ticket.get(id=handed_over.id)).status == "resolved"
    actions = await TicketEvent.filter(ticket_id=handed_over.id).values_list("action", flat=True)
    assert "reply" in actions and actions.count("status") >= 2


async def test_only_a_supervisor_may_extend_and_only_once(
    handed_over: Ticket, desk: StaffDesk
) -> None:
    ref = handed_over.ref
    assert await desk.handle(AGENT, STAFF_CHAT, f"/extend {ref} 14 waiting for records") == [
        "Only a supervisor may extend a deadline."
    ]
    [done] = await desk.handle(SUPERVISOR, STAFF_CHAT, f"/extend {ref} 14 waiting for records")
    assert "now due" in done
    [again] = await desk.handle(SUPERVISOR, STAFF_CHAT, f"/extend {ref} 3 more")
    assert "extended once already" in again


@pytest.mark.parametrize(
    ("command", "answer"),
    [
        ("/ticket ZZZZ9999", "No ticket with reference ZZZZ9999."),
        ("/claim", "Use: /claim REF"),
        ("/reply {ref}", "A reply needs some text: reply REF TEXT."),
        ("/queue lost", "Unknown status lost."),
        ("/assign {ref} 12345", "12345 is not on the staff list."),
        ("/frobnicate", "I don't know /frobnicate."),
    ],
)
async def test_bad_input_gets_one_clear_line_and_changes_nothing(
    handed_over: Ticket, desk: StaffDesk, command: str, answer: str
) -> None:
    events = await TicketEvent.all().count()
    [line] = await desk.handle(AGENT, STAFF_CHAT, command.format(ref=handed_over.ref))
    assert line.startswith(answer)
    assert await TicketEvent.all().count() == events


async def test_stats_count_tickets_by_kind_and_status(handed_over: Ticket, desk: StaffDesk) -> None:
    await desk.handle(AGENT, STAFF_CHAT, f"/resolve {handed_over.ref}")
    [stats] = await desk.handle(SUPERVISOR, STAFF_CHAT, "/stats")
    assert "handoff 1" in stats and "resolved 1" in stats and "Resolved on time: 1 of 1" in stats


async def test_only_a_supervisor_may_reject_or_take_a_claimed_ticket_from_someone_else(
    handed_over: Ticket, desk: StaffDesk
) -> None:
    ref = handed_over.ref
    await staff_table.add(503, "Hina", "agent")
    await desk.handle(AGENT, STAFF_CHAT, f"/claim {ref}")
    events = await TicketEvent.all().count()
    assert await desk.handle(503, STAFF_CHAT, f"/reject {ref} not ours") == [
        "Only a supervisor may reject a request."
    ]
    assert await desk.handle(503, STAFF_CHAT, f"/assign {ref} 503") == [
        "Only a supervisor may reassign someone else's ticket."
    ]
    assert await desk.handle(AGENT, STAFF_CHAT, f"/claim {ref}") == [
        f"Ticket {format_reference(ref)} is already yours."
    ]
    assert await TicketEvent.all().count() == events
    assert await desk.handle(SUPERVISOR, STAFF_CHAT, f"/assign {ref} 503") == [
        f"{format_reference(ref)} is now with Hina."
    ]


async def test_a_closed_ticket_takes_no_more_actions_but_a_reply_and_can_still_be_read(
    handed_over: Ticket, desk: StaffDesk
) -> None:
    ref = handed_over.ref
    await desk.handle(SUPERVISOR, STAFF_CHAT, f"/reject {ref} Nothing we hold")
    events = await TicketEvent.all().count()
    # A reply may follow a closed ticket up (within the response period); nothing else may.
    for command in (f"/note {ref} late", f"/resolve {ref}",
                    f"/extend {ref} 5 why", f"/claim {ref}"):
        [line] = await desk.handle(SUPERVISOR, STAFF_CHAT, command)
        assert "is already rejected" in line, command
    assert await TicketEvent.all().count() == events
    head, _transcript, history = await desk.handle(AGENT, STAFF_CHAT, f"/ticket {ref}")
    assert "rejected" in head and f"staff:{SUPERVISOR} status: rejected · Nothing we hold" in history


async def test_codes_and_download_links_are_masked_in_what_staff_read(database: str) -> None:
    from flows.staff_notice import mask_secrets

    assert mask_secrets("my code is 482913") == "my code is ••••••"
    assert mask_secrets("۴۸۲ ۹۱۳") == "••••••"
    assert mask_secrets("call +923001234567 or 0300 1234567") == "call +923001234567 or 0300 1234567"
    assert mask_secrets("https://d.example/exports/abcDEF123?format=csv") == (
        "https://d.example/exports/••••••?format=csv"
    )


async def test_a_non_staff_command_in_another_group_is_refused_and_logged(
    handed_over: Ticket, desk: StaffDesk, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.staff"):
        assert await desk.handle(OUTSIDER, -2002, "/queue") == [NOT_STAFF]
    assert "not staff" in caplog.text


async def test_the_variables_staff_join_once_and_a_removal_sticks_across_restarts(database: str) -> None:
    await staff_table.add(AGENT, "Sana", "supervisor")
    await staff_table.seed((AGENT, 777))
    await staff_table.remove(777)

    await staff_table.seed((AGENT, 777))  # the next start, the variable unchanged

    members = {m.telegram_id: (m.name, m.role) for m in await staff_table.active()}
    assert members == {AGENT: ("Sana", "supervisor")}
    assert await staff_table.by_telegram_id(777) is None
    await staff_table.add(777, "Hina")
    assert await staff_table.by_telegram_id(777) is not None


async def test_a_resolved_ticket_can_be_followed_up_and_reopened_from_telegram(
    handed_over: Ticket, desk: StaffDesk
) -> None:
    ref = format_reference(handed_over.ref)
    await desk.handle(AGENT, STAFF_CHAT, f"/resolve {handed_over.ref} Done")
    before = len(await outbox_to("telegram"))

    follow_up = await desk.handle(AGENT, STAFF_CHAT, f"/reply {handed_over.ref} One more thing: we kept the invoices.")
    reopened = await desk.handle(AGENT, STAFF_CHAT, f"/reopen {handed_over.ref} The person wrote back")
    again = await desk.handle(AGENT, STAFF_CHAT, f"/reopen {handed_over.ref}")

    to_person = [m.payload["text"] for m in (await outbox_to("telegram"))[before:] if m.address == "4242"]
    assert follow_up == [f"Reply to {ref} is on its way to the person."]
    assert reopened == [f"{ref} is open again; the person will be told."]
    assert again == [f"Ticket {ref} is open; only a resolved or rejected ticket can be reopened."]
    assert "we kept the invoices" in to_person[0] and "We have reopened your request" in to_person[1]
    ticket = await Ticket.get(id=handed_over.id)
    assert ticket.status == "open" and ticket.closed_at is None
    reopen_event = await TicketEvent.filter(ticket_id=ticket.id, action="reopened").get()
    assert reopen_event.actor == f"staff:{AGENT}" and reopen_event.data["reason"] == "The person wrote back"
