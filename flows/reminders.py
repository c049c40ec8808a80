"""The daily reminder to the staff chat: requests due within three days, and overdue ones."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from flows.i18n import _, language, ngettext
from flows.refs import format_reference
from storage import tickets
from storage.models import Ticket

SOON = timedelta(days=3)


async def due_tickets(now: datetime) -> tuple[list[Ticket], list[Ticket]]:
    """Give the open tickets that are overdue, and those due within three days."""
    open_tickets = await tickets.due_before(now + SOON)
    overdue = [t for t in open_tickets if t.due_at < now]
    soon = [t for t in open_tickets if t.due_at >= now]
    return overdue, soon


def _line(ticket: Ticket, now: datetime) -> str:
    days = (ticket.due_at - now).days
    who = ticket.assignee.name if ticket.assignee else _("unassigned")
    when = (
        ngettext("{n} day overdue", "{n} days overdue", -days).format(n=-days)
        if days < 0
        else ngettext("due in {n} day", "due in {n} days", days).format(n=days)
    )
    return f"• {format_reference(ticket.ref)} {ticket.kind} · {when} · {who}"


async def reminder(now: datetime) -> dict[str, Any] | None:
    """Word the day's reminder for the staff chat, or None when nothing is due."""
    overdue, soon = await due_tickets(now)
    if not overdue and not soon:
        return None
    with language("en"):
        lines = [_("Daily reminder")]
        if overdue:
            lines += ["", _("Overdue:"), *(_line(t, now) for t in overdue)]
        if soon:
            lines += ["", _("Due within three days:"), *(_line(t, now) for t in soon)]
    return {"text": "\n".join(lines)}
