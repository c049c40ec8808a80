"""SMS sizing: how many segments a text costs, and splitting long text where a reader expects.

A text that fits the GSM-7 alphabet travels 160 characters to a segment (153 once it needs
several, the rest carries the concatenation header); anything else, Urdu included, goes as
UCS-2 at 70 UTF-16 units a segment (67 when concatenated). The characters of GSM-7's extension
table (`€`, `[`, `{`...) cost two.

A Latin text kept out of GSM-7 only by typographic characters (a bullet, curly quotes, a long
dash) would cost twice the segments as UCS-2: `plain_for_sms` gives those characters their
plain stand-ins, as carriers' "smart encoding" does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")
GSM7 = GSM7_BASIC | GSM7_EXTENSION
GSM7_SINGLE, GSM7_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67
# Past a few segments some handsets show parts out of order or drop them; longer replies go
# out as several messages, cut at line or word boundaries.
DEFAULT_MAX_SEGMENTS = 4

_WORD = re.compile(r"\S+\s*")
S = TypeVar("S")


# Typographic characters and their plain GSM-7 stand-ins; the direction isolates that keep a
# reference left-to-right inside Urdu are dropped (a GSM-7 text has no right-to-left run).
_PLAIN = str.maketrans({
    "•": "-", "·": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
    "…": "...", "\u00a0": " ", "\u2068": None, "\u2069": None,
})


def is_gsm7(text: str) -> bool:
    """Tell whether a text can travel in the GSM-7 alphabet."""
    return GSM7.issuperset(text)


def plain_for_sms(text: str) -> str:
    """Swap typographic characters for GSM-7 ones when that makes the whole text GSM-7."""
    if is_gsm7(text):
        return text
    plain = text.translate(_PLAIN)
    return plain if is_gsm7(plain) else text


def sms_segments(text: str) -> int:
    """Count the SMS segments a text costs (0 for an empty text)."""
    return _SmsSize.of(text).segments


def split_sms(text: str, max_segments: int = DEFAULT_MAX_SEGMENTS) -> list[str]:
    """Cut a text into messages of at most `max_segments` segments, at lines, then words."""
    return split_where(text, _SmsSize.of, lambda size: size.segments <= max_segments)


def split_text(text: str, max_chars: int) -> list[str]:
    """Cut a text into messages of at most `max_chars` characters, at lines, then words."""
    return split_where(text, len, lambda size: size <= max_chars)


@dataclass(frozen=True, slots=True)
class _SmsSize:
    """What a text costs as SMS, kept so that joining two texts adds up their sizes."""

    septets: int  # as GSM-7 (meaningful while `gsm`)
    utf16: int  # as UCS-2
    gsm: bool

    @classmethod
    def of(cls, text: str) -> _SmsSize:
        gsm = is_gsm7(text)
        septets = len(text) + sum(map(text.count, GSM7_EXTENSION)) if gsm else 0
        return cls(septets, len(text.encode("utf-16-le")) // 2, gsm)

    def __add__(self, other: _SmsSize) -> _SmsSize:
        return _SmsSize(self.septets + other.septets, self.utf16 + other.utf16, self.gsm and other.gsm)

    @property
    def segments(self) -> int:
        units, single, multi = (
            (self.septets, GSM7_SINGLE, GSM7_MULTI) if self.gsm else (self.utf16, UCS2_SINGLE, UCS2_MULTI)
        )
        return 0 if not units else 1 if units <= single else math.ceil(units / multi)


def split_where(text: str, measure: Callable[[str], S], fits: Callable[[S], bool]) -> list[str]:
    """Cut a text into as few parts as `fits` accepts, at lines, then words.

    `measure` gives a text's size, and the size of two texts joined is the sum of theirs, so
    each piece is measured once however many times it is tried against a message.
    """
    text = text.strip()
    if fits(measure(text)):
        return [text] if text else []
    pieces = _pieces(text, measure, fits)
    return [part.strip() for part, _size in _pack(pieces, fits) if part.strip()]


def _pieces(text: str, measure: Callable[[str], S], fits: Callable[[S], bool]) -> list[tuple[str, S]]:
    """Break a text into lines, a line too long into words, a word too long into characters."""
    pieces: list[tuple[str, S]] = []
    for line in text.splitlines(keepends=True):
        size = measure(line)
        if fits(size):
            pieces.append((line, size))
            continue
        for word in _WORD.findall(line):
            size = measure(word)
            pieces.extend([(word, size)] if fits(size) else _hard_cut(word, measure, fits))
    return pieces


def _hard_cut(word: str, measure: Callable[[str], S], fits: Callable[[S], bool]) -> list[tuple[str, S]]:
    """Cut a word with no spaces into the longest parts that fit."""
    return _pack([(ch, measure(ch)) for ch in word], fits)


def _pack(pieces: list[tuple[str, S]], fits: Callable[[S], bool]) -> list[tuple[str, S]]:
    """Join consecutive pieces into as few messages as fit (whitespace at a message's ends
    counted too, so a message may end a little short, never over)."""
    messages: list[tuple[str, S]] = []
    current: tuple[str, S] | None = None
    for text, size in pieces:
        if current is not None:
            joined = current[1] + size  # type: ignore[operator]
            if fits(joined):
                current = (current[0] + text, joined)
                continue
            messages.append(current)
        current = (text, size)
    return messages + [current] if current is not None else messages
