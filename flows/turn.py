"""A `Turn` is one message being handled: what the step reads, says and queues to write."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from flows.i18n import _, base_language, format_date, isolate
from flows.kinds import ESCALATED_KINDS
from flows.messages import Document, IncomingMessage, Option, Reply
from flows.refs import format_reference
from flows.staff_notice import STAFF_TRANSCRIPT_LINES, escalation_notice
from flows.understanding import Understanding, understand
from storage import conversations, ledger, outbox, subjects, tickets
from storage.records import ConversationState, DeliveryRecord, TurnRecord
from storage.sql import Plan

if TYPE_CHECKING:
    from flows.engine import Desk
    from flows.profile import Profile


@dataclass
class Turn:
    """One message in one conversation, on its way through a step."""

    desk: Desk
    message: IncomingMessage
    conv: ConversationState
    replies: list[Reply] = field(default_factory=list)
    writes: list[Plan] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)
    _understanding: Understanding | None = None

    def __post_init__(self) -> None:
        if self.conv.language is None:
            # The first message's language is the reply language: Urdu script, Roman Urdu, English.
            self.conv.language = base_language(self.understood.language)
            self.write(subjects.language_set(self.conv.subject_id, self.language))
        if self.message.text:
            self.conv.lines.append(("in", self.message.text))

    # -- reading -------------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        """The organisation this desk serves."""
        return self.desk.profile

    @property
    def language(self) -> str:
        """The catalog language of this conversation ("en", "ur" or "ur-Latn")."""
        return base_language(self.conv.language)

    @property
    def organisation(self) -> str:
        """The organisation's name as this conversation's messages use it."""
        return self.profile.organisation(self.language)

    @property
    def now(self) -> datetime:
        """The time of this turn."""
        return self.desk.now()

    @property
    def text(self) -> str:
        """What the person wrote."""
        return self.message.text

    @property
    def understood(self) -> Understanding:
        """How the bot reads the person's words."""
        if self._understanding is None:
            self._understanding = understand(self.message.text)
        return self._understanding

    @property
    def data(self) -> dict[str, Any]:
        """The step's own scratch space, saved with the conversation."""
        return self.conv.data

    @property
    def state(self) -> str:
        """Where the conversation stands."""
        return self.conv.state

    # -- answering -----------------------------------------------------------------------

    def say(
        self,
        text: str,
        options: Sequence[Option] = (),
        *,
        request_contact: bool = False,
        documents: Sequence[Document] = (),
    ) -> None:
        """Add one reply; its options become what a number or a word can pick next."""
        self.replies.append(Reply(text, tuple(options), request_contact, tuple(documents)))
        self.conv.lines.append(("out", text))
        if options:
            self.conv.data["options"] = [[o.key, o.label] for o in options]

    def goto(self, state: str) -> None:
        """Move the conversation to another step."""
        self.conv.state = state

    def write(self, plan: Plan) -> None:
        """Queue a write (a plan of statements, storage/sql.py) for the turn's transaction."""
        self.writes.append(plan)

    def keep_secret(self, secret: str) -> None:
        """Keep a secret said in this turn (a link's token) out of the transcript and the
        stored answer."""
        self.secrets.append(secret)

    def record(self) -> TurnRecord:
        """Give everything this turn commits, for storage."""
        message = self.message
        delivery = None
        if message.external_id:
            replies = [reply.to_json() for reply in self.replies]
            delivery = DeliveryRecord(message.transport, message.sender_id, message.external_id, replies)
        return TurnRecord(self.conv, delivery, self.writes, self.secrets)

    # -- recording -----------------------------------------------------------------------

    async def open_ticket(
        self, kind: str, details: dict[str, Any], *, status: str | None = None
    ) -> str:
        """Queue a new ticket with its legal deadline and give its reference."""
        ref = self.desk.new_reference()
        status = status or ("open" if kind in ESCALATED_KINDS else "resolved")
        created = self.now
        due = tickets.due_from(created, self.profile.response_days)
        conv = self.conv
        self.write(
            tickets.creation(
                ref=ref,
                kind=kind,
                status=status,
                subject_id=conv.subject_id,
                channel=conv.channel,
                transport=conv.transport,
                address=conv.address,
                language=self.language,
                created_at=created,
                due_at=due,
                details={**details, "conversation_id": conv.id},
                actor="person",
            )
        )
        if kind in ESCALATED_KINDS or status == "escalated":
            await self._post_to_staff(ref, kind, due)
        return ref

    def due_date(self) -> str:
        """Format the deadline of a request made now, for the reader."""
        return format_date(tickets.due_from(self.now, self.profile.response_days))

    def record_choice(self, kind: str, key: str, state: str, ticket_ref: str | None = None) -> str:
        """Queue one consent or marketing record and give its receipt number."""
        receipt = self.desk.new_receipt()
        conv, profile = self.conv, self.profile
        self.write(
            ledger.entry(
                subject_id=conv.subject_id,
                kind=kind,
                key=key,
                state=state,
                receipt=receipt,
                channel=conv.channel,
                language=self.language,
                profile_key=profile.key,
                profile_version=profile.version,
                message=self.text or key,
                ticket_ref=ticket_ref,
            )
        )
        return receipt

    def send_later(self, transport: str, address: str, payload: dict[str, Any]) -> None:
        """Queue a message for the outbox, sent after the turn commits."""
        self.write(outbox.queued(transport, address, payload))

    async def _post_to_staff(self, ref: str, kind: str, due: datetime) -> None:
        if not (self.desk.staff_transport and self.desk.staff_address):
            return
        earlier = await conversations.transcript(self.conv.id, limit=STAFF_TRANSCRIPT_LINES)
        history = [(line.direction, line.text) for line in earlier] + self.conv.lines
        notice = escalation_notice(self, ref, kind, due, history)
        self.send_later(self.desk.staff_transport, self.desk.staff_address, notice)

    # -- showing -------------------------------------------------------------------------

    def ref(self, ref: str) -> str:
        """Show a ticket reference, kept left-to-right inside Urdu."""
        return isolate(format_reference(ref))

    def next_steps_done(self, ref: str) -> str:
        """Give the reference of a request the bot finished itself."""
        return _("Your reference is {ref}.").format(ref=self.ref(ref))

    def next_steps(self, ref: str) -> str:
        """Tell the person their reference and when they will hear back."""
        return _("Your reference is {ref}. We will reply by {date}.").format(
            ref=self.ref(ref), date=self.due_date()
        )
