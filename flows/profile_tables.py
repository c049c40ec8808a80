"""A checked reader of TOML tables, for organisation profiles, and the texts it reads.

Each `Table` knows its file and dotted key, so that every refusal can name both:
`"policies/x.toml: retention.desk.transcript_days: must be a positive number, got 0"`. Every
human-facing string of a profile is a table `{ en = "...", ur = "..." }` (with an optional
`ur-Latn = "..."` in Roman Urdu) and becomes a `Text`.
A section of a profile in a module of its own reads its table with these.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

_URL = re.compile(r"^https?://\S+$")
_URDU_LETTER = re.compile(r"[\u0600-\u06FF]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
TEXT_HINT = '{ en = "...", ur = "..." }'


@dataclass(frozen=True, slots=True)
class Text:
    """A human-facing string in English and Urdu, and in Roman Urdu where the profile gives it."""

    en: str
    ur: str
    ur_latn: str | None = None

    def get(self, lang: str) -> str:
        """Give the Urdu for "ur", the Roman Urdu (else the English) for "ur-Latn", else the English."""
        if lang == "ur":
            return self.ur
        if lang == "ur-Latn" and self.ur_latn is not None:
            return self.ur_latn
        return self.en


class ProfileError(Exception):
    """A profile that cannot be used: `"<file>: <dotted.key>: <problem and what to do>"`."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file, self.key, self.problem = file, key, problem
        super().__init__(f"{file}: {key}: {problem}" if key else f"{file}: {problem}")


def read_toml(path: Path) -> dict[str, Any]:
    """Parse the file, turning unreadable files and syntax errors into `ProfileError`."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ProfileError(str(path), "", f"cannot read the file ({exc.strerror or exc}); "
                           "check the path and its permissions") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(str(path), "", f"not valid TOML: {exc}; fix the syntax there") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(str(path), "", "not valid UTF-8; save the file as UTF-8") from exc


def show(value: Any) -> str:
    """Show a TOML value in an error message as it would be written."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return repr(value)


class Table:
    """One TOML table being read: knows its file and dotted key, so errors can name both."""

    def __init__(self, file: str, key: str, data: dict[str, Any]) -> None:
        self.file, self.key, self.data = file, key, data

    def at(self, key: str) -> str:
        """Give the dotted key of one of this table's entries."""
        if not key or not self.key:
            return key or self.key
        return f"{self.key}.{key}"

    def fail(self, key: str, problem: str) -> NoReturn:
        """Refuse the profile because of this entry."""
        raise ProfileError(self.file, self.at(key), problem)

    def only(self, *allowed: str) -> None:
        """Refuse keys this table does not know (usually a typo)."""
        for key in self.data:
            if key not in allowed:
                self.fail(key, f"unknown key; expected one of: {', '.join(sorted(allowed))}")

    def raw(self, key: str, hint: str, required: bool) -> Any:
        """Give an entry's value, refusing a missing required one."""
        if key not in self.data and required:
            self.fail(key, f"missing; add it as {hint}")
        return self.data.get(key)

    def string(self, key: str, required: bool = True) -> str | None:
        """Read a non-empty string."""
        value = self.raw(key, "a string in quotes", required)
        if value is None:
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        if not isinstance(value, str):
            self.fail(key, f"expected a string in quotes, got {show(value)}")
        if not value.strip():
            self.fail(key, "must not be empty; write a value or leave the key out")
        return value.strip()

    def matching(self, key: str, pattern: re.Pattern[str], what: str) -> str | None:
        """Read an optional string that must match a pattern."""
        value = self.string(key, required=False)
        if value is not None and not pattern.match(value):
            self.fail(key, f"expected {what}, got {value!r}")
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        """Read a required string from a fixed set."""
        value = self.string(key)
        if value not in allowed:
            self.fail(key, f"expected one of {', '.join(allowed)}, got {value!r}")
        return str(value)

    def boolean(self, key: str) -> bool:
        """Read a required true or false."""
        value = self.raw(key, "true or false", True)
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, got {show(value)}")
        return value

    def integer(self, key: str, required: bool = True) -> int | None:
        """Read a positive whole number."""
        value = self.raw(key, "a whole number", required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"expected a whole number, got {show(value)}")
        if value <= 0:
            self.fail(key, f"must be a positive number, got {value}")
        return value

    def number(self, key: str, default: float) -> float:
        """Read an optional positive number (whole or decimal)."""
        value = self.raw(key, "a number", False)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            self.fail(key, f"expected a positive number, got {show(value)}")
        return float(value)

    def table(self, key: str, required: bool = True) -> Table | None:
        """Read a sub-table."""
        value = self.raw(key, f"a table [{self.at(key)}]", required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(key, f"expected a table [{self.at(key)}], got {show(value)}")
        return Table(self.file, self.at(key), value)

    def section(self, key: str) -> Table:
        """Read a required sub-table."""
        sub = self.table(key)
        assert sub is not None  # table() refuses a missing required table
        return sub

    def tables(self, key: str, required: bool = True) -> list[Table]:
        """Read an array of tables (`[[key]]`), naming each as `key[1]`, `key[2]`, ..."""
        value = self.raw(key, f"one or more [[{self.at(key)}]] tables", required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, f"expected [[{self.at(key)}]] tables, got {show(value)}")
        return [Table(self.file, f"{self.at(key)}[{i}]", v) for i, v in enumerate(value, 1)]

    def strings(self, key: str, required: bool = True) -> list[str]:
        """Read an array of non-empty strings."""
        value = self.raw(key, 'an array of strings ["...", "..."]', required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.fail(key, f'expected an array of strings ["...", "..."], got {show(value)}')
        return value

    def url(self, key: str) -> str | None:
        """Read an optional http(s) address."""
        return self.matching(key, _URL, "an address starting with https://")

    def text(self, key: str, required: bool = True) -> Text | None:
        """Read a `{ en = "...", ur = "..." }` table."""
        value = self.raw(key, TEXT_HINT, required)
        if value is None:
            return None
        return _text(self, key, value)

    def texts(self, key: str) -> tuple[Text, ...]:
        """Read an optional array of `{ en, ur }` tables."""
        value = self.raw(key, f"an array of {TEXT_HINT}", False) or []
        if not isinstance(value, list):
            self.fail(key, f"expected an array of {TEXT_HINT}, got {show(value)}")
        return tuple(_text(self, f"{key}[{i}]", v) for i, v in enumerate(value, 1))


def _text(table: Table, key: str, value: Any) -> Text:
    """Check one `{ en, ur }` table (and its optional `ur-Latn`): en and ur present, each
    non-empty, the Urdu in Urdu script and the Roman Urdu in Latin letters."""
    if not isinstance(value, dict):
        table.fail(key, f"expected {TEXT_HINT}, got {show(value)}")
    inner = Table(table.file, table.at(key), value)
    inner.only("en", "ur", "ur-Latn")
    for lang in ("en", "ur"):
        if lang not in value:
            inner.fail(lang, f"missing; every text needs both en and ur: {TEXT_HINT}")
    en, ur = inner.string("en"), inner.string("ur")
    assert en is not None and ur is not None
    if not _URDU_LETTER.search(ur):
        inner.fail("ur", "expected Urdu in Urdu script; write the Urdu text here")
    ur_latn = inner.string("ur-Latn", required=False)
    if ur_latn is not None and (_URDU_LETTER.search(ur_latn) or not _LATIN_LETTER.search(ur_latn)):
        inner.fail("ur-Latn", "expected Roman Urdu in Latin letters; write it as people text it")
    return Text(en, ur, ur_latn)
