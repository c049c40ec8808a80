"""The staff web console over HTTP: the real server on 127.0.0.1, aiohttp's client as the
browser, the real database. Logging in, the refusals that keep it safe, and every action
recorded as its Telegram command records it."""

from __future__ import annotations

import csv
import io
import logging
from datetime import timedelta

import pytest

from bot.staff import StaffDesk
from bot.web.charts import CHARTS
from flows.i18n import _, language
from flows.refs import format_reference
from storage import staff as staff_table
from storage.models import StaffLoginLink, StaffSession, Ticket, TicketEvent
from tests.e2e.support import eventually
from tests.e2e.support_web import (
    PERSON_PHONE,
    console_server,
    escalated_on_sms,
    now,
    someone,
    texts_to,
)

SCRIPT = "<script>alert('x')</script>"


async def test_a_login_link_works_once_and_a_second_use_is_refused(database: str) -> None:
    async with console_server(database) as desk:
        link = await desk.link(desk.agent)
        async with desk.client() as client:
            async with client.get(link) as offer:
                assert offer.status == 200 and "Log in" in await offer.text()
            async with client.post(link, data={"lang": "en"}) as first:
                assert first.status == 200 and first.url.path == "/staff/"
                assert "Sana" in await first.text()
        async with desk.client() as other:
            async with other.post(link, data={"lang": "en"}) as again:
                assert again.status == 403
                assert "has been used, has expired" in await again.text()
            status, _ = await desk.page(other, "/staff/")
            assert status == 401


async def test_an_expired_link_and_a_forged_one_log_no_one_in(database: str) -> None:
    async with console_server(database) as desk:
        stale = await desk.link(desk.agent, at=now() - timedelta(minutes=16))
        genuine = await desk.link(desk.agent)
        forged = genuine[: genuine.rindex(".") + 1] + "A" * 43
        async with desk.client() as client:
            for link in (stale, forged, f"{desk.url}/staff/login/nonsense"):
                async with client.post(link, data={}) as response:
                    assert response.status == 403
            assert await StaffSession.all().count() == 0


async def test_two_uses_of_one_link_at_the_same_moment_log_in_once(database: str) -> None:
    import asyncio

    async with console_server(database) as desk:
        link = await desk.link(desk.agent)
        async with desk.client() as one, desk.client() as two:
            async def use(client: object) -> int:
                async with client.post(link, data={}) as response:  # type: ignore[attr-defined]
                    return int(response.status)

            statuses = sorted(await asyncio.gather(use(one), use(two)))
        assert statuses == [200, 403]
        assert await StaffSession.all().count() == 1


async def test_links_and_sessions_are_kept_only_as_hashes(database: str) -> None:
    async with console_server(database) as desk:
        link = await desk.link(desk.agent)
        client = await desk.logged_in(desk.agent)
        async with client:
            cookie = next(c.value for c in client.cookie_jar if c.key == "desk_staff")
        rows = [*(await StaffLoginLink.all().values()), *(await StaffSession.all().values())]
        stored = " ".join(str(v) for row in rows for v in row.values())
        for token in (link.rsplit("/", 1)[1], cookie):
            assert token.split(".")[1] not in stored


async def test_no_page_opens_without_a_session_and_the_page_says_how_to_log_in(database: str) -> None:
    async with console_server(database) as desk:
        async with desk.client() as client:
            client.cookie_jar.update_cookies({"desk_staff": "made.up"})
            for path in ("/staff/", "/staff/reports", "/staff/reports.csv", f"/staff/subjects/{PERSON_PHONE}"):
                status, html = await desk.page(client, path)
                assert status == 401 and "/web" in html and PERSON_PHONE not in html


async def test_a_removed_members_open_session_ends_at_once(database: str) -> None:
    async with console_server(database) as desk:
        async with await desk.logged_in(desk.agent) as client:
            assert (await desk.page(client, "/staff/"))[0] == 200
            await staff_table.remove(desk.agent.telegram_id)
            assert (await desk.page(client, "/staff/"))[0] == 401


