"""Understand a free-text message: which language it is in and what the person wants.

Messages arrive in English, Urdu script and Roman Urdu, usually short, often misspelt and mixed
("میرا data delete کر دیں", "plzz mjhe marketing sms nai chahye"). Understanding goes in four
steps, all deterministic and without I/O:

1. `detect_language` counts letters by script and, for Latin text, scores Roman Urdu marker
   words against English ones.
2. Normalisation folds what people type into one spelling per word: Arabic letter forms and
   presentation forms into Urdu, diacritics and invisible marks away (`normalize_urdu`);
   Roman Urdu spelling families and dropped vowels into one key (`normalize_roman`).
3. `understand` matches weighted phrases from `flows.lexicon` against those keys, longest
   phrase first, with rapidfuzz for misspellings, and answers "unknown" below a threshold.
4. Where the phrases leave it unsure (nothing matched, or little), it asks the intent model
   (`flows.intent_model`, learned from `flows.utterances`), and takes its answer only when
   the model is sure of it. Messages written blind, never seen by either, were understood
   0.85 to 0.95 of the time by the phrases alone and 0.97 with the model
   (`tests/unit/understanding_corpus.py` has the figures).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from typing import TypeVar

from rapidfuzz import fuzz, process

from flows import intent_model, lexicon, utterances
from flows.refs import find_reference

INTENTS = (
    "access",
    "consent_withdrawal",
    "marketing_opt_out",
    "erasure",
    "rectification",
    "complaint",
    "restriction",
    "objection",
    "human",
    "status",
    "menu",
    "language",
    "greeting",
    "yes",
    "no",
    "cancel",
    "unknown",
)
LANGUAGES = ("en", "ur", "ur-Latn")

# Below this score nothing was recognised with any conviction.
_THRESHOLD = 1.0
# A phrase may skip this many words between its own ("delete my old account").
_MAX_GAP = 3
# Only the start of a long message is matched: nobody states a request after 1,000 characters,
# and it keeps the cost of pasted essays bounded.
_MAX_CHARS = 1000
_URDU_LETTER_WEIGHT = 1.5
_NEGATED_INTENTS = frozenset({"erasure", "rectification"})
# Answers and greetings; a request named in the same message matters more ("ok delete it").
_CONVERSATIONAL = frozenset({"yes", "no", "greeting"})
# A request word at least this strong outweighs any answer or greeting beside it.
_REQUEST_STRENGTH = 2.0
# Below this confidence in the phrases' reading the intent model is asked, and its answer is
# taken if it is at least this sure. Chosen on a blind set kept for the purpose
# (`TWELFTH_HELD_OUT` in flows/utterances.py), then checked once on a held-out set.
_ASK_MODEL_BELOW = 0.7
_MODEL_SURE = 0.95


@dataclass(frozen=True, slots=True)
class Understanding:
    """What a message says: its language, intent, and anything extracted from it."""

    language: str
    intent: str
    confidence: float
    normalized: str
    reference: str | None = None
    target_language: str | None = None

    def to_json(self) -> dict[str, object]:
        """Give the understanding as the JSON that `privacy-desk understand --json` prints."""
        data: dict[str, object] = {
            "language": self.language,
            "intent": self.intent,
            "confidence": self.confidence,
        }
        if self.reference:
            data["reference"] = self.reference
        if self.target_language:
            data["target_language"] = self.target_language
        return data


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


def _urdu_key(token: str) -> str:
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


def _latin_skeleton(token: str) -> str:
    """Reduce a Latin word to its spelling-family key ("mujhay" and "muje" both give "muje")."""
    token = token.lower()
    for pattern, replacement in _LATIN_RULES:
        token = pattern.sub(replacement, token)
    return token


# The same few thousand words come back in every message and every option label; the regex
# rules are the costly part of reading them. The cache is bounded, so it does not grow with
# the number of conversations.
@lru_cache(maxsize=8192)
def _latin_key(token: str) -> str:
    """Give the matching key of one Latin word, folding known variant spellings."""
    skeleton = _latin_skeleton(token)
    return _VARIANTS.get(skeleton, skeleton)


def normalize_roman(text: str) -> str:
    """Fold Roman Urdu (and English) to one spelling per word, lowercased and unpunctuated."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _APOSTROPHES.sub("", _INVISIBLE.sub("", text))
    words = _PUNCTUATION.sub(" ", text).split()
    return " ".join(_latin_key(word) if _is_latin_word(word) else word for word in words)


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


