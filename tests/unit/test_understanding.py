"""Understanding free text in English, Urdu script and Roman Urdu."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.understanding import (
    INTENTS,
    LANGUAGES,
    Understanding,
    corpus,
    detect_language,
    normalize_roman,
    normalize_urdu,
    read,
    understand,
)
from flows.understanding.reading import keys_of
from flows.understanding.scores import score
from tests.support import ROOT

TUNING_ROWS = [(row.language, row.intent, row.text) for row in corpus.training()]
HELD_OUT_ROWS = [(row.language, row.intent, row.text) for row in corpus.held_out()]
# The aim is 0.95 in each language on messages never seen, on a held-out set written blind and
# never tuned on. Each earlier held-out set (set-14, set-21, set-23) joined the training data once
# scored (docs/understanding.md). The set installed on 2026-12-03 read 0.854 / 0.920 / 0.899
# when scored once, and 0.922 / 0.930 / 0.980 after the rounds of set-26 .. set-42, which never
# saw it; the floors hold it just under that (Urdu's and Roman Urdu's hundred lines move a point
# a line), short of the aim in English and Urdu.
HELD_OUT_FLOORS = {"en": 0.92, "ur": 0.93, "ur-Latn": 0.97}


def test_the_corpus_labels_only_known_intents_and_covers_each_language_well() -> None:
    for language, intent, _ in TUNING_ROWS + HELD_OUT_ROWS:
        assert language in LANGUAGES and intent in INTENTS
    for language in LANGUAGES:
        assert sum(1 for row in TUNING_ROWS if row[0] == language) >= 150
        assert {row[1] for row in TUNING_ROWS if row[0] == language} == set(INTENTS)


@pytest.mark.parametrize(("language", "intent", "text"), TUNING_ROWS)
def test_each_tuning_utterance_is_understood(language: str, intent: str, text: str) -> None:
    result = understand(text)
    assert (result.language, result.intent) == (language, intent), result.normalized


def test_no_held_out_utterance_is_also_a_tuning_utterance() -> None:
    tuned = {(language, text.strip().casefold()) for language, _, text in TUNING_ROWS}
    copies = [row for row in HELD_OUT_ROWS if (row[0], row[2].strip().casefold()) in tuned]
    assert copies == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_held_out_utterances_are_understood_at_least_as_well_as_when_measured(
    language: str,
) -> None:
    rows = [row for row in corpus.held_out() if row.language == language]
    if not rows:
        pytest.skip(f"no held-out set in {language} (data/held_out.tsv is empty)")
    result = score(rows)[language]
    print("\n" + result.line(), *result.misses, sep="\n  ")
    assert result.accuracy >= HELD_OUT_FLOORS[language]


# --- Urdu normalisation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arabic", "urdu"),
    [
        ("\u064a", "\u06cc"),  # Arabic yeh
        ("\u0649", "\u06cc"),  # alef maksura
        ("\u0643", "\u06a9"),  # Arabic kaf
        ("\u0629", "\u06c1"),  # teh marbuta
        ("\u0623", "\u0627"),  # alef with hamza above
        ("\u0625", "\u0627"),  # alef with hamza below
        ("\u06f5", "5"),  # Extended Arabic-Indic five
        ("\u0665", "5"),  # Arabic-Indic five
    ],
)
def test_arabic_letter_forms_fold_into_urdu(arabic: str, urdu: str) -> None:
    assert normalize_urdu(f"ب{arabic}ب") == f"ب{urdu}ب"


def test_arabic_heh_becomes_gol_heh_but_do_chashmi_after_an_aspirate() -> None:
    assert normalize_urdu("وه") == "وہ"
    assert normalize_urdu("مجهے") == "مجھے"
    assert normalize_urdu("دکهائیں") == "دکھائیں"


def test_presentation_forms_fold_into_plain_letters() -> None:
    # Isolated/final presentation forms of keheh, farsi yeh and lam-alef.
    assert normalize_urdu("\ufb8e\ufbfc") == "کی"
    assert normalize_urdu("\ufefb") == "لا"


def test_diacritics_tatweel_and_invisible_marks_are_stripped() -> None:
    assert normalize_urdu("مَیں") == "میں"
    assert normalize_urdu("شِکایّت") == "شکایت"
    assert normalize_urdu("شکـــایت") == "شکایت"
    assert normalize_urdu("شک\u200cایت") == "شکایت"
    assert normalize_urdu("\u200fشکایت\u200e \u202bڈیٹا\u202c \u2067حذف\u2069") == "شکایت ڈیٹا حذف"


def test_urdu_punctuation_goes_and_whitespace_collapses() -> None:
    assert normalize_urdu("  کیا حال ہے؟   ٹھیک، شکریہ۔ ") == "کیا حال ہے ٹھیک شکریہ"


def test_arabic_forms_are_understood_like_urdu_ones() -> None:
    assert understand("ميرا ڈيٹا حذف کريں").intent == "erasure"
    assert understand("السلام عليكم").intent == "greeting"


# --- Roman Urdu normalisation -------------------------------------------------------------


@pytest.mark.parametrize(
    "family",
    [
        ("karo", "kro", "karooo"),
        ("karna", "krna"),
        ("nahi", "nai", "nhi", "nahin", "nahiii"),
        ("chahiye", "chahye", "chaiye", "chahie"),
        ("mujhe", "mjhe", "mujhay", "muje"),
        ("delete", "dilit", "dlt"),
        ("please", "plz", "pls", "plzzz"),
        ("theek", "thik", "theeek"),
        ("shikayat", "shikayet", "shikait"),
        ("khatam", "khtm"),
        ("wapas", "vapas"),
    ],
)
def test_roman_urdu_spellings_of_one_word_normalise_alike(family: tuple[str, ...]) -> None:
    assert len({normalize_roman(word) for word in family}) == 1


def test_roman_normalisation_lowercases_and_drops_punctuation() -> None:
    assert normalize_roman("Mera DATA, Delete kar do!!!") == normalize_roman("mera data delete kar do")


# --- Language detection -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("", "en"),
        ("   ", "en"),
        ("😀👍 123", "en"),
        ("delete", "en"),
        ("main menu", "en"),
        ("main apna data dekhna chahta hun", "ur-Latn"),
        ("mera data delete kar do", "ur-Latn"),
        ("میرا data delete کر دیں", "ur"),
        ("please delete میرا", "en"),
        ("میرا ڈیٹا 😀 123", "ur"),
    ],
)
def test_language_is_detected_by_script_then_by_roman_urdu_words(text: str, language: str) -> None:
    assert detect_language(text) == language


# --- Intents with more to them ------------------------------------------------------------


def test_a_reference_in_the_text_is_extracted() -> None:
    result = understand("cancel my request k7mq-2xda")
    assert (result.intent, result.reference) == ("cancel", "K7MQ2XDA")
    assert understand("K7MQ 2XDA").intent == "status"
    assert understand("status 9HXR4PQT").reference == "9HXR4PQT"
    assert understand("I want to complain").reference is None


def test_a_named_language_becomes_the_target_language() -> None:
    assert understand("اردو").target_language == "ur"
    assert understand("urdu mein baat karo").target_language == "ur"
    assert understand("English please").target_language == "en"
    assert understand("angrezi").target_language == "en"
    assert understand("/language").target_language is None


def test_negation_turns_a_request_into_a_refusal_but_not_a_marketing_opt_out() -> None:
    assert understand("don't delete my data").intent == "no"
    assert understand("I don't want marketing").intent == "marketing_opt_out"
    assert understand("mujhe marketing sms nahi chahiye").intent == "marketing_opt_out"
    assert understand("nahi").intent == "no"


def test_calling_someone_is_a_handoff_but_not_being_called_is_an_opt_out() -> None:
    assert understand("please call me").intent == "human"
    assert understand("mujhe call mat karo").intent == "marketing_opt_out"


def test_chat_commands_are_read_as_the_words_they_stand_for() -> None:
    assert understand("/start").intent == "greeting"
    assert understand("/menu@PrivacyDeskBot").intent == "menu"
    assert understand("/language").intent == "language"


def test_confidence_is_higher_for_a_clear_request_than_a_vague_one() -> None:
    clear = understand("please delete my account and all my data")
    vague = understand("show")
    assert 0 <= vague.confidence < clear.confidence <= 1
    assert understand("blorp zzyx").confidence == 0.0


def test_json_holds_reference_and_target_language_only_when_present() -> None:
    assert set(understand("hello").to_json()) == {"language", "intent", "confidence"}
    assert understand("status K7MQ2XDA").to_json()["reference"] == "K7MQ2XDA"
    assert understand("اردو").to_json()["target_language"] == "ur"


def test_understanding_is_a_frozen_value() -> None:
    result = understand("hi")
    assert isinstance(result, Understanding)
    with pytest.raises(AttributeError):
        result.intent = "no"  # type: ignore[misc]


def test_short_replies_are_remembered_a_persons_own_words_are_not_and_memory_stays_bounded() -> None:
    short, words = "haan ji", "please delete everything you hold about me and my account"
    first = understand(short)
    assert understand(short) is first
    assert understand(words) == understand(words) and understand(words) is not understand(words)
    for n in range(10_000):  # more distinct short messages than a bounded memory keeps
        understand(f"ticket {n}")
    assert understand(short) is not first and understand(short) == first


# --- Robustness ---------------------------------------------------------------------------

_AWKWARD = st.sampled_from(
    ["\u200f", "\u200e", "\u202e", "\u2067", "\u200c", "\u0640", "\x00", "\x1b", "\n", "😀",
     "ـ", "ك", "ي", "ه", "۔", "/", "K7MQ-2XDA", "nahi", "delete"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(), _AWKWARD), max_size=20).map("".join))
def test_understand_never_raises_and_always_answers_within_the_contract(text: str) -> None:
    result = understand(text)
    assert result.language in LANGUAGES
    assert result.intent in INTENTS
    assert 0.0 <= result.confidence <= 1.0
    assert detect_language(text) == result.language


@pytest.mark.parametrize(
    "text",
    ["a" * 10_000, "ب" * 10_000, "😀" * 10_000, "\u200f" * 10_000, "delete " * 2_000, ""],
)
def test_huge_or_empty_messages_are_handled(text: str) -> None:
    result = understand(text)
    assert result.intent in INTENTS and result.language in LANGUAGES


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("i dont use it any more, delete my account", "erasure"),
        ("main ab member nahi, mera record delete kar do", "erasure"),
        ("میں اب یہ ایپ استعمال نہیں کرتا، میرا اکاؤنٹ ڈیلیٹ کر دیں", "erasure"),
        ("no, dont delete my data", "no"),
        ("delete mat karo", "no"),
        ("ڈیلیٹ نہ کریں", "no"),
        ("please correct my phone no in your records", "rectification"),  # "no" as in number
    ],
)
def test_a_negation_turns_a_request_into_a_refusal_only_within_its_clause(text: str, intent: str) -> None:
    assert understand(text).intent == intent


# Kinds of message a second hidden set found hard (issue 15): what the bot can do, when a reply
# comes, "inaccurate" or "ghalti" as a correction, no longer a user so delete, leaks and posts on
# social media in Urdu script, a request said as a noun ("hatane ki darkhwast"), "hold off",
# objecting to a profile, "I don't want a bot". Sentences of these kinds, in no labelled set.
@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ('what else can you do for me', 'en', 'menu'),
        ('aap mere liye kya kya kar sakte hain', 'ur-Latn', 'menu'),
        ('آپ میرے لیے کیا کیا کر سکتے ہیں', 'ur', 'menu'),
        ('when will you reply to my email', 'en', 'status'),
        ('mujhe jawab kab tak milega', 'ur-Latn', 'status'),
        ('مجھے جواب کب تک ملے گا', 'ur', 'status'),
        ('the phone number on my file is inaccurate', 'en', 'rectification'),
        ('mere address mein ghalti hai', 'ur-Latn', 'rectification'),
        ('میرے پتے میں غلطی ہے', 'ur', 'rectification'),
        ('i dont use your app now so get rid of my account', 'en', 'erasure'),
        ('ab app use nahi karti, mera account hata do', 'ur-Latn', 'erasure'),
        ('میری تصویریں فیس بک پر ڈال دی گئیں', 'ur', 'complaint'),
        ('میرا ڈیٹا لیک کیا گیا', 'ur', 'complaint'),
        ('account band karne ki darkhwast', 'ur-Latn', 'erasure'),
        ('ریکارڈ ہٹانے کی درخواست', 'ur', 'erasure'),
        ('please hold off on my data until I call again', 'en', 'restriction'),
        ('میری پروفائل بنانے پر اعتراض ہے', 'ur', 'objection'),
        ('i really dont want a bot', 'en', 'human'),
        ('mujhe bot nahi chahiye yaar', 'ur-Latn', 'human'),
    ],
)
def test_the_kinds_of_message_a_second_hidden_set_found_hard_are_understood(
    text: str, language: str, intent: str
) -> None:
    result = read(text)
    assert (result.language, result.intent) == (language, intent)


@pytest.mark.parametrize(
    ("disclaimed", "alone"),
    [
        ("shikayat nahi bas marketing sms band karo", "bas marketing sms band karo"),
        ("شکایت نہیں بس میری درخواست کا کیا بنا", "بس میری درخواست کا کیا بنا"),
    ],
)
def test_a_complaint_disclaimed_counts_for_nothing_and_the_rest_reads_as_if_alone(
    disclaimed: str, alone: str
) -> None:
    said, plain = read(disclaimed, ask_model=False), read(alone, ask_model=False)
    assert (said.intent, said.confidence) == (plain.intent, plain.confidence)


SWITCHES = {
    "زبان اردو سے انگلش میں بدل دیں": "en",
    "switch back to english plz, urdu font is not showing on my phone": "en",
    "زبان بدل کر اردو کر دیں، انگریزی سمجھ نہیں آتی": "ur",
    "from urdu to english please": "en",
    "english se urdu mein kar do": "ur",
    "urdu nahi english chahiye": "en",
}


def test_the_language_asked_for_is_the_one_wanted_not_the_one_left_in_every_process() -> None:
    # Which of two named languages was chosen once hung on the process's string hashing.
    script = (
        "import json, sys; from flows.understanding import read; "
        "print(json.dumps([read(t).target_language for t in json.loads(sys.argv[1])]))"
    )
    for seed in ("0", "1", "2", "3"):
        found = subprocess.run(
            [sys.executable, "-c", script, json.dumps(list(SWITCHES))],
            capture_output=True, text=True, check=True, cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)},
        )
        assert json.loads(found.stdout) == list(SWITCHES.values()), seed


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("staff ne meri file kisi aur ko de di", "complaint"),
        ("someone at your office gave my number to a stranger", "complaint"),
        ("can I talk to your agent please", "human"),
    ],
)
def test_a_person_who_did_something_is_told_of_not_asked_for(text: str, intent: str) -> None:
    assert read(text).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("mujhe service ki zaroorat nahi mera account delete kar do", "erasure"),
        ("wo number ab mera nahi naya number likh lein", "rectification"),
        ("delete nahi karna", "no"),
        ("میرا اکاؤنٹ ڈیلیٹ نہ کریں", "no"),
    ],
)
def test_a_negation_of_something_else_leaves_the_request_beside_it_standing(
    text: str, intent: str
) -> None:
    assert read(text).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my data was leaked last year and I complained then. Please send me a copy of what "
         "you hold now.", "access"),
        ("Hi. Someone used my number to open a wallet in my name and your staff did nothing. "
         "Please delete my account and all my data now.", "erasure"),
        ("salam, mere number pe kisi ne loan le liya aur aap ke agent ne koi madad nahi ki. "
         "meherbani kar ke mera account delete kar dein", "erasure"),
    ],
)
def test_a_story_that_ends_with_a_polite_ask_is_read_as_the_ask(text: str, intent: str) -> None:
    assert read(text, ask_model=False).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I requested a correction of my address last week, has it been done?", "status"),
        ("میں نے اپنا اکاؤنٹ بند کرنے کا کہا تھا، کیا بنا؟", "status"),
        ("location ki ijazat wapas lene ka kaha tha, ho gaya?", "status"),
        ("I asked you last week to delete my account, please do it now", "erasure"),
        ("maine kaha tha mera number galat hai, theek kar dein", "rectification"),
    ],
)
def test_a_request_told_as_asked_before_in_asking_how_it_went_asks_after_it(
    text: str, intent: str
) -> None:
    assert read(text, ask_model=False).intent == intent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A bank called me by name. Who did you share my number with?", "en"),
        ("میرا ای میل آپ نے کن کمپنیوں کو دیا ہے؟", "ur"),
        ("mera address aap ne kis kis ko diya hai", "ur-Latn"),
    ],
)
def test_asking_who_got_ones_data_is_access_even_after_a_story(text: str, language: str) -> None:
    assert (read(text).language, read(text).intent) == (language, "access")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("This is not about deleting anything. I object to you scoring me for loans", "objection"),
        ("ڈیٹا حذف کرنے کی بات نہیں، بس مجھے مارکیٹنگ کال نہ کریں", "marketing_opt_out"),
        ("account delete karne ka nahi keh raha, bas promo sms band karo", "marketing_opt_out"),
    ],
)
def test_a_request_the_message_says_it_is_not_about_counts_for_nothing(text: str, intent: str) -> None:
    assert read(text, ask_model=False).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("profile deletion request", "erasure"),
        ("phone number ki correction ki request", "rectification"),
        ("status of my deletion request", "status"),
        ("میں نے اکاؤنٹ ختم کرنے کی درخواست دی تھی، ہو گئی؟", "status"),
    ],
)
def test_a_request_named_as_a_noun_is_that_request_not_a_question_about_one(
    text: str, intent: str
) -> None:
    assert read(text).intent == intent


@pytest.mark.parametrize(
    ("word", "not_bent_into"), [("pichle", "piche"), ("hafta", "hata"), ("mahine", "machine")]
)
def test_everyday_words_are_not_bent_into_request_words(word: str, not_bent_into: str) -> None:
    assert keys_of(word) != [not_bent_into]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("delete nahi karna, bas abhi rok do", "restriction"),
        ("don't delete it, just stop the promo sms", "marketing_opt_out"),
        ("ڈیلیٹ نہیں کرنا", "no"),
    ],
)
def test_a_request_refused_before_a_turn_to_another_leaves_the_other(text: str, intent: str) -> None:
    assert read(text, ask_model=False).intent == intent


@pytest.mark.parametrize("text", ["jawab kb aye ga", "language badlo", "khilaf hu"])
def test_short_roman_urdu_is_roman_urdu(text: str) -> None:
    assert detect_language(text) == "ur-Latn"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("A recovery agent called my office and knew my salary. Who did you share it with?", "access"),
        ("مجھے ایک انجان کمپنی کی کالیں آ رہی ہیں۔ میرا نمبر آپ نے کن کن کو دیا ہے؟", "access"),
    ],
)
def test_a_question_that_ends_a_story_is_the_ask(text: str, intent: str) -> None:
    assert read(text, ask_model=False).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("until my address is corrected, please don't use it for deliveries", "restriction"),
        ("jab tak mera naam theek nahi hota, is data ko use mat karo", "restriction"),
        ("جب تک میرا پتہ درست نہیں ہوتا، اسے استعمال نہ کریں", "restriction"),
        ("until now nobody has replied to my complaint", "complaint"),
    ],
)
def test_a_request_named_in_what_an_ask_waits_on_counts_for_the_restriction(
    text: str, intent: str
) -> None:
    assert read(text, ask_model=False).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "don't delete my account, but stop using my data",
        "delete mat karo lekin share bhi mat karo",
        "حذف نہ کریں لیکن استعمال بھی نہ کریں",
    ],
)
def test_data_kept_but_not_used_is_a_restriction(text: str) -> None:
    assert read(text, ask_model=False).intent == "restriction"


def test_what_befell_someone_is_no_request_gone_through() -> None:
    text = "میری والدہ کا انتقال ہو گیا ہے، ان کے نام پر جو اکاؤنٹ تھا اس میں کیا معلومات ہیں وہ دیکھنی ہیں"
    assert read(text, ask_model=False).intent == "access"


@pytest.mark.parametrize(
    "text",
    [
        "I asked for a correction of my address. Until it's done please don't use it",
        "naam theek karne ka kaha tha. jab tak ho nahi jata please use mat karo",
    ],
)
def test_an_outcome_an_ask_waits_on_asks_after_nothing(text: str) -> None:
    assert read(text, ask_model=False).intent == "restriction"


@pytest.mark.parametrize(
    "text",
    [
        "bas bohat ho gaya, mera account delete karo",
        "bohat ho gaya, mera sara data khatam karo",
    ],
)
def test_a_possessive_after_a_clause_ends_opens_the_next_clause(text: str) -> None:
    assert read(text, ask_model=False).intent == "erasure"


@pytest.mark.parametrize(
    "text",
    [
        "hi i asked yesterday to fix my address, any update",
        "naam theek karne ka kaha tha, koi update?",
    ],
)
def test_a_request_told_as_asked_before_then_any_update_asks_after_it(text: str) -> None:
    assert read(text, ask_model=False).intent == "status"
