"""Staff commands from Telegram: parse, check who is asking, act, answer in a few lines.

The actions themselves (who may do them, and what the person is told) are
`flows.staff_actions`, shared with the command line; this module only reads `/claim AB12CD34`,
refuses anyone who is not staff (and logs the attempt), and words the answer for the staff
chat. Staff read English, through the catalogs like every other string.
"""

from __future__ import annotations

import logging
import statistics
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from bot import delivery
from bot.delivery import DeliveryPolicy
from flows import canned, staff_actions
from flows.i18n import N_, _, format_date, language, ngettext
from flows.profile import Profile
from flows.refs import format_reference
from flows.staff_actions import StaffActionError, refusal
from flows.staff_notice import (
    CLAIM_PREFIX,
    LANGUAGE_NAMES,
    days_left,
    mask_secrets,
    transcript_lines,
)
from storage import conversations, tickets, web_auth
from storage import staff as staff_table
from storage.models import CLOSED_STATUSES, TICKET_STATUSES, Staff, Ticket, TicketEvent

logger = logging.getLogger(__name__)

QUEUE_LIMIT = 30
TRANSCRIPT_LINES = 20
NOT_STAFF = N_("Only the privacy team can use this command.")
WRONG_CHAT = N_("Staff commands work in the staff chat or in a private chat with me.")
WEB_IN_PRIVATE = N_("Send /web to me in a private chat: a login link is for you alone.")
HELP_LINES = (
    N_("Staff commands:"),
    N_("/queue [status] — open tickets, overdue first"),
    N_("/ticket REF — details, transcript and history"),
    N_("/claim REF — take a ticket"),
    N_("/assign REF STAFF_ID — give a ticket to a member of staff"),
    N_("/reply REF TEXT — answer the person on their channel"),
    N_("/note REF TEXT — internal note"),
    N_("/resolve REF [NOTE] — close as done; the person is told"),
    N_("/reject REF REASON — refuse; the person is told why (supervisors)"),
    N_("/extend REF DAYS REASON — move the deadline once (supervisors)"),
    N_("/reopen REF [REASON] — open a resolved or rejected ticket again; the person is told"),
    N_("/overdue — tickets past their deadline"),
    N_("/stats — counts, time to resolve, share on time"),
    N_("/web — a login link to the web console, in a private chat"),
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
    # Makes a login link's address from its token (see bot.web.login_url); None: no console.
    web_link: Callable[[str], str] | None = None
    delivery: DeliveryPolicy | None = None

    async def handle(self, user_id: int, chat_id: int, text: str) -> list[str]:
        """Run one staff command and give the lines to answer with."""
        with language("en"):
            return await self._handle(user_id, chat_id, text)

    async def handle_callback(self, user_id: int, chat_id: int, data: str) -> list[str]:
        """Run a staff button (`staff:claim:REF`)."""
        ref = data.removeprefix(CLAIM_PREFIX) if data.startswith(CLAIM_PREFIX) else ""
        if not ref:
            with language("en"):
                return [_("That button is no longer in use.")]
        return await self.handle(user_id, chat_id, f"/claim {ref}")

    async def is_staff(self, user_id: int) -> bool:
        """Tell whether a Telegram user is on the team."""
        return await staff_table.by_telegram_id(user_id) is not None

    async def _handle(self, user_id: int, chat_id: int, text: str) -> list[str]:
        name, *rest = text.split(maxsplit=1) or [""]
        member = await self._member(user_id, chat_id, name)
        if isinstance(member, str):
            return [member]
        command = self._commands().get(name.lower())
        if name.lower() == "/web" and chat_id != user_id:
            return [_(WEB_IN_PRIVATE)]
        if command is None:
            return [_("I don't know {command}. /help lists the staff commands.").format(command=name)]
        try:
            return await command(member, rest[0].split() if rest else [])
        except StaffActionError as exc:
            return [str(exc)]

    async def _member(self, user_id: int, chat_id: int, command: str) -> Staff | str:
        """Find the member of staff asking, or give the line that refuses them."""
        member = await staff_table.by_telegram_id(user_id)
        if member is None:
            logger.warning("staff command %s refused: user %s is not staff", command[:32], user_id)
            return _(NOT_STAFF)
        if chat_id not in (self.staff_chat_id, user_id):
            logger.info("staff command %s from %s refused in chat %s", command[:32], user_id, chat_id)
            return _(WRONG_CHAT)
        return member

    def _commands(self) -> dict[str, Command]:
        """Map each command to what runs it."""
        return {
            "/help": self._help, "/queue": self._queue, "/overdue": self._overdue,
            "/ticket": self._ticket, "/claim": self._claim, "/assign": self._assign,
            "/reply": self._reply, "/note": self._note, "/resolve": self._resolve,
            "/reject": self._reject, "/extend": self._extend, "/stats": self._stats,
            "/web": self._web,
            "/reopen": self._reopen,
        }

    # -- reading -----------------------------------------------------------------------------

    async def _help(self, member: Staff, args: list[str]) -> list[str]:
        """List the commands."""
        return ["\n".join(_(line) for line in HELP_LINES)]

    async def _queue(self, member: Staff, args: list[str]) -> list[str]:
        """List open tickets (or those of one status), soonest deadline first."""
        status = args[0].lower() if args else None
        if status is not None and status not in TICKET_STATUSES:
            return [_("Unknown status {status}. Use one of: {statuses}.").format(
                status=args[0], statuses=", ".join(TICKET_STATUSES))]
        rows = await tickets.listing(status=status)
        if status is None:
            rows = [t for t in rows if t.status not in CLOSED_STATUSES]
        if not rows:
            return [_("Nothing in the queue.")]
        lines = [self._line(t) for t in rows[:QUEUE_LIMIT]]
        more = len(rows) - QUEUE_LIMIT
        if more > 0:
            lines.append(_("… and {n} more").format(n=more))
        return ["\n".join(lines)]

    async def _overdue(self, member: Staff, args: list[str]) -> list[str]:
        """List open tickets past their deadline."""
        now = self.now()
        rows = [t for t in await tickets.listing() if t.status not in CLOSED_STATUSES and t.due_at < now]
        return ["\n".join(self._line(t) for t in rows) if rows else _("Nothing is overdue.")]

    async def _ticket(self, member: Staff, args: list[str]) -> list[str]:
        """Show one ticket with its transcript and audit log."""
        ticket = await self._find(args, "/ticket REF")
        head = [self._line(ticket), _("Channel: {channel} · Language: {language}").format(
            channel=ticket.channel, language=LANGUAGE_NAMES.get(ticket.language, ticket.language))]
        details = {k: v for k, v in (ticket.details or {}).items() if k != "conversation_id"}
        if details:
            shown = ", ".join(f"{k}={mask_secrets(str(v))}" for k, v in details.items())
            head.append(_("Details: {details}").format(details=shown))
        if ticket.extension_reason:
            head.append(_("Extended once: {reason}").format(reason=ticket.extension_reason))
        events = [_event_line(e) for e in await tickets.events(ticket.id)]
        sent = await delivery.delivery_lines(ticket.ref)
        history = [_("History:"), *events] + (["", _("Later messages:"), *sent] if sent else [])
        return ["\n".join(head), await self._transcript(ticket), "\n".join(history)]

    async def _transcript(self, ticket: Ticket) -> str:
        """Give the last lines of the conversation behind a ticket, secrets masked."""
        conversation_id = (ticket.details or {}).get("conversation_id")
        lines = await conversations.transcript(int(conversation_id), limit=TRANSCRIPT_LINES) if conversation_id else []
        said = transcript_lines((line.direction, line.text) for line in lines)
        return "\n".join([_("Transcript:"), *said]) if said else _("No transcript.")

    async def _stats(self, member: Staff, args: list[str]) -> list[str]:
        """Count tickets by kind and status, with time to resolve and the share on time."""
        rows = await tickets.listing()
        if not rows:
            return [_("No tickets yet.")]
        by_kind = ", ".join(f"{k} {n}" for k, n in Counter(t.kind for t in rows).most_common())
        by_status = ", ".join(f"{s} {n}" for s, n in Counter(t.status for t in rows).most_common())
        lines = [
            ngettext("{n} ticket", "{n} tickets", len(rows)).format(n=len(rows)),
            _("By kind: {counts}").format(counts=by_kind),
            _("By status: {counts}").format(counts=by_status),
        ]
        resolved = [t for t in rows if t.status == "resolved" and t.closed_at is not None]
        if resolved:
            median = statistics.median(_age_days(t) for t in resolved)
            on_time = sum(1 for t in resolved if t.closed_at and t.closed_at <= t.due_at)
            lines.append(_("Median days to resolve: {days:.1f}").format(days=median))
            lines.append(_("Resolved on time: {on_time} of {total} ({share:.0%})").format(
                on_time=on_time, total=len(resolved), share=on_time / len(resolved)))
        return ["\n".join(lines)]

    # -- acting ------------------------------------------------------------------------------

    async def _claim(self, member: Staff, args: list[str]) -> list[str]:
        """Take a ticket."""
        ticket = await staff_actions.claim(self._ref(args, "/claim REF"), member)
        return [_("{ref} is yours, {name}.").format(ref=format_reference(ticket.ref), name=member.name)]

    async def _assign(self, member: Staff, args: list[str]) -> list[str]:
        """Give a ticket to a member of staff."""
        if len(args) != 2 or not args[1].lstrip("-").isdigit():
            return [_("Use: /assign REF STAFF_ID (a Telegram user id; see privacy-desk staff list).")]
        to = await staff_table.by_telegram_id(int(args[1]))
        if to is None:
            return [_("{id} is not on the staff list.").format(id=args[1])]
        ticket = await staff_actions.assign(args[0], to, member)
        return [_("{ref} is now with {name}.").format(ref=format_reference(ticket.ref), name=to.name)]

    async def _reply(self, member: Staff, args: list[str]) -> list[str]:
        """Relay an answer to the person: the words given, or a canned answer (`#name`)."""
        ref = self._ref(args, "/reply REF TEXT")
        text = " ".join(args[1:])
        if len(args) == 2 and args[1].startswith(canned.PREFIX):
            text = await self._canned(ref, args[1])
        ticket = await staff_actions.reply(ref, text, member, self.profile)
        return [await delivery.expected_route(ticket, self.delivery, self.now())]

    async def _note(self, member: Staff, args: list[str]) -> list[str]:
        """Add an internal note."""
        ticket = await staff_actions.note(self._ref(args, "/note REF TEXT"), " ".join(args[1:]), member)
        return [_("Note added to {ref}.").format(ref=format_reference(ticket.ref))]

    async def _resolve(self, member: Staff, args: list[str]) -> list[str]:
        """Close a ticket as done."""
        ref = self._ref(args, "/resolve REF [NOTE]")
        ticket = await staff_actions.resolve(ref, " ".join(args[1:]), member, self.profile)
        return [_("{ref} resolved; the person will be told.").format(ref=format_reference(ticket.ref))]

    async def _reject(self, member: Staff, args: list[str]) -> list[str]:
        """Refuse a request, with the reason the person is told."""
        ref = self._ref(args, "/reject REF REASON")
        ticket = await staff_actions.reject(ref, " ".join(args[1:]), member, self.profile)
        return [_("{ref} rejected; the person will be told why.").format(ref=format_reference(ticket.ref))]

    async def _extend(self, member: Staff, args: list[str]) -> list[str]:
        """Move a deadline once, with the reason the person is told."""
        if len(args) < 3 or not args[1].isdigit():
            return [_("Use: /extend REF DAYS REASON")]
        ticket = await staff_actions.extend(args[0], int(args[1]), " ".join(args[2:]), member)
        return [_("{ref} now due {date}; the person will be told.").format(
            ref=format_reference(ticket.ref), date=format_date(ticket.due_at))]

    async def _canned(self, ref: str, name: str) -> str:
        """Give a canned answer in the language of the ticket's person."""
        answer = canned.find(self.profile.canned, name)
        if answer is None:
            raise refusal(N_("No canned answer {name}. This desk has: {names}."),
                          name=name, names=canned.names(self.profile.canned) or "-")
        return answer.text((await staff_actions.find_ticket(ref)).language)

    async def _web(self, member: Staff, args: list[str]) -> list[str]:
        """Send a single-use login link to the web console, only in a private chat."""
        if self.web_link is None:
            return [_("The web console is not served by this desk.")]
        return [_("Your login link to the web console (it works once, for {minutes} minutes):").format(
            minutes=web_auth.LINK_MINUTES) + "\n" + self.web_link(await web_auth.create_link(member.id, self.now()))]

    async def _reopen(self, member: Staff, args: list[str]) -> list[str]:
        """Open a closed ticket again, so that it can be followed up."""
        ref = self._ref(args, "/reopen REF [REASON]")
        ticket = await staff_actions.reopen(ref, " ".join(args[1:]), member, self.profile)
        return [_("{ref} is open again; the person will be told.").format(ref=format_reference(ticket.ref))]

    # -- helpers -----------------------------------------------------------------------------

    async def _find(self, args: list[str], usage: str) -> Ticket:
        """Find the ticket named first in the arguments."""
        return await staff_actions.find_ticket(self._ref(args, usage))

    def _ref(self, args: list[str], usage: str) -> str:
        """Give the reference named first, or say how the command is used."""
        if not args:
            raise refusal(N_("Use: {usage}"), usage=usage)
        return args[0]

    def _line(self, ticket: Ticket) -> str:
        """Describe a ticket in one line: reference, kind, status, deadline, assignee."""
        assignee = ticket.assignee
        who = f" · {assignee.name}" if assignee is not None else ""
        return (f"{format_reference(ticket.ref)} {ticket.kind} {ticket.status} · "
                f"{days_left(ticket.due_at, self.now())} ({format_date(ticket.due_at)}){who}")


def _event_line(event: TicketEvent) -> str:
    """Describe one audit event: when, who, what."""
    return f"{event.created_at:%Y-%m-%d %H:%M} {event.actor} {event.action}{_event_data(event.data)}"


def _event_data(data: dict[str, Any]) -> str:
    """Summarise what an audit event recorded, in a few words."""
    shown = [str(data[key]) for key in ("status", "name", "days", "note", "reason", "text") if data.get(key)]
    summary = mask_secrets(" · ".join(shown))
    return f": {summary[:120]}" if summary else ""


def _age_days(ticket: Ticket) -> float:
    """Tell how many days a closed ticket took."""
    assert ticket.closed_at is not None
    return (ticket.closed_at - ticket.created_at).total_seconds() / 86400
