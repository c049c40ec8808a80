"""The lexicon compiled once from the data files, and a message turned into matching keys.

A message is split into clauses, each clause into words, each word into its matching key
(`text.key`); words written together ("kardo") are split, and a key that is no known word is
bent to the nearest one that is ("delet" to "delete"), so that the phrases of phrases.tsv can
be found in it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from flows.understanding import tables
from flows.understanding.text import is_latin_word, key, normalize_urdu


@dataclass(frozen=True, slots=True)
class Pattern:
    """A phrase as matching keys, with the intent it speaks for and its weight."""

    intent: str
    words: tuple[str, ...]
    weight: float


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """Turn a lexicon phrase into the keys a message's words are compared with."""
    return tuple(key(word) for word in normalize_urdu(phrase.lower()).split())


def _compile_patterns() -> dict[str, list[Pattern]]:
    """Index every lexicon phrase by its first key."""
    index: dict[str, list[Pattern]] = defaultdict(list)
    for phrase in tables.phrases():
        words = phrase_keys(phrase.text)
        if words:
            index[words[0]].append(Pattern(phrase.intent, words, phrase.weight))
    return dict(index)


PATTERNS = _compile_patterns()
_PATTERN_WORDS = frozenset(
    word for patterns in PATTERNS.values() for p in patterns for word in p.words
)
VOCABULARY: frozenset[str] = frozenset(
    _PATTERN_WORDS
    | {key(w) for w in normalize_urdu(" ".join(tables.words("known")).lower()).split()}
    | {key(w) for w in tables.words("roman_marker")}
    | {key(w) for w in tables.words("english_marker")}
    | {
        word
        for phrase in (
            tables.words("asked_before") + tables.words("past") + tables.words("outcome") + tables.words("disclaimer")
            + tables.words("not_outcome") + tables.words("until")
        )
        for word in phrase_keys(phrase)
    }
)
_BY_LENGTH: dict[int, list[str]] = defaultdict(list)
for _word in sorted(VOCABULARY):
    _BY_LENGTH[len(_word)].append(_word)
_CONSONANT_INDEX: dict[str, str] = {}
for _word in sorted(_PATTERN_WORDS, key=lambda w: (len(w), w)):
    if is_latin_word(_word):
        _CONSONANT_INDEX.setdefault(_word[0] + re.sub("[aeiouy]", "", _word[1:]), _word)
_SPLIT_SUFFIXES = tuple(key(s) for s in tables.words("split_suffix"))
NEGATIONS = frozenset(key(w) for w in tables.words("negation"))
ASKED_BEFORE = frozenset(word for w in tables.words("asked_before") for word in phrase_keys(w))
PAST = frozenset(word for w in tables.words("past") for word in phrase_keys(w))


def _by_first_key(name: str) -> dict[str, list[tuple[str, ...]]]:
    """Give a word list's phrases as keys, grouped by their first key."""
    found: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in tables.words(name):
        words = phrase_keys(phrase)
        found[words[0]].append(words)
    return dict(found)


DISCLAIMERS = _by_first_key("disclaimer")
OUTCOMES = _by_first_key("outcome")
NOT_OUTCOMES = frozenset(word for w in tables.words("not_outcome") for word in phrase_keys(w))
UNTIL = frozenset(phrase_keys(w) for w in tables.words("until"))
TARGETS = {key(word): lang for word, lang in tables.mapping("target_language").items()}
COMMANDS = tables.mapping("command")


@lru_cache(maxsize=8192)
def closest_known(word: str) -> str:
    """Map an unknown key to the nearest vocabulary word, or keep it when none is near enough."""
    if word in VOCABULARY or len(word) < 4 or word.isdigit():
        return word
    # Vowel-dropped chat spellings ("krna", "shkyt") are found by their consonants alone.
    if is_latin_word(word) and len(word) >= 3 and sum(word.count(v) for v in "aeiou") <= 1:
        consonants = word[0] + re.sub("[aeiouy]", "", word[1:])
        if len(consonants) >= 3 and consonants in _CONSONANT_INDEX:
            return _CONSONANT_INDEX[consonants]
    # Typos rarely hit the first letter; demanding it keeps "ainda" from becoming "banda".
    lengths = range(len(word) - 1, len(word) + 2)
    candidates = [w for n in lengths for w in _BY_LENGTH.get(n, ()) if w[0] == word[0]]
    cutoff = 80.0 if len(word) >= 6 else 85.0
    best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
    return best[0] if best else word


def split_compound(word: str) -> list[str]:
    """Split words written together ("kardo", "کردیں") when both halves are known."""
    if word in VOCABULARY:
        return [word]
    for suffix in _SPLIT_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2 and stem in VOCABULARY:
            return [stem, suffix]
    return [word]


# What ends a clause: a comma, a full stop (Latin or Urdu), a question, a line.
_CLAUSE_END = re.compile(r"[,،;؛.۔!?؟\n]+")


def clauses_of(text: str) -> list[str]:
    """Split a message into its clauses, each normalised as `normalize_urdu` does."""
    return [normalize_urdu(clause.lower()) for clause in _CLAUSE_END.split(text)]


def questions_of(text: str) -> set[int]:
    """Number the clauses of `clauses_of(text)` that end with a question mark."""
    return {n for n, end in enumerate(_CLAUSE_END.findall(text)) if "?" in end or "؟" in end}


def tokens(normalized: str) -> list[str]:
    """Turn normalised text into matching keys, splitting compounds and fixing misspellings."""
    keys: list[str] = []
    for word in normalized.split():
        for part in split_compound(key(word)):
            keys.append(closest_known(part))
    return keys


def clause_tokens(clauses: list[str]) -> tuple[list[str], list[int]]:
    """Give the matching keys of every clause, and the number of the clause each stands in."""
    keys: list[str] = []
    numbers: list[int] = []
    for number, clause in enumerate(clauses):
        found = tokens(clause)
        keys += found
        numbers += [number] * len(found)
    return keys, numbers
