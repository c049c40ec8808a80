"""Every flow as a conversation script, in English, Urdu script and Roman Urdu.

A script is what the person says, step by step; each must end in the record a person would
expect (a ticket of the right kind, a ledger entry), told to them with its reference, in the
language they wrote in.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from flows.refs import format_reference
from storage.models import LedgerEntry
from tests.support import Person, is_roman_urdu, is_urdu, make_desk, text_of, tickets_of


@dataclass(frozen=True)
class Script:
    """What a person says, and what must be on record at the end."""

    says: tuple[str, ...]
    kind: str
    status: str
    ledger: int = 0


SCRIPTS: dict[str, dict[str, Script]] = {
    "access": {
        "en": Script(("Hello", "1"), "access", "resolved"),
        "ur": Script(("السلام علیکم", "میرا ڈیٹا دکھائیں"), "access", "resolved"),
        "ur-Latn": Script(("mera data dikhao",), "access", "resolved"),
    },
    "consent_withdrawal": {
        "en": Script(("menu", "2", "1"), "consent_withdrawal", "resolved", ledger=1),
        "ur": Script(("مینیو", "۲", "1"), "consent_withdrawal", "resolved", ledger=1),
        "ur-Latn": Script(("meri ijazat wapas le lo", "1"), "consent_withdrawal", "resolved", ledger=1),
    },
    "marketing_opt_out": {
        "en": Script(("I don't want marketing messages", "all of them"), "marketing_opt_out", "resolved", ledger=5),
        "ur": Script(("مجھے اشتہار والے پیغامات نہیں چاہئیں", "1"), "marketing_opt_out", "resolved", ledger=1),
        "ur-Latn": Script(("mujhe marketing sms nahi chahiye", "sms"), "marketing_opt_out", "resolved", ledger=1),
    },
    "erasure": {
        "en": Script(("I want to delete my account", "yes"), "erasure", "open"),
        "ur": Script(("میرا ڈیٹا حذف کر دیں", "ہاں"), "erasure", "open"),
        "ur-Latn": Script(("mera account khatam kar do", "haan"), "erasure", "open"),
    },
    "rectification": {
        "en": Script(("5", "1", "My name is Ayesha Khan, not Aisha", "yes"), "rectification", "open"),
        "ur": Script(("میری معلومات غلط ہیں", "1", "میرا نام عائشہ خان ہے", "ہاں"), "rectification", "open"),
        "ur-Latn": Script(("mera naam ghalat hai", "1", "sahi naam Ayesha Khan hai", "haan"), "rectification", "open"),
    },
    "complaint": {
        "en": Script(("I want to file a complaint", "2", "You shared my number with a call centre"), "complaint", "open"),
        "ur": Script(("مجھے شکایت کرنی ہے", "2", "آپ نے میرا نمبر کال سینٹر کو دے دیا"), "complaint", "open"),
        "ur-Latn": Script(("shikayat darj karni hai", "2", "aap ne mera number kisi ko de diya"), "complaint", "open"),
    },
    "restriction": {
        "en": Script(("7", "1", "Please stop analysing my usage until my dispute is settled"), "restriction", "open"),
        "ur": Script(("مینیو", "7", "1", "میرے ڈیٹا کا استعمال روک دیں"), "restriction", "open"),
        "ur-Latn": Script(("salam", "7", "1", "mera data abhi istemal na karein"), "restriction", "open"),
    },
    "objection": {
        "en": Script(("I object to profiling", "Stop using my data for targeted ads"), "objection", "open"),
        "ur": Script(("مینیو", "7", "2", "مجھے پروفائلنگ پر اعتراض ہے"), "objection", "open"),
        "ur-Latn": Script(("salam", "7", "2", "mujhe profiling par aitraz hai"), "objection", "open"),
    },
    "guardian_request": {
        "en": Script(("7", "3", "My son Ali is 12; please delete his account"), "guardian_request", "open"),
        "ur": Script(("مینیو", "7", "3", "میرا بیٹا علی بارہ سال کا ہے، اس کا اکاؤنٹ ختم کر دیں"), "guardian_request", "open"),
        "ur-Latn": Script(("salam", "7", "3", "mera beta 12 saal ka hai, uska account delete kar dein"), "guardian_request", "open"),
    },
    "handoff": {
        "en": Script(("I want to talk to a person",), "handoff", "open"),
        "ur": Script(("کسی نمائندے سے بات کروائیں",), "handoff", "open"),
        "ur-Latn": Script(("kisi insaan se baat karni hai",), "handoff", "open"),
    },
}
CASES = [(flow, lang) for flow, langs in SCRIPTS.items() for lang in langs]
# The same scripts on three channels: the console, Telegram (a contact shared by its owner)
# and SMS through Twilio (the sender's number).
CHANNELS = {
    "console": {"transport": "console"},
    "telegram": {"transport": "telegram", "sender_id": "5551234"},
    "sms": {"transport": "twilio", "channel": "sms"},
}


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize(("flow", "lang"), CASES, ids=[f"{f}-{lang}" for f, lang in CASES])
async def test_each_flow_ends_in_its_record_with_the_reference_told_in_the_persons_language(
    database: str, flow: str, lang: str, channel: str
) -> None:
    script = SCRIPTS[flow][lang]
    person = Person(make_desk(), **CHANNELS[channel])  # type: ignore[arg-type]
    for line in script.says:
        await person.says(line)

    tickets = await tickets_of(script.kind)
    assert [t.status for t in tickets] == [script.status]
    assert format_reference(tickets[0].ref) in text_of(person.heard[-1:])
    assert await LedgerEntry.all().count() == script.ledger
    assert is_urdu(person.last.text) is (lang == "ur")
    assert is_roman_urdu(person.last.text) is (lang == "ur-Latn")
    assert tickets[0].language == lang
    assert tickets[0].channel == CHANNELS[channel].get("channel", CHANNELS[channel]["transport"])


async def test_a_ticket_due_date_follows_the_profiles_response_days(database: str) -> None:
    desk = make_desk()
    person = Person(desk)
    await person.says_all("I want to delete my data", "yes")

    (ticket,) = await tickets_of("erasure")
    assert (ticket.due_at - ticket.created_at).days == desk.profile.response_days
