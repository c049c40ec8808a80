"""Staff commands from Telegram: parse, check who is asking, act, answer in a few lines.

The actions themselves (and what the person is told) are `flows.staff_actions`, shared with
the command line; this module only reads `/claim AB12CD34`, refuses anyone who is not staff
(and logs the attempt), and words the answer for the staff chat, in English.
"""

from __future__ import annotations

import logging
import statistics
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from flows import staff_actions
from flows.i18n import format_date, language
from flows.profile import Profile
from flows.refs import format_reference
from flows.staff_actions import StaffActionError
from storage import conversations, staff as staff_table, tickets
from storage.models import CLOSED_STATUSES, TICKET_STATUSES, Staff, Ticket

logger = logging.getLogger(__name__)

QUEUE_LIMIT = 30
TRANSCRIPT_LINES = 20
NOT_STAFF = "Only the privacy team can use this command."
WRONG_CHAT = "Staff commands work in the staff chat or in a private chat with me."
HELP = "\n".join(
    [
        "Staff commands:",
        "/queue [status] — open tickets, overdue first",
        "/ticket REF — details, transcript and history",
        "/claim REF — take a ticket",
        "/assign REF STAFF_ID — give a ticket to a member of staff",
        "/reply REF TEXT — answer the person on their channel",
        "/note REF TEXT — internal note",
        "/resolve REF [NOTE] — close as done; the person is told",
        "/reject REF REASON — refuse; the person is told why (supervisors)",
        "/extend REF DAYS REASON — move the deadline once (supervisors)",
        "/overdue — tickets past their deadline",
        "/stats — counts, time to resolve, share on time",
    ]
)

Command = Callable[[Staff, list[str]], Awaitable[list[str]]]


def utcnow() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


