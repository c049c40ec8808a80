"""Understand a free-text message: which language it is in and what the person wants.

Messages arrive in English, Urdu script and Roman Urdu, usually short, often misspelt and mixed
("میرا data delete کر دیں", "plzz mjhe marketing sms nai chahye"). Understanding goes in four
steps, all deterministic and without I/O:

1. `detect_language` counts letters by script and, for Latin text, scores Roman Urdu marker
   words against English ones (`text`).
2. Normalisation folds what people type into one spelling per word: Arabic letter forms and
   presentation forms into Urdu, diacritics and invisible marks away (`normalize_urdu`);
   Roman Urdu spelling families and dropped vowels into one key (`normalize_roman`).
3. `understand` matches weighted phrases (`data/phrases.tsv`, compiled in `lexicon`) against
   those keys, longest phrase first, with rapidfuzz for misspellings, and answers "unknown"
   below a threshold (`reading`).
4. Where the phrases leave it unsure (nothing matched, or little), it asks the intent model
   (`intent_model`, learned from the labelled messages of `data/messages.tsv`), and takes its
   answer only when the model is sure of it.

The words, phrases and labelled messages are data files in `data/` (`tables` reads them once);
`corpus` gives the labelled sets, with the held-out set (`data/held_out.tsv`) kept apart from
the training data, and `scores` measures a set. docs/understanding.md says how the sets were
written and what each scored.
"""

from flows.understanding.labels import INTENTS, LANGUAGES
from flows.understanding.reading import (
    SHORT_TEXT,
    Understanding,
    cached_for_short_texts,
    model,
    read,
    understand,
)
from flows.understanding.text import detect_language, normalize_roman, normalize_urdu

__all__ = [
    "INTENTS",
    "LANGUAGES",
    "SHORT_TEXT",
    "Understanding",
    "cached_for_short_texts",
    "detect_language",
    "model",
    "normalize_roman",
    "normalize_urdu",
    "read",
    "understand",
]
