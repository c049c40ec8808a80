"""Dates, lists and names in the reader's language, as people in Pakistan write them."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pytest

from flows.i18n import LANGUAGES, _, base_language, format_date, format_list, language, ngettext
from tests.support import example_profile

NEW_YEAR = datetime(2027, 1, 1, 6, 0, tzinfo=timezone.utc)
IDES = datetime(2027, 3, 15, 6, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("lang", "first", "fifteenth"),
    [
        ("en", "1 January 2027", "15 March 2027"),
        ("ur", "یکم جنوری 2027", "15 مارچ 2027"),
        ("ur-Latn", "1 Jan 2027", "15 Mar 2027"),
    ],
)
def test_dates_are_written_as_people_write_them(lang: str, first: str, fifteenth: str) -> None:
    with language(lang):
        assert (format_date(NEW_YEAR), format_date(IDES)) == (first, fifteenth)


def test_a_date_is_the_day_in_pakistan() -> None:
    late_on_new_years_eve = datetime(2026, 12, 31, 20, 0, tzinfo=timezone.utc)  # 01:00 in Karachi
    with language("ur"):
        assert format_date(late_on_new_years_eve) == "یکم جنوری 2027"


@pytest.mark.parametrize(
    ("lang", "joined"),
    [("en", "Name, Email and Phone"), ("ur", "Name، Email اور Phone"), ("ur-Latn", "Name, Email aur Phone")],
)
def test_lists_join_the_last_item_as_the_language_does(lang: str, joined: str) -> None:
    with language(lang):
        assert format_list(["Name", "Email", "Phone"]) == joined
        assert format_list(["Name"]) == "Name"


def test_every_reply_language_has_its_catalog_and_an_unknown_one_is_english() -> None:
    assert LANGUAGES == ("en", "ur", "ur-Latn")
    assert [base_language(lang) for lang in (*LANGUAGES, None, "fr")] == [*LANGUAGES, "en", "en"]
    for lang in LANGUAGES:
        with language(lang):
            assert _("Which language would you like?")
    with language("ur-Latn"):
        assert _("Which language would you like?") == "Kis zaban mein baat karni hai?"


def test_the_organisation_takes_its_urdu_oblique_form_and_falls_back_to_its_name() -> None:
    profile = example_profile()
    plain = dataclasses.replace(profile, name_ur_oblique=None)

    assert profile.organisation("ur") == "مثالی ادارے"
    assert plain.organisation("ur") == "مثالی ادارہ"
    assert profile.organisation("en") == profile.organisation("ur-Latn") == "Example Organisation"


@pytest.mark.parametrize("lang", ["ur", "ur-Latn"])
def test_a_delay_is_said_as_so_many_days_of_delay(lang: str) -> None:
    with language(lang):
        overdue = {
            ngettext("{n} day overdue", "{n} days overdue", 3).format(n=3),
            ngettext("overdue by {n} day", "overdue by {n} days", 3).format(n=3),
        }
    assert overdue == {"3 دن کی تاخیر" if lang == "ur" else "3 din ki takheer"}
