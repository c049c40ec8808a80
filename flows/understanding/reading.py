"""Reading a message: its language, the phrases found in it, the intent they add up to, and the
intent model asked where the phrases are unsure."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from typing import TypeVar

from flows.refs import find_reference
from flows.understanding import corpus, intent_model
from flows.understanding.labels import INTENTS
from flows.understanding.lexicon import (
    ASKED_BEFORE,
    COMMANDS,
    DISCLAIMERS,
    NEGATIONS,
    NOT_OUTCOMES,
    OUTCOMES,
    PAST,
    PATTERNS,
    TARGETS,
    UNTIL,
    Pattern,
    clause_tokens,
    clauses_of,
    phrase_keys,
    questions_of,
)
from flows.understanding.text import MAX_CHARS, detect_language, key, normalize_roman

# Below this score nothing was recognised with any conviction.
_THRESHOLD = 1.0
# A phrase may skip this many words between its own ("delete my old account").
_MAX_GAP = 3
_NEGATED_INTENTS = frozenset({"erasure", "rectification"})
# Requests a negation beside them takes back without making them a refusal: "I'm not
# complaining, just ..." says what the message is not; the rest says what it is.
_DISCLAIMED_INTENTS = frozenset({"complaint"})
# Answers and greetings; a request named in the same message matters more ("ok delete it").
_CONVERSATIONAL = frozenset({"yes", "no", "greeting"})
_ACROSS_CLAUSES = _CONVERSATIONAL | {"cancel", "status"}
# A request word at least this strong outweighs any answer or greeting beside it.
_REQUEST_STRENGTH = 2.0
# Below this confidence in the phrases' reading the intent model is asked, and its answer is
# taken if it is at least this sure. Chosen on a blind set kept for the purpose (set-12 in
# data/messages.tsv), then checked once on a held-out set.
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


# --- Matching -----------------------------------------------------------------------------


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


def _matches(keys: list[str]) -> list[tuple[Pattern, tuple[int, ...]]]:
    """List every lexicon phrase found in the message with the positions it covers."""
    positions: dict[str, list[int]] = defaultdict(list)
    for i, word in enumerate(keys):
        positions[word].append(i)
    found = []
    for first in list(positions):
        for pattern in PATTERNS.get(first, ()):
            where = _find(pattern.words, positions)
            if where is not None:
                found.append((pattern, where))
    return found


# "phone no", "cnic no": a "no" after these is a number, not a refusal.
_NUMBER_NOUNS = frozenset(
    key(w) for w in "phone mobile cell cnic contact account ref reference whatsapp".split()
)


# A possessive opens a new noun phrase: a negation before it belongs to what came before
# ("service ki zaroorat nahi, mera record delete kar do").
_POSSESSIVES = frozenset(key(w) for w in "my mera meri mere میرا میری میرے".split())


def _negated(
    keys: list[str], where: tuple[int, ...], clauses: list[int], claimed: set[int]
) -> bool:
    """Tell whether a negation stands just before or after a matched phrase, in its clause
    ("I don't use it, delete my account" asks for the deletion), and is no part of another
    request's phrase ("koi jawab nahi", "ab mera nahi"), nor turned from ("sirf deactivate nahi
    balke pura khatam"); `claimed` holds those positions."""
    lo, hi = max(0, where[0] - 3), min(len(keys), where[-1] + 3)
    clause = clauses[where[0]]
    return any(
        keys[i] in NEGATIONS and clauses[i] == clause and not (i and keys[i - 1] in _NUMBER_NOUNS)
        and not (i < where[0] and _POSSESSIVES.intersection(keys[i + 1:where[0]]))
        and not (i < where[0] and _TURNING.intersection(keys[i + 1:where[0]]))
        for i in range(lo, hi) if i not in claimed
    )


