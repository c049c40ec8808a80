"""Each organisation's profile shapes what the person is told: its records, what it keeps,
the rights it offers and the regulator."""

from __future__ import annotations

import json

import pytest

from flows.i18n import _, language
from flows.profile import load_profile
from flows.refs import format_reference
from tests.support import ROOT, Person, is_urdu, make_desk, text_of, tickets_of

PROFILES = sorted(p.stem for p in (ROOT / "policies").glob("*.toml"))


def _someone_on_record(key: str) -> str:
    path = ROOT / "policies" / ("example-data.json" if key == "example" else f"data/{key}.json")
    return next(iter(json.loads(path.read_text())))


@pytest.mark.parametrize("key", PROFILES)
async def test_see_my_data_shows_the_organisations_own_records(database: str, key: str) -> None:
    profile = load_profile(ROOT / "policies" / f"{key}.toml")
    phone = _someone_on_record(key)
    person = Person(make_desk(profile), sender_id=phone, verified_phone=phone)

    replies = await person.says("show me my data")

    assert f"What {profile.name.en} holds about you" in text_of(replies)


@pytest.mark.parametrize("key", PROFILES)
async def test_deletion_explains_what_the_organisation_keeps_in_both_languages(database: str, key: str) -> None:
    profile = load_profile(ROOT / "policies" / f"{key}.toml")
    english = await Person(make_desk(profile)).says("I want to delete my data")
    urdu = await Person(make_desk(profile), sender_id="+923009999999", verified_phone="+923009999999").says("میرا ڈیٹا حذف کر دیں")

    assert f"If you ask {profile.name.en} to delete your data" in text_of(english)
    assert english[-1].text.endswith("Do you want to ask for your data to be deleted?")
    assert is_urdu(text_of(urdu)) and profile.organisation("ur") in text_of(urdu)
    with language("ur"):
        assert urdu[-1].text.endswith(_("Do you want to ask for your data to be deleted?"))
    for kept in profile.retention.kept_after_erasure:
        assert kept.en in text_of(english)
        assert kept.ur in text_of(urdu)


async def test_al_ujrat_says_plainly_that_it_keeps_data_indefinitely(database: str) -> None:
    profile = load_profile(ROOT / "policies" / "al-ujrat.toml")
    replies = await Person(make_desk(profile)).says("I want to delete my data")
    assert "indefinitely" in text_of(replies)


async def test_a_right_not_offered_is_explained_and_can_still_go_to_staff(database: str) -> None:
    profile = load_profile(ROOT / "policies" / "al-ujrat.toml")
    assert not profile.offers("objection")
    person = Person(make_desk(profile))

    explained = await person.says("I object to profiling")
    await person.says("yes")
    await person.says("Please stop using my data to rank me")

    assert profile.right("objection").note.en in text_of(explained)  # type: ignore[union-attr]
    (ticket,) = await tickets_of("objection")
    assert ticket.details["offered"] is False


async def test_a_description_written_instead_of_yes_is_the_request_itself(database: str) -> None:
    person = Person(make_desk(load_profile(ROOT / "policies" / "al-ujrat.toml")))

    await person.says("I object to profiling")
    done = await person.says("Please stop using my data to rank me")

    (ticket,) = await tickets_of("objection")
    assert ticket.details["text"] == "Please stop using my data to rank me"
    assert "Your request is with our team" in text_of(done)


@pytest.mark.parametrize("lang", ["en", "ur", "ur-Latn"])
async def test_on_sms_a_right_not_offered_asks_for_the_request_at_once_and_no_means_no(
    database: str, lang: str
) -> None:
    profile = load_profile(ROOT / "policies" / "telenor-pk.toml")
    assert not profile.offers("restriction")
    first = {"en": "Pause the use of my data", "ur": "میرے ڈیٹا کا استعمال روک دیں",
             "ur-Latn": "mere data ka istemal filhal rok dein"}[lang]
    story = {"en": "Stop analysing my usage", "ur": "تحقیق کے لیے میرا ڈیٹا استعمال نہ کریں",
             "ur-Latn": "research ke liye mera data istemal na karein"}[lang]
    sms = {"transport": "twilio", "channel": "sms"}

    asked = await Person(make_desk(profile), **sms).says(first)
    person = Person(make_desk(profile), sender_id="+923009998877", **sms)
    await person.says(first)
    done = await person.says(story)
    declined = await Person(make_desk(profile), sender_id="+923009998866", **sms).says_all(first, "no")

    with language(lang):
        invitation = _("Our team can still look at it: write your request in your own words, or 'no'.")
    assert len(asked) == 1 and profile.right("restriction").note.get(lang) in text_of(asked)  # type: ignore[union-attr]
    assert invitation in text_of(asked) and "privacy@telenor.com.pk" in text_of(asked)
    (ticket,) = await tickets_of("restriction")
    assert ticket.details["text"] == story and ticket.language == lang
    assert format_reference(ticket.ref) in text_of(done)
    assert len(await tickets_of("restriction")) == 1 and format_reference(ticket.ref) not in text_of(declined), \
        "no means no"


@pytest.mark.parametrize("key", PROFILES)
async def test_a_complaint_names_the_profiles_regulator(database: str, key: str) -> None:
    profile = load_profile(ROOT / "policies" / f"{key}.toml")
    replies = await Person(make_desk(profile)).says_all("I want to file a complaint", "1", "You leaked my CNIC")
    assert profile.regulator.name.en in text_of(replies)


async def test_a_roman_urdu_reader_is_told_the_profile_in_roman_urdu_and_may_answer_in_english(database: str) -> None:
    profile = load_profile(ROOT / "policies" / "paktaleem.toml")
    person = Person(make_desk(profile))

    asked = await person.says("meri ijazat wapas le lo")
    improving = profile.purpose("improvement")
    assert improving is not None and improving.name.ur_latn is not None
    assert improving.name.ur_latn in text_of(asked) and improving.name.en not in text_of(asked)
    done = await person.says(improving.name.en)

    assert improving.name.ur_latn in text_of(done)