def _is_latin_word(word: str) -> bool:
    """Tell whether a word is written in Latin letters (digits allowed)."""
    return any(_is_latin_letter(ch) for ch in word) and not any(
        _is_arabic_letter(ch) for ch in word
    )


_LANGUAGE_NAMES = frozenset({"urdu", "english", "angrezi", "inglish"})


def _roman_urdu_score(words: list[str]) -> float:
    """Weigh how much Latin words read as Roman Urdu (positive) or English (negative)."""
    score = 0.0
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word == "main" and following in {"menu", "manu", "page", "options"}:
            score -= 1.0
            continue
        if word in {"me", "mein", "main", "mai"} and i and words[i - 1] in _LANGUAGE_NAMES:
            score += 2.0  # "urdu me", "english mein": Urdu puts "in" after the noun
            continue
        score += lexicon.ROMAN_MARKERS.get(word, 0.0) - lexicon.ENGLISH_MARKERS.get(word, 0.0)
    return score


def detect_language(text: str) -> str:
    """Say whether text is English ("en"), Urdu script ("ur") or Roman Urdu ("ur-Latn")."""
    text = text[:_MAX_CHARS]
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
    return [re.sub(r"(.)\1{2,}", r"\1\1", w) for w in words if _is_latin_word(w)]


# --- The lexicon, compiled once -----------------------------------------------------------


def _key(word: str) -> str:
    """Give the matching key of any normalised word, whatever its script."""
    return _latin_key(word) if _is_latin_word(word) else _urdu_key(word)


def _compile_variants() -> dict[str, str]:
    """Map each variant spelling's skeleton to its family's canonical skeleton."""
    table: dict[str, str] = {}
    for canonical, variants in lexicon.VARIANTS.items():
        target = _latin_skeleton(canonical)
        for variant in variants.split():
            table.setdefault(_latin_skeleton(variant), target)
    return table


_VARIANTS = _compile_variants()


@dataclass(frozen=True, slots=True)
class _Pattern:
    intent: str
    words: tuple[str, ...]
    weight: float


def _phrase_keys(phrase: str) -> tuple[str, ...]:
    """Turn a lexicon phrase into the keys a message's words are compared with."""
    text = normalize_urdu(phrase.lower())
    return tuple(_key(word) for word in text.split())


def _compile_patterns() -> dict[str, list[_Pattern]]:
    """Index every lexicon phrase by its first key."""
    index: dict[str, list[_Pattern]] = defaultdict(list)
    for intent, table in lexicon.PHRASES.items():
        for line in table.strip().splitlines():
            weight, _, phrases = line.partition(":")
            for phrase in phrases.split("|"):
                words = _phrase_keys(phrase)
                if words:
                    index[words[0]].append(_Pattern(intent, words, float(weight)))
    return dict(index)


_PATTERNS = _compile_patterns()
_VOCABULARY: frozenset[str] = frozenset(
    {word for patterns in _PATTERNS.values() for p in patterns for word in p.words}
    | {_key(w) for w in normalize_urdu(lexicon.KNOWN_WORDS.lower()).split()}
    | {_key(w) for w in lexicon.ROMAN_MARKERS}
    | {_key(w) for w in lexicon.ENGLISH_MARKERS}
)
_BY_LENGTH: dict[int, list[str]] = defaultdict(list)
for _word in sorted(_VOCABULARY):
    _BY_LENGTH[len(_word)].append(_word)
_PATTERN_WORDS = frozenset(
    word for patterns in _PATTERNS.values() for p in patterns for word in p.words
)
_CONSONANT_INDEX: dict[str, str] = {}
for _word in sorted(_PATTERN_WORDS, key=lambda w: (len(w), w)):
    if _is_latin_word(_word):
        _CONSONANT_INDEX.setdefault(_word[0] + re.sub("[aeiouy]", "", _word[1:]), _word)
_SPLIT_SUFFIXES = tuple(_key(s) for s in lexicon.SPLIT_SUFFIXES.split())
_NEGATIONS = frozenset(_key(w) for w in lexicon.NEGATIONS.split())
_TARGETS = {_key(w): lang for lang, words in lexicon.TARGET_LANGUAGES.items() for w in words}
_COMMANDS = lexicon.COMMANDS


