"""Cross-validate understanding by set: a figure for judging changes to the intent model.

    python bench/understanding_cv.py             # a table, the shipped model
    python bench/understanding_cv.py --model nb  # naive Bayes, for comparison
    python bench/understanding_cv.py --json

For each blind set (set-04 onwards), the intent model is trained on every other training line
and the left-out set is read three ways: with that model and the phrases (`reading.read`), by
the phrases alone, and by the model alone (its likeliest intent, however unsure). A line is
right when its language and intent are both as labelled. The last row is every set together,
each line read by a model that did not see it.

The phrases were tuned on every set's misses, so the first two columns flatter the phrases
(a set's own misses were mended in them); the model-alone column is the fair one for judging
a change to the model: it pays only if it pays on sets the model did not learn from.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flows.understanding import corpus, intent_model, reading  # noqa: E402
from flows.understanding.corpus import Labelled  # noqa: E402
from flows.understanding.labels import LANGUAGES  # noqa: E402

# The sets written blind (docs/understanding.md); earlier ones were the lexicon authors' own.
FIRST_BLIND = 4


def blind_sets(rows: tuple[Labelled, ...]) -> list[str]:
    """Name the blind sets among the training data, in the order they were written."""
    names = dict.fromkeys(row.set for row in rows)
    return [n for n in names if n.startswith("set-") and int(n[4:]) >= FIRST_BLIND]


Tally = tuple[int, int, int, int]


def cross_validate(kind: str) -> dict[str, dict[str, Tally]]:
    """Give, for each left-out set and "all", per language: lines, right with the model, right by
    the phrases alone, right by the model alone."""
    rows = corpus.training()
    keyed = [(row, reading.keys_of(row.text)) for row in rows]
    found: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * 4))
    for name in blind_sets(rows):
        trained = intent_model.train(
            [(row.intent, keys) for row, keys in keyed if row.set != name], kind
        )
        for row, keys in keyed:
            if row.set != name:
                continue
            want = (row.language, row.intent)
            got = reading.read(row.text, using=trained)
            alone = reading.read(row.text, ask_model=False)
            guess = (alone.language, trained.best(keys)[0])
            for tally in (found[name][row.language], found["all"][row.language]):
                tally[0] += 1
                tally[1] += (got.language, got.intent) == want
                tally[2] += (alone.language, alone.intent) == want
                tally[3] += guess == want
    return {
        n: {lang: (t[0], t[1], t[2], t[3]) for lang, t in sorted(by.items())}
        for n, by in sorted(found.items(), key=lambda kv: kv[0] == "all")
    }


def _cell(tally: Tally | None, which: int) -> str:
    return f"{tally[which] / tally[0]:.3f}" if tally and tally[0] else "  -  "


def main() -> None:
    """Print the cross-validated figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=intent_model.KINDS, default=intent_model.KIND)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    figures = cross_validate(args.model)
    if args.json:
        print(json.dumps({"model": args.model, "sets": figures}))
        return
    print(f"model {args.model}; left-out set (en / ur / ur-Latn):")
    print(f"{'':>7}  {'with the model':^21}  |  {'phrases alone':^21}  |  {'model alone':^21}")
    for name, by in figures.items():
        cells = ["/".join(_cell(by.get(lang), which) for lang in LANGUAGES) for which in (1, 2, 3)]
        print(f"{name:>7}  " + "  |  ".join(cells))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
