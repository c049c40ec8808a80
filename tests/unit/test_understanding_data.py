"""Understanding's data files: well formed, shipped with the package, the held-out set apart."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import pytest

from flows.understanding import INTENTS, LANGUAGES, corpus, tables
from tests.support import ROOT

DATA = ROOT / "flows" / "understanding" / "data"


def test_every_data_file_is_shipped_as_package_data() -> None:
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]
    globs = package_data["flows.understanding"]
    files = sorted(path.relative_to(DATA.parent).as_posix() for path in DATA.iterdir())

    assert files and all(any(fnmatch.fnmatch(name, g) for g in globs) for name in files)


@pytest.mark.parametrize("name", sorted(path.name for path in DATA.glob("*.tsv")))
def test_each_data_file_has_its_header_and_the_same_number_of_fields_on_every_line(name: str) -> None:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    columns = lines[0].split("   ")[0].removeprefix("# ").split("\t")

    assert lines[0].startswith("# ")
    assert [i for i, row in enumerate(tables.rows(name), 2) if len(row) != len(columns)] == []


def test_phrases_name_known_intents_and_weigh_between_zero_and_six() -> None:
    phrases = tables.phrases()
    assert len(phrases) > 1000
    assert {p.intent for p in phrases} <= set(INTENTS) and all(0 < p.weight <= 6 for p in phrases)
    assert all(p.text == p.text.strip() and p.text for p in phrases)


def test_every_word_list_is_known_and_non_empty() -> None:
    kinds = {row[0] for row in tables.rows("words.tsv")}
    assert kinds == set(tables.WORD_LISTS)
    assert set(tables.mapping("target_language").values()) == {"en", "ur", "ur-Latn"}
    assert all(weight > 0 for weight in tables.weights("roman_marker").values())


def test_every_labelled_message_is_tagged_with_its_set_a_language_and_an_intent() -> None:
    rows = corpus.training() + corpus.held_out()
    assert all(row.set and row.language in LANGUAGES and row.intent in INTENTS for row in rows)
    assert all(row.text == row.text.strip() and row.text for row in rows)


def test_the_held_out_set_lives_in_its_own_file_and_no_training_line_claims_it() -> None:
    assert {row.set for row in corpus.held_out()} <= {corpus.HELD_OUT}
    assert corpus.HELD_OUT not in {row.set for row in corpus.training()}
    assert corpus.labelled("training") == corpus.training()
    if corpus.held_out():  # empty between one held-out set's scoring and the next's arrival
        assert corpus.set_names()[-1] == corpus.HELD_OUT


def test_labelled_messages_given_as_tsv_are_read_and_a_malformed_line_is_refused() -> None:
    rows = corpus.parse("# a comment\nen\tyes\tyes please\n\nmine\tur\tno\tنہیں\n", "mine")
    assert [(r.set, r.language, r.intent, r.text) for r in rows] == [
        ("mine", "en", "yes", "yes please"), ("mine", "ur", "no", "نہیں")
    ]
    for bad in ("en yes yes please", "en\tyes\t ", "fr\tyes\toui", "en\tmaybe\tperhaps"):
        with pytest.raises(ValueError, match="line 1"):
            corpus.parse(bad, "mine")


def test_the_data_is_found_from_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert tables.rows("phrases.tsv")[0][0] in INTENTS