async def test_logout_ends_the_session_on_the_server(database: str) -> None:
    async with console_server(database) as desk:
        async with await desk.logged_in(desk.agent) as client:
            cookie = next(c.value for c in client.cookie_jar if c.key == "desk_staff")
            status, html = await desk.submit(client, "/staff/", "/staff/logout")
            assert status == 200 and "logged out" in html
            client.cookie_jar.update_cookies({"desk_staff": cookie})  # a copy of the old cookie
            assert (await desk.page(client, "/staff/"))[0] == 401


async def test_the_session_cookie_is_httponly_samesite_and_secure_under_https(database: str) -> None:
    async with console_server(database, public_base_url="https://desk.example.org") as desk:
        async with desk.client() as client:
            link = (await desk.link(desk.agent))
            async with client.post(link, data={}, allow_redirects=False,
                                   headers={"Origin": "https://desk.example.org"}) as response:
                assert response.status == 303
                cookie = response.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie
        assert "Path=/staff" in cookie


async def test_a_post_without_its_csrf_token_or_from_another_site_is_refused_and_changes_nothing(
    database: str,
) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk)
        page = f"/staff/tickets/{ticket.ref}"
        events = await TicketEvent.filter(ticket_id=ticket.id).count()
        async with await desk.logged_in(desk.agent) as client:
            async with client.post(f"{desk.url}{page}/resolve", data={"text": "done"}) as no_token:
                assert no_token.status == 403 and "nothing was changed" in await no_token.text()
            async with client.post(f"{desk.url}{page}/resolve", data={"csrf": "wrong", "text": "x"}) as bad:
                assert bad.status == 403
            _, html = await desk.page(client, page)
            token = html.split('name="csrf" value="')[1].split('"')[0]
            async with client.post(f"{desk.url}{page}/resolve", data={"csrf": token, "text": "x"},
                                   headers={"Origin": "https://evil.example"}) as elsewhere:
                assert elsewhere.status == 403
            async with client.post(f"{desk.url}{page}/resolve", data={"csrf": token, "text": "x"},
                                   headers={"Sec-Fetch-Site": "cross-site"}) as cross:
                assert cross.status == 403
        assert (await Ticket.get(id=ticket.id)).status == ticket.status
        assert await TicketEvent.filter(ticket_id=ticket.id).count() == events


async def test_a_refused_post_to_a_login_link_is_logged_without_its_token_and_the_link_still_works(
    database: str, caplog: pytest.LogCaptureFixture,
) -> None:
    async with console_server(database) as desk:
        link = await desk.link(desk.agent)
        token = link.rsplit("/", 1)[1]
        with caplog.at_level(logging.DEBUG):
            async with desk.client() as client:
                async with client.post(link, data={"lang": "en"},
                                       headers={"Origin": "https://evil.example"}) as elsewhere:
                    assert elsewhere.status == 403
        assert "/staff/login/[secret] refused: from another origin" in caplog.text
        assert token not in caplog.text
        async with desk.client() as client:
            async with client.post(link, data={"lang": "en"}) as genuine:
                assert genuine.status == 200 and genuine.url.path == "/staff/"


async def test_an_unknown_reference_is_a_404_page(database: str) -> None:
    async with console_server(database) as desk:
        async with await desk.logged_in(desk.agent) as client:
            for ref in ("K7MQ2XDA", "not-a-ref", "%3Cscript%3E"):
                status, html = await desk.page(client, f"/staff/tickets/{ref}")
                assert status == 404 and "Not found" in html and "<script>" not in html
            status, _ = await desk.submit(client, "/staff/", "/staff/tickets/K7MQ2XDA/note", text="x")
            assert status == 404


async def test_a_persons_script_is_shown_as_text_on_every_page(database: str) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk, f"talk to a person {SCRIPT}")
        async with await desk.logged_in(desk.agent) as client:
            await desk.submit(client, f"/staff/tickets/{ticket.ref}", f"/staff/tickets/{ticket.ref}/note",
                              text=SCRIPT)
            for path in (f"/staff/tickets/{ticket.ref}", f"/staff/subjects/{PERSON_PHONE}", "/staff/",
                         "/staff/reports", *(f"/staff/reports/{name}.svg" for name in CHARTS)):
                status, html = await desk.page(client, path)
                assert status == 200 and "<script" not in html.lower(), path
            _, page = await desk.page(client, f"/staff/tickets/{ticket.ref}")
            assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page