# --- Matching -----------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _closest_known(key: str) -> str:
    """Map an unknown key to the nearest vocabulary word, or keep it when none is near enough."""
    if key in _VOCABULARY or len(key) < 4 or key.isdigit():
        return key
    # Vowel-dropped chat spellings ("krna", "shkyt") are found by their consonants alone.
    if _is_latin_word(key) and len(key) >= 3 and sum(key.count(v) for v in "aeiou") <= 1:
        consonants = key[0] + re.sub("[aeiouy]", "", key[1:])
        if len(consonants) >= 3 and consonants in _CONSONANT_INDEX:
            return _CONSONANT_INDEX[consonants]
    # Typos rarely hit the first letter; demanding it keeps "ainda" from becoming "banda".
    lengths = range(len(key) - 1, len(key) + 2)
    candidates = [w for n in lengths for w in _BY_LENGTH.get(n, ()) if w[0] == key[0]]
    cutoff = 80.0 if len(key) >= 6 else 85.0
    best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
    return best[0] if best else key


def _split_compound(key: str) -> list[str]:
    """Split words written together ("kardo", "کردیں") when both halves are known."""
    if key in _VOCABULARY:
        return [key]
    for suffix in _SPLIT_SUFFIXES:
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and len(stem) >= 2 and stem in _VOCABULARY:
            return [stem, suffix]
    return [key]


# What ends a clause: a comma, a full stop (Latin or Urdu), a question, a line.
_CLAUSE_END = re.compile(r"[,،;؛.۔!?؟\n]+")


def _clauses_of(text: str) -> list[str]:
    """Split a message into its clauses, each normalised as `normalize_urdu` does."""
    return [normalize_urdu(clause.lower()) for clause in _CLAUSE_END.split(text)]


def _clause_tokens(clauses: list[str]) -> tuple[list[str], list[int]]:
    """Give the matching keys of every clause, and the number of the clause each stands in."""
    keys: list[str] = []
    numbers: list[int] = []
    for number, clause in enumerate(clauses):
        found = _tokens(clause)
        keys += found
        numbers += [number] * len(found)
    return keys, numbers


def _tokens(normalized: str) -> list[str]:
    """Turn normalised text into matching keys, splitting compounds and fixing misspellings."""
    keys: list[str] = []
    for word in normalized.split():
        for part in _split_compound(_key(word)):
            keys.append(_closest_known(part))
    return keys


def _find(words: tuple[str, ...], positions: dict[str, list[int]]) -> tuple[int, ...] | None:
    """Find a phrase's words in order, each within a few words of the one before."""
    for start in positions[words[0]]:
        found = [start]
        for word in words[1:]:
            last = found[-1]
            nxt = next((p for p in positions.get(word, ()) if last < p <= last + 1 + _MAX_GAP), None)
            if nxt is None:
                break
            found.append(nxt)
        else:
            return tuple(found)
    return None


def _matches(keys: list[str]) -> list[tuple[_Pattern, tuple[int, ...]]]:
    """List every lexicon phrase found in the message with the positions it covers."""
    positions: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        positions[key].append(i)
    found = []
    for first in list(positions):
        for pattern in _PATTERNS.get(first, ()):
            where = _find(pattern.words, positions)
            if where is not None:
                found.append((pattern, where))
    return found


# "phone no", "cnic no": a "no" after these is a number, not a refusal.
_NUMBER_NOUNS = frozenset(_key(w) for w in "phone mobile cell cnic contact account ref reference whatsapp".split())


def _negated(keys: list[str], where: tuple[int, ...], clauses: list[int]) -> bool:
    """Tell whether a negation stands just before or after a matched phrase, in its clause
    ("I don't use it, delete my account" asks for the deletion)."""
    lo, hi = max(0, where[0] - 3), min(len(keys), where[-1] + 3)
    clause = clauses[where[0]]
    return any(
        keys[i] in _NEGATIONS and clauses[i] == clause and not (i and keys[i - 1] in _NUMBER_NOUNS)
        for i in range(lo, hi) if i not in where
    )



def _score(keys: list[str], clauses: list[int]) -> tuple[dict[str, float], set[str]]:
    """Add up intent weights, longest phrase first, each word counted for one phrase only;
    `clauses` numbers the clause each key stands in."""
    scores: dict[str, float] = defaultdict(float)
    used: set[int] = set()
    matched: set[str] = set()
    # Longest first; then the tightest ("update kar" before "phone ... kar"); then heaviest.
    found = sorted(
        _matches(keys), key=lambda m: (-len(m[0].words), m[1][-1] - m[1][0], -m[0].weight, m[1])
    )
    for pattern, where in found:
        if used.intersection(where):
            continue
        used.update(where)
        matched.update(keys[i] for i in where)
        intent = pattern.intent
        # "don't delete it" answers a question; it is not a request to delete.
        if intent in _NEGATED_INTENTS and _negated(keys, where, clauses):
            intent = "no"
        scores[intent] += pattern.weight
    return scores, matched


