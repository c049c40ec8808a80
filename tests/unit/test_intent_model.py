"""The intent model on its own, and how `understand` uses it."""

from __future__ import annotations

from flows import understanding
from flows.understanding import intent_model
from flows.understanding.intent_model import NaiveBayes, features


def keys(text: str) -> list[str]:
    return text.split()


EXAMPLES = [
    ("erasure", keys("delete my account")),
    ("erasure", keys("remove all my data")),
    ("erasure", keys("wipe my records")),
    ("greeting", keys("hello there")),
    ("greeting", keys("good morning")),
]


def test_features_are_keys_their_neighbours_and_letter_runs() -> None:
    found = features(["delete", "my"])
    assert found["w:delete"] == 1.0 and found["b:delete my"] == 1.0
    assert found["c:del"] > 0 and found["c:my "] > 0


def test_the_model_picks_the_intent_whose_words_it_saw_and_says_how_sure() -> None:
    model = NaiveBayes.train(EXAMPLES)

    intent, probability = model.best(keys("please delete my records"))
    other, other_probability = model.best(keys("hello good morning"))

    assert intent == "erasure" and 0.5 < probability <= 1.0
    assert other == "greeting" and other_probability > 0.5


def test_a_message_with_nothing_the_model_has_seen_is_unknown() -> None:
    model = NaiveBayes.train(EXAMPLES)
    assert model.best(keys("zq")) == ("unknown", 0.0)
    assert model.best([]) == ("unknown", 0.0)


def test_understand_takes_the_models_answer_where_the_phrases_are_unsure() -> None:
    text = "my info should vanish from ur system"  # no phrase says so; "info" leans to access
    assert understanding.understand(text).intent == "erasure"


def test_gibberish_stays_unknown_with_the_model_asked() -> None:
    for text in ("qwzx plorb", "zzkk trr", "blorp vrrr"):
        assert understanding.understand(text).intent == "unknown"


def test_a_number_seen_in_a_correction_does_not_make_a_bare_phone_number_a_correction() -> None:
    model = NaiveBayes.train([*EXAMPLES, ("rectification", keys("update my number to 0300 1234567"))])

    assert model.best(keys("0300 1234567")) == ("unknown", 0.0)
    assert understanding.understand("0300 1234567").intent == "unknown"


def test_logistic_regression_learns_the_same_examples_and_knows_what_it_never_saw() -> None:
    model = intent_model.train(EXAMPLES * 5, "logistic")

    assert model.best(keys("please delete my records"))[0] == "erasure"
    assert model.best(keys("hello good morning"))[0] == "greeting"
    assert model.best(keys("zq")) == ("unknown", 0.0)
