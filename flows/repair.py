"""Conversation repair: what people say between requests, answered as a person would.

Polite closers ("thanks", "ok", "bye", a lone emoji) get a short friendly answer and never
count as misunderstood; an empty message is asked about, not counted; "back" (and "0",
"wapas", "واپس") goes to the step before; a greeting in the middle of a flow asks the step's
question again, and one that opens a new session starts afresh; "no" to the offer of a person
means no; Urdu typed into an English conversation is answered in Urdu; a second request in the
same message is offered once the first is done. The words live in `conversation_words.tsv`.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from flows import prompts, requests
from flows.i18n import LANGUAGES, _, translations
from flows.kinds import INTENT_ENTRIES, MENU_ITEMS
from flows.menu import welcome
from flows.messages import Option, Reply
from flows.other_rights import RIGHTS
from flows.profile import Profile
from flows.refs import find_reference
from flows.steps import MENU, MISSES, show_menu
from flows.turn import Turn
from flows.understanding import (
    Understanding,
    cached_for_short_texts,
    normalize_roman,
    normalize_urdu,
    understand,
)
from storage import subjects

WORDS_FILE = Path(__file__).with_name("conversation_words.tsv")
# A conversation quiet for this long is a new session: a greeting then starts afresh.
SESSION_GAP = timedelta(hours=1)
SEEN = "_seen"
NEXT = "_next"
IDENTITY_PHONE = "identity:phone"
_SYMBOLS = re.compile(r"[\W_]+", re.UNICODE)
# Steps that have finished the request and only offer more (the summary of one's data).
RESTING = frozenset({"access:summary"})


@cache
def words() -> dict[str, frozenset[str]]:
    """Load the conversation words once, folded, by kind."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _tab, phrase = line.partition("\t")
            kinds[kind].add(fold(phrase))
    return {kind: frozenset(found) for kind, found in kinds.items()}


@cached_for_short_texts
def fold(text: str) -> str:
    """Fold a message as options are folded, without punctuation or emoji."""
    return " ".join(_SYMBOLS.sub(" ", normalize_roman(normalize_urdu(text))).split())


def kind_of(text: str) -> str | None:
    """Say which kind of conversation word a whole message is, if any."""
    said = fold(text)
    if not said:
        return "ok" if is_only_emoji(text) else None
    whole = next((kind for kind, found in words().items() if said in found), None)
    return whole or _closers_only(said)


CLOSERS = ("bye", "thanks", "ok")  # the strongest first: "ok thanks bye" takes its leave


def _closers_only(said: str) -> str | None:
    """Read a message made only of closing words ("ok thanks bye", "theek hai shukriya") as the
    strongest of them; None if anything else is in it."""
    phrases = _closer_phrases()
    longest = max(map(len, phrases), default=0)
    tokens, found, start = said.split(), set(), 0
    while start < len(tokens):
        for end in range(min(len(tokens), start + longest), start, -1):
            kind = phrases.get(tuple(tokens[start:end]))
            if kind:
                found.add(kind)
                start = end
                break
        else:
            return None
    return next((kind for kind in CLOSERS if kind in found), None)


@cache
def _closer_phrases() -> dict[tuple[str, ...], str]:
    return {tuple(phrase.split()): kind for kind in reversed(CLOSERS) for phrase in words().get(kind, ())}


def is_only_emoji(text: str) -> bool:
    """Tell whether a message is made of pictographs and symbols only ("👍", "🙏🙏")."""
    shown = [ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in ("Mn", "Cf")]
    return bool(shown) and all(unicodedata.category(ch) in ("So", "Sk", "Sm") for ch in shown)


# -- before the step ---------------------------------------------------------------------------


def reply_language(turn: Turn) -> str:
    """Answer in Urdu from now on when someone writes Urdu script into another language."""
    if turn.language != "ur" and turn.text and turn.understood.language == "ur":
        turn.conv.language = "ur"
        turn.write(subjects.language_set(turn.conv.subject_id, "ur"))
    return turn.language


