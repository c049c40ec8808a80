"""Conversation repair (issue 15) as scripts: what a person says, and what the bot must do.

Each script is a list of steps; a step is what the person says (one text for every language,
or one per language) and the checks its answer must pass. Every script runs in English and
Urdu script, on the console and over SMS through Twilio; a Roman Urdu column is one more key
in `says` and one more entry in LANGUAGES. What the bot must say is written as the catalog's
message id and looked up in the reply language, so a check never hard-codes a translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from flows.i18n import base_language, translations
from flows.messages import Reply
from flows.refs import format_reference
from storage.models import LedgerEntry
from tests.support import Person, make_desk, text_of, tickets_of

LANGUAGES = ("en", "ur", "ur-Latn")
CHANNELS = {"console": {"transport": "console"}, "sms": {"transport": "twilio", "channel": "sms"}}
GREETING = {"en": "hello", "ur": "السلام علیکم", "ur-Latn": "salam"}


@dataclass
class Heard:
    """What one step got back, and where."""

    replies: list[Reply]
    lang: str
    channel: str
    person: Person

    @property
    def text(self) -> str:
        """The replies' texts and the labels of their options, as the person sees them."""
        return "\n".join([text_of(self.replies), *(o.label for r in self.replies for o in r.options)])


Check = Callable[[Heard], object]


def translated(msgid: str, lang: str) -> str:
    """The part of a message before its first placeholder, in the reply language."""
    return re.split(r"\{\w+\}", translations(base_language(lang)).gettext(msgid))[0].strip()


# A check's language that means "the other reply language" (after a switch).
OTHER = "{other}"


@dataclass(frozen=True)
class hears:  # noqa: N801 - read as a verb in the scripts
    """The reply says `msgid` (on SMS `sms` where the SMS wording differs), in `lang` or the
    script's language."""

    msgid: str
    lang: str | None = None
    sms: str | None = None

    def __call__(self, heard: Heard) -> None:
        lang = _other(heard.lang) if self.lang == OTHER else self.lang or heard.lang
        expected = translated(self.sms if self.sms and heard.channel == "sms" else self.msgid, lang)
        assert expected in heard.text, f"expected {expected!r} in {heard.text!r}"


def hears_not(msgid: str) -> Check:
    def check(heard: Heard) -> None:
        assert translated(msgid, heard.lang) not in heard.text
    return check


def heard_so_far(msgid: str) -> Check:
    def check(heard: Heard) -> None:
        assert translated(msgid, heard.lang) in text_of(heard.person.heard)
    return check


def silent(heard: Heard) -> None:
    assert heard.replies == [], heard.text


def no_options(heard: Heard) -> None:
    assert all(not r.options for r in heard.replies) or heard.channel != "sms"


@dataclass(frozen=True)
class Step:
    says: str | dict[str, str]
    must: tuple[Check, ...] = ()

    def text(self, lang: str) -> str:
        return self.says if isinstance(self.says, str) else self.says[lang]


@dataclass(frozen=True)
class Script:
    steps: tuple[Step, ...]
    # Checks on what is on record at the end: async functions of the language.
    ends: tuple[Callable[[str], object], ...] = field(default=())


async def no_handoff(lang: str) -> None:
    assert await tickets_of("handoff") == []


def one_ticket(kind: str, status: str = "open") -> Callable[[str], object]:
    async def check(lang: str) -> None:
        assert [t.status for t in await tickets_of(kind)] == [status]
    return check


ASK_ITEM_SMS = "Which of your details is wrong? Reply with its number and what it should say, for example “1 Ayesha Khan”."


def S(says: str | dict[str, str], *must: Check) -> Step:
    return Step(says, must)


