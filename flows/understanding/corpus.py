"""Labelled messages: what the lexicon was tuned on, what the intent model learns from, and the
held-out set kept apart from both.

`data/messages.tsv` holds the training data, `data/held_out.tsv` the held-out set; each line is
`set`, `language`, `intent`, `text`, tab-separated. How each set came about and what it scored
when it was new is in docs/understanding.md. Nothing here ever trains on `held_out.tsv`, and a
test forbids any of its lines to be a training line as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from flows.understanding import tables
from flows.understanding.labels import INTENTS, LANGUAGES

TRAINING_FILE = "messages.tsv"
HELD_OUT_FILE = "held_out.tsv"
HELD_OUT = "held-out"


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled message: the set it belongs to, its language and intent, its text."""

    set: str
    language: str
    intent: str
    text: str


def _read(name: str) -> tuple[Labelled, ...]:
    return tuple(Labelled(*fields) for fields in tables.rows(name))


@cache
def training() -> tuple[Labelled, ...]:
    """Give every training message (tuning data and the blind sets once they were scored)."""
    return _read(TRAINING_FILE)


@cache
def held_out() -> tuple[Labelled, ...]:
    """Give the held-out messages: written blind, never tuned on, never trained on."""
    return _read(HELD_OUT_FILE)


def set_names() -> list[str]:
    """Name every set, training sets in the order they were written, then the held-out one."""
    names = dict.fromkeys(row.set for row in training() + held_out())
    return list(names)


def labelled(name: str) -> tuple[Labelled, ...]:
    """Give one set's messages by its name; "training" gives all the training data."""
    if name == "training":
        return training()
    found = tuple(row for row in training() + held_out() if row.set == name)
    if not found:
        raise KeyError(name)
    return found


def parse(text: str, name: str) -> tuple[Labelled, ...]:
    """Read labelled messages given as TSV lines (`language`, `intent`, `text`, with or without
    a leading `set`), skipping blank lines and `#` comments; a malformed line is a ValueError."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) == 3:
            fields = [name, *fields]
        if len(fields) != 4 or not fields[3].strip():
            raise ValueError(f"line {number}: want language, intent and text separated by tabs")
        if fields[1] not in LANGUAGES or fields[2] not in INTENTS:
            raise ValueError(f"line {number}: unknown language {fields[1]!r} or intent {fields[2]!r}")
        rows.append(Labelled(*fields))
    return tuple(rows)
