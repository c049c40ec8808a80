"""SMS sizing: how many segments a text costs, and splitting long text where a reader expects.

A text that fits the GSM-7 alphabet travels 160 characters to a segment (153 once it needs
several, the rest carries the concatenation header); anything else, Urdu included, goes as
UCS-2 at 70 UTF-16 units a segment (67 when concatenated). The characters of GSM-7's extension
table (`€`, `[`, `{`...) cost two.
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
GSM7_SINGLE, GSM7_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67
# Past a few segments some handsets show parts out of order or drop them; longer replies go
# out as several messages, cut at line or word boundaries.
DEFAULT_MAX_SEGMENTS = 4

_WORD = re.compile(r"\S+\s*")


def is_gsm7(text: str) -> bool:
    """Tell whether a text can travel in the GSM-7 alphabet."""
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def sms_units(text: str) -> int:
    """Count the septets (GSM-7) or UTF-16 units (UCS-2) a text takes."""
    if is_gsm7(text):
        return sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)
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