SCRIPTS: dict[str, Script] = {
    "1 polite closers are answered and never count": Script((
        S(GREETING),
        S("1", hears("Done: nothing more to wait for. Reference {ref}.")),
        S({"en": "thanks", "ur": "شکریہ", "ur-Latn": "shukriya"}, hears("You're welcome!")),
        S({"en": "ok", "ur": "ٹھیک ہے", "ur-Latn": "theek hai"}, hears("All right.")),
        S({"en": "bye", "ur": "اللہ حافظ", "ur-Latn": "allah hafiz"}, hears("Goodbye, and take care!")),
        S("👍", hears("All right.")),
        S({"en": "ok thanks bye", "ur": "ٹھیک ہے شکریہ، اللہ حافظ", "ur-Latn": "theek hai shukriya, allah hafiz"},
          hears("Goodbye, and take care!")),
        S({"en": "ok, thank you!", "ur": "ٹھیک ہے، بہت شکریہ", "ur-Latn": "acha shukriya"}, hears("You're welcome!")),
    ), ends=(no_handoff,)),
    "2 no to the offer of a person means no": Script((
        S(GREETING),
        S("blah"),
        S("foo", hears("Sorry, I still didn't understand. Would you like to talk to a person?")),
        S({"en": "no", "ur": "نہیں", "ur-Latn": "nahi"}, hears("All right, I won't pass you to a person. What would you like to do?")),
    ), ends=(no_handoff,)),
    "3 empty lines are asked about, not counted": Script((
        S({"en": "menu", "ur": "مینیو", "ur-Latn": "menu dikhao"}),
        S("", hears("I didn't get any text. Write what you need, or 'menu' to see what I can do.")),
        S("   ", hears("I didn't get any text. Write what you need, or 'menu' to see what I can do.")),
        S("👍", hears("All right.")),
        S("", hears("I didn't get any text. Write what you need, or 'menu' to see what I can do.")),
    ), ends=(no_handoff,)),
    "4 the first words during a handoff are acknowledged once": Script((
        S({"en": "I want to talk to a person", "ur": "کسی نمائندے سے بات کروائیں", "ur-Latn": "kisi insaan se baat karni hai"}),
        S({"en": "hello is anyone there", "ur": "ہیلو کوئی ہے", "ur-Latn": "hello koi hai"},
          hears("Our team has your message ({ref}) and will answer here. Write 'menu' to come back to me.")),
        S("hi", silent),
    ), ends=(one_ticket("handoff"),)),
    "5 back goes to the step before": Script((
        S(GREETING),
        S("6"),
        S("2", hears("Please tell us what happened, in your own words.")),
        S({"en": "back", "ur": "واپس", "ur-Latn": "wapas"}, hears("What is your complaint about?")),
        S("menu"),
        S("5"),
        S("1", hears("What should it say instead? Please write the correct details.")),
        S("0", hears("Which of your details is wrong? Pick one, or describe it in your own words.", sms=ASK_ITEM_SMS)),
    ), ends=(no_handoff,)),
    "6 a greeting in the middle of a flow asks its question again": Script((
        S(GREETING),
        S("6"),
        S({"en": "hello", "ur": "السلام علیکم", "ur-Latn": "salam"},
          hears("Hello again! Here is where we were:"), hears("What is your complaint about?")),
        S("2", hears("Please tell us what happened, in your own words.")),
    ), ends=(no_handoff,)),
    "7 switching language in the middle goes on with the request": Script((
        S(GREETING),
        S("5"),
        S({"en": "zaban", "ur": "زبان", "ur-Latn": "zaban"}, hears("Which language would you like?")),
        S({"en": "2", "ur": "1", "ur-Latn": "2"},
          hears("Which of your details is wrong? Pick one, or describe it in your own words.", lang=OTHER, sms=ASK_ITEM_SMS)),
    )),
    "8 a first message that tells the story is kept": Script((
        S({"en": "You gave my number to a loan company and now they call me every day about a loan I never took",
           "ur": "مجھے شکایت ہے کہ آپ نے میرا نمبر ایک قرض والی کمپنی کو دے دیا اور اب وہ روز فون کرتے ہیں",
           "ur-Latn": "aap ne mera number loan company ko de diya aur ab wo roz mujhe call karte hain"},
          hears("What is your complaint about?")),
        S("2", hears_not("Please tell us what happened, in your own words.")),
    ), ends=(one_ticket("complaint"),)),
    "9 a second request in the same message is offered beside the first's answer": Script((
        S({"en": "I want to see my data and also stop all marketing", "ur": "میرا ڈیٹا دکھائیں اور مارکیٹنگ بند کریں",
           "ur-Latn": "mera data dikhao aur marketing band karo"}),
        S("1", heard_so_far("You also asked: {request}. Shall we do that now?")),
    )),
    "9 the request said first is done first, then the other is offered": Script((
        S({"en": "stop marketing and delete my data", "ur": "مارکیٹنگ بند کریں اور میرا ڈیٹا ڈیلیٹ کر دیں",
           "ur-Latn": "marketing band karo aur mera data delete kar do"}, hears("Which would you like to stop?")),
        S("6", hears("Stopped now: marketing by {channels}."), hears("You also asked: {request}. Shall we do that now?")),
        S("1", hears("Yes, delete my data")),
    ), ends=(one_ticket("marketing_opt_out", "resolved"),)),
    "10 unknown references are named and a withdrawal is confirmed": Script((
        S(GREETING),
        S("status HVJN-DG3", hears("I don't recognise the reference {ref}. References have 8 letters and digits, like ABCD-2345.")),
        S("status ZZZZ-ZZZZ", hears("I don't recognise the reference {ref}. References have 8 letters and digits, like ABCD-2345.")),
        S("menu"),
        S("4"),
        S({"en": "yes", "ur": "ہاں", "ur-Latn": "haan"}),
        S("withdraw {ref}", hears("Withdraw request {ref}? Our team will stop working on it.")),
        S({"en": "yes", "ur": "ہاں", "ur-Latn": "haan"}, hears("Request {ref} is withdrawn. What else can I do for you?")),
    ), ends=(one_ticket("erasure", "canceled"),)),
    "11 consent and marketing agree, and both can be undone": Script((
        S(GREETING),
        S("2"),
        S("2", hears("Your data is no longer used for: {channels}.")),
        S("3", hears("You withdrew consent for “{purpose}”, so no marketing is sent to you. To get it again, give that consent back under Withdraw consent.")),
        S("2"),
        S({"en": "Give back: Marketing", "ur": "دوبارہ اجازت دیں: مارکیٹنگ", "ur-Latn": "Dobara ijazat dein: Marketing"},
          hears("Thank you. Your data may be used for “{purpose}” again. Receipt {receipt}.")),
        S("3"),
        S("1"),
        S("3"),
        S({"en": "Restart SMS", "ur": "ایس ایم ایس دوبارہ شروع کریں", "ur-Latn": "SMS dobara shuru karein"},
          hears("Marketing by {channel} is on again. Receipt {receipt}.")),
    )),
    "12 a correction is checked for plausibility and confirmed": Script((
        S(GREETING),
        S("5"),
        S("5"),
        S({"en": "my CNIC number is wrong", "ur": "میرا شناختی کارڈ نمبر غلط ہے", "ur-Latn": "mera cnic number ghalat hai"}),
        S({"en": "thanks", "ur": "شکریہ", "ur-Latn": "shukriya"}, hears("When you're ready, answer the question above, or write 'menu'.")),
        S("12345", hears("A CNIC number has 13 digits, like 35202-1234567-1. Please write it again.")),
        S("35202-1234567-1", hears("Please check: change “{item}” to “{value}”. Shall I send this to our team?")),
        S({"en": "yes", "ur": "ہاں", "ur-Latn": "haan"}, hears("Thank you. Our team will correct it and let you know.")),
    ), ends=(one_ticket("rectification"),)),
    "14 see my data says plainly that it is done": Script((
        S(GREETING),
        S("1", hears("Done: nothing more to wait for. Reference {ref}.")),
    )),
}
CASES = [(name, lang, channel) for name in SCRIPTS for lang in LANGUAGES for channel in CHANNELS]