# After a word for a person, these say what that person did ("your agent disclosed my loan",
# "staff ne meri report dikha di"): the message tells of them, it does not ask for them.
_DID = frozenset(
    key(w) for w in """ne نے shared disclosed gave told leaked posted sent showed sold misused
    called used took violated harassed""".split()
)


def _told_of(intent: str, keys: list[str], where: tuple[int, ...]) -> bool:
    """Tell whether a phrase for a person ("agent", "کال سینٹر والے") is the subject of something
    they did."""
    after = keys[where[-1] + 1:where[-1] + 5]
    return intent == "human" and bool(_DID.intersection(after))


# A clause opened with one of these is the ask, however much story comes before it ("My son
# opened an account in my name. Please delete it"): its phrases count this much more, and the
# story's before it this much less.
_POLITE = frozenset(key(w) for w in "please kindly plz pls براہ مہربانی meharbani baraye".split())
_ASK_WEIGHT = 1.5
_STORY_WEIGHT = 0.5


# A clause opened with one of these sets the ask's condition ("While you look into my
# complaint, please don't use my data"): where there is an ask, it counts as the ask does.
_CONDITION = frozenset(key(w) for w in "while until جب jab".split())


def _asking_clauses(keys: list[str], clauses: list[int], questions: set[int]) -> set[int]:
    """Number the clauses that open with a polite word, when the message has several, and the
    clauses that set their condition; with no polite word, a question that ends a story ("A
    loan app called me by name. Who did you give my number to?"), unless the message opens with
    its question ("who can see my records? trainers, front desk, third parties?")."""
    if len(set(clauses)) < 2:
        return set()
    starts = {number: i for i, number in reversed(list(enumerate(clauses)))}
    asking = {n for n, i in starts.items() if _POLITE.intersection(keys[i:i + 2])}
    # "Until that's done please don't use them": a condition and its ask in one clause.
    asking |= {
        n for n, i in starts.items()
        if keys[i] in _CONDITION and _POLITE.intersection(k for k, c in zip(keys, clauses) if c == n)
    }
    if not asking and max(starts) in questions and max(starts) > min(starts) and min(starts) not in questions:
        asking = {max(starts)}
    if asking:
        asking |= {n for n, i in starts.items() if keys[i] in _CONDITION}
    return asking


def _clause_weight(clause: int, asking: set[int], intent: str) -> float:
    """Weigh a request by where it stands: in the ask, in the story before it, or neither."""
    if not asking or intent in _CONVERSATIONAL:
        return 1.0
    if clause in asking:
        return _ASK_WEIGHT
    return _STORY_WEIGHT if clause < min(asking) else 1.0


# Requests a message may tell of as asked before, in asking how they went ("the freeze I asked
# for, is it on now?", "بند کرنے کا کہا تھا، وہ ہو گیا ہے کیا؟", "band krne ka bola tha, process
# hua?"): such a message asks after the request, and the request's weight counts for status.
_ASKED_AFTER = frozenset({
    "access", "consent_withdrawal", "marketing_opt_out", "erasure", "rectification", "restriction",
    "objection",
})


def _at(keys: list[str], i: int, words: tuple[str, ...]) -> bool:
    """Tell whether a word list's phrase stands in the message from position `i`."""
    return tuple(keys[i:i + len(words)]) == words


def _asks_how_it_went(keys: list[str], clauses: list[int], waiting: set[int]) -> bool:
    """Tell whether a message asks how something went ("yet", "ho gaya", "کیا بنا"); one that
    says nothing came of it ("نہ کوئی رابطہ ہوا"), or tells what befell someone ("والد کا انتقال
    ہو گیا"), does not ask, nor an outcome in what an ask waits on ("until that's done")."""
    return any(
        _at(keys, i, outcome)
        and not any(keys[j] in NEGATIONS and clauses[j] == clauses[i] for j in range(max(0, i - 3), i))
        and not (i and keys[i - 1] in NOT_OUTCOMES) and i not in waiting
        for i, word in enumerate(keys) for outcome in OUTCOMES.get(word, ())
    )


