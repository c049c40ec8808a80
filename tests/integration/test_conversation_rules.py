"""Rules that hold across every flow: commands anywhere, misunderstandings, handoff, language,
order, repeats and restarts."""

from __future__ import annotations

import asyncio
from datetime import datetime

from flows.i18n import format_date, language
from flows.refs import format_reference
from storage.models import Conversation, LedgerEntry, OutboxMessage, TicketEvent, TranscriptLine
from tests.support import Person, is_urdu, make_desk, outbox_to, text_of, tickets_of


async def test_menu_back_and_cancel_leave_a_flow_without_sending_anything(database: str) -> None:
    person = Person(make_desk())
    await person.says_all("I want to file a complaint", "1")

    cancelled = await person.says("cancel")
    await person.says_all("4")
    back = await person.says("back")
    urdu_menu = await person.says_all("6", "مینیو")

    assert "Nothing was sent" in text_of(cancelled)
    assert len(back[-1].options) == 9 and len(urdu_menu[-1].options) == 9
    assert await tickets_of() == []


async def test_two_misunderstandings_offer_a_person_and_the_third_hands_over(database: str) -> None:
    person = Person(make_desk())
    await person.says("hello")

    first = await person.says("qwzx plorb")
    second = await person.says("blorp vrrr")
    third = await person.says("zzkk trr")

    assert "didn't understand" in text_of(first)
    assert "talk to a person" in text_of(second).lower()
    assert [t.kind for t in await tickets_of()] == ["handoff"]
    assert "passed our conversation to our team" in text_of(third)


async def test_during_a_handoff_the_bot_acknowledges_once_and_relays_to_staff_until_menu(database: str) -> None:
    person = Person(make_desk())
    await person.says("I want to talk to a person")

    acknowledged = await person.says("My bill shows a plan I never chose")
    quiet = await person.says("It started in October")
    back = await person.says("menu")

    (ticket,) = await tickets_of("handoff")
    staff_messages = [m.payload["text"] for m in await outbox_to("telegram")]
    assert "Our team has your message" in text_of(acknowledged) and "menu" in text_of(acknowledged)
    assert quiet == []
    assert any("My bill shows a plan I never chose" in text for text in staff_messages)
    assert await TicketEvent.filter(ticket_id=ticket.id, action="message").count() == 2
    assert "back with the bot" in text_of(back)


def long_date(moment: datetime, lang: str) -> str:
    """The date as the person's language writes it (flows.i18n: "1 January 2027", "یکم جنوری 2027")."""
    with language(lang):
        return format_date(moment)


async def test_a_handoff_gives_the_reference_and_the_due_date_in_the_persons_language(database: str) -> None:
    english = await Person(make_desk()).says("I want to talk to a person")
    urdu = await Person(make_desk(), sender_id="+923009999999").says("کسی انسان سے بات کرنی ہے")

    first, second = await tickets_of("handoff")
    assert format_reference(first.ref) in text_of(english)
    assert long_date(first.due_at, "en") in text_of(english)
    assert format_reference(second.ref) in text_of(urdu)
    assert long_date(second.due_at, "ur") in text_of(urdu) and is_urdu(text_of(urdu))


async def test_a_first_message_in_urdu_script_is_answered_in_urdu_and_the_language_can_switch(database: str) -> None:
    person = Person(make_desk())
    urdu = await person.says("السلام علیکم")
    english = await person.says("English")
    again = await person.says("اردو")

    assert is_urdu(urdu[-1].text) and is_urdu(urdu[-1].options[0].label)
    assert not is_urdu(english[-1].text)
    assert is_urdu(again[-1].text)


async def test_roman_urdu_first_is_answered_in_english_until_the_person_asks_for_urdu(database: str) -> None:
    person = Person(make_desk())
    first = await person.says("salam")
    switched = await person.says("urdu mein baat karo")

    assert not is_urdu(first[-1].text)
    assert is_urdu(switched[-1].text)


async def test_options_can_be_picked_by_number_by_their_words_or_in_urdu_digits(database: str) -> None:
    person = Person(make_desk())
    await person.says("hi")
    by_words = await person.says("Stop marketing")
    await person.says("menu")
    by_urdu_digit = await person.says("۳")

    assert "Which would you like to stop?" in text_of(by_words)
    assert "Which would you like to stop?" in text_of(by_urdu_digit)


async def test_a_repeated_delivery_is_answered_as_before_and_processed_once(database: str) -> None:
    person = Person(make_desk())
    await person.says("I want to delete my data")
    first = await person.says("yes", external_id="sms-1")
    again = await person.says("yes", external_id="sms-1")

    assert [r.text for r in again] == [r.text for r in first]
    assert len(await tickets_of("erasure")) == 1


