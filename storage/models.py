"""The desk's records: people, conversations, tickets, the consent ledger, staff and the outbox.

History is never rewritten: ticket changes are `TicketEvent` rows and consent or marketing
choices are `LedgerEntry` rows; current state is derived from them.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

TICKET_KINDS = (
    "access",
    "consent_withdrawal",
    "marketing_opt_out",
    "erasure",
    "rectification",
    "complaint",
    "restriction",
    "objection",
    "guardian_request",
    "handoff",
)
TICKET_STATUSES = (
    "new",
    "awaiting_verification",
    "open",
    "in_progress",
    "waiting_on_user",
    "escalated",
    "on_hold",
    "resolved",
    "rejected",
    "canceled",
)
CLOSED_STATUSES = ("resolved", "rejected", "canceled")
STAFF_ROLES = ("agent", "supervisor")


class Subject(Model):
    """A person the desk serves: one phone number is one subject across every channel."""

    id = fields.IntField(primary_key=True)
    phone = fields.CharField(max_length=20, null=True, unique=True)
    language = fields.CharField(max_length=8, default="en")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "subject"


class Identity(Model):
    """How a subject reaches us: one sender id on one transport."""

    id = fields.IntField(primary_key=True)
    transport = fields.CharField(max_length=16)
    address = fields.CharField(max_length=64)
    subject: fields.ForeignKeyRelation[Subject] = fields.ForeignKeyField(
        "models.Subject", related_name="identities", on_delete=fields.CASCADE
    )
    verified = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "identity"
        # Rows are looked up, and deleted with their parent, by this key.
        indexes = (("subject_id",),)
        unique_together = (("transport", "address"),)


class Conversation(Model):
    """Where one conversation stands, with a version that guards against two writers."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=96, unique=True)
    transport = fields.CharField(max_length=16)
    address = fields.CharField(max_length=64)
    channel = fields.CharField(max_length=16)
    subject: fields.ForeignKeyRelation[Subject] = fields.ForeignKeyField(
        "models.Subject", related_name="conversations", on_delete=fields.CASCADE
    )
    language = fields.CharField(max_length=8, null=True)
    state = fields.CharField(max_length=64, default="menu")
    data: dict = fields.JSONField(default=dict)
    version = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "conversation"
        # Rows are looked up, and deleted with their parent, by this key.
        indexes = (("subject_id",),)


class TranscriptLine(Model):
    """One line of a conversation, kept for staff and purged by the retention rules."""

    id = fields.BigIntField(primary_key=True)
    conversation: fields.ForeignKeyRelation[Conversation] = fields.ForeignKeyField(
        "models.Conversation", related_name="lines", on_delete=fields.CASCADE
    )
    direction = fields.CharField(max_length=8)
    text = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "transcript_line"
        # Rows are looked up, and deleted with their parent, by this key.
        indexes = (("conversation_id", "id"),)


class Staff(Model):
    """A member of the privacy team, known by Telegram user id."""

    id = fields.IntField(primary_key=True)
    telegram_id = fields.BigIntField(unique=True)
    name = fields.CharField(max_length=100)
    role = fields.CharField(max_length=16, default="agent")
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "staff"


class Ticket(Model):
    """One request with its legal deadline."""

    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=12, unique=True)
    kind = fields.CharField(max_length=32, db_index=True)
    status = fields.CharField(max_length=32, db_index=True)
    channel = fields.CharField(max_length=16)
    transport = fields.CharField(max_length=16)
    address = fields.CharField(max_length=64)
    language = fields.CharField(max_length=8)
    subject: fields.ForeignKeyRelation[Subject] = fields.ForeignKeyField(
        "models.Subject", related_name="tickets", on_delete=fields.RESTRICT
    )
    assignee: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="tickets", null=True, on_delete=fields.SET_NULL
    )
    details: dict = fields.JSONField(default=dict)
    resolution = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    due_at = fields.DatetimeField(db_index=True)
    extended_at = fields.DatetimeField(null=True)
    extension_reason = fields.TextField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "ticket"
        # Rows are looked up, and deleted with their parent, by subject; the web console's
        # queue reads open tickets by status and deadline, and by assignee.
        indexes = (("subject_id",), ("status", "due_at"), ("assignee_id",))


class TicketEvent(Model):
    """An append-only audit record of one change to a ticket (who, when, what)."""

    id = fields.BigIntField(primary_key=True)
    ticket: fields.ForeignKeyRelation[Ticket] = fields.ForeignKeyField(
        "models.Ticket", related_name="events", on_delete=fields.RESTRICT
    )
    actor = fields.CharField(max_length=64)
    action = fields.CharField(max_length=32)
    data: dict = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ticket_event"
        # Rows are looked up, and deleted with their parent, by this key.
        indexes = (("ticket_id", "id"),)