async def test_codes_and_download_links_in_the_transcript_are_masked(database: str) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk, "talk to a person, my code was 482913")
        async with await desk.logged_in(desk.agent) as client:
            _, html = await desk.page(client, f"/staff/tickets/{ticket.ref}")
        assert "482913" not in html and "••••••" in html


async def test_a_phone_in_the_wrong_form_gets_a_clear_answer_and_a_local_one_is_understood(
    database: str,
) -> None:
    async with console_server(database) as desk:
        await escalated_on_sms(desk.desk)
        async with await desk.logged_in(desk.agent) as client:
            status, html = await desk.page(client, "/staff/subjects/12ab")
            assert status == 400 and "12ab is not a phone number" in html
            status, html = await desk.page(client, "/staff/subjects/03001112233")
            assert status == 200 and PERSON_PHONE in html
            status, html = await desk.page(client, "/staff/subjects/+923009999999")
            assert status == 404 and "holds nothing about +923009999999" in html
            status, html = await desk.page(client, "/staff/?q=hello")
            assert status == 200 and "Search by a reference" in html and "0 tickets" in html


async def test_pages_with_personal_data_are_not_stored_not_framed_and_run_no_inline_script(
    database: str,
) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk)
        async with await desk.logged_in(desk.agent) as client:
            for path in ("/staff/", f"/staff/tickets/{ticket.ref}", f"/staff/subjects/{PERSON_PHONE}",
                         "/staff/reports", "/staff/tickets/K7MQ2XDA"):
                async with client.get(desk.url + path) as response:
                    headers, html = response.headers, await response.text()
                assert headers["Cache-Control"] == "no-store", path
                assert headers["X-Frame-Options"] == "DENY"
                policy = headers["Content-Security-Policy"]
                assert "script-src 'self'" in policy and "unsafe-inline" not in policy
                assert "frame-ancestors 'none'" in policy
                assert "<script" not in html and "http://" not in html.replace(desk.url, "")
            async with client.get(desk.url + "/staff/static/desk.css") as css:
                assert css.status == 200 and "text/css" in css.headers["Content-Type"]
            async with client.get(desk.url + "/metrics") as metrics:
                assert "queue" not in await metrics.text()  # the console is no webhook


async def test_each_action_is_the_same_audit_event_as_its_telegram_command(database: str) -> None:
    async with console_server(database) as desk:
        by_web = await escalated_on_sms(desk.desk)
        telegram = StaffDesk(desk.desk.profile, staff_chat_id=-100)
        by_chat = await escalated_on_sms(desk.desk, phone=someone(1))
        page = f"/staff/tickets/{by_web.ref}"
        async with await desk.logged_in(desk.supervisor) as client:
            for action, fields in (("claim", {}), ("note", {"text": "checked the invoices"}),
                                   ("reply", {"text": "We are on it."}),
                                   ("extend", {"days": "10", "text": "waiting for the archive"}),
                                   ("resolve", {"text": "All done."})):
                status, html = await desk.submit(client, page, f"{page}/{action}", **fields)
                assert status == 200, html
        for command in (f"/claim {by_chat.ref}", f"/note {by_chat.ref} checked the invoices",
                        f"/reply {by_chat.ref} We are on it.", f"/extend {by_chat.ref} 10 waiting for the archive",
                        f"/resolve {by_chat.ref} All done."):
            await telegram.handle(desk.supervisor.telegram_id, -100, command)

        async def log(ticket: Ticket) -> list[tuple[str, str, dict[str, object]]]:
            events = await TicketEvent.filter(ticket_id=ticket.id).order_by("id")
            return [(e.actor, e.action, {k: v for k, v in e.data.items() if k != "due_at"}) for e in events]

        assert await log(by_web) == await log(by_chat)
        assert ("staff:7002", "reply", {"text": "We are on it."}) in await log(by_web)


