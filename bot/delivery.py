"""How a later message reaches its person, and what staff are told when it does not.

Later messages (staff replies, outcomes, extensions, reminders) follow each platform's rules:

- WhatsApp takes free text only within 24 hours of the person's last message. Outside the
  window (less a safety margin) the desk sends the approved template, which tells the person
  a reply about their request is waiting, and holds the words until they write back; with no
  template it sends the words by SMS when an SMS channel is on, else holds them.
- A number that refuses our SMS (it texted STOP to Twilio) is not sent to any more.

The same rules tell staff, when they reply, which of these will happen (`expected_route`),
and turn a provider's final refusal into an audit event on the ticket and one line in the
staff chat (`report_failure`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.channels.http import mask_phones
from flows.i18n import N_, _, language
from flows.refs import format_reference
from flows.staff_notice import delivery_notice
from storage import outbox, reach, tickets
from storage.models import Identity, OutboxMessage, Ticket
from storage.transactions import Connection, transaction

logger = logging.getLogger(__name__)

WINDOW = timedelta(hours=24)
# A message must reach Meta comfortably before the window shuts, not as it shuts.
WINDOW_MARGIN = timedelta(hours=1)
WHATSAPP_PREFIX = "whatsapp:"
SMS_TRANSPORTS = ("twilio", "bridge")
ACTOR = "desk"

# What happens to a message, as the sender decides and staff are told.
SEND, TEMPLATE, SMS, HOLD, UNREACHABLE, CONSOLE = "send", "template", "sms", "hold", "unreachable", "console"

# Why a message did not arrive, as staff read it.
WHY = {
    "unreachable": N_("the number refuses SMS from us (the person texted STOP to our number)"),
    "blocked": N_("the person has blocked the bot"),
    "invalid": N_("the number cannot receive messages"),
    "window": N_("WhatsApp's 24-hour window has closed; the words are held until the person writes"),
    "refused": N_("the provider refused it"),
    "undelivered": N_("the provider could not deliver it"),
    "gave_up": N_("every try failed"),
}
ROUTE_LINES = {
    SEND: N_("Reply to {ref} is on its way to the person."),
    TEMPLATE: N_("{ref}: the person last wrote on WhatsApp more than 24 hours ago, so WhatsApp takes only our approved template: it tells them a reply is waiting, and your words go out when they write back."),
    SMS: N_("{ref}: the person last wrote on WhatsApp more than 24 hours ago and no WhatsApp template is set, so your reply goes to their number by SMS."),
    HOLD: N_("{ref}: the person last wrote on WhatsApp more than 24 hours ago, and there is no template and no SMS channel: your reply is held until they write to us again."),
    UNREACHABLE: N_("{ref}: the person's number refuses SMS from us (they texted STOP to our number), so your reply cannot reach them by SMS."),
    CONSOLE: N_("{ref}: the person uses the terminal chat; they see your reply the next time they run privacy-desk chat."),
}


@dataclass(frozen=True)
class DeliveryPolicy:
    """What the desk can do for a person outside WhatsApp's window, and where staff are."""

    templates: frozenset[str] = field(default_factory=frozenset)  # transports with a template
    sms_transport: str | None = None
    staff_transport: str | None = None
    staff_address: str | None = None


def is_whatsapp(transport: str, address: str) -> bool:
    """Tell whether an outbox address is a WhatsApp person (Cloud API or Twilio's WhatsApp)."""
    return transport == "whatsapp" or (transport == "twilio" and address.startswith(WHATSAPP_PREFIX))


def sms_address(transport: str, address: str) -> str:
    """Give the phone number of a WhatsApp address, to text it instead."""
    phone = address.removeprefix(WHATSAPP_PREFIX)
    return phone if phone.startswith("+") else "+" + phone


def window_open(last_inbound: datetime | None, now: datetime) -> bool:
    """Tell whether free text may still go to a person who last wrote at `last_inbound`.

    An address never seen writing (a conversation from before the desk kept windows) is given
    the benefit of the doubt: a refusal comes back as a status and the words are then held."""
    return last_inbound is None or now - last_inbound < WINDOW - WINDOW_MARGIN


@dataclass(frozen=True)
class Reach:
    """What the database knows of reaching one address: blocked, and its WhatsApp window."""

    unreachable: bool = False
    last_inbound: datetime | None = None
    sms_unreachable: bool = False


def decide(transport: str, address: str, policy: DeliveryPolicy, now: datetime, known: Reach) -> str:
    """Decide how a later message to an address goes out now, from what is known of it."""
    if transport == "console":
        return CONSOLE
    if known.unreachable:
        return UNREACHABLE
    if not is_whatsapp(transport, address) or window_open(known.last_inbound, now):
        return SEND
    if transport in policy.templates:
        return TEMPLATE
    if policy.sms_transport and not known.sms_unreachable:
        return SMS
    return HOLD


async def reach_of(
    pairs: list[tuple[str, str]], policy: DeliveryPolicy, conn: Connection | None = None
) -> dict[tuple[str, str], Reach]:
    """Look up, in two queries whatever their number, what is known of reaching addresses."""
    sms = {pair: (policy.sms_transport, sms_address(*pair)) for pair in pairs
           if is_whatsapp(*pair) and policy.sms_transport}
    blocked = await reach.unreachable_among(
        [p for p in pairs if p[0] in SMS_TRANSPORTS and not is_whatsapp(*p)] + list(sms.values()), conn)
    windows = await reach.windows_among([p for p in pairs if is_whatsapp(*p)], conn)
    return {pair: Reach(pair in blocked, windows.get(pair), sms.get(pair) in blocked) for pair in pairs}