def _confidence(best: float, second: float) -> float:
    """Turn the winning score and its margin over the runner-up into a number in 0..1."""
    strength = 1.0 - math.exp(-best / 2.0)
    margin = best / (best + second)
    return round(strength * (0.4 + 0.6 * margin), 3)


def _command(text: str) -> str | None:
    """Read a chat command ("/start", "/language@PrivacyDeskBot") as the words it stands for."""
    match = re.match(r"\s*/([a-z_]+)(?:@\w+)?\b(.*)", text, re.IGNORECASE | re.DOTALL)
    if not match:
        return None
    name = match.group(1).lower()
    return _COMMANDS.get(name, name.replace("_", " ")) + match.group(2)


# Texts up to this long are read once and remembered (`cached_for_short_texts`).
SHORT_TEXT = 24
T = TypeVar("T")


def cached_for_short_texts(read: Callable[[str], T]) -> Callable[[str], T]:
    """Remember what a pure reading of a text gave, for short texts only.

    Short replies ("1", "yes", "haan", "menu") are most messages and the same across people,
    so each is read once; longer texts, where people's own words are, are never kept.
    """
    remembered = lru_cache(maxsize=4096)(read)

    @wraps(read)
    def reading(text: str) -> T:
        return remembered(text) if len(text) <= SHORT_TEXT else read(text)

    return reading


@cached_for_short_texts
def understand(text: str) -> Understanding:
    """Say what language a message is in, what the person wants, and how sure that is."""
    return read(text)


def read(text: str, *, ask_model: bool = True) -> Understanding:
    """Read a message as `understand` does, without remembering it; with `ask_model` off, by
    the phrases alone (to measure what the model adds)."""
    text = text[:_MAX_CHARS]
    language = detect_language(text)
    reference = find_reference(text)
    command = _command(text)
    clause_texts = _clauses_of(command if command is not None else text)
    words = " ".join(clause for clause in clause_texts if clause)
    normalized = normalize_roman(words) if language != "ur" else words
    keys, clauses = _clause_tokens(clause_texts)
    scores, matched = _score(keys, clauses)
    if reference and not _has_request(scores, _THRESHOLD):
        # A bare reference is someone asking after their request.
        scores["status"] += 1.5
    intent, confidence = _decide(scores)
    if ask_model and confidence < _ASK_MODEL_BELOW:  # nothing matched (0.0), or too little
        guess, probability = model().best(keys)
        if probability >= _MODEL_SURE:
            intent, confidence = guess, round(probability, 3)
    target = _target_language(matched) if intent == "language" else None
    return Understanding(language, intent, confidence, normalized, reference, target)


def _has_request(scores: dict[str, float], strength: float) -> bool:
    """Tell whether some request (not an answer or greeting) scored at least `strength`."""
    return any(v >= strength for k, v in scores.items() if k not in _CONVERSATIONAL)


def _decide(scores: dict[str, float]) -> tuple[str, float]:
    """Pick the best-scoring intent, or "unknown" when nothing scored enough."""
    if "yes" in scores and "no" in scores:
        del scores["yes"]  # "ji nahi", "yes no": the refusal is what was meant
    if _has_request(scores, _REQUEST_STRENGTH):
        scores = {k: v for k, v in scores.items() if k not in _CONVERSATIONAL}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], INTENTS.index(kv[0])))
    if not ranked or ranked[0][1] < _THRESHOLD:
        return "unknown", 0.0
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return ranked[0][0], _confidence(ranked[0][1], second)


def _target_language(matched: set[str]) -> str | None:
    """Name the language a person asked to switch to, if they named one."""
    named = {_TARGETS[key] for key in matched if key in _TARGETS}
    return next((lang for lang in lexicon.TARGET_LANGUAGES if lang in named), None)


@cache
def model() -> intent_model.IntentModel:
    """Train the intent model on the labelled messages, once (about a quarter of a second)."""
    examples = []
    for blocks in utterances.TRAINING:
        for block in blocks.values():
            for line in block.strip().splitlines():
                intent, _, text = line.partition(" | ")
                keys, _clauses = _clause_tokens(_clauses_of(text[:_MAX_CHARS]))
                examples.append((intent.strip(), keys))
    return intent_model.IntentModel.train(examples)
