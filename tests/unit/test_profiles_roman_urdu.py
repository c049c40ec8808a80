"""Profile texts in Roman Urdu: read from `ur-Latn`, given to Roman Urdu readers, checked."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.profile import ProfileError, Text, load_profile

POLICIES = Path(__file__).resolve().parents[2] / "policies"
# Profiles written in Roman Urdu throughout (issue 15).
ROMAN_URDU_PROFILES = ("example", "al-ujrat", "telenor-pk")
# Proper names read the same in Roman Urdu as in English: their Latin form is the Roman one.
PROPER_NAMES = ("name", "regulator.name", "contact.address")


def texts(value: object, where: str = "") -> Iterator[tuple[str, Text]]:
    """Every `Text` in a profile value, with where it sits ("regulator.note")."""
    if isinstance(value, Text):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from texts(getattr(value, field.name), f"{where}.{field.name}".lstrip("."))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from texts(item, f"{where}.{key}")
    elif isinstance(value, tuple):
        for number, item in enumerate(value, 1):
            yield from texts(item, f"{where}[{number}]")


def test_a_text_gives_its_roman_urdu_to_roman_urdu_readers_and_english_without_one() -> None:
    text = Text(en="Hello", ur="سلام", ur_latn="Salam")
    assert [text.get(lang) for lang in ("en", "ur", "ur-Latn")] == ["Hello", "سلام", "Salam"]
    assert Text(en="Hello", ur="سلام").get("ur-Latn") == "Hello"


def test_the_loader_reads_ur_latn_from_a_profile_text() -> None:
    profile = load_profile(POLICIES / "example.toml")
    note = profile.right("erasure").note
    assert note is not None and note.ur_latn and note.get("ur-Latn") == note.ur_latn != note.en


@pytest.mark.parametrize("key", ROMAN_URDU_PROFILES)
def test_every_person_facing_text_has_its_roman_urdu(key: str) -> None:
    profile = load_profile(POLICIES / f"{key}.toml")
    missing = [where for where, text in texts(profile) if text.ur_latn is None and where not in PROPER_NAMES]
    assert missing == []


@pytest.mark.parametrize("roman", ["مثالی ادارہ", "12345"])
def test_roman_urdu_in_urdu_script_or_without_letters_is_refused(tmp_path: Path, roman: str) -> None:
    text = (POLICIES / "example.toml").read_text(encoding="utf-8")
    old = 'name = { en = "Example Organisation", ur = "مثالی ادارہ" }'
    assert text.count(old) == 1
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, old[:-2] + f', ur-Latn = "{roman}" }}'), encoding="utf-8")
    (tmp_path / "example-data.json").write_text((POLICIES / "example-data.json").read_text(encoding="utf-8"))
    with pytest.raises(ProfileError, match=r"name\.ur-Latn: expected Roman Urdu in Latin letters"):
        load_profile(path)
