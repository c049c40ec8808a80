"""Canned answers as a profile section: every shipped profile has them in every reply language,
and a mistake in one is refused naming the key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.canned import REPLY_LANGUAGES, find
from flows.profile import ProfileError, load_profile
from tests.support import is_urdu

ROOT = Path(__file__).resolve().parents[2]
PROFILES = sorted((ROOT / "policies").glob("*.toml"))


@pytest.mark.parametrize("path", PROFILES, ids=[p.stem for p in PROFILES])
def test_every_shipped_profile_has_a_handful_of_canned_answers_in_every_reply_language(path: Path) -> None:
    answers = load_profile(path).canned
    assert 3 <= len(answers) <= 8
    for answer in answers:
        assert set(answer.texts) == set(REPLY_LANGUAGES)
        assert is_urdu(answer.text("ur")) and not is_urdu(answer.text("ur-Latn"))
    assert find(answers, "#erased") is not None


def test_a_canned_answer_without_a_language_is_refused_naming_the_key(tmp_path: Path) -> None:
    source = (ROOT / "policies/example.toml").read_text(encoding="utf-8")
    broken = _copy(tmp_path)
    broken.write_text(source + '\n[[canned]]\nname = "late"\ntext = { en = "Sorry", ur = "معذرت" }\n',
                      encoding="utf-8")
    with pytest.raises(ProfileError) as refused:
        load_profile(broken)
    assert refused.value.key == "canned[6].text.ur-Latn"


def test_two_canned_answers_with_one_name_are_refused(tmp_path: Path) -> None:
    source = (ROOT / "policies/example.toml").read_text(encoding="utf-8")
    again = source[source.index("[[canned]]"):source.index("[[canned]]", source.index("[[canned]]") + 1)]
    broken = _copy(tmp_path)
    broken.write_text(source + "\n" + again, encoding="utf-8")
    with pytest.raises(ProfileError, match="used twice"):
        load_profile(broken)


def _copy(folder: Path) -> Path:
    """Give where to write a copy of the example profile, beside its data file."""
    shutil.copy(ROOT / "policies/example-data.json", folder / "example-data.json")
    return folder / "example.toml"
