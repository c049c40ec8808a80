"""Models of intents learned from labelled messages, asked when the lexicon is unsure.

The lexicon (`data/phrases.tsv`) knows the words it was given and says so plainly; people keep
finding words it was not given. These models read the same matching keys: each key, each pair
of neighbouring keys, and the runs of three and four letters across them, so that a new
spelling or a word seen in other company still counts.

Two kinds (`train`): naive Bayes, trained once, from the labelled messages of
`data/messages.tsv`, when first needed (a third of a second), and multinomial logistic
regression. Logistic regression alone reads left-out sets a point or so better, but with the
phrases, where the model is only asked when they are unsure, it reads them no better, and it
takes twenty times as long to train; so understanding uses naive Bayes, and logistic regression
is kept for bench/understanding_cv.py to measure against (docs/understanding.md).
"""

from __future__ import annotations

import math
import random
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import mul
from typing import Protocol

# A letter run says less than a whole key; it is counted at this weight.
_LETTER_RUN_WEIGHT = 0.3
# Added to every feature's count. 0.2 rather than 0.5 reads left-out sets a point or two
# better by the model alone and a little better with the phrases (bench/understanding_cv.py);
# at 0.1 the model grows sure enough to overrule training lines.
_SMOOTHING = 0.2


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


class IntentModel(Protocol):
    """What understanding asks of a model: the likeliest intent for a message's keys."""

    def best(self, keys: Sequence[str]) -> tuple[str, float]:
        """Give the likeliest intent and its probability among all; ("unknown", 0.0) when the
        model has seen none of the message's features."""
        ...


@dataclass(frozen=True)
class NaiveBayes:
    """Log-probabilities of each intent, and of each feature given the intent: `columns` holds
    the latter as one array an intent, by the feature's number in `index` (a feature the intent
    never had is given its smoothing), so that a message is weighed without a lookup for every
    intent and feature."""

    log_prior: dict[str, float]
    index: dict[str, int]
    columns: dict[str, array[float]]

    @classmethod
    def train(cls, examples: Iterable[tuple[str, Sequence[str]]]) -> NaiveBayes:
        """Learn from (intent, keys) pairs."""
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        totals: dict[str, float] = defaultdict(float)
        prior: Counter[str] = Counter()
        for intent, keys in examples:
            prior[intent] += 1
            for feature, weight in features(keys).items():
                counts[intent][feature] += weight
                totals[intent] += weight
        index = {f: i for i, f in enumerate(sorted({f for found in counts.values() for f in found}))}
        messages = sum(prior.values())
        columns = {}
        for intent in prior:
            denominator = totals[intent] + _SMOOTHING * len(index)
            column = array("d", [math.log(_SMOOTHING / denominator)]) * len(index)
            for f, n in counts[intent].items():
                column[index[f]] = math.log((n + _SMOOTHING) / denominator)
            columns[intent] = column
        log_prior = {intent: math.log(n / messages) for intent, n in prior.items()}
        return cls(log_prior, index, columns)

    def best(self, keys: Sequence[str]) -> tuple[str, float]:
        """Give the likeliest intent for a message's keys and its probability among all."""
        known = [(self.index[f], w) for f, w in features(keys).items() if f in self.index]
        if not known:
            return "unknown", 0.0
        numbers, weights = [n for n, _ in known], [w for _, w in known]
        scores = {
            intent: prior + sum(map(mul, weights, map(self.columns[intent].__getitem__, numbers)))
            for intent, prior in self.log_prior.items()
        }
        top = max(sorted(scores), key=scores.__getitem__)
        total = sum(math.exp(score - scores[top]) for score in scores.values())
        return top, 1.0 / total


@dataclass(frozen=True)
class Logistic:
    """Multinomial logistic regression: a weight per intent for each feature, and a bias each."""

    intents: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def scores(self, keys: Sequence[str]) -> list[float] | None:
        """Give each intent's score for a message's keys, or None when no feature is known."""
        found = [(self.weights[f], w) for f, w in features(keys).items() if f in self.weights]
        if not found:
            return None
        rows, values = zip(*found, strict=True)
        return [b + sum(map(mul, column, values)) for b, column in zip(self.bias, zip(*rows))]

    def best(self, keys: Sequence[str]) -> tuple[str, float]:
        """Give the likeliest intent for a message's keys and its probability among all."""
        scores = self.scores(keys)
        if scores is None:
            return "unknown", 0.0
        top = max(range(len(scores)), key=scores.__getitem__)
        total = sum(math.exp(score - scores[top]) for score in scores)
        return self.intents[top], 1.0 / total


# Passes over the training data, and the learning rate of the first; the rate falls as
# 1/(pass + 1). Six passes at 0.5 read blind sets as well as ten do (bench/understanding_cv.py).
_PASSES = 6
_RATE = 0.5
# A message the model already gives this probability or more teaches it nothing more.
_LEARNT = 0.99


def train_logistic(examples: Iterable[tuple[str, Sequence[str]]], seed: int = 0) -> Logistic:
    """Learn logistic regression from (intent, keys) pairs by stochastic gradient descent."""
    pairs = list(examples)
    intents = tuple(sorted({intent for intent, _ in pairs}))
    index = {intent: i for i, intent in enumerate(intents)}
    data = [(index[intent], list(features(keys).items())) for intent, keys in pairs]
    data = [(target, found) for target, found in data if found]
    zero = (0.0,) * len(intents)
    weights: dict[str, tuple[float, ...]] = {}
    bias = list(zero)
    shuffle = random.Random(seed).shuffle
    for number in range(_PASSES):
        shuffle(data)
        rate = _RATE / (1 + number)
        for target, found in data:
            rows = [weights.get(f, zero) for f, _ in found]
            values = [w for _, w in found]
            scores = [b + sum(map(mul, column, values)) for b, column in zip(bias, zip(*rows))]
            top = max(scores)
            exps = [math.exp(score - top) for score in scores]
            total = sum(exps)
            if exps[target] / total >= _LEARNT:
                continue
            step = [rate * e / total for e in exps]
            step[target] -= rate
            for (f, value), row in zip(found, rows):
                weights[f] = tuple(w - s * value for w, s in zip(row, step))
            bias = [b - s for b, s in zip(bias, step)]
    return Logistic(intents, tuple(bias), weights)


# The kinds of model `train` makes, and the one understanding uses.
KINDS = ("nb", "logistic")
KIND = "nb"


def train(examples: Iterable[tuple[str, Sequence[str]]], kind: str = KIND) -> IntentModel:
    """Learn a model of the given kind from (intent, keys) pairs."""
    if kind == "nb":
        return NaiveBayes.train(examples)
    if kind == "logistic":
        return train_logistic(examples)
    raise ValueError(f"unknown model kind {kind!r}: want one of {', '.join(KINDS)}")