async def test_a_reply_reaches_the_person_on_sms_and_the_page_shows_its_delivery(database: str) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk)
        page = f"/staff/tickets/{ticket.ref}"
        async with await desk.logged_in(desk.agent) as client:
            status, html = await desk.submit(client, page, f"{page}/reply", text="We found your account.")
            assert status == 200 and "Your reply is on its way" in html
            await eventually(lambda: any("We found your account." in t for t in texts_to(desk.gateway, PERSON_PHONE)))
            await eventually(lambda: _sent_shown(desk, client, page))


async def _sent_shown(desk: object, client: object, page: str) -> bool:
    _, html = await desk.page(client, page)  # type: ignore[attr-defined]
    row = html.split("We found your account.")[1].split("</tr>")[0]
    return "Sent" in row


async def test_an_agent_is_not_offered_supervisor_actions_and_is_refused_if_they_post_them(
    database: str,
) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk)
        page = f"/staff/tickets/{ticket.ref}"
        async with await desk.logged_in(desk.agent) as client:
            _, html = await desk.page(client, page)
            assert f"{page}/extend" not in html and f"{page}/reject" not in html
            assert f"{page}/reply" in html and f"{page}/resolve" in html
            status, html = await desk.submit(client, page, f"{page}/extend", days="30", text="busy")
            assert status == 403 and "Only a supervisor" in html
            status, _ = await desk.submit(client, page, f"{page}/reject", text="no")
            assert status == 403
        after = await Ticket.get(id=ticket.id)
        assert after.due_at == ticket.due_at and after.extended_at is None and after.status == ticket.status


async def test_a_refused_action_says_why_keeps_the_words_and_changes_nothing(database: str) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk)
        page = f"/staff/tickets/{ticket.ref}"
        events = await TicketEvent.filter(ticket_id=ticket.id).count()
        async with await desk.logged_in(desk.supervisor) as client:
            status, html = await desk.submit(client, page, f"{page}/extend", days="500", text="the archive is slow")
            assert status == 409 and "Extend by 1 to 90 days" in html
            status, html = await desk.submit(client, page, f"{page}/extend", days="ten", text="slow")
            assert status == 400 and "whole number from 1 to 90" in html
            status, html = await desk.submit(client, page, f"{page}/reply", text="   ")
            assert status == 409 and "A reply needs some text" in html
            status, html = await desk.submit(client, page, f"{page}/assign", to="123")
            assert status == 400 and "Choose a member of staff" in html
            await desk.submit(client, page, f"{page}/resolve", text="done")
            status, html = await desk.submit(client, page, f"{page}/extend", days="5", text="one more week")
            assert status == 409 and "a closed ticket cannot be changed" in html
        actions = await TicketEvent.filter(ticket_id=ticket.id).order_by("id").values_list("action", flat=True)
        assert actions[events:] == ["status"]  # the resolution alone
        assert not any("one more week" in text for text in texts_to(desk.gateway, PERSON_PHONE))


async def test_a_refusal_on_the_urdu_console_is_in_urdu(database: str) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk)
        page = f"/staff/tickets/{ticket.ref}"
        async with await desk.logged_in(desk.agent, lang="ur") as client:
            status, html = await desk.submit(client, page, f"{page}/reply", text="   ")
        with language("ur"):
            expected = _("A reply needs some text: reply REF TEXT.")
        assert status == 409 and expected in html and "A reply needs some text" not in html


async def test_a_closed_ticket_can_be_followed_up_and_reopened(database: str) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk)
        page = f"/staff/tickets/{ticket.ref}"
        async with await desk.logged_in(desk.agent) as client:
            await desk.submit(client, page, f"{page}/resolve", text="done")
            _, html = await desk.page(client, page)
            assert f"{page}/resolve" not in html and f"{page}/reopen" in html
            status, html = await desk.submit(client, page, f"{page}/reply", text="One more thing.")
            assert status == 200 and "Your reply is on its way" in html
            status, html = await desk.submit(client, page, f"{page}/reopen", text="the person wrote back")
            assert status == 200 and "Open again" in html
        assert (await Ticket.get(id=ticket.id)).status == "open"
        actions = await TicketEvent.filter(ticket_id=ticket.id).order_by("id").values_list("action", flat=True)
        assert actions[-2:] == ["reply", "reopened"]


