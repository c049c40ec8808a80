"""How tickets and people read on the command line: as staff see them, not as they are stored.

References are shown as people see them (`HVJN-DG37`), times in Pakistan time with the zone
and without seconds, the audit log and transcript with one-time codes and links masked, and
details without the desk's internal ids.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from flows.i18n import TIMEZONE
from flows.refs import format_reference
from flows.staff_notice import LANGUAGE_NAMES, days_left, mask_secrets

LOCAL = ZoneInfo(TIMEZONE)
# Kept in the details for the desk's own use; nothing staff act on.
INTERNAL_DETAILS = frozenset({"conversation_id"})
LIST_HEADER = ("REF", "KIND", "STATUS", "DUE", "LEFT", "CHANNEL", "LANG", "ASSIGNEE")


def local_time(value: datetime | str | None) -> str:
    """Show a time in Pakistan time, to the minute, with the zone."""
    if value is None:
        return "-"
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.astimezone(LOCAL).strftime("%Y-%m-%d %H:%M %Z")


def with_people_refs(ticket: dict[str, Any]) -> dict[str, Any]:
    """Give a ticket's JSON with its reference as people see it."""
    return {**ticket, "ref": format_reference(ticket["ref"])}


def subject_for_people(subject: dict[str, Any]) -> dict[str, Any]:
    """Give a person's JSON with every ticket reference as people see it."""
    ledger = [
        {**entry, "ticket": format_reference(entry["ticket"]) if entry.get("ticket") else None}
        for entry in subject["ledger"]
    ]
    return {**subject, "ledger": ledger, "tickets": [with_people_refs(t) for t in subject["tickets"]]}


def masked(transcript: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give transcript lines with one-time codes and links masked."""
    return [{**line, "text": mask_secrets(line["text"])} for line in transcript]


def ticket_table(tickets: list[dict[str, Any]], now: datetime) -> list[str]:
    """Lay tickets out as a table with a header row."""
    rows = [LIST_HEADER] + [
        (
            t["ref"],
            t["kind"],
            t["status"],
            local_time(t["due_at"])[:10],
            days_left(datetime.fromisoformat(t["due_at"]), now) if not t["closed_at"] else "closed",
            t["channel"],
            t["language"],
            (t["assignee"] or {}).get("name", "-"),
        )
        for t in tickets
    ]
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(LIST_HEADER))]
    return ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]


def ticket_detail(ticket: dict[str, Any], now: datetime) -> list[str]:
    """Describe one ticket for staff: its facts, details, transcript and audit log."""
    assignee = ticket["assignee"]
    due = local_time(ticket["due_at"])
    if not ticket["closed_at"]:
        due += f" ({days_left(datetime.fromisoformat(ticket['due_at']), now)})"
    facts = [
        ("ticket", f"{ticket['ref']} · {ticket['kind']} · {ticket['status']}"),
        ("person", ticket["phone"] or "-"),
        ("channel", ticket["channel"]),
        ("language", f"{LANGUAGE_NAMES.get(ticket['language'], ticket['language'])} ({ticket['language']})"),
        ("created", local_time(ticket["created_at"])),
        ("due", due),
        ("assignee", f"{assignee['name']} ({assignee['telegram_id']})" if assignee else "nobody yet"),
    ]
    if ticket["extension_reason"]:
        facts.append(("extended", ticket["extension_reason"]))
    if ticket["closed_at"]:
        facts.append(("closed", local_time(ticket["closed_at"])))
        facts.append(("resolution", ticket["resolution"] or "-"))
    facts += [(key, mask_secrets(str(value))) for key, value in _details(ticket["details"])]
    lines = [f"{key:>10}  {value}" for key, value in facts]
    said = [f"{'>' if line['direction'] == 'in' else '<'} {line['text']}" for line in ticket.get("transcript", [])]
    lines += ["", "Transcript:", *(f"  {line}" for line in said or ["(none)"])]
    lines += ["", "History:", *(f"  {_event(e)}" for e in ticket["events"])]
    return lines


def _details(details: dict[str, Any] | None) -> list[tuple[str, Any]]:
    return [(k.replace("_", " "), v) for k, v in (details or {}).items() if k not in INTERNAL_DETAILS and v not in (None, "")]


def _event(event: dict[str, Any]) -> str:
    data = event["data"] or {}
    shown = [str(data[key]) for key in ("status", "name", "days", "note", "reason", "text") if data.get(key)]
    summary = mask_secrets(" · ".join(shown))
    line = f"{local_time(event['at'])}  {event['actor']:<14} {event['action']}"
    return f"{line}: {summary}" if summary else line
