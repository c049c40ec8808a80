"""See my data: the right of access, with portability.

After the person's identity is proven, a summary by category of what the organisation holds
(from the profile's data source) and of what the desk holds; then, on request, a full copy as
JSON and CSV: documents where the channel carries them, elsewhere a single-use link.
"""

from __future__ import annotations

from datetime import timedelta

from flows import export
from flows.field_names import field_name
from flows.flow import Flow
from flows.i18n import _, format_date, format_list, ngettext
from flows.identity import require_verified, verified_phone
from flows.messages import Document, Option
from flows.prompts import done_line, finish
from flows.steps import MENU, back_option, show_menu, understood
from flows.turn import Turn
from storage import exports, ledger, tickets
from storage.datasources import DataSourceError
from storage.models import CLOSED_STATUSES

flow = Flow("access")

SUMMARY = "access:summary"
COPY = "copy"


@flow.entry("access")
async def start(turn: Turn) -> None:
    """Check who is asking, then show the summary."""
    if await require_verified(turn, resume=SUMMARY):
        await summary(turn)


@flow.resume(SUMMARY)
async def summary(turn: Turn) -> None:
    """Show what the organisation and the desk hold about the person."""
    phone = await verified_phone(turn, resume=SUMMARY)
    if phone is None:
        return
    organisation = turn.organisation
    try:
        held = await turn.desk.lookup(turn.profile.data_source, phone)
    except DataSourceError:
        await _source_failed(turn)
        return
    parts = [_held_text(turn, organisation, held), await _desk_text(turn)]
    ref = await turn.open_ticket("access", {"categories": sorted(held)}, status="resolved")
    turn.goto(SUMMARY)
    turn.say(
        "\n\n".join([*parts, done_line(turn, ref)]),
        [Option(COPY, _("Send me a full copy")), back_option()],
    )


def _held_text(turn: Turn, organisation: str, held: dict[str, dict[str, str]]) -> str:
    if not held:
        return _("{organisation} has no records linked to your number.").format(organisation=organisation)
    lines = [_("What {organisation} holds about you:").format(organisation=organisation)]
    for key, fields in held.items():
        category = turn.profile.category(key)
        name = category.name.get(turn.language) if category else key
        count = ngettext("{n} item", "{n} items", len(fields)).format(n=len(fields))
        lines.append(f"• {name}: {count} ({format_list([field_name(f) for f in fields])})")
    return "\n".join(lines)


async def _desk_text(turn: Turn) -> str:
    subject_id = turn.conv.subject_id
    choices = await ledger.history(subject_id)
    open_requests = [t for t in await tickets.for_subject(subject_id) if t.status not in CLOSED_STATUSES]
    lines = [_("What this privacy desk holds:")]
    if choices:
        lines.append("• " + ngettext("{n} consent or marketing choice", "{n} consent or marketing choices", len(choices)).format(n=len(choices)))
    if open_requests:
        lines.append("• " + ngettext("{n} open request", "{n} open requests", len(open_requests)).format(n=len(open_requests)))
    if len(lines) == 1:
        lines.append("• " + _("Nothing on record yet."))
    return "\n".join(lines)


async def _source_failed(turn: Turn) -> None:
    """Be honest that the records could not be reached, and hand the request to staff."""
    ref = await turn.open_ticket("access", {"reason": "data source failed"}, status="escalated")
    finish(
        turn,
        _(
            "I couldn't reach {organisation}'s records just now, so I can't show your data yet. "
            "I've passed your request to our team, who will send it to you."
        ).format(organisation=turn.organisation)
        + "\n"
        + turn.next_steps(ref),
    )


@flow.step(SUMMARY)
async def after_summary(turn: Turn, choice: str | None) -> None:
    """Send the full copy when asked; start another flow picked from here."""
    if choice is not None and choice not in (COPY, MENU) and choice in turn.desk.flows.entry_names:
        understood(turn)
        turn.conv.data = {}
        await turn.desk.flows.start(turn, choice)
        return
    if choice != COPY and turn.understood.intent not in ("yes", "access"):
        show_menu(turn)
        return
    understood(turn)
    await send_copy(turn)


async def send_copy(turn: Turn) -> None:
    """Deliver the copy as documents, or as a single-use link that expires in a day."""
    phone = await verified_phone(turn, resume=SUMMARY)
    if phone is None:
        return
    try:
        held = await turn.desk.lookup(turn.profile.data_source, phone)
    except DataSourceError:
        await _source_failed(turn)
        return
    copy = export.build_copy(
        phone, turn.profile.name.en, held, await export.desk_record(turn.conv.subject_id)
    )
    if turn.message.supports_documents:
        _send_documents(turn, copy)
    elif turn.desk.public_base_url:
        _send_link(turn, copy)
    else:
        ref = await turn.open_ticket("access", {"reason": "copy requested, no link available"}, status="escalated")
        finish(turn, _("I can't send files on this channel, so our team will send your copy.") + "\n" + turn.next_steps(ref))
        return


def _send_documents(turn: Turn, copy: dict) -> None:
    documents = (
        Document("my-data.json", "application/json", export.as_json(copy)),
        Document("my-data.csv", "text/csv", export.as_csv(copy)),
    )
    turn.goto("menu")
    turn.conv.data = {}
    turn.say(_("Here is your full copy, as JSON and as CSV."), [back_option()], documents=documents)


def _send_link(turn: Turn, copy: dict) -> None:
    token = exports.new_token()
    expires = turn.now + timedelta(hours=turn.profile.retention.desk.export_hours)
    turn.write(exports.created(token, turn.conv.subject_id, copy, expires))
    turn.keep_secret(token)
    link = f"{turn.desk.public_base_url}/exports/{token}"
    turn.goto("menu")
    turn.conv.data = {}
    turn.say(
        _("Your full copy is ready, as JSON and CSV in one zip file: {link}\nThe link works once and expires on {date}.").format(
            link=link, date=format_date(expires)
        ),
        [back_option()],
    )