async def test_a_repeat_arriving_at_the_same_moment_is_processed_once(database: str) -> None:
    person = Person(make_desk())
    await person.says("I want to delete my data")
    replies = await asyncio.gather(
        person.says("yes", external_id="dup-1"), person.says("yes", external_id="dup-1")
    )

    assert replies[0][0].text == replies[1][0].text
    assert len(await tickets_of("erasure")) == 1


async def test_messages_of_one_conversation_are_handled_in_order(database: str) -> None:
    person = Person(make_desk())
    await person.says("hi")
    await asyncio.gather(*(person.says(text) for text in ("3", "1", "menu", "4", "yes")))

    assert [t.kind for t in await tickets_of()] == ["marketing_opt_out", "erasure"]


async def test_a_restarted_desk_carries_the_conversation_on_where_it_stood(database: str) -> None:
    await Person(make_desk()).says("I want to delete my data")

    after_restart = Person(make_desk())
    await after_restart.says("yes")

    assert len(await tickets_of("erasure")) == 1


async def test_stop_on_sms_opts_out_of_marketing_at_once_and_start_undoes_it(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    stop = await person.says("STOP")
    start = await person.says("start")
    band = await person.says("band karo")

    states = [e.state for e in await LedgerEntry.filter(key="sms").order_by("id")]
    assert states == ["opted_out", "opted_in", "opted_out"]
    assert "Receipt" in text_of(stop) and "START" in text_of(stop)
    assert "again" in text_of(start)
    band_entry = await LedgerEntry.filter(key="sms").order_by("-id").first()
    assert band_entry and f"Receipt {band_entry.receipt}" in text_of(band) and "START" in text_of(band)


async def test_cancel_on_sms_leaves_the_step_and_stops_no_marketing(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    await person.says_all("I want to file a complaint", "1")

    cancelled = await person.says("cancel")
    quit_ = await person.says_all("4", "quit")

    assert "Nothing was sent" in text_of(cancelled) and "Nothing was sent" in text_of(quit_)
    assert await LedgerEntry.all().count() == 0
    assert await tickets_of() == []


async def test_stop_during_a_handoff_takes_effect_at_once_and_the_handoff_goes_on(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    await person.says("I want to talk to a person")

    stopped = await person.says("STOP")
    later = await person.says("Are you still there?")

    (entry,) = await LedgerEntry.filter(key="sms")
    assert entry.state == "opted_out" and f"Receipt {format_reference(entry.receipt)}" in text_of(stopped)
    assert "Our team has your message" in text_of(later), "the first words to staff are acknowledged"
    staff_messages = [m.payload["text"] for m in await outbox_to("telegram")]
    assert any("STOP" in text for text in staff_messages)
    assert any("Are you still there?" in text for text in staff_messages)


async def test_stop_on_the_console_is_not_a_carrier_keyword(database: str) -> None:
    person = Person(make_desk())
    await person.says("stop")
    assert await LedgerEntry.all().count() == 0


async def test_a_withdrawal_adds_to_the_ledger_and_never_overwrites_it(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    await person.says_all("STOP", "START", "STOP")

    entries = await LedgerEntry.all().order_by("id")
    assert len(entries) == 3
    assert len({e.receipt for e in entries}) == 3
    assert all(e.channel == "sms" and e.profile_version for e in entries)


async def test_the_transcript_is_kept_in_the_database(database: str) -> None:
    person = Person(make_desk())
    await person.says_all("hi", "1")
    lines = await TranscriptLine.all().order_by("id")
    assert [line.direction for line in lines][:2] == ["in", "out"]
    assert await Conversation.all().count() == 1
    assert await OutboxMessage.all().count() == 0


async def test_one_phone_on_every_channel_is_one_person_who_sees_all_their_requests(database: str) -> None:
    desk = make_desk()
    sms = Person(desk, transport="twilio", channel="sms")
    whatsapp = Person(desk, transport="whatsapp", sender_id="923001234567", channel="whatsapp")
    telegram = Person(desk, transport="telegram", sender_id="5551234")
    await sms.says_all("I want to delete my data", "yes")
    await whatsapp.says_all("I want to file a complaint", "1", "Too many calls")

    listed = await telegram.says("my requests")

    refs = {t.ref for t in await tickets_of()}
    assert len(refs) == 2
    for ref in refs:
        assert f"{ref[:4]}-{ref[4:]}" in text_of(listed)


async def test_a_bug_in_a_step_gets_an_apology_and_leaves_the_conversation_as_it_was(database: str) -> None:
    async def broken(config: object, phone: str) -> dict:
        raise RuntimeError("a bug")

    person = Person(make_desk(lookup=broken))
    await person.says("hi")
    replies = await person.says("1")
    after = await person.says("4")

    assert "something went wrong on our side" in text_of(replies)
    assert "delete your data" in text_of(after)
    assert await tickets_of() == []
