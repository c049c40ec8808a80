"""Count the SMS segments each flow costs over Twilio, per language: a figure, not a timing.

    python bench/segments.py            # a table
    python bench/segments.py --json     # one JSON object

Each flow is walked by a new person over Twilio SMS, from the first message to the finished
request, and every reply is rendered and split as the Twilio webhook renders it; segments are
counted as Twilio counts them (GSM-7 160, or 153 each once concatenated; UCS-2 70, or 67).
Also counted: a lone STOP's answer and the one-time code message. Targets (issue 15): every
flow at most 4 segments in English and Roman Urdu and 7 in Urdu script; STOP in one; the
code in one in English and Roman Urdu.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.channels.twilio import reply_texts  # noqa: E402
from bot.sms import plain_for_sms, sms_segments  # noqa: E402
from flows.engine import Desk  # noqa: E402
from flows.i18n import language  # noqa: E402
from flows.identity import code_message  # noqa: E402
from flows.messages import IncomingMessage  # noqa: E402
from flows.profile import load_profile  # noqa: E402
from storage import db  # noqa: E402

LANGUAGES = ("en", "ur", "ur-Latn")
# What a person sends to finish each flow, in each language (Roman Urdu is read as such and
# answered in the reply language the desk gives it).
WALKS: dict[str, dict[str, tuple[str, ...]]] = {
    "access": {"en": ("See my data",), "ur": ("میرا ڈیٹا دکھائیں",), "ur-Latn": ("mera data dikhao",)},
    "consent_withdrawal": {"en": ("Withdraw consent", "1"), "ur": ("اجازت واپس لیں", "1"),
                           "ur-Latn": ("meri ijazat wapas le lo", "1")},
    "marketing_opt_out": {"en": ("Stop marketing", "all of them"), "ur": ("مجھے اشتہار والے پیغامات نہیں چاہئیں", "سب"),
                          "ur-Latn": ("mujhe marketing sms nahi chahiye", "sab")},
    "erasure": {"en": ("Delete my data", "yes"), "ur": ("میرا ڈیٹا حذف کر دیں", "ہاں"),
                "ur-Latn": ("mera account khatam kar do", "haan")},
    # On SMS the desk asks for the item's number and the right value in one message.
    "rectification": {"en": ("Correct my data", "1 Ayesha Khan", "yes"),
                      "ur": ("میری معلومات غلط ہیں", "1 عائشہ خان", "ہاں"),
                      "ur-Latn": ("mera naam ghalat hai", "1 Ayesha Khan", "haan")},
    "complaint": {"en": ("File a complaint", "2", "You shared my number with a call centre"),
                  "ur": ("مجھے شکایت کرنی ہے", "2", "آپ نے میرا نمبر کال سینٹر کو دے دیا"),
                  "ur-Latn": ("shikayat darj karni hai", "2", "aap ne mera number kisi ko de diya")},
    # Said in words, as the other flows are (the "Other rights" submenu costs one reply more).
    "restriction": {"en": ("Pause the use of my data", "Stop analysing my usage"),
                    "ur": ("میرے ڈیٹا کا استعمال روک دیں", "تحقیق کے لیے میرا ڈیٹا استعمال نہ کریں"),
                    "ur-Latn": ("mere data ka istemal filhal rok dein", "research ke liye mera data istemal na karein")},
    "handoff": {"en": ("Talk to a person",), "ur": ("کسی نمائندے سے بات کروائیں",),
                "ur-Latn": ("kisi insaan se baat karni hai",)},
    "requests": {"en": ("My requests",), "ur": ("میری درخواستیں",), "ur-Latn": ("meri darkhwast",)},
}
TARGETS = {"en": 4, "ur": 7, "ur-Latn": 4}


def segments_of(replies: list[Any]) -> int:
    """Count the segments of replies as the Twilio webhook sends them."""
    return sum(sms_segments(body) for body in reply_texts(replies, "sms"))


SHOWN: list[str] = []


async def walk(desk: Desk, phone: str, lines: tuple[str, ...], lang: str, *, counted_from: int = 0) -> int:
    """Send a flow's lines from one new person by SMS and count the segments answered
    (from the `counted_from`th line on)."""
    total = 0
    if lang == "ur":
        from storage import conversations

        await conversations.preset_language(f"twilio:{phone}", "twilio", phone, "ur")
    for number, text in enumerate(lines):
        message = IncomingMessage(transport="twilio", channel="sms", sender_id=phone, verified_phone=phone,
                                  text=text, external_id=f"SM{phone[1:]}{number}")
        replies = await desk.handle(message)
        if number >= counted_from:
            total += segments_of(replies)
            SHOWN.extend(f"[{sms_segments(body)}] {body}" for body in reply_texts(replies, "sms"))
    return total


async def measure(profile_path: Path | None = None) -> dict[str, Any]:
    """Walk every flow in every language on a fresh SQLite file and give the figures."""
    profile = load_profile(profile_path or ROOT / "policies" / "example.toml")
    desk = Desk(profile=profile, sms_transport="twilio", staff_transport="telegram", staff_address="-1001")
    flows: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="privacy-desk-segments-") as tmp:
        await db.open_database(f"sqlite://{tmp}/desk.sqlite3")
        try:
            people = iter(range(10_000))
            for flow, walks in WALKS.items():
                flows[flow] = {lang: await walk(desk, f"+9230011{next(people):05d}", walks[lang], lang) for lang in LANGUAGES}
            stop = {lang: await walk(desk, f"+9230022{next(people):05d}", ("hi", "STOP"), lang, counted_from=1)
                    for lang in ("en", "ur")}
        finally:
            await db.close_database()
    codes = {}
    for lang in LANGUAGES:
        with language(lang):
            codes[lang] = sms_segments(plain_for_sms(code_message("123456", profile.organisation(lang))))
    return {"flows": flows, "stop": stop, "code": codes, "targets": TARGETS,
            "within_targets": all(v <= TARGETS[lang] for row in flows.values() for lang, v in row.items())}


def table(figures: dict[str, Any]) -> str:
    """Lay the segment counts out for a reader."""
    lines = ["SMS segments to finish each flow (targets: en 4, ur 7, ur-Latn 4)",
             f"  {'flow':<20}" + "".join(f"{lang:>9}" for lang in LANGUAGES)]
    for flow, row in figures["flows"].items():
        lines.append(f"  {flow:<20}" + "".join(f"{row[lang]:>9}" for lang in LANGUAGES))
    lines.append(f"  a lone STOP (target 1): en {figures['stop']['en']}, ur {figures['stop']['ur']}")
    codes = ", ".join(f"{lang} {count}" for lang, count in figures["code"].items())
    lines.append(f"  code message (target 1 in en and ur-Latn): {codes}")
    return "\n".join(lines)


def main() -> int:
    """Print the segment counts as a table, or as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--show", action="store_true", help="print every message sent, with its segments")
    parser.add_argument("--policy", type=Path, help="organisation profile (default policies/example.toml)")
    args = parser.parse_args()
    figures = asyncio.run(measure(args.policy))
    if args.show:
        print("\n\n".join(SHOWN))
    print(json.dumps(figures) if args.json else table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
