"""Canned answers: a profile's ready-made staff replies, in every reply language.

A profile lists a handful under `[[canned]]`, each with a short name staff type (`#erased`
in Telegram's `/reply REF #erased`, a button in the web console) and its text in each of
`REPLY_LANGUAGES`:

    [[canned]]
    name = "erased"
    text = { en = "...", ur = "...", ur-Latn = "..." }

The person gets the text in the language of their ticket, framed like any staff reply.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

# Every language a person may be answered in; a canned answer is written in each.
REPLY_LANGUAGES = ("en", "ur", "ur-Latn")
PREFIX = "#"
_NAME = re.compile(r"^[a-z][a-z0-9-]{0,31}$")
_URDU_LETTER = re.compile(r"[\u0600-\u06FF]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")

Fail = Callable[[str, str], NoReturn]


@dataclass(frozen=True)
class CannedAnswer:
    """One ready-made reply: its name and its text in each reply language."""

    name: str
    texts: dict[str, str]

    def text(self, language: str) -> str:
        """Give the text in `language`, else the nearest one written (Urdu script for Urdu)."""
        if language in self.texts:
            return self.texts[language]
        return self.texts["ur" if language.startswith("ur") else "en"]


def read_canned(value: Any, fail: Fail) -> tuple[CannedAnswer, ...]:
    """Read a profile's `[[canned]]` array; `fail(key, problem)` refuses the profile."""
    if value is None:
        return ()
    if not isinstance(value, list):
        fail("canned", 'expected an array of tables: [[canned]] name = "..." text = { en = "...", ... }')
    answers: list[CannedAnswer] = []
    for number, entry in enumerate(value, 1):
        answers.append(_answer(entry, f"canned[{number}]", fail, {a.name for a in answers}))
    return tuple(answers)


def _answer(entry: Any, key: str, fail: Fail, seen: set[str]) -> CannedAnswer:
    if not isinstance(entry, dict):
        fail(key, "expected a table with name and text")
    unknown = sorted(set(entry) - {"name", "text"})
    if unknown:
        fail(f"{key}.{unknown[0]}", "unknown key; expected one of: name, text")
    name = entry.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        fail(f"{key}.name", "expected a short name of lowercase letters, digits and dashes, such as \"erased\"")
    if name in seen:
        fail(f"{key}.name", f"{name!r} is used twice; give each canned answer its own name")
    return CannedAnswer(name, _texts(entry.get("text"), f"{key}.text", fail))


def _texts(value: Any, key: str, fail: Fail) -> dict[str, str]:
    hint = "{ " + ", ".join(f'{lang} = "..."' for lang in REPLY_LANGUAGES) + " }"
    if not isinstance(value, dict):
        fail(key, f"expected {hint}")
    for lang in value:
        if lang not in REPLY_LANGUAGES:
            fail(f"{key}.{lang}", f"unknown language; expected {', '.join(REPLY_LANGUAGES)}")
    for lang in REPLY_LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            fail(f"{key}.{lang}", f"missing; a canned answer is written in every reply language: {hint}")
        script = _URDU_LETTER if lang == "ur" else _LATIN_LETTER
        if not script.search(text):
            fail(f"{key}.{lang}", "expected Urdu script" if lang == "ur" else "expected Latin letters")
    return {lang: value[lang].strip() for lang in REPLY_LANGUAGES}


def find(answers: tuple[CannedAnswer, ...], name: str) -> CannedAnswer | None:
    """Find a canned answer by name, with or without its `#`."""
    wanted = name.removeprefix(PREFIX).strip().lower()
    return next((a for a in answers if a.name == wanted), None)


def names(answers: tuple[CannedAnswer, ...]) -> str:
    """List the names staff can type, `#erased, #kept-invoices`."""
    return ", ".join(PREFIX + a.name for a in answers)
