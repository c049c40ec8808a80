"""What people type, folded to one spelling per word, and which language it is in.

Urdu script: Arabic letter forms and presentation forms into Urdu, diacritics and invisible
marks away (`normalize_urdu`). Roman Urdu and English: spelling families and dropped vowels into
one key (`normalize_roman`). `detect_language` counts letters by script and, for Latin text,
scores Roman Urdu marker words against English ones.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from flows.understanding import tables

# Only the start of a long message is read: nobody states a request after 1,000 characters,
# and it keeps the cost of pasted essays bounded.
MAX_CHARS = 1000

# --- Urdu script --------------------------------------------------------------------------

_URDU_LETTERS = str.maketrans(
    {
        "\u064a": "\u06cc",  # Arabic yeh -> Farsi/Urdu yeh
        "\u0649": "\u06cc",  # alef maksura -> yeh
        "\u0643": "\u06a9",  # Arabic kaf -> keheh
        "\u0629": "\u06c1",  # teh marbuta -> heh goal
        "\u06c3": "\u06c1",  # teh marbuta goal -> heh goal
        "\u06c2": "\u06c1",  # heh goal with hamza (izafat) -> heh goal
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0622": "\u0627",  # alef madda -> alef: people type both for the same word
        "\u06d5": "\u06c1",  # ae -> heh goal
    }
    | {0x0660 + i: str(i) for i in range(10)}
    | {0x06F0 + i: str(i) for i in range(10)}
)
_INVISIBLE = re.compile(
    "[\u064b-\u065f\u0670\u06d6-\u06ed\u0640"  # harakat, superscript alef, Quranic marks, tatweel
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2060\u061c\ufeff\u00ad]"
)
# Letters after which an Arabic heh is almost always the do-chashmi of an aspirate (تھ, کھ).
_ASPIRABLE = "بپتٹجچدڈکگ"
_DO_CHASHMI_HEH = re.compile(f"(?<=[{_ASPIRABLE}])\u0647(?=[\u0600-\u06ff])")
_APOSTROPHES = re.compile("['’‘`´]")
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


def normalize_urdu(text: str) -> str:
    """Fold Urdu script to one form per letter, without marks, punctuation or extra spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _DO_CHASHMI_HEH.sub("\u06be", text)
    text = text.replace("\u0647", "\u06c1").translate(_URDU_LETTERS)
    text = _APOSTROPHES.sub("", text)
    text = _PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


# Distinctions Urdu writers blur in chat (ھ/ہ, ے/ی, ں/ن) that never change what they mean here.
_URDU_BLUR = str.maketrans(
    {"\u06be": "\u06c1", "\u06d2": "\u06cc", "\u06d3": "\u06cc", "\u0626": "\u06cc",
     "\u0624": "\u0648", "\u06ba": "\u0646", "\u0654": None}
)


def urdu_key(token: str) -> str:
    """Give the matching key of one normalised Urdu-script word."""
    return token.translate(_URDU_BLUR)


# --- Roman Urdu and English ---------------------------------------------------------------

_LATIN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(.)\1{2,}", r"\1"),  # plzzz, nahiii
        (r"ee", "i"),
        (r"oo", "u"),
        (r"sch", "sh"),
        (r"ck", "k"),
        (r"kh", "k"),
        (r"gh", "g"),
        (r"q", "k"),
        (r"w", "v"),
        (r"ph", "f"),
        (r"([bdgjkprtv])h", r"\1"),  # mujhe/muje, bhai/bai, thik/tik
        (r"(.)\1+", r"\1"),  # aa/a, dd/d
        (r"(?<=\w{3})ay$", "e"),  # mujhay, karay
    )
)


def latin_skeleton(token: str) -> str:
    """Reduce a Latin word to its spelling-family key ("mujhay" and "muje" both give "muje")."""
    token = token.lower()
    for pattern, replacement in _LATIN_RULES:
        token = pattern.sub(replacement, token)
    return token


def _compile_variants() -> dict[str, str]:
    """Map each variant spelling's skeleton to its family's skeleton (spellings.tsv)."""
    table: dict[str, str] = {}
    for family, variant in tables.spellings():
        table.setdefault(latin_skeleton(variant), latin_skeleton(family))
    return table


