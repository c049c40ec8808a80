"""`privacy-desk tickets`: the staff actions from the command line, as a trusted operator.

The actions are `flows.staff_actions`, the same the Telegram commands and the web console call;
this module reads the arguments, prints what staff need (references as people see them, times
in Pakistan time) and turns a refused action into one line.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from typing import Any

from bot import cli_text
from bot.cli_support import CommandError, print_json, profile_of, shown_ref, with_db
from bot.settings import Settings
from flows.staff_actions import MAX_EXTENSION_DAYS
from storage.models import CLOSED_STATUSES, TICKET_KINDS, TICKET_STATUSES


def add_tickets_parser(sub: Any) -> None:
    """Describe `privacy-desk tickets` and its actions."""
    tickets = sub.add_parser("tickets", help="list, show, work on and export tickets")
    tsub = tickets.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = tsub.add_parser("list", help="list open tickets, soonest deadline first")
    listing.add_argument("--status", choices=TICKET_STATUSES, metavar="STATUS",
                         help=f"only tickets with this status: {', '.join(TICKET_STATUSES)}")
    listing.add_argument("--kind", choices=TICKET_KINDS, metavar="KIND",
                         help=f"only tickets of this kind: {', '.join(TICKET_KINDS)}")
    listing.add_argument("--all", action="store_true", help="closed tickets too")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(run=_tickets_list)
    show = tsub.add_parser("show", help="show one ticket with its transcript and audit log")
    show.add_argument("ref")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=_tickets_show)
    resolve = tsub.add_parser("resolve", help="resolve a ticket; the person is told")
    resolve.add_argument("ref")
    resolve.add_argument("--note", help="the outcome, told to the person")
    resolve.add_argument("--policy", help="organisation profile (TOML)")
    resolve.set_defaults(run=_tickets_resolve)
    reply = tsub.add_parser("reply", help="send the person a message about their ticket")
    reply.add_argument("ref")
    reply.add_argument("text", nargs="+")
    reply.add_argument("--policy", help="organisation profile (TOML)")
    reply.set_defaults(run=_tickets_reply)
    note = tsub.add_parser("note", help="add an internal note to a ticket")
    note.add_argument("ref")
    note.add_argument("text", nargs="+")
    note.set_defaults(run=_tickets_note)
    reject = tsub.add_parser("reject", help="refuse a request; the person is told why")
    reject.add_argument("ref")
    reject.add_argument("--reason", required=True, help="the reason, told to the person")
    reject.add_argument("--policy", help="organisation profile (TOML)")
    reject.set_defaults(run=_tickets_reject)
    extend = tsub.add_parser("extend", help="move a deadline once; the person is told why")
    extend.add_argument("ref")
    extend.add_argument("days", type=int, help=f"1 to {MAX_EXTENSION_DAYS}")
    extend.add_argument("--reason", required=True, help="the reason, told to the person")
    extend.set_defaults(run=_tickets_extend)
    reopen = tsub.add_parser("reopen", help="open a resolved or rejected ticket again; the person is told")
    reopen.add_argument("ref")
    reopen.add_argument("--reason", help="why, kept in the audit log")
    reopen.add_argument("--policy", help="organisation profile (TOML)")
    reopen.set_defaults(run=_tickets_reopen)
    assign = tsub.add_parser("assign", help="give a ticket to a member of staff")
    assign.add_argument("ref")
    assign.add_argument("telegram_user_id", type=int)
    assign.set_defaults(run=_tickets_assign)
    export = tsub.add_parser("export", help="export every ticket")
    export.add_argument("--format", choices=("csv", "json"), required=True)
    export.set_defaults(run=_tickets_export)



# -- commands --------------------------------------------------------------------------------


def _tickets_list(args: argparse.Namespace, settings: Settings) -> int:
    from storage import reports, tickets

    async def work() -> None:
        rows = await tickets.listing(status=args.status, kind=args.kind)
        if not (args.all or args.status):
            rows = [t for t in rows if t.status not in CLOSED_STATUSES]
        data = [cli_text.with_people_refs(reports.ticket_json(t)) for t in rows]
        if args.json:
            print_json(data)
        elif data:
            print("\n".join(cli_text.ticket_table(data, datetime.now(timezone.utc))))
        else:
            print("no tickets" if args.all or args.status or args.kind else "no open tickets (--all shows closed ones)")

    return with_db(settings, work)


def _tickets_show(args: argparse.Namespace, settings: Settings) -> int:
    from bot.delivery import delivery_lines
    from flows.staff_actions import StaffActionError, find_ticket
    from storage import reports

    async def work() -> None:
        try:
            ticket = await find_ticket(args.ref)
        except StaffActionError as exc:
            raise CommandError(str(exc)) from exc
        data = cli_text.with_people_refs(await reports.ticket_with_events(ticket))
        data["transcript"] = cli_text.masked(await reports.ticket_transcript(ticket))
        if args.json:
            print_json(data)
            return
        print("\n".join(cli_text.ticket_detail(data, datetime.now(timezone.utc))))
        for line in await delivery_lines(ticket.ref):
            print(f"{'message':>10}: {line}")

    return with_db(settings, work)


def _staff_action(settings: Settings, action: Callable[[], Awaitable[Any]], done: str) -> int:
    from flows.staff_actions import StaffActionError

    async def work() -> None:
        try:
            await action()
        except StaffActionError as exc:
            raise CommandError(str(exc)) from exc
        print(done)

    return with_db(settings, work)


def _tickets_resolve(args: argparse.Namespace, settings: Settings) -> int:
    from flows import staff_actions

    profile = profile_of(args, settings)
    return _staff_action(
        settings,
        lambda: staff_actions.resolve(args.ref, args.note, None, profile),
        f"{shown_ref(args.ref)} resolved; the person will be told.",
    )


def _tickets_reopen(args: argparse.Namespace, settings: Settings) -> int:
    from flows import staff_actions

    profile = profile_of(args, settings)
    return _staff_action(
        settings,
        lambda: staff_actions.reopen(args.ref, args.reason, None, profile),
        f"{shown_ref(args.ref)} is open again; the person will be told.",
    )


def _tickets_reply(args: argparse.Namespace, settings: Settings) -> int:
    from bot.delivery import expected_route
    from bot.wiring import delivery_policy
    from flows import staff_actions
    from flows.staff_actions import StaffActionError

    profile = profile_of(args, settings)
    text = " ".join(args.text)

    async def work() -> None:
        try:
            ticket = await staff_actions.reply(args.ref, text, None, profile)
        except StaffActionError as exc:
            raise CommandError(str(exc)) from exc
        print(await expected_route(ticket, delivery_policy(settings), datetime.now(timezone.utc)))

    return with_db(settings, work)


def _tickets_note(args: argparse.Namespace, settings: Settings) -> int:
    from flows import staff_actions

    text = " ".join(args.text)
    return _staff_action(
        settings, lambda: staff_actions.note(args.ref, text, None), f"Note added to {shown_ref(args.ref)}."
    )


def _tickets_reject(args: argparse.Namespace, settings: Settings) -> int:
    from flows import staff_actions

    profile = profile_of(args, settings)
    return _staff_action(
        settings,
        lambda: staff_actions.reject(args.ref, args.reason, None, profile),
        f"{shown_ref(args.ref)} rejected; the person will be told why.",
    )


def _tickets_extend(args: argparse.Namespace, settings: Settings) -> int:
    from flows import staff_actions

    if not 0 < args.days <= MAX_EXTENSION_DAYS:
        raise CommandError(
            f"extend by 1 to {MAX_EXTENSION_DAYS} days: privacy-desk tickets extend REF DAYS --reason TEXT"
        )
    return _staff_action(
        settings,
        lambda: staff_actions.extend(args.ref, args.days, args.reason, None),
        f"{shown_ref(args.ref)} extended by {args.days} days; the person will be told.",
    )


def _tickets_assign(args: argparse.Namespace, settings: Settings) -> int:
    from flows import staff_actions
    from storage import staff

    async def assign() -> None:
        member = await staff.by_telegram_id(args.telegram_user_id)
        if member is None:
            raise CommandError(f"{args.telegram_user_id} is not on the staff list: privacy-desk staff list")
        await staff_actions.assign(args.ref, member, None)

    return _staff_action(settings, assign, f"{shown_ref(args.ref)} assigned to {args.telegram_user_id}.")


def _tickets_export(args: argparse.Namespace, settings: Settings) -> int:
    from storage import reports, tickets

    async def work() -> None:
        rows = [cli_text.with_people_refs(reports.ticket_json(t)) for t in await tickets.listing()]
        if args.format == "json":
            print_json(rows)
            return
        out = io.StringIO()
        fields = ["ref", "kind", "status", "channel", "language", "phone", "created_at", "due_at", "assignee", "resolution"]
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "assignee": (row["assignee"] or {}).get("name", "")})
        sys.stdout.write(out.getvalue())

    return with_db(settings, work)