async def test_the_queue_puts_the_soonest_deadline_first_marks_overdue_filters_and_pages(
    database: str,
) -> None:
    async with console_server(database) as desk:
        tickets = [await escalated_on_sms(desk.desk, phone=someone(n)) for n in range(3)]
        await Ticket.filter(id=tickets[2].id).update(due_at=now() - timedelta(days=2) + timedelta(hours=1))
        await Ticket.filter(id=tickets[0].id).update(kind="complaint")
        async with await desk.logged_in(desk.agent) as client:
            _, html = await desk.page(client, "/staff/")
            order = [html.index(format_reference(t.ref)) for t in (tickets[2], tickets[0], tickets[1])]
            assert order == sorted(order)
            assert "overdue by 2 days" in html and 'class="overdue"' in html
            _, html = await desk.page(client, "/staff/?kind=complaint")
            assert format_reference(tickets[0].ref) in html and format_reference(tickets[1].ref) not in html
            _, html = await desk.page(client, f"/staff/?q={format_reference(tickets[1].ref).lower()}")
            assert "1 ticket" in html and format_reference(tickets[1].ref) in html
            _, html = await desk.page(client, "/staff/?assignee=none&channel=sms&language=en")
            assert "3 tickets" in html
            _, html = await desk.page(client, f"/staff/?q=0{someone(1)[3:]}")
            assert "1 ticket" in html and format_reference(tickets[1].ref) in html
        await Ticket.bulk_create([
            Ticket(ref=f"P{n:03d}AAAA", kind="access", status="open", channel="sms", transport="bridge",
                   address="+920000000000", language="en", subject_id=tickets[0].subject_id,  # type: ignore[attr-defined]
                   due_at=now() + timedelta(days=20 + n))
            for n in range(30)
        ])
        async with await desk.logged_in(desk.agent) as client:
            _, first = await desk.page(client, "/staff/")
            _, second = await desk.page(client, "/staff/?page=2")
            _, beyond = await desk.page(client, "/staff/?page=99")
        assert "Page 1 of 2" in first and "P000-AAAA" in first and "P029-AAAA" not in first
        assert "P029-AAAA" in second and "Page 2 of 2" in beyond


async def test_the_reports_csv_gives_the_figures_the_charts_draw(database: str) -> None:
    async with console_server(database) as desk:
        first, second = await escalated_on_sms(desk.desk), await escalated_on_sms(desk.desk, phone=someone(1))
        async with await desk.logged_in(desk.supervisor) as client:
            await desk.submit(client, f"/staff/tickets/{first.ref}", f"/staff/tickets/{first.ref}/resolve", text="ok")
            async with client.get(f"{desk.url}/staff/reports.csv") as response:
                assert response.headers["Content-Type"].startswith("text/csv")
                rows = list(csv.reader(io.StringIO(await response.text())))
            async with client.get(f"{desk.url}/staff/reports/requests.svg") as svg:
                assert svg.headers["Content-Type"] == "image/svg+xml"
                drawing = await svg.text()
        assert rows[0] == ["figure", "period", "series", "value"]
        week = [r for r in rows if r[0] == "requests" and r[2] == "handoff" and r[3] != "0"]
        assert week and week[-1][3] == "2"
        answered = [r for r in rows if r[0] == "answered_on_time_share" and r[3]]
        assert answered[-1][3] == "1.000"
        assert ["open_by_age_days", "now", "0-7", "1"] in rows
        assert "<svg" in drawing and "Conversation with our team" in drawing and "<script" not in drawing
        assert second.status != "resolved"


async def test_the_urdu_console_is_right_to_left_and_in_urdu(database: str) -> None:
    async with console_server(database) as desk:
        ticket = await escalated_on_sms(desk.desk)
        async with await desk.logged_in(desk.agent, lang="ur") as client:
            _, html = await desk.page(client, f"/staff/tickets/{ticket.ref}")
            assert '<html lang="ur" dir="rtl">' in html and "متعلقہ شخص کو جواب دیں" in html
            await desk.submit(client, "/staff/", "/staff/language", lang="en", back="/staff/")
            _, html = await desk.page(client, "/staff/")
            assert '<html lang="en" dir="ltr">' in html
