"""Tickets and people as plain JSON, with the field names of the spec (`ref`, `kind`, ...)."""

from __future__ import annotations

from typing import Any

from storage import conversations, ledger, tickets
from storage.models import Identity, Subject, Ticket


def ticket_json(ticket: Ticket, *, phone: str | None = None) -> dict[str, Any]:
    """Describe a ticket; its subject and assignee must be fetched already."""
    subject = ticket.subject
    assignee = ticket.assignee
    return {
        "ref": ticket.ref,
        "kind": ticket.kind,
        "status": ticket.status,
        "channel": ticket.channel,
        "language": ticket.language,
        "phone": phone if phone is not None else getattr(subject, "phone", None),
        "created_at": ticket.created_at.isoformat(),
        "due_at": ticket.due_at.isoformat(),
        "assignee": None if assignee is None else {"telegram_id": assignee.telegram_id, "name": assignee.name},
        "details": ticket.details,
        "resolution": ticket.resolution,
        "extended": ticket.extended_at is not None,
        "extension_reason": ticket.extension_reason,
        "closed_at": ticket.closed_at.isoformat() if ticket.closed_at else None,
    }


async def ticket_with_events(ticket: Ticket) -> dict[str, Any]:
    """Describe a ticket with its audit log."""
    data = ticket_json(ticket)
    data["events"] = [
        {"at": e.created_at.isoformat(), "actor": e.actor, "action": e.action, "data": e.data}
        for e in await tickets.events(ticket.id)
    ]
    return data


async def ticket_transcript(ticket: Ticket, limit: int = 40) -> list[dict[str, Any]]:
    """Give the last lines of the conversation behind a ticket, oldest first."""
    conversation_id = (ticket.details or {}).get("conversation_id")
    if not conversation_id:
        return []
    lines = await conversations.transcript(int(conversation_id), limit=limit)
    return [{"at": line.created_at.isoformat(), "direction": line.direction, "text": line.text} for line in lines]


async def subject_json(subject: Subject) -> dict[str, Any]:
    """Describe everything the desk holds about a person."""
    identities = await Identity.filter(subject_id=subject.id).order_by("id")
    entries = await ledger.history(subject.id)
    mine = await Ticket.filter(subject_id=subject.id).order_by("id").prefetch_related("subject", "assignee")
    return {
        "phone": subject.phone,
        "language": subject.language,
        "created_at": subject.created_at.isoformat(),
        "identities": [
            {"transport": i.transport, "address": i.address, "verified": i.verified} for i in identities
        ],
        "consents": _current(entries, ledger.CONSENT),
        "marketing": _current(entries, ledger.MARKETING),
        "ledger": [
            {
                "receipt": e.receipt,
                "kind": e.kind,
                "key": e.key,
                "state": e.state,
                "channel": e.channel,
                "language": e.language,
                "profile": f"{e.profile_key}@{e.profile_version}",
                "ticket": e.ticket_ref,
                "message": e.message,
                "created_at": e.created_at.isoformat(),
            }
            for e in entries
        ],
        "tickets": [ticket_json(t) for t in mine],
    }


def _current(entries: list[Any], kind: str) -> dict[str, str]:
    state: dict[str, str] = {}
    for entry in entries:
        if entry.kind == kind:
            state[entry.key] = entry.state
    return state
