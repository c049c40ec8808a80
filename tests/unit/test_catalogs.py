"""Every reply language is first-class: every string in the code has its Urdu and its Roman
Urdu, compiled, with the same placeholders; the Roman Urdu spelled one way throughout."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def _code_messages() -> set[str]:
    found = set()
    for folder in ("flows", "bot"):
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / folder, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            found.add(message if isinstance(message, str) else message[0])
    return found


def _catalog(lang: str):
    return read_po((ROOT / f"locales/{lang}/LC_MESSAGES/messages.po").open(encoding="utf-8"))


# Catalogs a person translates, by directory: Urdu script and Roman Urdu ("ur-Latn").
TRANSLATED = ("ur", "ur_Latn")


def _texts(message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


@pytest.mark.parametrize("folder", TRANSLATED)
def test_every_string_in_the_code_is_in_the_catalog_and_translated(folder: str) -> None:
    catalog = _catalog(folder)
    translated = {
        (m.id if isinstance(m.id, str) else m.id[0])
        for m in catalog
        if m.id and all(_texts(m)) and "fuzzy" not in m.flags
    }
    missing = sorted(_code_messages() - translated)
    assert missing == [], "run locales/update.py and translate these"


@pytest.mark.parametrize("folder", TRANSLATED)
def test_translations_keep_every_placeholder(folder: str) -> None:
    for message in _catalog(folder):
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        for text in _texts(message):
            assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", source)), source


def _key(value: object) -> object:
    return tuple(value) if isinstance(value, (list, tuple)) else value


@pytest.mark.parametrize("folder", ("en", *TRANSLATED))
def test_the_compiled_catalogs_match_their_sources(folder: str) -> None:
    po = {_key(m.id): _key(m.string) for m in _catalog(folder) if m.id}
    mo = read_mo(BytesIO((ROOT / f"locales/{folder}/LC_MESSAGES/messages.mo").read_bytes()))
    compiled = {_key(m.id): _key(m.string) for m in mo if m.id}
    assert compiled == po, f"run locales/update.py to compile {folder}"


# Spellings people also use, and the one this catalog uses instead (docs/languages.md).
ROMAN_VARIANTS = {
    "ap": "aap", "apka": "aap ka", "aapka": "aap ka", "hy": "hai", "he": "hai",
    "krein": "karein", "karen": "karein", "kren": "karein", "shikayet": "shikayat",
    "shikait": "shikayat", "darkhast": "darkhwast", "darkhawast": "darkhwast",
    "nahin": "nahi", "nhi": "nahi", "plz": "please", "mujhay": "mujhe", "hamain": "hamein",
}


def test_roman_urdu_is_in_latin_letters_with_one_spelling_per_word() -> None:
    for message in _catalog("ur_Latn"):
        for text in _texts(message) if message.id else ():
            assert not re.search("[\u0600-\u06FF]", text), text
            words = set(re.findall(r"[a-z]+", text.lower()))
            used = {variant for variant in ROMAN_VARIANTS if variant in words}
            assert not used, f"{text!r}: write {[ROMAN_VARIANTS[v] for v in used]}"


_POSTPOSITION = re.compile(r"\{organisation\} (کا|کے|کی|سے|میں|کو|نے|پر|تک)\b")


def test_urdu_always_follows_the_organisations_name_with_a_postposition() -> None:
    # The desk passes the Urdu name in its oblique form (Profile.organisation), which is only
    # right before a postposition: "مثالی ادارے کے پاس".
    for message in _catalog("ur"):
        for text in _texts(message) if message.id else ():
            assert text.count("{organisation}") == len(_POSTPOSITION.findall(text)), text


# One term per concept in Urdu, and questions that are the same for a man and a woman
# (docs/languages.md): each left-hand form is refused, the right-hand one is what to write.
URDU_TERMS = {
    "براہ کرم": "براہِ کرم", "رضامندی": "اجازت", "حذف": "ڈیلیٹ", "مٹا": "ڈیلیٹ",
    "مینو": "مینیو", "حوالہ نمبر": "ریفرنس نمبر", "سکیورٹی": "سیکیورٹی",
    "چاہتے ہیں": "an impersonal form (کیا کرنا ہے؟)", "چاہتی ہیں": "an impersonal form",
    "چاہیں گے": "an impersonal form (بتائیں، کیا کرنا ہے؟)",
}


def test_urdu_uses_one_term_per_concept_and_impersonal_questions() -> None:
    for message in _catalog("ur"):
        for text in _texts(message) if message.id else ():
            used = [term for term in URDU_TERMS if re.search(rf"(?<!\w){term}(?!\w)", text)]
            assert not used, f"{text!r}: write {[URDU_TERMS[t] for t in used]}"