async def before_step(turn: Turn) -> bool:
    """Handle what a person says between requests; False when the step should hear it."""
    if not turn.text:
        return _empty(turn)
    kind = kind_of(turn.text)
    reference = find_reference(turn.text)
    if kind == "back":
        await prompts.go_back(turn)
        return True
    if reference and _asks_to_withdraw(turn.text, reference):
        await requests.ask_withdraw(turn, reference)
        return True
    if kind in ("thanks", "ok", "bye"):
        _closer(turn, kind)
        return True
    if _declines_a_person(turn):
        show_menu(turn, _("All right, I won't pass you to a person. What would you like to do?"))
        return True
    if turn.understood.intent == "greeting" and len(turn.text.split()) <= 3:
        return await _greeting(turn)
    return False


def _empty(turn: Turn) -> bool:
    """Ask for words when a message had none (a shared contact is the identity step's)."""
    if turn.state == IDENTITY_PHONE and turn.message.verified_phone:
        return False
    turn.say(_("I didn't get any text. Write what you need, or 'menu' to see what I can do."))
    return True


def _asks_to_withdraw(text: str, reference: str) -> bool:
    """Tell whether a message is a withdrawal word and a reference ("withdraw ABCD-2345")."""
    rest = re.sub(rf"{reference[:4]}[\s\-]?{reference[4:]}", " ", text, flags=re.IGNORECASE)
    return fold(rest) in words()["withdraw"]


def _closer(turn: Turn, kind: str) -> None:
    """Answer thanks, okay or goodbye briefly, where the person stands."""
    opening = {
        "thanks": _("You're welcome!"),
        "ok": _("All right."),
        "bye": _("Goodbye, and take care!"),
    }[kind]
    if turn.state == MENU or turn.state in RESTING or kind == "bye":
        turn.say(opening + " " + _("Write 'menu' whenever you need me."))
    else:
        turn.say(opening + " " + _("When you're ready, answer the question above, or write 'menu'."))


def _declines_a_person(turn: Turn) -> bool:
    """Tell whether this is "no" to the offer of a person, after two misunderstandings."""
    offered = {key for key, _label in turn.data.get("options", [])}
    return turn.understood.intent == "no" and "human" in offered and int(turn.data.get(MISSES, 0)) >= 2


async def _greeting(turn: Turn) -> bool:
    """Greet back: afresh after a long silence, else with the question we were on."""
    if turn.state == MENU:
        return False
    seen = turn.data.get(SEEN)
    if seen is None or turn.now - datetime.fromisoformat(seen) >= SESSION_GAP:
        welcome(turn)
        return True
    if not await prompts.ask_again(turn, turn.state, _("Hello again! Here is where we were:")):
        welcome(turn)
    return True


# -- options in another language ---------------------------------------------------------------


def names_option(turn: Turn, label: str) -> bool:
    """Tell whether the message is an option's label in any reply language."""
    return fold(turn.text) in other_labels(turn, label)


def other_labels(turn: Turn, label: str) -> frozenset[str]:
    """Give an option's label in every reply language, folded, so either can pick it."""
    known = _labels_of(turn.profile)
    found = known.get(label)
    if found is None:
        found = known[label] = _other_labels(label) | _profile_labels(turn.profile, label)
    return found


# A profile's labels in every language, worked out once per label: options are matched on
# every message, and a profile's names are a small fixed set. Keyed by the profile's id, with
# the profile kept beside its table so the id cannot be reused while the entry stands.
_BY_PROFILE: dict[int, tuple[Profile, dict[str, frozenset[str]]]] = {}
_PROFILES_KEPT = 32


def _labels_of(profile: Profile) -> dict[str, frozenset[str]]:
    entry = _BY_PROFILE.get(id(profile))
    if entry is None or entry[0] is not profile:
        if len(_BY_PROFILE) >= _PROFILES_KEPT:
            _BY_PROFILE.clear()
        entry = _BY_PROFILE[id(profile)] = (profile, {})
    return entry[1]


@cache
def _other_labels(label: str) -> frozenset[str]:
    found = {label}
    for lang in LANGUAGES:
        catalog = translations(lang)
        found.add(catalog.gettext(label))
        found.update(_reverse(lang).get(label, ()))
    return frozenset(fold(text) for text in found if text)


@cache
def _reverse(lang: str) -> dict[str, tuple[str, ...]]:
    """Map each translation of a catalog back to its message id (and that id's translations)."""
    catalog = translations(lang)
    messages = getattr(catalog, "_catalog", {}) if isinstance(catalog, gettext.GNUTranslations) else {}
    back: dict[str, list[str]] = defaultdict(list)
    for msgid, text in messages.items():
        if isinstance(msgid, str) and isinstance(text, str) and msgid:
            back[text].append(msgid)
            back[text].extend(translations(other).gettext(msgid) for other in LANGUAGES)
    return {text: tuple(ids) for text, ids in back.items()}