async def route(transport: str, address: str, policy: DeliveryPolicy, now: datetime) -> str:
    """Decide how a later message to an address goes out now."""
    known = (await reach_of([(transport, address)], policy))[(transport, address)]
    return decide(transport, address, policy, now, known)


async def expected_route(ticket: Ticket, policy: DeliveryPolicy | None, now: datetime) -> str:
    """Tell staff, as they reply, how the reply will reach the person (in English)."""
    decided = await route(ticket.transport, ticket.address, policy or DeliveryPolicy(), now)
    with language("en"):
        line = _(ROUTE_LINES[decided]).format(ref=format_reference(ticket.ref))
        if decided == UNREACHABLE:
            line += await _elsewhere(ticket)
    return line


async def _elsewhere(ticket: Ticket) -> str:
    """Name the person's other channels, for staff to reach them there instead."""
    others = sorted({
        i.transport for i in await Identity.filter(subject_id=ticket.subject_id)  # type: ignore[attr-defined]
        if (i.transport, i.address) != (ticket.transport, ticket.address)
    })
    if not others:
        return ""
    return " " + _("They can also be reached on: {channels}.").format(channels=", ".join(others))


# -- when a message does not arrive ----------------------------------------------------------


async def report_failure(row: OutboxMessage, why: str, policy: DeliveryPolicy, error: str = "") -> None:
    """Record a message's final failure on its ticket and tell the staff chat, once."""
    ticket = await tickets.get(row.ticket_ref) if row.ticket_ref else None
    to_staff = (row.transport, row.address) == (policy.staff_transport, policy.staff_address)
    logger.warning("outbox message %s via %s did not arrive: %s", row.id, row.transport, why)
    if ticket is None or to_staff:
        return  # a failed staff-chat message cannot be told in the staff chat
    with language("en"):
        reason = _(WHY[why])
        notice = delivery_notice(ticket.ref, _channel(row), reason)
        if why == "unreachable":
            notice["text"] += await _elsewhere(ticket)
    async with transaction() as conn:
        await tickets.add_event(ticket.id, ACTOR, "delivery_failed", {
            "message": row.id, "channel": _channel(row), "why": why, "error": mask_phones(error)[:300],
        }, conn)
        if policy.staff_transport and policy.staff_address:
            await outbox.enqueue(policy.staff_transport, policy.staff_address, notice, using_db=conn)


def _channel(row: OutboxMessage) -> str:
    if is_whatsapp(row.transport, row.address):
        return "whatsapp"
    return "sms" if row.transport in SMS_TRANSPORTS else row.transport


# -- status webhooks -------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusReport:
    """What a provider's status webhook says of one message it accepted."""

    transport: str
    provider_id: str
    status: str
    code: str | None = None
    error: str | None = None


async def record(report: StatusReport, policy: DeliveryPolicy, now: datetime,
                 why_for: dict[str, str]) -> bool:
    """Record one status report; False for a message we do not know (ignored).

    `why_for` maps the provider's error codes to a reason (`window`, `unreachable`, ...)."""
    error = mask_phones(" ".join(filter(None, [report.code, report.error])))
    row, first_failure = await outbox.record_status(
        report.transport, report.provider_id, report.status, error or None, now)
    if row is None:
        return False
    if first_failure:
        await _failed_later(row, why_for.get(report.code or "", "undelivered"), policy, error)
    return True


async def _failed_later(row: OutboxMessage, why: str, policy: DeliveryPolicy, error: str) -> None:
    """Act on a failure the provider reported after accepting a message."""
    if why == "window":
        # Not lost: the words wait for the person's next message.
        await outbox.hold(row.id, None, "outside WhatsApp's 24-hour window")
    elif why == "unreachable":
        await reach.mark_unreachable(row.transport, row.address, "stop")
    await report_failure(row, why, policy, error)


# -- what staff see of later messages --------------------------------------------------------

STATES = {
    "pending": N_("waiting to be sent"),
    "held": N_("held until the person writes (WhatsApp's 24-hour window)"),
    "failed": N_("failed"),
    "sent": N_("accepted by the provider"),
    "delivered": N_("delivered"),
    "read": N_("read"),
}


def state_of(row: OutboxMessage) -> str:
    """Say in English where one later message stands."""
    with language("en"):
        if row.status == "sent" and row.provider_status in outbox.FAILED_STATES:
            state = _(STATES["failed"])
        elif row.status == "sent" and row.provider_status in ("delivered", "read"):
            state = _(STATES[row.provider_status])
        else:
            state = _(STATES.get(row.status, STATES["pending"]))
        if row.last_error and (row.status in ("failed", "pending") or row.provider_status in outbox.FAILED_STATES):
            state += f" ({mask_phones(row.last_error)[:120]})"
    return state


async def delivery_lines(ref: str) -> list[str]:
    """Show each later message about a ticket with its delivery state, oldest first."""
    rows = await outbox.for_ticket(ref)
    return [f"{row.created_at:%Y-%m-%d %H:%M} · {_channel(row)} · {state_of(row)}" for row in rows]
