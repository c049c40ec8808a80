"""The console's pages: the queue, a ticket, a person, the reports (and their CSV and charts)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

from aiohttp import web

from bot.web import charts, labels
from bot.web.app import DESK, PREFIX, SESSION, Refused, render, utcnow
from flows import canned, reports
from flows.i18n import N_, _, current_language
from flows.identity import parse_phone
from flows.refs import normalize_reference
from flows.staff_actions import is_supervisor
from flows.staff_notice import days_left, transcript_lines
from storage import console, conversations, tickets
from storage import staff as staff_table
from storage.models import CLOSED_STATUSES, TICKET_KINDS, TICKET_STATUSES, Subject, Ticket
from storage.reports import subject_json

TRANSCRIPT_LINES = 200
SEARCH_HINT = N_("Search by a reference (such as K7MQ-2XDA) or a phone number (such as +923001234567).")
BAD_PHONE = N_("{phone} is not a phone number. Write it in full, such as +923001234567.")
NO_SUBJECT = N_("The desk holds nothing about {phone}.")
FILTERS = ("status", "kind", "language", "channel", "assignee", "q")
DONE_TEXTS = {
    "claim": N_("The ticket is yours."),
    "assign": N_("The ticket has a new assignee."),
    "reply": N_("Your reply is on its way to the person."),
    "note": N_("Note added."),
    "resolve": N_("Resolved; the person will be told."),
    "reject": N_("Rejected; the person will be told why."),
    "extend": N_("Deadline extended; the person will be told."),
    "reopen": N_("Open again; the person will be told."),
}


def add_routes(app: web.Application) -> None:
    """Add the pages."""
    app.router.add_get("/", queue)
    app.router.add_get("/tickets/{ref}", ticket_page)
    app.router.add_get("/subjects/{phone}", subject_page)
    app.router.add_get("/reports", reports_page)
    app.router.add_get("/reports.csv", reports_csv)
    app.router.add_get("/reports/{chart}.svg", chart)


# -- the queue --------------------------------------------------------------------------------


async def queue(request: web.Request) -> web.Response:
    """List open tickets, soonest deadline first, filtered and a page at a time."""
    query = request.query
    where, problem = _filter(query)
    page = await console.queue_page(where, _page_number(query.get("page", "1")))
    now = utcnow()
    rows = [{"ticket": t, "overdue": t.due_at < now and t.status not in CLOSED_STATUSES,
             "left": days_left(t.due_at, now)} for t in page.tickets]
    chosen = {name: query.get(name, "") for name in FILTERS}
    return render(request, "queue.html", {
        "rows": rows, "page": page, "chosen": chosen, "problem": _(problem) if problem else "",
        "statuses": TICKET_STATUSES, "kinds": TICKET_KINDS, "languages": list(labels.LANGUAGE_NAMES),
        "channels": list(labels.CHANNEL_NAMES), "staff": await staff_table.active(),
        "page_link": lambda n: _page_link(query, n),
    })


def _filter(query: Any) -> tuple[console.QueueFilter, str | None]:
    """Read the queue's filters; give what could not be read as a sentence to show."""
    values: dict[str, Any] = {}
    for name, allowed in (("status", TICKET_STATUSES), ("kind", TICKET_KINDS),
                          ("language", tuple(labels.LANGUAGE_NAMES)), ("channel", tuple(labels.CHANNEL_NAMES))):
        value = query.get(name, "")
        values[name] = value if value in allowed else None
    assignee = query.get("assignee", "")
    values["unassigned"] = assignee == "none"
    values["assignee_id"] = int(assignee) if assignee.isdigit() else None
    search = query.get("q", "").strip()
    problem = None
    if search:
        ref, phone = normalize_reference(search), parse_phone(search)
        if ref:
            values["ref"] = ref
        elif phone:
            values["phone"] = phone
        else:
            problem, values["ref"] = SEARCH_HINT, "-"
    return console.QueueFilter(**values), problem


def _page_number(text: str) -> int:
    return int(text) if text.isdigit() and 0 < len(text) < 7 else 1


def _page_link(query: Any, number: int) -> str:
    from urllib.parse import urlencode

    kept = {k: v for k, v in query.items() if k in FILTERS and v}
    return f"{PREFIX}/?{urlencode({**kept, 'page': number})}"


# -- one ticket -------------------------------------------------------------------------------


