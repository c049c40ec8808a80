"""The staff web console in a real browser: Playwright driving the system's Chromium against the
real server. A supervisor logs in with a link, finds a ticket, reads its transcript, replies with
a canned answer (the person gets it by SMS), extends and resolves; the Urdu page is right to
left; an agent is refused a supervisor's action.

Screenshots go to a temporary folder, or to $PRIVACY_DESK_SCREENSHOTS (docs/web-console when
the docs' pictures are remade). Without Chromium or Playwright the tests are skipped, saying why.
"""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from flows.refs import format_reference, new_reference
from storage.models import Subject, Ticket
from tests.e2e.support import eventually
from tests.e2e.support_web import (
    PERSON_PHONE,
    Console,
    console_server,
    escalated_on_sms,
    now,
    texts_to,
)
from tests.support import Person

CHROMIUM = os.environ.get("PRIVACY_DESK_CHROMIUM", "/usr/bin/chromium")

try:
    from playwright.async_api import Browser, Page, async_playwright, expect
except ImportError:  # pragma: no cover - the test extras bring it
    async_playwright = None  # type: ignore[assignment]

pytestmark = [
    pytest.mark.skipif(async_playwright is None, reason="Playwright is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"no Chromium at {CHROMIUM}: apt-get install chromium"),
]


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots are saved."""
    folder = Path(os.environ.get("PRIVACY_DESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """Start the system's Chromium, headless."""
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield chromium
        finally:
            await chromium.close()


async def urdu_person_escalates(console: Console) -> Ticket:
    """Someone writes in Urdu on SMS and asks for a person, with a little history first."""
    person = Person(console.desk, transport="bridge", sender_id=PERSON_PHONE, verified_phone=PERSON_PHONE,
                    channel="sms")
    for words in ("السلام علیکم", "میرا ڈیٹا ڈیلیٹ کر دیں", "نہیں", "مجھے کسی انسان سے بات کرنی ہے",
                  "میں نے اکاؤنٹ بند کر دیا ہے، میرا سارا ڈیٹا مٹا دیں <script>alert(1)</script>"):
        await person.says(words)
    ticket = await Ticket.filter(kind="handoff", address=PERSON_PHONE).first()
    assert ticket is not None
    return ticket


async def a_season_of_requests(count: int = 60) -> None:
    """Fill the desk with ten weeks of requests, some answered on time, some late, some open."""
    rng = random.Random(16)
    kinds = ["access", "erasure", "marketing_opt_out", "complaint", "rectification", "consent_withdrawal"]
    subjects = [await Subject.create(phone=f"+92301{n:07d}", language="en") for n in range(12)]
    rows = []
    for n in range(count):
        opened = now() - timedelta(days=rng.uniform(0, 70))
        closed = opened + timedelta(days=rng.uniform(1, 40))
        done = closed < now() and rng.random() < 0.8
        subject = rng.choice(subjects)
        rows.append(Ticket(
            ref=new_reference(), kind=rng.choice(kinds), status="resolved" if done else rng.choice(["open", "in_progress"]),
            channel=rng.choice(["sms", "telegram", "whatsapp"]), transport="bridge", address=subject.phone or "",
            language=rng.choice(["en", "ur", "ur-Latn"]), subject_id=subject.id, details={},
            created_at=opened, due_at=opened + timedelta(days=30), closed_at=closed if done else None,
        ))
    await Ticket.bulk_create(rows)


async def log_in(page: Page, link: str) -> None:
    """Follow a login link and press its button."""
    await page.goto(link)
    await page.get_by_role("button", name="Log in").click()
    await expect(page.get_by_role("heading", name="Queue")).to_be_visible()


async def test_a_supervisor_works_a_ticket_in_the_browser_from_login_to_resolution(
    database: str, browser: Browser, shots: Path
) -> None:
    async with console_server(database) as console:
        ticket = await urdu_person_escalates(console)
        await a_season_of_requests()
        page = await browser.new_page(viewport={"width": 1280, "height": 900})
        await log_in(page, await console.link(console.supervisor))
        await expect(page.locator("table.queue tbody tr").first).to_be_visible()
        await page.screenshot(path=shots / "queue.png", full_page=False)

        await page.get_by_label("Reference or phone").fill(format_reference(ticket.ref).lower())
        await page.get_by_role("button", name="Show").click()
        await page.get_by_role("link", name=format_reference(ticket.ref)).click()
        transcript = page.locator("ol.transcript")
        await expect(transcript).to_contain_text("مجھے کسی انسان سے بات کرنی ہے")
        await expect(transcript).to_contain_text("<script>alert(1)</script>")  # shown as text, not run
        await expect(page.get_by_text("They read Urdu: write in it.")).to_be_visible()

        await page.get_by_label("Canned answer, in Urdu").select_option("erased")
        await page.get_by_role("button", name="Use").click()
        await expect(page.get_by_label("Your reply")).to_have_value("ہم نے آپ کا ڈیٹا ڈیلیٹ کر دیا ہے، سوائے ان بلوں کے جو ٹیکس کے قانون کے تحت ہمیں چھ سال رکھنے ہیں؛ وہ کسی اور کام میں استعمال نہیں ہوتے۔")
        await page.get_by_role("button", name="Send reply").click()
        await expect(page.get_by_role("status")).to_have_text("Your reply is on its way to the person.")
        await eventually(lambda: any("چھ سال" in text for text in texts_to(console.gateway, PERSON_PHONE)))

        await page.get_by_label("Extend the deadline by (days)").fill("14")
        await page.get_by_label("Reason (the person is told)").fill("ہمیں آپ کے پرانے بل دیکھنے ہیں")
        await page.get_by_role("button", name="Extend once").click()
        await expect(page.get_by_role("status")).to_have_text("Deadline extended; the person will be told.")
        await expect(page.locator(".facts")).to_contain_text("Extended once")
        await page.reload()
        await expect(page.locator("table.plain")).to_contain_text("Sent")
        await page.screenshot(path=shots / "ticket-en.png", full_page=True)

        await page.get_by_role("button", name="اردو").click()
        assert await page.evaluate("document.documentElement.dir") == "rtl"
        assert await page.evaluate("document.documentElement.lang") == "ur"
        await expect(page.get_by_role("heading", name="متعلقہ شخص کو جواب دیں")).to_be_visible()
        await page.screenshot(path=shots / "ticket-ur.png", full_page=True)

        await page.get_by_role("button", name="حل شدہ قرار دیں").click()
        await expect(page.get_by_role("status")).to_have_text("حل شدہ؛ متعلقہ شخص کو بتا دیا جائے گا۔")
        assert (await Ticket.get(id=ticket.id)).status == "resolved"
        await page.get_by_role("button", name="English").click()

        await page.get_by_role("link", name="Reports").click()
        loaded = "[...document.images].every(i => i.complete && i.naturalWidth > 0)"
        await eventually(lambda: page.evaluate(loaded))
        assert await page.locator("img[src$='.svg']").count() == 4
        await page.screenshot(path=shots / "reports.png", full_page=True)

        phone = await browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        await log_in(phone, await console.link(console.supervisor))
        await phone.screenshot(path=shots / "queue-phone.png")
        assert await phone.evaluate("document.documentElement.scrollWidth") <= 390


async def test_an_agent_is_offered_no_supervisor_action_and_is_refused_one(
    database: str, browser: Browser, shots: Path
) -> None:
    async with console_server(database) as console:
        ticket = await escalated_on_sms(console.desk)
        context = await browser.new_context()
        page = await context.new_page()
        await log_in(page, await console.link(console.agent))
        await page.goto(f"{console.url}/staff/tickets/{ticket.ref}")
        await expect(page.get_by_text("Rejecting and extending are for supervisors.")).to_be_visible()
        assert await page.get_by_role("button", name="Extend once").count() == 0
        assert await page.get_by_role("button", name="Reject").count() == 0
        csrf = await page.locator("input[name=csrf]").first.get_attribute("value")
        refused = await context.request.post(
            f"{console.url}/staff/tickets/{ticket.ref}/extend",
            form={"csrf": csrf or "", "days": "30", "text": "busy"}, headers={"Origin": console.url},
        )
        assert refused.status == 403 and "Only a supervisor may do this" in await refused.text()
        assert (await Ticket.get(id=ticket.id)).extended_at is None


async def test_the_console_can_be_used_from_the_keyboard(database: str, browser: Browser) -> None:
    async with console_server(database) as console:
        await escalated_on_sms(console.desk)
        page = await browser.new_page()
        await log_in(page, await console.link(console.agent))
        await page.keyboard.press("Tab")
        focused: Any = await page.evaluate("document.activeElement.textContent")
        assert focused == "Skip to the content"
        await page.keyboard.press("Enter")
        for _ in range(3):
            await page.keyboard.press("Tab")
        assert await page.evaluate("document.activeElement.id") in {"q", "status", "kind"}
