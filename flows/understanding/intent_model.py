"""A model of intents learned from labelled messages, asked when the lexicon is unsure.

The lexicon (`data/phrases.tsv`) knows the words it was given and says so plainly; people keep
finding words it was not given. This model is a naive Bayes classifier over the same matching
keys: each key, each pair of neighbouring keys, and the runs of three and four letters across
them, so that a new spelling or a word seen in other company still counts. It is trained once,
from the labelled messages of `data/messages.tsv`, when first needed.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A letter run says less than a whole key; it is counted at this weight.
_LETTER_RUN_WEIGHT = 0.3
_SMOOTHING = 0.5


def features(keys: Sequence[str]) -> dict[str, float]:
    """Give the features of a message's matching keys, with their weights. Numbers (a phone
    number, a CNIC, a date) say nothing of what is asked and are left out: a number once seen in
    a correction must not make a bare phone number a correction."""
    keys = [key for key in keys if not key.isdigit()]
    found: dict[str, float] = defaultdict(float)
    for key in keys:
        found["w:" + key] += 1.0
    for first, second in zip(keys, keys[1:]):
        found["b:" + first + " " + second] += 1.0
    text = " " + " ".join(keys) + " "
    for size in (3, 4):
        for start in range(len(text) - size + 1):
            found["c:" + text[start:start + size]] += _LETTER_RUN_WEIGHT
    return found


@dataclass(frozen=True)
class IntentModel:
    """Log-probabilities of each intent, and of each feature given the intent."""

    log_prior: dict[str, float]
    log_likelihood: dict[str, dict[str, float]]
    log_unseen: dict[str, float]
    vocabulary: frozenset[str]

    @classmethod
    def train(cls, examples: Iterable[tuple[str, Sequence[str]]]) -> IntentModel:
        """Learn from (intent, keys) pairs."""
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        totals: dict[str, float] = defaultdict(float)
        prior: Counter[str] = Counter()
        for intent, keys in examples:
            prior[intent] += 1
            for feature, weight in features(keys).items():
                counts[intent][feature] += weight
                totals[intent] += weight
        vocabulary = frozenset(f for found in counts.values() for f in found)
        size, messages = len(vocabulary), sum(prior.values())
        log_likelihood, log_unseen = {}, {}
        for intent in prior:
            denominator = totals[intent] + _SMOOTHING * size
            log_likelihood[intent] = {
                f: math.log((n + _SMOOTHING) / denominator) for f, n in counts[intent].items()
            }
            log_unseen[intent] = math.log(_SMOOTHING / denominator)
        log_prior = {intent: math.log(n / messages) for intent, n in prior.items()}
        return cls(log_prior, log_likelihood, log_unseen, vocabulary)

    def best(self, keys: Sequence[str]) -> tuple[str, float]:
        """Give the likeliest intent for a message's keys and its probability among all."""
        known = {f: w for f, w in features(keys).items() if f in self.vocabulary}
        if not known:
            return "unknown", 0.0
        scores = {
            intent: prior + sum(
                w * self.log_likelihood[intent].get(f, self.log_unseen[intent]) for f, w in known.items()
            )
            for intent, prior in self.log_prior.items()
        }
        top = max(sorted(scores), key=scores.__getitem__)
        total = sum(math.exp(score - scores[top]) for score in scores.values())
        return top, 1.0 / total


# The kinds of model `train` makes; `KIND` is the one understanding uses.
KINDS = ("nb",)
KIND = "nb"


def train(examples: Iterable[tuple[str, Sequence[str]]], kind: str = KIND) -> IntentModel:
    """Learn a model of the given kind from (intent, keys) pairs."""
    if kind == "nb":
        return IntentModel.train(examples)
    raise ValueError(f"unknown model kind {kind!r}: want one of {', '.join(KINDS)}")