# "until it's corrected please stop using it", "jab tak meri date of birth theek nahi hoti, ...
# use mat karna", "stop using my details until you fix the name": from one of the `until` words
# to the end of its clause the message says what the ask waits on, so a request named there is
# what the restriction is for, and counts for the restriction ("until now" and "till today" tell
# of time, not of an ask). Within a clause, only a word for "until" does, and not in asking how
# long ("how many days until I hear back", "request pending hai").
_NOT_WAITING = frozenset(key(w) for w in "now today date abhi ab".split())
_WITHIN_CLAUSE = frozenset(phrase_keys(w) for w in "until|till|jab tak|jb tak|جب تک".split("|"))
_HOW_LONG = frozenset(key(w) for w in "how when long days kab kitne kitna کب کتنے کتنا دن".split())


def _waiting_on(keys: list[str], clauses: list[int]) -> set[int]:
    """Give the positions from an `until` word ("until", "jab tak", "جب تک") to its clause's end."""
    found: set[int] = set()
    for i in range(len(keys)):
        for words in UNTIL:
            after = keys[i + len(words):i + len(words) + 1]
            opens = i == 0 or clauses[i - 1] != clauses[i]
            before = {keys[j] for j in range(i) if clauses[j] == clauses[i]}
            if (
                i not in found and _at(keys, i, words) and not _NOT_WAITING.intersection(after)
                and (opens or (words in _WITHIN_CLAUSE and not _HOW_LONG.intersection(before)))
            ):
                found.update(j for j in range(i, len(keys)) if clauses[j] == clauses[i])
    return found


def _asked_before(keys: list[str], where: tuple[int, ...], clauses: list[int]) -> bool:
    """Tell whether a phrase's clause tells of it as asked before ("I asked for", "kaha tha",
    "request di thi"); a past tense before it tells of something else ("account bana liya tha,
    wo khatam kardo")."""
    clause = clauses[where[0]]
    return any(
        word in ASKED_BEFORE or (word in PAST and i > where[-1])
        for i, (word, number) in enumerate(zip(keys, clauses)) if number == clause
    )


# "This isn't about the promo messages", "حذف کرنے کا نہیں کہہ رہا": a request named in the clause
# of one of these is what the message is not; it counts for nothing (the rest says what it is),
# unless it comes after a word that turns to the rest ("not about deletion, just ...").
_TURNING = frozenset(
    key(w) for w in "just only but bas sirf lekin magar balke balki بس صرف لیکن مگر بلکہ".split()
)


def _disclaimed(keys: list[str], clauses: list[int]) -> tuple[set[int], set[int]]:
    """Give the positions of the disclaimers' own words, and of the words they disclaim."""
    own: set[int] = set()
    for i, word in enumerate(keys):
        for words in DISCLAIMERS.get(word, ()):
            if _at(keys, i, words):
                own.update(range(i, i + len(words)))
    disclaimed: set[int] = set()
    for clause in {clauses[i] for i in own}:
        turned = False
        for i, number in enumerate(clauses):
            if number != clause:
                continue
            if i not in own and keys[i] in _TURNING and any(j < i for j in own if clauses[j] == clause):
                turned = True
            if not turned:
                disclaimed.add(i)
    return own, disclaimed


# "account deletion request", "address ki correction ki darkhwast": a request named as a noun
# before (or after "request for") the word for a request is that request, not a question about
# one; the word counts for it.
_REQUEST_NOUNS = frozenset(
    key(w) for w in "request requests darkhwast darkhast درخواست ریکویسٹ ریکوئسٹ".split()
)
_NAMED_REACH = 3


