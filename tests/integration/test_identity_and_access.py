"""Identity before anything is shown, one-time codes, and the copy of a person's data."""

from __future__ import annotations

import json
from datetime import timedelta

from flows.engine import utcnow
from flows.identity import RESEND
from storage import exports
from storage.datasources import DataSourceError
from storage.models import Export, Identity, OneTimeCode, Subject, TranscriptLine
from tests.support import Person, make_desk, outbox_to, text_of, tickets_of

UNVERIFIED = dict(transport="telegram", sender_id="777", verified_phone=None)


def _code_from(text: str) -> str:
    return next(word.strip(".") for word in text.split() if word.strip(".").isdigit() and len(word.strip(".")) == 6)


async def test_nothing_is_shown_before_the_phone_is_proven_with_a_code(database: str) -> None:
    person = Person(make_desk(), **UNVERIFIED)
    asked = await person.says("show me my data")
    sent = await person.says("0300 1234567")

    assert asked[-1].request_contact
    assert "Example" not in text_of(asked + sent) and "Contact" not in text_of(asked + sent)
    (sms,) = await outbox_to("twilio")
    assert sms.address == "+923001234567"
    code = _code_from(sms.payload["text"])

    shown = await person.says(code)

    assert "What Example Organisation holds about you" in text_of(shown)
    identity = await Identity.get(transport="telegram", address="777")
    assert identity.verified
    assert (await Subject.get(id=identity.subject_id)).phone == "+923001234567"


async def test_codes_are_kept_only_as_hashes_and_never_in_the_transcript(database: str) -> None:
    person = Person(make_desk(), **UNVERIFIED)
    await person.says_all("show me my data", "03001234567")
    code = _code_from((await outbox_to("twilio"))[0].payload["text"])
    await person.says(code)

    stored = await OneTimeCode.all()
    assert stored and all(code not in row.code_hash for row in stored)
    assert not await TranscriptLine.filter(text__contains=code).exists()


async def test_five_wrong_codes_lock_the_number_for_an_hour(database: str) -> None:
    person = Person(make_desk(), **UNVERIFIED)
    await person.says_all("show me my data", "03001234567")
    real = _code_from((await outbox_to("twilio"))[0].payload["text"])
    wrong = "000000" if real != "000000" else "111111"

    answers = [await person.says(wrong) for _ in range(5)]
    await person.says_all("show me my data", "03001234567")
    later = await person.says(real)

    assert "4 tries left" in text_of(answers[0])
    assert "locked for an hour" in text_of(answers[-1])
    assert "What Example Organisation holds" not in text_of(later)
    assert len(await outbox_to("twilio")) == 1, "no new code is sent to a locked number"


async def test_a_new_code_does_not_give_five_more_tries(database: str) -> None:
    person = Person(make_desk(), **UNVERIFIED)
    await person.says_all("show me my data", "03001234567")
    first = _code_from((await outbox_to("twilio"))[0].payload["text"])
    wrong = "000000" if first != "000000" else "111111"

    fourth = (await person.says_all(wrong, wrong, wrong, wrong))[-1]
    await person.says(option=RESEND)
    second = _code_from((await outbox_to("twilio"))[1].payload["text"])
    fifth = await person.says(wrong if second != wrong else "222222")
    await person.says_all("show me my data", "03001234567")
    later = await person.says(second)

    assert "You have 1 try left" in text_of([fourth])
    assert "locked for an hour" in text_of(fifth)
    assert "What Example Organisation holds" not in text_of(later)


async def test_no_more_than_five_codes_an_hour_go_to_one_number(database: str) -> None:
    person = Person(make_desk(), **UNVERIFIED)
    await person.says_all("show me my data", "03001234567")
    for _ in range(4):
        await person.says(option=RESEND)

    refused = await person.says(option=RESEND)
    other_chat = await Person(make_desk(), transport="telegram", sender_id="778",
                              verified_phone=None).says_all("show me my data", "0300 1234567")

    assert len(await outbox_to("twilio")) == 5
    assert "already sent several codes" in text_of(refused)
    assert "already sent several codes" in text_of(other_chat)
    assert [o.key for o in refused[-1].options][0] == "human"


async def test_the_code_limit_counts_only_the_last_hour(database: str) -> None:
    person = Person(make_desk(), **UNVERIFIED)
    await person.says_all("show me my data", "03001234567")
    for _ in range(4):
        await person.says(option=RESEND)
    an_hour_ago = utcnow() - timedelta(minutes=61)
    await OneTimeCode.all().update(expires_at=an_hour_ago + timedelta(minutes=10))

    again = await person.says(option=RESEND)

    assert "I've sent a 6-digit code" in text_of(again)
    assert len(await outbox_to("twilio")) == 6


async def test_a_telegram_contact_that_is_the_senders_own_counts_as_proof(database: str) -> None:
    person = Person(make_desk(), **UNVERIFIED)
    await person.says("show me my data")
    person.verified_phone = "+923001234567"  # the adapter saw contact.user_id == from.id
    shown = await person.says("")

    assert "What Example Organisation holds about you" in text_of(shown)


async def test_a_failing_data_source_gets_an_honest_answer_and_a_ticket_for_staff(database: str) -> None:
    async def broken(config: object, phone: str) -> dict:
        raise DataSourceError("timed out")

    person = Person(make_desk(lookup=broken))
    replies = await person.says("show me my data")

    assert "couldn't reach" in text_of(replies)
    assert "no records" not in text_of(replies)
    assert [t.status for t in await tickets_of("access")] == ["escalated"]


async def test_a_person_with_no_records_is_told_so_plainly(database: str) -> None:
    person = Person(make_desk(), sender_id="+923339999999", verified_phone="+923339999999")
    replies = await person.says("show me my data")
    assert "has no records linked to your number" in text_of(replies)


async def test_the_full_copy_comes_as_json_and_csv_documents_where_the_channel_carries_files(database: str) -> None:
    person = Person(make_desk(), supports_documents=True)
    await person.says("show me my data")
    replies = await person.says("1")

    documents = {d.filename: d for r in replies for d in r.documents}
    copy = json.loads(documents["my-data.json"].content)
    assert copy["organisation_data"]["Contact"]["Name"] == "Ayesha Khan"  # policies/example-data.json
    assert copy["privacy_desk"]["requests"][0]["kind"] == "access"
    assert "organisation,Contact,Name" in documents["my-data.csv"].content.decode("utf-8-sig")


async def test_elsewhere_the_copy_is_a_single_use_link_that_expires_in_a_day(database: str) -> None:
    person = Person(make_desk(public_base_url="https://desk.example.org"))
    await person.says("show me my data")
    replies = await person.says("Send me a full copy")

    link = next(w for w in text_of(replies).split() if w.startswith("https://desk.example.org/exports/"))
    token = link.rsplit("/", 1)[1]
    export = await Export.get()
    assert timedelta(hours=23) < export.expires_at - utcnow() <= timedelta(hours=24)
    assert token not in export.token_hash

    first = await exports.take(token, utcnow(), dict)
    second = await exports.take(token, utcnow(), dict)
    assert first is not None and first["phone"] == "+923001234567"
    assert second is None