def _profile_labels(profile: Profile, label: str) -> frozenset[str]:
    names = [c.name for c in profile.categories] + [p.name for p in profile.purposes]
    for name in names:
        written = {name.get(lang) for lang in LANGUAGES}
        if label in written:
            return frozenset(fold(text) for text in written)
    return frozenset()


# -- after the step ----------------------------------------------------------------------------


def carried(turn: Turn) -> dict[str, Any]:
    """Keep what must outlive the step's own data: a second request still to offer.

    A message with two requests at the menu starts the one said first; the other is kept.
    """
    pending = turn.data.get(NEXT)
    if pending is None and turn.state == MENU and not turn.message.option:
        found = two_requests(turn.text, turn.desk.flows.entry_names)
        if found is not None:
            first, pending = found
            turn._understanding = first
    return {NEXT: pending} if pending else {}


# Only a joining word splits requests; a comma often joins a reason to its request.
_JOINS = re.compile(r"\b(?:and also|and then|and|also|as well as|aur|or phir|phir)\b|اور|نیز", re.IGNORECASE)
# Each half must be read this surely on its own, and be this short, to count as a request;
# a handoff or the list of requests is never offered as "the other thing you asked".
_SURE = 0.7
_REQUEST_WORDS = 8
_NOT_OFFERED_AFTER = frozenset({"requests", "human"})


def two_requests(text: str, entries: Collection[str]) -> tuple[Understanding, str] | None:
    """Find two requests in one message ("see my data and stop marketing"): how to read the
    first, and the menu choice of the second, one of the flow `entries`."""
    parts = [part for part in _JOINS.split(text) if part and part.strip()]
    if len(parts) < 2 or any(len(part.split()) > _REQUEST_WORDS for part in parts):
        return None  # a story, not a list of requests
    readings = [understand(part) for part in parts]
    wanted = [(u, INTENT_ENTRIES.get(u.intent)) for u in readings if u.confidence >= _SURE]
    wanted = [(u, choice) for u, choice in wanted if choice in entries and choice not in _NOT_OFFERED_AFTER]
    if len(wanted) < 2:
        return None
    first, choice = wanted[0]
    second = next((c for _u, c in wanted[1:] if c != choice), None)
    return (first, second) if second else None


def second_request(text: str, entries: Collection[str]) -> str | None:
    """Give the menu choice of a second request in the same message, if there is one."""
    found = two_requests(text, entries)
    return found[1] if found else None


def after_turn(turn: Turn, kept: dict[str, Any]) -> None:
    """Note when the person was last heard, and offer a second request once the first is done."""
    pending = kept.get(NEXT)
    if pending and turn.replies and (turn.state == MENU or turn.state in RESTING):
        _offer(turn, pending)
    elif pending and turn.state != MENU:
        turn.data[NEXT] = pending
    turn.data[SEEN] = turn.now.isoformat()
    if turn.conv.channel == "sms":
        turn.replies[:] = [_without_menu_option(reply) for reply in turn.replies]


def _without_menu_option(reply: Reply) -> Reply:
    """Leave out "Main menu" on SMS, where every segment costs and 'menu' always works."""
    if not reply.options or reply.options[-1].key != MENU:
        return reply
    return Reply(reply.text, reply.options[:-1], reply.request_contact, reply.documents)


def _offer(turn: Turn, choice: str) -> None:
    """Offer the request the person also asked for, under the answer to the first."""
    labels = {item.entry: item.label for item in MENU_ITEMS} | dict(RIGHTS)
    label = _(labels.get(choice, "Other rights"))
    last = turn.replies[-1]
    text = last.text + "\n\n" + _("You also asked: {request}. Shall we do that now?").format(request=label)
    resting = turn.state in RESTING
    options = (*last.options[:-1], Option(choice, label), last.options[-1]) if resting else (Option(choice, label), Option(MENU, _("Main menu")))
    turn.replies[-1] = Reply(text, options, last.request_contact, last.documents)
    if not resting:
        turn.goto(MENU)
        turn.conv.data = {}
    turn.data["options"] = [[o.key, o.label] for o in options]