class LedgerEntry(Model):
    """One consent or marketing choice: the latest entry per key is the current state."""

    id = fields.BigIntField(primary_key=True)
    subject: fields.ForeignKeyRelation[Subject] = fields.ForeignKeyField(
        "models.Subject", related_name="ledger", on_delete=fields.RESTRICT
    )
    kind = fields.CharField(max_length=16)
    key = fields.CharField(max_length=64)
    state = fields.CharField(max_length=16)
    receipt = fields.CharField(max_length=16, unique=True)
    channel = fields.CharField(max_length=16)
    language = fields.CharField(max_length=8)
    profile_key = fields.CharField(max_length=64)
    profile_version = fields.CharField(max_length=32)
    message = fields.TextField()
    ticket_ref = fields.CharField(max_length=12, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ledger_entry"
        indexes = (("subject_id", "kind", "key"),)


class OutboxMessage(Model):
    """A message to send outside a webhook's own reply, written with the change that caused it."""

    id = fields.BigIntField(primary_key=True)
    transport = fields.CharField(max_length=16, db_index=True)
    address = fields.CharField(max_length=64)
    payload: dict = fields.JSONField()
    status = fields.CharField(max_length=12, default="pending", db_index=True)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(db_index=True)
    lease_owner = fields.CharField(max_length=64, null=True)
    lease_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    # What the provider said after accepting it: its own id (Graph's wamid, Twilio's sid) and
    # the last state its status webhook reported (sent, delivered, read, failed, undelivered).
    provider_id = fields.CharField(max_length=128, null=True)
    provider_status = fields.CharField(max_length=16, null=True)
    provider_status_at = fields.DatetimeField(null=True)
    # The ticket a message is about, so that a failed delivery is told on that ticket.
    ticket_ref = fields.CharField(max_length=12, null=True)

    class Meta:
        table = "outbox_message"
        # The sender claims only the oldest pending row of each address; status webhooks find
        # a row by the provider's id; a ticket lists its later messages.
        indexes = (("transport", "address", "status"), ("provider_id",), ("ticket_ref",))


class WhatsAppWindow(Model):
    """When a person last wrote on WhatsApp: free text may reach them for 24 hours after."""

    id = fields.IntField(primary_key=True)
    transport = fields.CharField(max_length=16)
    address = fields.CharField(max_length=64)
    last_inbound_at = fields.DatetimeField()

    class Meta:
        table = "whatsapp_window"
        unique_together = (("transport", "address"),)


class Unreachable(Model):
    """An address the provider told us not to send to any more (Twilio 21610 after STOP)."""

    id = fields.IntField(primary_key=True)
    transport = fields.CharField(max_length=16)
    address = fields.CharField(max_length=64)
    reason = fields.CharField(max_length=32)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "unreachable"
        unique_together = (("transport", "address"),)


class Delivery(Model):
    """A delivery already processed, with the answer it got, so a repeat is answered the same."""

    id = fields.BigIntField(primary_key=True)
    transport = fields.CharField(max_length=16)
    external_id = fields.CharField(max_length=128)
    response: list = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "delivery"
        unique_together = (("transport", "external_id"),)


class OneTimeCode(Model):
    """A code sent by SMS to prove a phone number, kept only as a hash."""

    id = fields.IntField(primary_key=True)
    phone = fields.CharField(max_length=20, db_index=True)
    code_hash = fields.CharField(max_length=128)
    expires_at = fields.DatetimeField()
    attempts = fields.IntField(default=0)
    used = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "one_time_code"


class CodeLockout(Model):
    """A phone number locked out after too many wrong codes."""

    id = fields.IntField(primary_key=True)
    phone = fields.CharField(max_length=20, unique=True)
    locked_until = fields.DatetimeField()

    class Meta:
        table = "code_lockout"


class Export(Model):
    """A copy of a person's data behind a single-use link that expires."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    subject: fields.ForeignKeyRelation[Subject] = fields.ForeignKeyField(
        "models.Subject", related_name="exports", on_delete=fields.CASCADE
    )
    content: dict = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(db_index=True)
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "export"
        # Rows are looked up, and deleted with their parent, by this key.
        indexes = (("subject_id",),)


class ChatMove(Model):
    """A Telegram group that became a supergroup: what was meant for the old id goes to the new."""

    old_chat_id = fields.BigIntField(primary_key=True, generated=False)
    new_chat_id = fields.BigIntField()
    moved_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "chat_move"


class Lease(Model):
    """A named lease so that one process at a time runs a job (reminders, purge)."""

    name = fields.CharField(max_length=32, primary_key=True)
    owner = fields.CharField(max_length=64)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "lease"


class StaffLoginLink(Model):
    """A single-use link that logs a member of staff into the web console, kept only as a hash.

    The link's token is `selector.verifier`: the selector finds the row, the verifier's hash is
    compared in constant time, so neither a database reader nor a timing can forge a link.
    """

    id = fields.IntField(primary_key=True)
    selector = fields.CharField(max_length=24, unique=True)
    verifier_hash = fields.CharField(max_length=64)
    staff: fields.ForeignKeyRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="login_links", on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(db_index=True)
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "staff_login_link"
        # Rows are looked up, and deleted with their parent, by this key.
        indexes = (("staff_id",),)


class StaffSession(Model):
    """A web console session, shared by every `serve` process, kept only as a hash."""

    id = fields.IntField(primary_key=True)
    selector = fields.CharField(max_length=24, unique=True)
    verifier_hash = fields.CharField(max_length=64)
    csrf_token = fields.CharField(max_length=64)
    staff: fields.ForeignKeyRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="web_sessions", on_delete=fields.CASCADE
    )
    language = fields.CharField(max_length=8, default="en")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_seen_at = fields.DatetimeField()
    ended_at = fields.DatetimeField(null=True)

    class Meta:
        table = "staff_session"
        # Rows are looked up, and deleted with their parent, by this key.
        indexes = (("staff_id",),)
