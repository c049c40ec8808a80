"""How the Telegram channel lays out replies and reads what people send, as plain calls."""

from __future__ import annotations

import pytest

from bot.channels.telegram_render import (
    CallbackKeys,
    contact_keyboard,
    inline_keyboard,
    normalise_phone,
    split_text,
)
from flows.messages import Option, Reply


def rows_of(options: list[Option]) -> list[list[str]]:
    """The labels of an inline keyboard, row by row."""
    markup = inline_keyboard(options, CallbackKeys())
    return [[button.text for button in row] for row in markup.inline_keyboard]


def test_short_labels_sit_two_to_a_row() -> None:
    options = [Option("yes", "Yes"), Option("no", "No"), Option("menu", "Main menu")]
    assert rows_of(options) == [["Yes", "No"], ["Main menu"]]


def test_a_long_label_gets_a_row_of_its_own() -> None:
    options = [
        Option("a", "See my data"),
        Option("b", "Withdraw consent for marketing calls"),
        Option("c", "Stop marketing"),
        Option("d", "Main menu"),
    ]
    assert rows_of(options) == [
        ["See my data"], ["Withdraw consent for marketing calls"], ["Stop marketing", "Main menu"]
    ]


@pytest.mark.parametrize("key", ["menu", "consent:" + "x" * 56, "رضامندی:" * 10, "#menu"])
def test_every_key_fits_telegrams_64_bytes_and_comes_back_unchanged(key: str) -> None:
    keys = CallbackKeys()
    data = keys.encode(key)
    assert len(data.encode()) <= 64
    assert keys.decode(data) == key


def test_a_hashed_key_unknown_after_a_restart_decodes_to_nothing() -> None:
    data = CallbackKeys().encode("k" * 100)
    assert CallbackKeys().decode(data) is None


def test_the_contact_button_takes_the_cores_label_and_the_other_options_follow() -> None:
    reply = Reply(
        "First I need to confirm it's you.",
        (Option("share_contact", "اپنا نمبر شیئر کریں"), Option("menu", "مین مینو")),
        request_contact=True,
    )
    keyboard = contact_keyboard(reply).keyboard
    assert keyboard[0][0].text == "اپنا نمبر شیئر کریں" and keyboard[0][0].request_contact
    assert keyboard[1][0].text == "مین مینو" and not keyboard[1][0].request_contact


def test_the_contact_button_has_a_label_when_the_core_gives_none() -> None:
    keyboard = contact_keyboard(Reply("Please share your number.", request_contact=True)).keyboard
    assert keyboard == ((keyboard[0][0],),)
    assert keyboard[0][0].text == "Share my phone number"


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("923001234567", "+923001234567"),
        ("+92 300 123-4567", "+923001234567"),
        ("00923001234567", "+923001234567"),
        ("12025550123", "+12025550123"),
        ("12345", None),
        ("not a number", None),
    ],
)
def test_contact_numbers_are_read_as_e164(raw: str, e164: str | None) -> None:
    assert normalise_phone(raw) == e164


def test_long_text_is_split_at_line_breaks_within_telegrams_limit() -> None:
    text = "\n".join(f"line {n} " + "x" * 50 for n in range(200))
    pieces = split_text(text, limit=4096)
    assert all(len(p) <= 4096 for p in pieces)
    assert "\n".join(pieces) == text
    assert all(p.startswith("line ") for p in pieces)


def test_text_without_line_breaks_is_cut_at_the_limit() -> None:
    assert split_text("a" * 10, limit=4) == ["aaaa", "aaaa", "aa"]
