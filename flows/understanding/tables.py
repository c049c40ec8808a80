"""The data files understanding reads, loaded once: phrases, spelling families, word lists.

Each file in `data/` is tab-separated, one entry a line, with a `#` header naming its columns:

- `phrases.tsv`: `intent`, `weight`, `phrase`. Phrases are normalised like messages when they
  are compiled, so write them as people do. Weights: 3 for an unmistakable phrase, 2.5 for a
  word that names the request on its own, 2 for conversational answers, 1 for words that only
  lean one way; up to 6 where a phrase must clearly outweigh a weaker reading beside it
  ("delete ho gaya" asks after a deletion). Longer phrases are matched first and claim their words, so "ijazat wapas"
  (consent) beats "wapas" (menu).
- `spellings.tsv`: `family`, `variant`: a Roman Urdu or English spelling and the family
  spelling it is folded into ("nhi" into "nahi"); misspellings are folded by fuzzy matching.
- `words.tsv`: `list`, `word`, `value`: the smaller lists (see `WORD_LISTS`).
- `messages.tsv` and `held_out.tsv`: labelled messages (`flows.understanding.corpus`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

# The lists of words.tsv and what their values mean.
WORD_LISTS = {
    "known": "words no intent rests on, so that fuzzy matching never bends them into one",
    "split_suffix": "chunks written onto a verb ('kardo', 'مٹادیں'), split off a known stem",
    "negation": "words that turn a request beside them into its refusal",
    "asked_before": "words that tell of a request made before ('asked', 'kaha', 'کہا')",
    "past": "past-tense markers that tell of a request made before only after it ('request di thi')",
    "disclaimer": "words that say a request beside them is not what is asked ('isn't about'); may be phrases",
    "outcome": "words that ask how a request went ('yet', 'ho gaya', 'کیا بنا'); may be phrases",
    "not_outcome": "words before an outcome that make it no request's ('انتقال ہو گیا', 'shadi ho gayi')",
    "until": "words that open a clause saying what an ask waits on ('until', 'jab tak'); may be phrases",
    "target_language": "names of a language a person may switch to; value: its code",
    "command": "chat commands ('/start'); value: the words they stand for",
    "roman_marker": "Latin words that mark a message as Roman Urdu; value: how strongly",
    "english_marker": "Latin words that mark a message as English; value: how strongly",
}


@dataclass(frozen=True, slots=True)
class Phrase:
    """One phrase of the lexicon: the intent it speaks for, and how strongly."""

    intent: str
    weight: float
    text: str


def rows(name: str) -> list[list[str]]:
    """Read a data file's rows as lists of fields, without its header or blank lines."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@cache
def phrases() -> tuple[Phrase, ...]:
    """Give every phrase in the order of phrases.tsv."""
    return tuple(Phrase(intent, float(weight), text) for intent, weight, text in rows("phrases.tsv"))


@cache
def spellings() -> tuple[tuple[str, str], ...]:
    """Give (family, variant) pairs in the order of spellings.tsv."""
    return tuple((family, variant) for family, variant in rows("spellings.tsv"))


@cache
def _word_lists() -> dict[str, list[tuple[str, str]]]:
    lists: dict[str, list[tuple[str, str]]] = {name: [] for name in WORD_LISTS}
    for kind, word, value in rows("words.tsv"):
        lists[kind].append((word, value))  # an unknown list is a KeyError at import
    return lists


def words(name: str) -> list[str]:
    """Give the words of one list of words.tsv, in order."""
    return [word for word, _ in _word_lists()[name]]


def mapping(name: str) -> dict[str, str]:
    """Give one list of words.tsv as word -> value."""
    return dict(_word_lists()[name])


def weights(name: str) -> dict[str, float]:
    """Give one list of words.tsv as word -> weight."""
    return {word: float(value) for word, value in _word_lists()[name]}
