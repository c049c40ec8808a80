"""Both languages are first-class: every string in the code has its Urdu, compiled."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

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


def test_every_string_in_the_code_is_in_the_urdu_catalog_and_translated() -> None:
    catalog = _catalog("ur")
    translated = {
        (m.id if isinstance(m.id, str) else m.id[0])
        for m in catalog
        if m.id and all(m.string if isinstance(m.string, tuple) else (m.string,)) and "fuzzy" not in m.flags
    }
    missing = sorted(_code_messages() - translated)
    assert missing == [], "run locales/update.py and translate these"


def test_urdu_translations_keep_every_placeholder() -> None:
    for message in _catalog("ur"):
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", source)), source


def _key(value: object) -> object:
    return tuple(value) if isinstance(value, (list, tuple)) else value


def test_the_compiled_catalogs_match_their_sources() -> None:
    for lang in ("en", "ur"):
        po = {_key(m.id): _key(m.string) for m in _catalog(lang) if m.id}
        mo = read_mo(BytesIO((ROOT / f"locales/{lang}/LC_MESSAGES/messages.mo").read_bytes()))
        compiled = {_key(m.id): _key(m.string) for m in mo if m.id}
        assert compiled == po, f"run locales/update.py to compile {lang}"
