"""Replies in the person's language: English, Urdu script and Roman Urdu ("ur-Latn"), chosen from
the first message or by name, on every channel; and wording that reads as people write."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from flows.i18n import FSI, PDI, TIMEZONE
from flows.refs import format_reference
from storage.models import Subject
from tests.support import Person, is_roman_urdu, is_urdu, make_desk, outbox_to, text_of, tickets_of

SMS = {"transport": "twilio", "channel": "sms"}
CHANNELS = {"console": {"transport": "console"}, "sms": SMS}
UNVERIFIED = {"transport": "telegram", "sender_id": "777", "verified_phone": None}


# -- Roman Urdu ----------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", CHANNELS)
async def test_a_roman_urdu_first_message_gets_roman_urdu_replies_and_a_ur_latn_ticket(
    database: str, channel: str
) -> None:
    person = Person(make_desk(), **CHANNELS[channel])  # type: ignore[arg-type]

    asked = await person.says("mujhe shikayat darj karni hai")
    await person.says("2")
    done = await person.says("aap ne mera number kisi ko de diya")

    assert is_roman_urdu(text_of(asked)) and "shikayat" in text_of(asked)
    (ticket,) = await tickets_of("complaint")
    assert is_roman_urdu(text_of(done)) and format_reference(ticket.ref) in text_of(done)
    assert ticket.language == "ur-Latn"
    assert (await Subject.get(id=ticket.subject_id)).language == "ur-Latn"  # type: ignore[attr-defined]


async def test_staff_are_told_a_request_came_in_roman_urdu(database: str) -> None:
    await Person(make_desk()).says("kisi insaan se baat karni hai")

    (notice,) = [m.payload["text"] for m in await outbox_to("telegram")]
    assert "Language: Roman Urdu" in notice


async def test_roman_urdu_is_the_third_choice_of_the_language_menu(database: str) -> None:
    person = Person(make_desk())
    await person.says("hello")

    menu = await person.says("language")
    switched = await person.says("3")

    assert [o.label for o in menu[-1].options] == ["English", "اردو", "Roman Urdu"]
    assert "Roman Urdu mein baat karunga" in text_of(switched)
    await person.says("I want to talk to a person")
    (ticket,) = await tickets_of("handoff")
    assert ticket.language == "ur-Latn" and is_roman_urdu(person.last.text)


@pytest.mark.parametrize("words", ["roman urdu", "Roman Urdu mein baat karein", "رومن اردو"])
async def test_naming_roman_urdu_switches_to_it_at_once(database: str, words: str) -> None:
    person = Person(make_desk())
    await person.says("hello")

    switched = await person.says(words)

    assert "Roman Urdu mein baat karunga" in text_of(switched)


async def test_roman_urdu_due_dates_name_the_month_as_people_write_it(database: str) -> None:
    done = await Person(make_desk()).says("kisi insaan se baat karni hai")

    (ticket,) = await tickets_of("handoff")
    due = ticket.due_at.astimezone(ZoneInfo(TIMEZONE))  # the day as people in Pakistan see it
    assert f"{due.day} {due.strftime('%b')} {due.year} tak" in text_of(done)


# -- Urdu ------------------------------------------------------------------------------------------


async def test_urdu_puts_the_organisations_name_in_its_oblique_form(database: str) -> None:
    menu = await Person(make_desk()).says("السلام علیکم")

    assert "مثالی ادارے کا پرائیویسی ڈیسک" in text_of(menu)
    assert "مثالی ادارہ کا" not in text_of(menu)


async def test_the_urdu_summary_names_the_fields_in_urdu(database: str) -> None:
    summary = await Person(make_desk()).says("میرا ڈیٹا دکھائیں")

    assert "مثالی ادارے کے پاس" in text_of(summary)
    assert "(نام، ای میل، فون اور پتہ)" in text_of(summary)
    assert "Name" not in text_of(summary) and "Email" not in text_of(summary)


async def test_urdu_asks_which_consent_without_addressing_a_man_or_a_woman(database: str) -> None:
    asked = await Person(make_desk()).says_all("مینیو", "2")

    assert "کون سی اجازت واپس لینی ہے؟" in text_of(asked)
    assert "چاہتے" not in text_of(asked) and "چاہتی" not in text_of(asked)


async def test_the_urdu_phone_example_reads_left_to_right(database: str) -> None:
    person = Person(make_desk(), **UNVERIFIED)  # type: ignore[arg-type]
    await person.says("میرا ڈیٹا دکھائیں")

    asked_again = await person.says("میرا نمبر")

    assert f"{FSI}0300 1234567{PDI}" in text_of(asked_again) and is_urdu(text_of(asked_again))


async def test_an_urdu_request_for_a_child_is_named_as_a_guardians_request(database: str) -> None:
    person = Person(make_desk())
    await person.says_all("مینیو", "7", "3", "میرا بیٹا علی بارہ سال کا ہے، اس کا اکاؤنٹ ختم کر دیں")

    listed = await person.says("میری درخواستیں")

    assert "بچے کے لیے سرپرست کی درخواست" in text_of(listed)


# -- English ---------------------------------------------------------------------------------------


async def test_the_complaint_question_does_not_read_like_an_error(database: str) -> None:
    asked = await Person(make_desk()).says("I want to file a complaint")

    assert "went wrong" not in text_of(asked)
    assert "What is your complaint about?" in text_of(asked)


async def test_the_regulator_is_named_with_the_and_a_way_to_reach_it(database: str) -> None:
    done = await Person(make_desk()).says_all("I want to file a complaint", "2", "You sold my number")

    assert "you can contact the National Cyber Crime Investigation Agency (NCCIA)." in text_of(done)
    assert "You can reach it at https://www.nccia.gov.pk." in text_of(done)


async def test_deletion_does_not_promise_to_delete_what_it_then_says_is_kept(database: str) -> None:
    explained = text_of(await Person(make_desk()).says("I want to delete my data"))

    deleted = next(line for line in explained.splitlines() if "it will delete" in line)
    assert deleted.endswith("Contact details and Account.")
    assert "Billing records are kept for six years" in explained


async def test_a_new_person_is_told_the_desk_holds_nothing_on_record_yet(database: str) -> None:
    summary = text_of(await Person(make_desk()).says("show me my data"))

    assert "What this privacy desk holds:\n• Nothing on record yet." in summary
    assert "0 consent" not in summary and "0 open" not in summary


async def test_the_code_message_names_the_organisation(database: str) -> None:
    await Person(make_desk(), **UNVERIFIED).says_all("show me my data", "0300 1234567")  # type: ignore[arg-type]

    (sms,) = await outbox_to("twilio")
    assert sms.payload["text"].startswith("Your Example Organisation privacy desk code is ")


async def test_a_withdrawn_request_is_spelled_cancelled(database: str) -> None:
    person = Person(make_desk())
    await person.says_all("I want to delete my data", "yes")
    (ticket,) = await tickets_of("erasure")
    await person.says_all(f"cancel {ticket.ref}", "yes")

    listed = await person.says("my requests")

    assert "cancelled" in text_of(listed) and "canceled" not in text_of(listed)


async def test_an_options_roman_urdu_label_picks_it_in_an_english_flow(database: str) -> None:
    person = Person(make_desk())
    await person.says_all("hello", "File a complaint")

    chosen = await person.says("Na-pasandeeda marketing")

    assert "Please tell us what happened" in text_of(chosen)
    await person.says("They send me offers every day")
    (ticket,) = await tickets_of("complaint")
    assert ticket.details["category"] == "marketing"  # type: ignore[index]


async def test_an_options_english_label_picks_it_in_a_roman_urdu_flow(database: str) -> None:
    person = Person(make_desk())
    await person.says_all("salam", "shikayat darj karni hai")

    chosen = await person.says("A leak or security problem")

    assert "Please apne alfaz mein batayein ke kya hua." in text_of(chosen)
