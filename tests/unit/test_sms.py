"""SMS segment counting, splitting and numbered menus."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.channels.render import render_numbered
from bot.sms import plain_for_sms, sms_segments, split_sms, split_text
from flows.messages import Option, Reply

URDU = "آپ کا ڈیٹا محفوظ ہے"


def test_an_empty_text_costs_nothing() -> None:
    assert sms_segments("") == 0


def test_gsm7_text_fits_160_characters_in_one_segment() -> None:
    assert sms_segments("a" * 160) == 1
    assert sms_segments("a" * 161) == 2


def test_concatenated_gsm7_segments_carry_153_characters() -> None:
    assert sms_segments("a" * 306) == 2
    assert sms_segments("a" * 307) == 3


def test_gsm7_extension_characters_count_twice() -> None:
    assert sms_segments("€" * 80) == 1
    assert sms_segments("€" * 81) == 2


def test_urdu_goes_as_ucs2_at_70_then_67_characters() -> None:
    assert sms_segments("ا" * 70) == 1
    assert sms_segments("ا" * 71) == 2
    assert sms_segments("ا" * 134) == 2
    assert sms_segments("ا" * 135) == 3


def test_one_non_gsm_character_turns_the_whole_text_to_ucs2() -> None:
    assert sms_segments("a" * 100) == 1
    assert sms_segments("a" * 99 + "ے") == 2


def test_an_emoji_takes_two_ucs2_units() -> None:
    assert sms_segments("🙂" * 35) == 1
    assert sms_segments("🙂" * 36) == 2


def test_typographic_characters_in_latin_text_get_gsm7_stand_ins() -> None:
    text = "We keep:\n• your “account” — it’s needed…\n• your bills"
    plain = plain_for_sms(text)
    assert plain == 'We keep:\n- your "account" - it\'s needed...\n- your bills'
    assert sms_segments(text * 2) == 2
    assert sms_segments(plain * 2) == 1


def test_urdu_text_keeps_its_own_punctuation_and_isolates() -> None:
    text = f"• {URDU} \u2068PD-1234\u2069 “ok”"
    assert plain_for_sms(text) == text


def test_a_short_text_is_not_split() -> None:
    assert split_sms("Hello") == ["Hello"]


def test_a_long_text_is_split_at_line_boundaries_first() -> None:
    lines = [f"{n} " + "word " * 20 for n in range(1, 8)]
    parts = split_sms("\n".join(lines), max_segments=1)
    assert all(sms_segments(part) == 1 for part in parts)
    assert all(part.startswith(tuple(str(n) for n in range(1, 8))) for part in parts)


def test_a_long_line_is_split_between_words() -> None:
    parts = split_sms(" ".join([URDU] * 20), max_segments=1)
    assert len(parts) > 1
    assert all(sms_segments(part) == 1 for part in parts)
    assert " ".join(parts).split() == " ".join([URDU] * 20).split()


def test_a_word_longer_than_a_message_is_cut() -> None:
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


@given(st.text(alphabet=st.sampled_from("ab ُ€\nاے🙂"), max_size=800), st.integers(1, 4))
def test_every_part_fits_and_no_word_is_lost(text: str, max_segments: int) -> None:
    parts = split_sms(text, max_segments)
    assert all(0 < sms_segments(part) <= max_segments for part in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())


def test_options_become_a_numbered_menu_under_the_text() -> None:
    reply = Reply("What would you like?", (Option("access", "See my data"), Option("x", "Other")))
    assert render_numbered(reply) == "What would you like?\n\n1 See my data\n2 Other"


def test_a_reply_without_options_is_its_text() -> None:
    assert render_numbered(Reply("Done.")) == "Done."