_VARIANTS = _compile_variants()


# The same few thousand words come back in every message and every option label; the regex
# rules are the costly part of reading them. The cache is bounded, so it does not grow with
# the number of conversations.
@lru_cache(maxsize=8192)
def latin_key(token: str) -> str:
    """Give the matching key of one Latin word, folding known variant spellings."""
    skeleton = latin_skeleton(token)
    return _VARIANTS.get(skeleton, skeleton)


def normalize_roman(text: str) -> str:
    """Fold Roman Urdu (and English) to one spelling per word, lowercased and unpunctuated."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _APOSTROPHES.sub("", _INVISIBLE.sub("", text))
    words = _PUNCTUATION.sub(" ", text).split()
    return " ".join(latin_key(word) if is_latin_word(word) else word for word in words)


def key(word: str) -> str:
    """Give the matching key of any normalised word, whatever its script."""
    return latin_key(word) if is_latin_word(word) else urdu_key(word)


# --- Language detection -------------------------------------------------------------------


def _is_arabic_letter(ch: str) -> bool:
    """Tell whether a character is a letter of the Arabic script blocks Urdu is written in."""
    cp = ord(ch)
    return ch.isalpha() and (
        0x0600 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF
    )


def _is_latin_letter(ch: str) -> bool:
    """Tell whether a character is a Latin letter (ASCII or accented)."""
    return ch.isalpha() and ord(ch) < 0x0250


def is_latin_word(word: str) -> bool:
    """Tell whether a word is written in Latin letters (digits allowed)."""
    return any(_is_latin_letter(ch) for ch in word) and not any(
        _is_arabic_letter(ch) for ch in word
    )


_URDU_LETTER_WEIGHT = 1.5
_LANGUAGE_NAMES = frozenset({"urdu", "english", "angrezi", "inglish"})
_ROMAN_MARKERS = tables.weights("roman_marker")
_ENGLISH_MARKERS = tables.weights("english_marker")


_NAMES_WITH_OF = frozenset({("date", "birth"), ("place", "birth"), ("proof", "address")})


def _roman_urdu_score(words: list[str]) -> float:
    """Weigh how much Latin words read as Roman Urdu (positive) or English (negative)."""
    score = 0.0
    for i, word in enumerate(words):
        if word == "of" and 0 < i < len(words) - 1 and (words[i - 1], words[i + 1]) in _NAMES_WITH_OF:
            continue  # "date of birth ki correction": a field's English name, inside Urdu
        following = words[i + 1] if i + 1 < len(words) else ""
        if word == "main" and following in {"menu", "manu", "page", "options"}:
            score -= 1.0
            continue
        if word in {"me", "mein", "main", "mai"} and i and words[i - 1] in _LANGUAGE_NAMES:
            score += 2.0  # "urdu me", "english mein": Urdu puts "in" after the noun
            continue
        score += _ROMAN_MARKERS.get(word, 0.0) - _ENGLISH_MARKERS.get(word, 0.0)
    return score


def detect_language(text: str) -> str:
    """Say whether text is English ("en"), Urdu script ("ur") or Roman Urdu ("ur-Latn")."""
    text = text[:MAX_CHARS]
    arabic = sum(1 for ch in text if _is_arabic_letter(ch))
    latin = sum(1 for ch in text if _is_latin_letter(ch))
    if arabic == 0 and latin == 0:
        return "en"
    # Urdu script leaves short vowels unwritten, so the same words take fewer letters.
    if arabic * _URDU_LETTER_WEIGHT >= latin:
        return "ur"
    words = _latin_words_for_detection(text)
    return "ur-Latn" if _roman_urdu_score(words) > 0 else "en"


def _latin_words_for_detection(text: str) -> list[str]:
    """Lowercase the Latin words of a text, with letter runs collapsed ("nahiii" -> "nahi")."""
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).lower())
    words = _PUNCTUATION.sub(" ", text).split()
    return [re.sub(r"(.)\1{2,}", r"\1\1", w) for w in words if is_latin_word(w)]