def _named_request(
    where: tuple[int, ...], found_in: list[tuple[str, float, int, tuple[int, ...]]]
) -> str | None:
    """Give the request a lone word for a request names, if a request's phrase stands by it."""
    at = where[0]
    for intent, _weight, _clause, other in found_in:
        if intent in _ASKED_AFTER and (0 < at - other[-1] <= _NAMED_REACH or 0 < other[0] - at <= 2):
            return intent
    return None


# What a message asks for after refusing a deletion that counts as a restriction.
_KEPT_BUT_UNUSED = frozenset({"consent_withdrawal", "objection"})
_NAMES_ITSELF = frozenset(
    key(w) for w in """permission consent revoke objection object ijazat razamandi aitraz etiraz
    اجازت رضامندی اعتراض""".split()
)


def _score(
    keys: list[str], clauses: list[int], questions: set[int] | None = None
) -> tuple[dict[str, float], set[int]]:
    """Add up intent weights, longest phrase first, each word counted for one phrase only;
    `clauses` numbers the clause each key stands in, `questions` the clauses that end with a
    question mark. Also give the positions matched."""
    scores: dict[str, float] = defaultdict(float)
    used: set[int] = set()
    matched: set[int] = set()
    requested: set[int] = set()  # the positions of phrases other than refusals
    asking = _asking_clauses(keys, clauses, questions or set())
    waiting = _waiting_on(keys, clauses)
    asked_after = _asks_how_it_went(keys, clauses, waiting)
    found_in: list[tuple[str, float, int, tuple[int, ...]]] = []  # intent, weight, clause, where
    own, disclaimed = _disclaimed(keys, clauses)
    used.update(own)
    kept_after: int | None = None  # where a deletion refused, with a turn after it, ends
    # Longest first; then the tightest ("update kar" before "phone ... kar"); then heaviest.
    # A request's phrase stands within one clause: "bas bohat ho gaya, mera account ... khatam
    # karo" is no "ho gaya mera", and "data wahan nhi chahiye, dlt kr dn" no "data ... delete"
    # refused. Answers and asking how it went may run on ("no, leave it", "kaha tha, ho gayi?").
    found = sorted(
        (
            m for m in _matches(keys)
            if clauses[m[1][-1]] == clauses[m[1][0]]
            or (m[0].intent in _ACROSS_CLAUSES and keys[m[1][-1]] not in _POSSESSIVES)
        ),
        key=lambda m: (-len(m[0].words), m[1][-1] - m[1][0], -m[0].weight, m[1])
    )
    for pattern, where in found:
        if used.intersection(where):
            continue
        used.update(where)
        matched.update(where)
        intent = pattern.intent
        if intent != "no":
            requested.update(where)
        if _told_of(intent, keys, where):
            continue
        if intent not in _CONVERSATIONAL and disclaimed.intersection(where):
            continue  # "this isn't about the promo messages"
        if intent not in _CONVERSATIONAL and where[0] in waiting:
            found_in.append(("restriction", pattern.weight, clauses[where[0]], where))
            continue  # "until it's corrected": what the restriction waits on
        # "don't delete it" answers a question; it is not a request to delete.
        if intent in _NEGATED_INTENTS | _DISCLAIMED_INTENTS and _negated(keys, where, clauses, requested):
            # "ڈیلیٹ نہیں کرنا، بس ابھی روک دیں": not this, but what follows.
            if intent in _DISCLAIMED_INTENTS or _TURNING.intersection(keys[where[-1] + 1:]):
                if intent == "erasure":
                    kept_after = max(kept_after or 0, where[-1])
                continue
            intent = "no"
        if asked_after and intent in _ASKED_AFTER and _asked_before(keys, where, clauses):
            intent = "status"
        found_in.append((intent, pattern.weight, clauses[where[0]], where))
    # "ابھی حذف نہ کریں لیکن استعمال اور شیئر بھی نہ کریں": the data kept, but not used, is a
    # restriction, not consent withdrawn.
    # One that names the consent or the objection says so ("delete nahi karna, sirf ... ki
    # ijazat khatam karo", "... pe objection darj karo").
    if kept_after is not None:
        found_in = [
            (
                "restriction"
                if intent in _KEPT_BUT_UNUSED and where[0] > kept_after and not _NAMES_ITSELF.intersection(
                    keys[i] for i in where
                )
                else intent,
                w, c, where,
            )
            for intent, w, c, where in found_in
        ]
    for n, (intent, weight, clause, where) in enumerate(found_in):
        if (
            intent == "status" and len(where) == 1 and keys[where[0]] in _REQUEST_NOUNS
            and not _asked_before(keys, where, clauses)
        ):
            named = _named_request(where, found_in)
            if named:
                found_in[n] = (named, weight, clause, where)
    # An ask that names no request of its own ("please do it now") asks for the one told before
    # it: the story then counts in full.
    if not any(clause in asking and intent not in _CONVERSATIONAL for intent, _, clause, _ in found_in):
        asking = set()
    for intent, weight, clause, _where in found_in:
        scores[intent] += weight * _clause_weight(clause, asking, intent)
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
    return COMMANDS.get(name, name.replace("_", " ")) + match.group(2)


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


