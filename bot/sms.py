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


def sms_units(text: str) -> int:
    """Count the septets (GSM-7) or UTF-16 units (UCS-2) a text takes."""
    if is_gsm7(text):
        return len(text) + sum(map(text.count, GSM7_EXTENSION))
    return len(text.encode("utf-16-le")) // 2


def sms_segments(text: str) -> int:
    """Count the SMS segments a text costs (0 for an empty text)."""
    if not text:
        return 0
    units = sms_units(text)
    single, multi = (GSM7_SINGLE, GSM7_MULTI) if is_gsm7(text) else (UCS2_SINGLE, UCS2_MULTI)
    return 1 if units <= single else math.ceil(units / multi)


def split_sms(text: str, max_segments: int = DEFAULT_MAX_SEGMENTS) -> list[str]:
    """Cut a text into messages of at most `max_segments` segments, at lines, then words."""
    return split_where(text, lambda part: sms_segments(part) <= max_segments)


def split_text(text: str, max_chars: int) -> list[str]:
    """Cut a text into messages of at most `max_chars` characters, at lines, then words."""
    return split_where(text, lambda part: len(part) <= max_chars)


def split_where(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut a text into the fewest parts that `fits` accepts, at lines, then words."""
    text = text.strip()
    if fits(text):
        return [text] if text else []
    return [part.strip() for part in _pack(_pieces(text, fits), fits) if part.strip()]


def _pieces(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Break a text into lines, a line too long into words, a word too long into characters."""
    pieces: list[str] = []
    for line in text.splitlines(keepends=True):
        if fits(line):
            pieces.append(line)
            continue
        for word in _WORD.findall(line):
            pieces.extend([word] if fits(word) else _hard_cut(word, fits))
    return pieces


def _hard_cut(word: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut a word with no spaces into the longest parts that fit."""
    parts, current = [], ""
    for ch in word:
        if current and not fits(current + ch):
            parts.append(current)
            current = ""
        current += ch
    return parts + [current] if current else parts


def _pack(pieces: list[str], fits: Callable[[str], bool]) -> list[str]:
    """Join consecutive pieces into as few messages as fit."""
    messages: list[str] = []
    current = ""
    for piece in pieces:
        if current and not fits((current + piece).strip()):
            messages.append(current)
            current = ""
        current += piece
    return messages + [current] if current else messages
