"""How well messages are understood: the share of a set whose language and intent are both
read as labelled, per language, with the intent model and by the phrases alone.

`privacy-desk understand --score SET` prints it for a named set (see `corpus.set_names()`) or a
TSV file of labelled messages; the held-out test prints it for the held-out set.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from flows.understanding.corpus import Labelled
from flows.understanding.labels import LANGUAGES
from flows.understanding.reading import read


@dataclass
class Score:
    """One language's result on a set of labelled messages."""

    language: str
    total: int = 0
    right: int = 0
    right_alone: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Give the share read right with the model, 0 for an empty set."""
        return self.right / self.total if self.total else 0.0

    @property
    def accuracy_alone(self) -> float:
        """Give the share read right by the phrases alone."""
        return self.right_alone / self.total if self.total else 0.0

    def line(self) -> str:
        """Say the score in one line, as the CLI and the held-out test print it."""
        return (
            f"{self.language}: {self.accuracy:.3f} on {self.total}"
            f" message{'' if self.total == 1 else 's'}"
            f" ({self.accuracy_alone:.3f} by the phrases alone)"
        )


def score(rows: Iterable[Labelled]) -> dict[str, Score]:
    """Read each message with and without the model and count what came out as labelled."""
    scores: dict[str, Score] = {}
    for row in rows:
        result = scores.setdefault(row.language, Score(row.language))
        got = read(row.text)
        alone = read(row.text, ask_model=False)
        result.total += 1
        if (got.language, got.intent) == (row.language, row.intent):
            result.right += 1
        else:
            result.misses.append(
                f"{row.text!r}: want {row.language}/{row.intent}, got {got.language}/{got.intent}"
            )
        result.right_alone += (alone.language, alone.intent) == (row.language, row.intent)
    order = {language: i for i, language in enumerate(LANGUAGES)}
    return dict(sorted(scores.items(), key=lambda kv: order.get(kv[0], len(order))))