def read(
    text: str, *, ask_model: bool = True, using: intent_model.IntentModel | None = None
) -> Understanding:
    """Read a message as `understand` does, without remembering it; with `ask_model` off, by
    the phrases alone (to measure what the model adds); `using` stands in for the trained one
    (bench/understanding_cv.py)."""
    text = text[:MAX_CHARS]
    language = detect_language(text)
    reference = find_reference(text)
    command = _command(text)
    clause_texts = clauses_of(command if command is not None else text)
    words = " ".join(clause for clause in clause_texts if clause)
    normalized = normalize_roman(words) if language != "ur" else words
    keys, clauses = clause_tokens(clause_texts)
    scores, matched = _score(keys, clauses, questions_of(command if command is not None else text))
    if reference and not _has_request(scores, _THRESHOLD):
        # A bare reference is someone asking after their request.
        scores["status"] += 1.5
    intent, confidence = _decide(scores)
    if ask_model and confidence < _ASK_MODEL_BELOW:  # nothing matched (0.0), or too little
        guess, probability = (using or model()).best(keys)
        if probability >= _MODEL_SURE:
            intent, confidence = guess, round(probability, 3)
    target = _target_language(keys, matched) if intent == "language" else None
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


# Before or after a language's name, these make it the language left, not the one wanted
# ("from Urdu to English", "اردو سے انگلش میں", "urdu nahi, english").
_LEAVING_BEFORE = frozenset(key(w) for w in "from not no dont never".split())
_LEAVING_AFTER = frozenset(key(w) for w in "se سے nahi na mat نہیں نہ مت".split())


def _target_language(keys: list[str], matched: set[int]) -> str | None:
    """Name the language a person asked to switch to, if they named one: the first named in
    the message that is not the one they are leaving."""
    named = [(i, TARGETS[keys[i]]) for i in sorted(matched) if keys[i] in TARGETS]
    wanted = [
        language for i, language in named
        if not (i and keys[i - 1] in _LEAVING_BEFORE)
        and not (i + 1 < len(keys) and keys[i + 1] in _LEAVING_AFTER)
    ]
    found = wanted or [language for _, language in named]
    return found[0] if found else None


def keys_of(text: str) -> list[str]:
    """Give a message's matching keys, as the intent model sees them."""
    keys, _clauses = clause_tokens(clauses_of(text[:MAX_CHARS]))
    return keys


def training_examples() -> list[tuple[str, list[str]]]:
    """Give each training message's intent and matching keys, as the intent model learns them."""
    return [(row.intent, keys_of(row.text)) for row in corpus.training()]


@cache
def model() -> intent_model.IntentModel:
    """Train the intent model on the training messages, once (about a third of a second)."""
    return intent_model.train(training_examples())