def _other(lang: str) -> str:
    return "en" if base_language(lang) == "ur" else "ur"


@pytest.mark.parametrize(("name", "lang", "channel"), CASES, ids=[f"{n.split()[0]}-{n.split()[1]}-{lang}-{c}" for n, lang, c in CASES])
async def test_the_conversation_is_repaired_as_a_person_expects(database: str, name: str, lang: str, channel: str) -> None:
    script = SCRIPTS[name]
    person = Person(make_desk(), **CHANNELS[channel])  # type: ignore[arg-type]
    for step in script.steps:
        text = step.text(lang)
        if "{ref}" in text:
            text = text.format(ref=format_reference((await tickets_of())[-1].ref))
        replies = await person.says(text)
        heard = Heard(replies, lang, channel, person)
        for check in step.must:
            check(heard)
    for end in script.ends:
        await end(lang)  # type: ignore[misc]



# -- what does not fit one script ----------------------------------------------------------------

SMS_BLOCKING = re.compile(r"'(?i:stop|stopall|unsubscribe|cancel|end|quit|revoke|optout)'|\b(STOP|STOPALL|UNSUBSCRIBE|CANCEL|END|QUIT|REVOKE|OPTOUT)\b")


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_on_sms_no_reply_ever_asks_for_a_word_that_blocks_every_message(database: str, lang: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    for script in SCRIPTS.values():
        for step in script.steps:
            text = step.text(lang)
            if "{ref}" in text:
                mine = await tickets_of()
                text = text.format(ref=format_reference(mine[-1].ref)) if mine else "menu"
            await person.says(text)
        await person.says("menu")
    await person.says_all("9")
    asked = [r.text for r in person.heard if SMS_BLOCKING.search(r.text)]
    assert asked == []


async def test_a_lone_stop_on_sms_is_answered_in_one_segment_without_the_menu(database: str) -> None:
    from bot.channels.twilio import reply_texts
    from bot.sms import sms_segments

    person = Person(make_desk(), transport="twilio", channel="sms")
    await person.says("hello")
    replies = await person.says("STOP")

    assert [sms_segments(body) for body in reply_texts(replies, "sms")] == [1]
    assert replies[0].options == ()
    assert await LedgerEntry.filter(key="sms", state="opted_out").count() == 1


async def test_on_sms_a_finished_step_ends_with_a_pointer_to_the_menu_not_the_menu(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    done = await person.says_all("I want to delete my data", "yes")

    assert done[-1].options == () and translated("Write 'menu' for more.", "en") in done[-1].text
    assert len((await person.says("3"))[-1].options) >= 5, "the menu's numbers still work after the pointer"


async def test_my_requests_on_sms_says_withdraw_not_cancel(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    listed = await person.says_all("I want to delete my data", "yes", "9")

    assert "'withdraw'" in text_of(listed) and "'cancel'" not in text_of(listed)


async def test_a_hi_that_opens_a_new_session_starts_afresh_instead_of_the_old_steps_error(database: str) -> None:
    from datetime import timedelta

    from tests.support import fixed_clock

    moment = [fixed_clock()]
    person = Person(make_desk(now=lambda: moment[0]))
    await person.says_all("hello", "4")
    moment[0] += timedelta(hours=5)
    again = await person.says("hi")

    assert "Assalam o alaikum" in text_of(again) and len(again[-1].options) == 9
    assert "Please answer yes or no" not in text_of(again)


async def test_the_urdu_label_of_an_option_picks_it_in_an_english_flow_and_the_reply_turns_urdu(database: str) -> None:
    from tests.support import is_urdu

    person = Person(make_desk())
    await person.says_all("hello", "File a complaint")
    chosen = await person.says("ناپسندیدہ مارکیٹنگ")

    assert translated("Please tell us what happened, in your own words.", "ur") in text_of(chosen)
    assert is_urdu(chosen[-1].text)


async def test_a_complaint_gives_the_privacy_officers_contacts(database: str) -> None:
    person = Person(make_desk())
    done = await person.says_all("I want to file a complaint", "2", "You shared my number with a call centre")

    assert "You can also write to" in text_of(done) and "privacy@example.org" in text_of(done)


async def test_paktaleem_says_who_the_controller_is_and_how_to_reach_them(database: str) -> None:
    from flows.profile import load_profile
    from tests.support import ROOT

    person = Person(make_desk(load_profile(ROOT / "policies" / "paktaleem.toml")))
    done = await person.says_all("I want to file a complaint", "2", "You shared my number with a call centre")

    assert "controller" in text_of(done) and "support@PakTaleem.com" in text_of(done)
    assert "school, employer or admin" in text_of(done)


async def test_the_segments_of_every_flow_stay_within_the_targets(database: str) -> None:
    from bench.segments import TARGETS, measure

    # measure() opens its own database: close the test's first.
    from storage import db

    await db.close_database()
    try:
        figures = await measure()
    finally:
        await db.open_database(database, upgrade_schema=False)
    over = {flow: row for flow, row in figures["flows"].items() if any(row[lang] > TARGETS[lang] for lang in row)}
    assert over == {}
    assert figures["stop"] == {"en": 1, "ur": 1} and figures["code"]["en"] == 1


async def test_on_sms_deletion_is_explained_in_short_and_the_full_text_is_one_reply_away(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    short = await person.says("I want to delete my data")
    full = await person.says("3")
    done = await person.says("yes")

    assert "Invoices" not in text_of(short) and [o.key for o in short[-1].options] == ["yes", "no", "details"]
    assert "Invoices and payment records" in text_of(full)
    assert [t.kind for t in await tickets_of("erasure")] == ["erasure"] and done[-1].options == ()


async def test_a_right_not_offered_says_how_to_reach_the_organisation(database: str) -> None:
    from flows.profile import load_profile
    from tests.support import ROOT

    profile = next(
        p for p in (load_profile(path) for path in sorted((ROOT / "policies").glob("*.toml")))
        if not p.offers("restriction")
    )
    person = Person(make_desk(profile))
    explained = await person.says_all("7", "1")

    contact = profile.contact.privacy_officer or profile.contact
    assert "You can also write to" in text_of(explained)
    assert (contact.email or contact.phone or "") in text_of(explained)


async def test_during_a_handoff_a_message_after_a_long_silence_is_acknowledged_again(database: str) -> None:
    from datetime import timedelta

    from tests.support import fixed_clock

    moment = [fixed_clock()]
    person = Person(make_desk(now=lambda: moment[0]), transport="twilio", channel="sms")
    await person.says("I want to talk to a person")
    first = await person.says("hello is anyone there")
    moment[0] += timedelta(minutes=5)
    soon = await person.says("my bill is wrong")
    moment[0] += timedelta(hours=6)
    later = await person.says("any news?")

    acknowledged = translated("Our team has your message ({ref}) and will answer here. Write 'menu' to come back to me.", "en")
    assert acknowledged in text_of(first) and soon == [] and acknowledged in text_of(later)


async def test_on_sms_a_correction_takes_the_items_number_and_its_value_in_one_message(database: str) -> None:
    person = Person(make_desk(), transport="twilio", channel="sms")
    asked = await person.says("Correct my data")
    confirm = await person.says("1 Ayesha Khan")
    await person.says("yes")

    assert translated(ASK_ITEM_SMS, "en") in text_of(asked)
    assert "Ayesha Khan" in text_of(confirm) and [o.key for o in confirm[-1].options] == ["yes", "no"]
    (ticket,) = await tickets_of("rectification")
    assert ticket.details["correct_value"] == "Ayesha Khan" and ticket.details["item"] == "Contact details"
