"""The lookups that grow with the database use an index, not a scan of the whole table."""

from __future__ import annotations

import pytest
from tortoise import connections

from storage.models import Conversation, Identity, Ticket, TicketEvent, TranscriptLine


@pytest.mark.parametrize(
    "query",
    [
        # the transcript a staff notice and the staff's /ticket show
        lambda: TranscriptLine.filter(conversation_id=7).order_by("-id").limit(40),
        # "my requests"
        lambda: Ticket.filter(subject_id=7).order_by("-created_at", "-id"),
        # a ticket's audit log
        lambda: TicketEvent.filter(ticket_id=7).order_by("id"),
        # joining a person's history to their phone's subject
        lambda: Conversation.filter(subject_id=7),
        lambda: Identity.filter(subject_id=7),
    ],
    ids=["transcript", "my-requests", "ticket-events", "conversations", "identities"],
)
async def test_a_lookup_by_its_parent_uses_an_index(database: str, query) -> None:  # type: ignore[no-untyped-def]
    if not database.startswith("sqlite://"):
        pytest.skip("SQLite's query plan is read here; PostgreSQL has the same indexes")
    _, rows = await connections.get("default").execute_query("EXPLAIN QUERY PLAN " + query().sql(params_inline=True))
    plan = " / ".join(row["detail"] for row in rows)
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan
    assert not plan.startswith("SCAN"), plan