@dataclass
class StaffDesk:
    """The staff side of the Telegram channel (see `bot.channels.telegram.StaffCommands`)."""

    profile: Profile
    staff_chat_id: int | None = None
    now: Callable[[], datetime] = utcnow

    async def handle(self, user_id: int, chat_id: int, text: str) -> list[str]:
        """Run one staff command and give the lines to answer with."""
        name, *args = text.split(maxsplit=1)
        member = await self._member(user_id, chat_id, name)
        if isinstance(member, str):
            return [member]
        command = self._commands().get(name.lower())
        if command is None:
            return [f"I don't know {name}. /help lists the staff commands."]
        try:
            return await command(member, args[0].split() if args else [])
        except StaffActionError as exc:
            return [str(exc)]

    async def handle_callback(self, user_id: int, chat_id: int, data: str) -> list[str]:
        """Run a staff button (`staff:claim:REF`)."""
        _prefix, action, *rest = data.split(":") + [""]
        if action != "claim" or not rest[0]:
            return ["That button is no longer in use."]
        return await self.handle(user_id, chat_id, f"/claim {rest[0]}")

    async def _member(self, user_id: int, chat_id: int, command: str) -> Staff | str:
        """Find the member of staff asking, or give the line that refuses them."""
        if chat_id not in (self.staff_chat_id, user_id):
            return WRONG_CHAT
        member = await staff_table.by_telegram_id(user_id)
        if member is None:
            logger.warning("staff command %s refused: user %s is not staff", command, user_id)
            return NOT_STAFF
        return member

    def _commands(self) -> dict[str, Command]:
        """Map each command to what runs it."""
        return {
            "/help": self._help, "/queue": self._queue, "/overdue": self._overdue,
            "/ticket": self._ticket, "/claim": self._claim, "/assign": self._assign,
            "/reply": self._reply, "/note": self._note, "/resolve": self._resolve,
            "/reject": self._reject, "/extend": self._extend, "/stats": self._stats,
        }

    # -- reading -----------------------------------------------------------------------------

    async def _help(self, member: Staff, args: list[str]) -> list[str]:
        """List the commands."""
        return [HELP]

    async def _queue(self, member: Staff, args: list[str]) -> list[str]:
        """List open tickets (or those of one status), soonest deadline first."""
        status = args[0].lower() if args else None
        if status is not None and status not in TICKET_STATUSES:
            return [f"Unknown status {args[0]}. Use one of: {', '.join(TICKET_STATUSES)}."]
        rows = await tickets.listing(status=status)
        if status is None:
            rows = [t for t in rows if t.status not in CLOSED_STATUSES]
        if not rows:
            return ["Nothing in the queue."]
        lines = [self._line(t) for t in rows[:QUEUE_LIMIT]]
        more = len(rows) - QUEUE_LIMIT
        return ["\n".join(lines + ([f"… and {more} more"] if more > 0 else []))]

    async def _overdue(self, member: Staff, args: list[str]) -> list[str]:
        """List open tickets past their deadline."""
        now = self.now()
        rows = [
            t for t in await tickets.listing() if t.status not in CLOSED_STATUSES and t.due_at < now
        ]
        return ["\n".join(self._line(t) for t in rows) if rows else "Nothing is overdue."]

    async def _ticket(self, member: Staff, args: list[str]) -> list[str]:
        """Show one ticket with its transcript and audit log."""
        ticket = await self._find(args, "/ticket REF")
        await ticket.fetch_related("subject", "assignee")
        head = [self._line(ticket), f"Channel: {ticket.channel} · Language: {ticket.language}"]
        if ticket.details:
            head.append("Details: " + ", ".join(f"{k}={v}" for k, v in ticket.details.items()
                                                 if k != "conversation_id"))
        events = [f"{e.created_at:%Y-%m-%d %H:%M} {e.actor} {e.action}"
                  for e in await tickets.events(ticket.id)]
        return ["\n".join(head), await self._transcript(ticket), "\n".join(["History:", *events])]

    async def _transcript(self, ticket: Ticket) -> str:
        """Give the last lines of the conversation behind a ticket."""
        conversation_id = (ticket.details or {}).get("conversation_id")
        if not conversation_id:
            return "No transcript."
        lines = await conversations.transcript(int(conversation_id), limit=TRANSCRIPT_LINES)
        said = [f"{'>' if line.direction == 'in' else '<'} {line.text}" for line in lines]
        return "\n".join(["Transcript:", *said]) if said else "No transcript."

    async def _stats(self, member: Staff, args: list[str]) -> list[str]:
        """Count tickets by kind and status, with time to resolve and the share on time."""
        rows = await tickets.listing()
        if not rows:
            return ["No tickets yet."]
        by_kind = Counter(t.kind for t in rows)
        by_status = Counter(t.status for t in rows)
        closed = [t for t in rows if t.status == "resolved" and t.closed_at is not None]
        days = [_age_days(t) for t in closed]
        on_time = sum(1 for t in closed if t.closed_at <= t.due_at)  # type: ignore[operator]
        lines = [
            f"{len(rows)} tickets",
            "By kind: " + ", ".join(f"{k} {n}" for k, n in by_kind.most_common()),
            "By status: " + ", ".join(f"{s} {n}" for s, n in by_status.most_common()),
        ]
        if closed:
            lines.append(f"Median days to resolve: {statistics.median(days):.1f}")
            share = f"{on_time / len(closed):.0%}"
            lines.append(f"Resolved on time: {on_time} of {len(closed)} ({share})")
        return ["\n".join(lines)]

    # -- acting ------------------------------------------------------------------------------

    async def _claim(self, member: Staff, args: list[str]) -> list[str]:
        """Take a ticket."""
        ticket = await staff_actions.claim(self._ref(args, "/claim REF"), member)
        return [f"{format_reference(ticket.ref)} is yours, {member.name}."]

    async def _assign(self, member: Staff, args: list[str]) -> list[str]:
        """Give a ticket to a member of staff."""
        if len(args) < 2 or not args[1].lstrip("-").isdigit():
            return ["Use: /assign REF STAFF_ID (a Telegram user id; see privacy-desk staff list)."]
        to = await staff_table.by_telegram_id(int(args[1]))
        if to is None:
            return [f"{args[1]} is not on the staff list."]
        ticket = await staff_actions.assign(args[0], to, member)
        return [f"{format_reference(ticket.ref)} is now with {to.name}."]

    async def _reply(self, member: Staff, args: list[str]) -> list[str]:
        """Relay an answer to the person."""
        ref = self._ref(args, "/reply REF TEXT")
        ticket = await staff_actions.reply(ref, " ".join(args[1:]), _actor(member), self.profile)
        return [f"Reply to {format_reference(ticket.ref)} is on its way to the person."]

    async def _note(self, member: Staff, args: list[str]) -> list[str]:
        """Add an internal note."""
        ticket = await staff_actions.note(self._ref(args, "/note REF TEXT"), " ".join(args[1:]),
                                          _actor(member))
        return [f"Note added to {format_reference(ticket.ref)}."]

    async def _resolve(self, member: Staff, args: list[str]) -> list[str]:
        """Close a ticket as done."""
        note = " ".join(args[1:]) or None
        ticket = await staff_actions.resolve(self._ref(args, "/resolve REF [NOTE]"), note,
                                             _actor(member), self.profile)
        return [f"{format_reference(ticket.ref)} resolved; the person will be told."]

    async def _reject(self, member: Staff, args: list[str]) -> list[str]:
        """Refuse a request, with the reason the person is told."""
        if member.role != "supervisor":
            return ["Only a supervisor may reject a request."]
        ref, reason = self._ref(args, "/reject REF REASON"), " ".join(args[1:])
        ticket = await staff_actions.reject(ref, reason, _actor(member), self.profile)
        return [f"{format_reference(ticket.ref)} rejected; the person will be told why."]

    async def _extend(self, member: Staff, args: list[str]) -> list[str]:
        """Move a deadline once, with the reason the person is told."""
        if member.role != "supervisor":
            return ["Only a supervisor may extend a deadline."]
        if len(args) < 3 or not args[1].isdigit():
            return ["Use: /extend REF DAYS REASON"]
        reason = " ".join(args[2:])
        ticket = await staff_actions.extend(args[0], int(args[1]), reason, _actor(member))
        due = _date(ticket.due_at)
        return [f"{format_reference(ticket.ref)} now due {due}; the person will be told."]

    # -- helpers -----------------------------------------------------------------------------

    async def _find(self, args: list[str], usage: str) -> Ticket:
        """Find the ticket named first in the arguments."""
        return await staff_actions.find_ticket(self._ref(args, usage))

    def _ref(self, args: list[str], usage: str) -> str:
        """Give the reference named first, or say how the command is used."""
        if not args:
            raise StaffActionError(f"Use: {usage}")
        return args[0]

    def _line(self, ticket: Ticket) -> str:
        """Describe a ticket in one line: reference, kind, status, deadline, assignee."""
        days = (ticket.due_at - self.now()).days
        when = f"overdue by {_days(-days)}" if days < 0 else f"due in {_days(days)}"
        assignee = ticket.assignee  # type: ignore[attr-defined]
        who = f" · {assignee.name}" if assignee is not None else ""
        return (f"{format_reference(ticket.ref)} {ticket.kind} {ticket.status} · "
                f"{when} ({_date(ticket.due_at)}){who}")


def _age_days(ticket: Ticket) -> float:
    """Tell how many days a closed ticket took."""
    assert ticket.closed_at is not None
    return (ticket.closed_at - ticket.created_at).total_seconds() / 86400


def _days(n: int) -> str:
    """Say a number of days."""
    return f"{n} day" if n == 1 else f"{n} days"


def _actor(member: Staff) -> str:
    """Name a member of staff in the audit log."""
    return f"staff:{member.telegram_id}"


def _date(moment: datetime) -> str:
    """Format a date for the staff chat."""
    with language("en"):
        return format_date(moment)
