"""The request kinds, declared once: every list of kinds in the desk derives from `KINDS`.

A request kind is what a ticket records (`Ticket.kind`, SPEC section 8). Its declaration says
how the desk treats it: its name in "My requests", whether it always goes to staff (SPEC 9),
whether it needs a verified phone (SPEC 7), which rights of a profile it stands for, the intent
that asks for it in a person's own words, the flow entry that starts it and the main menu item
it is reached from. storage/ cannot import flows/, so `storage.models.TICKET_KINDS` is written
out there and tied to this registry by `tests/unit/test_kinds.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.i18n import N_


@dataclass(frozen=True, slots=True)
class MenuItem:
    """A line of the main menu: the flow entry it starts and its label."""

    entry: str
    label: str


@dataclass(frozen=True, slots=True)
class RequestKind:
    """One kind of request and how the desk treats it."""

    name: str
    display_name: str
    escalated: bool
    needs_identity: bool
    # The understanding intent that asks for this kind, and the flow entry it starts.
    intent: str | None = None
    entry: str | None = None
    menu: MenuItem | None = None
    # The `[rights.<name>]` of a profile this kind stands for (access carries portability).
    rights: tuple[str, ...] = ()


OTHER_RIGHTS = MenuItem("other", N_("Other rights"))
MY_REQUESTS = MenuItem("requests", N_("My requests"))

KINDS: tuple[RequestKind, ...] = (
    RequestKind(
        "access", N_("Access to my data"), escalated=False, needs_identity=True,
        intent="access", entry="access", menu=MenuItem("access", N_("See my data")),
        rights=("access", "portability"),
    ),
    RequestKind(
        "consent_withdrawal", N_("Consent withdrawal"), escalated=False, needs_identity=True,
        intent="consent_withdrawal", entry="consent", menu=MenuItem("consent", N_("Withdraw consent")),
        rights=("consent_withdrawal",),
    ),
    RequestKind(
        "marketing_opt_out", N_("Marketing opt-out"), escalated=False, needs_identity=False,
        intent="marketing_opt_out", entry="marketing", menu=MenuItem("marketing", N_("Stop marketing")),
        rights=("marketing_opt_out",),
    ),
    RequestKind(
        "erasure", N_("Deletion"), escalated=True, needs_identity=True,
        intent="erasure", entry="erasure", menu=MenuItem("erasure", N_("Delete my data")),
        rights=("erasure",),
    ),
    RequestKind(
        "rectification", N_("Correction"), escalated=True, needs_identity=True,
        intent="rectification", entry="rectification",
        menu=MenuItem("rectification", N_("Correct my data")), rights=("rectification",),
    ),
    RequestKind(
        "complaint", N_("Complaint"), escalated=True, needs_identity=False,
        intent="complaint", entry="complaint", menu=MenuItem("complaint", N_("File a complaint")),
        rights=("complaint",),
    ),
    RequestKind(
        "restriction", N_("Restriction of processing"), escalated=True, needs_identity=True,
        intent="restriction", entry="restriction", menu=OTHER_RIGHTS, rights=("restriction",),
    ),
    RequestKind(
        "objection", N_("Objection"), escalated=True, needs_identity=True,
        intent="objection", entry="objection", menu=OTHER_RIGHTS, rights=("objection",),
    ),
    RequestKind(
        "guardian_request", N_("Request for a child"), escalated=True, needs_identity=False,
        menu=OTHER_RIGHTS, rights=("guardian_request",),
    ),
    RequestKind(
        "handoff", N_("Conversation with our team"), escalated=True, needs_identity=False,
        intent="human", entry="human", menu=MenuItem("human", N_("Talk to a person")),
    ),
)

BY_NAME = {kind.name: kind for kind in KINDS}
TICKET_KINDS = tuple(BY_NAME)
ESCALATED_KINDS = frozenset(kind.name for kind in KINDS if kind.escalated)
IDENTITY_KINDS = frozenset(kind.name for kind in KINDS if kind.needs_identity)
RIGHT_KINDS = tuple(right for kind in KINDS for right in kind.rights)
KIND_NAMES = {kind.name: kind.display_name for kind in KINDS}
# What each intent read from free text starts; "status" asks for the person's own requests.
INTENT_ENTRIES = {
    **{kind.intent: kind.entry for kind in KINDS if kind.intent and kind.entry},
    "status": MY_REQUESTS.entry,
}
# The main menu: each kind's item once, in the order of the kinds, then the person's requests.
MENU_ITEMS: tuple[MenuItem, ...] = (
    *dict.fromkeys(kind.menu for kind in KINDS if kind.menu),
    MY_REQUESTS,
)