async def ticket_page(request: web.Request, problem: str | None = None, status: int = 200,
                      draft: str = "") -> web.Response:
    """Show a ticket: details, transcript, audit log, later messages, and what one may do."""
    ticket = await find(request.match_info["ref"])
    member = request[SESSION].staff
    profile = request.config_dict[DESK].profile
    answers = profile.canned
    chosen = canned.find(answers, request.query.get("canned", "")) if "canned" in request.query else None
    holder = ticket.assignee
    now = utcnow()
    return render(request, "ticket.html", {
        "t": ticket, "phone": getattr(ticket.subject, "phone", None),
        "overdue": ticket.due_at < now and ticket.status not in CLOSED_STATUSES,
        "left": days_left(ticket.due_at, now), "closed": ticket.status in CLOSED_STATUSES,
        "reopenable": ticket.status in tickets.REOPENABLE,
        "details": {k: v for k, v in (ticket.details or {}).items() if k != "conversation_id"},
        "transcript": await _transcript(ticket),
        "events": [{"e": e, "name": labels.event_name(e.action), "summary": labels.event_summary(e.data)}
                   for e in await tickets.events(ticket.id)],
        "messages": [{"m": m, "state": labels.message_state(m.status)}
                     for m in await console.later_messages(ticket)],
        "canned": [(a.name, a.text(ticket.language)) for a in answers],
        "draft": draft or (chosen.text(ticket.language) if chosen else ""),
        "staff": await staff_table.active(),
        "supervisor": is_supervisor(member),
        "may_assign": is_supervisor(member) or holder is None or holder.id == member.id,
        "may_claim": holder is None,
        "done": _(DONE_TEXTS[request.query["done"]]) if request.query.get("done") in DONE_TEXTS else "",
        "problem": problem or "",
    }, status=status)


async def find(ref: str) -> Ticket:
    """Find a ticket by the reference in the address, or answer 404."""
    clean = normalize_reference(ref)
    ticket = await tickets.get(clean) if clean else None
    if ticket is None:
        raise web.HTTPNotFound()
    return ticket


async def _transcript(ticket: Ticket) -> list[dict[str, str]]:
    conversation_id = (ticket.details or {}).get("conversation_id")
    if not conversation_id:
        return []
    lines = await conversations.transcript(int(conversation_id), limit=TRANSCRIPT_LINES)
    shown = transcript_lines((line.direction, line.text) for line in lines)
    return [{"who": "person" if line.direction == "in" else "desk", "text": text[2:],
             "at": labels.when(line.created_at)} for line, text in zip(lines, shown, strict=True)]


# -- a person ---------------------------------------------------------------------------------


async def subject_page(request: web.Request) -> web.Response:
    """Show what the desk holds about a person: identities, ledger with receipts, tickets."""
    typed = request.match_info["phone"]
    phone = parse_phone(typed)
    if phone is None:
        raise _problem(400, _(BAD_PHONE).format(phone=typed))
    if phone != typed:
        raise web.HTTPFound(f"{PREFIX}/subjects/{phone}")
    subject = await Subject.get_or_none(phone=phone)
    if subject is None:
        raise _problem(404, _(NO_SUBJECT).format(phone=phone))
    return render(request, "subject.html", {"s": await subject_json(subject)})


def _problem(status: int, message: str) -> Refused:
    return Refused(message, current_language(), status=status)


# -- reports ----------------------------------------------------------------------------------


async def _report() -> reports.Report:
    now = utcnow()
    since = now - timedelta(weeks=reports.WEEKS + 1)
    return reports.build(await console.report_rows(since), now, TICKET_KINDS)


async def reports_page(request: web.Request) -> web.Response:
    """Show the charts, each with its figures as a table beneath."""
    report = await _report()
    return render(request, "reports.html", {"r": report, "kinds": TICKET_KINDS,
                                            "used_kinds": _used_kinds(report)})


def _used_kinds(report: reports.Report) -> list[str]:
    return [k for k in report.kinds if any(report.requests[w][k] for w in report.weeks)]


async def reports_csv(request: web.Request) -> web.Response:
    """Give every figure of the reports as CSV, for a regulator."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("figure", "period", "series", "value"))
    writer.writerows((await _report()).csv_rows())
    return web.Response(text=out.getvalue(), content_type="text/csv", charset="utf-8",
                        headers={"Content-Disposition": 'attachment; filename="privacy-desk-report.csv"'})


async def chart(request: web.Request) -> web.Response:
    """Draw one chart as SVG."""
    draw = charts.CHARTS.get(request.match_info["chart"])
    if draw is None:
        raise web.HTTPNotFound()
    report = await _report()
    return web.Response(body=draw(report, _used_kinds(report)), content_type="image/svg+xml",
                        headers={"Content-Security-Policy": charts.SVG_CSP})
