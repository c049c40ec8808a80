"""The `privacy-desk` command: serve, chat, tickets, subject, staff, understand, db, purge.

Every command reads settings from the environment (and `.env`); a bad setting, an unreadable
profile, an unknown reference or a malformed phone number ends it with one clear line and a
non-zero exit, with nothing half-written.
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import json
import logging
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from bot import cli_text
from bot.cli_support import (
    CommandError,
    phone_of,
    print_json,
    profile_of,
    telegram_user_id,
    with_db,
)
from bot.cli_tickets import add_tickets_parser
from bot.settings import Settings, SettingsError
from bot.startup import safe_url
from flows.i18n import LANGUAGES
from flows.profile import ProfileError
from storage import db

logger = logging.getLogger("privacy_desk")

EXIT_USAGE, EXIT_FAILED = 2, 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and give its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.command == "serve" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = Settings.from_env()
        return int(args.run(args, settings) or 0)
    except (SettingsError, ProfileError, CommandError, db.DatabaseUrlError) as exc:
        print(f"privacy-desk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as command-line tools do.
        sys.stderr.close()
        return 0


def build_parser() -> argparse.ArgumentParser:
    """Describe every command and its options."""
    parser = argparse.ArgumentParser(prog="privacy-desk", description="A help desk for privacy rights.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _serve_parser(sub)
    _chat_parser(sub)
    add_tickets_parser(sub)
    _subject_parser(sub)
    _staff_parser(sub)
    _understand_parser(sub)
    _db_parser(sub)
    purge = sub.add_parser("purge", help="apply the profile's retention rules")
    purge.add_argument("--dry-run", action="store_true", help="only count what would go")
    purge.add_argument("--policy", help="organisation profile (TOML)")
    purge.set_defaults(run=_purge)
    return parser


def _serve_parser(sub: Any) -> None:
    serve = sub.add_parser("serve", help="run the webhooks, Telegram, reminders and the outbox")
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on (default 0.0.0.0)")
    serve.add_argument("--port", type=int, help="port (default $PORT or 8080)")
    serve.add_argument("--policy", help="organisation profile (TOML)")
    serve.set_defaults(run=_serve)


def _chat_parser(sub: Any) -> None:
    chat = sub.add_parser("chat", help="talk to the bot in the terminal, one message a line")
    chat.add_argument("--as", dest="phone", help="your phone number, taken as verified")
    chat.add_argument("--lang", choices=LANGUAGES, help="start in this language")
    chat.add_argument("--policy", help="organisation profile (TOML)")
    chat.set_defaults(run=_chat)


def _subject_parser(sub: Any) -> None:
    subject = sub.add_parser("subject", help="what the desk holds about a person")
    ssub = subject.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = ssub.add_parser("show", help="identities, consents, marketing choices, tickets")
    show.add_argument("phone")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=_subject_show)


def _staff_parser(sub: Any) -> None:
    staff = sub.add_parser("staff", help="manage the privacy team")
    ssub = staff.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = ssub.add_parser("add", help="add a member of staff")
    add.add_argument("telegram_user_id", type=telegram_user_id, help="their Telegram user id")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=("agent", "supervisor"), default="agent")
    add.add_argument("--update", action="store_true", help="change the name or role of an existing member")
    add.set_defaults(run=_staff_add)
    listing = ssub.add_parser("list", help="list staff")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_staff_list)
    remove = ssub.add_parser("remove", help="remove a member of staff")
    remove.add_argument("id", type=int, help="Telegram user id")
    remove.set_defaults(run=_staff_remove)
    web_link = ssub.add_parser("web-link", help="print a single-use login link to the web console")
    web_link.add_argument("id", type=int, help="Telegram user id")
    web_link.set_defaults(run=_staff_web_link)


def _understand_parser(sub: Any) -> None:
    understand = sub.add_parser("understand", help="how the bot reads a message")
    understand.add_argument("text", nargs="?", help="the message; without it, one per stdin line")
    understand.add_argument("--json", action="store_true")
    understand.add_argument(
        "--score", metavar="SET", action="append",
        help="instead, score a labelled set ('held-out', 'training', 'set-12'; or a TSV file of "
        "language, intent, text) and print the share read right per language; repeatable",
    )
    understand.add_argument("--misses", action="store_true", help="with --score, list the misses")
    understand.set_defaults(run=_understand)


def _db_parser(sub: Any) -> None:
    database = sub.add_parser("db", help="database schema")
    dsub = database.add_subparsers(dest="action", required=True, metavar="ACTION")
    upgrade = dsub.add_parser("upgrade", help="create or migrate the schema")
    upgrade.set_defaults(run=_db_upgrade)
    copy = dsub.add_parser(
        "copy", help="copy every table from DATABASE_URL into another, empty database"
    )
    copy.add_argument("--to", required=True, metavar="URL", help="the target, e.g. postgres://user:pass@host:5432/desk")
    copy.set_defaults(run=_db_copy)


def _version() -> str:
    try:
        return metadata.version("privacy-desk")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


# -- commands --------------------------------------------------------------------------------


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.server import serve

    profile = profile_of(args, settings)
    port = args.port or settings.port
    try:
        asyncio.run(serve(settings, profile, host=args.host, port=port))
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise CommandError(
                f"port {port} is already in use on {args.host}: stop what is using it, "
                "or choose another port with --port or PORT"
            ) from None
        if exc.errno == errno.EACCES:
            raise CommandError(f"not allowed to listen on port {port}: choose a port above 1023") from None
        raise
    return 0


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.channels.console import chat
    from bot.wiring import build_desk

    profile = profile_of(args, settings)
    phone = phone_of(args.phone) if args.phone else None
    desk = build_desk(settings, profile)
    return with_db(settings, lambda: chat(desk, phone=phone, lang=args.lang))


def _subject_show(args: argparse.Namespace, settings: Settings) -> int:
    from storage import reports
    from storage.models import Subject

    phone = phone_of(args.phone)

    async def work() -> None:
        subject = await Subject.get_or_none(phone=phone)
        if subject is None:
            raise CommandError(f"the desk holds nothing about {phone}")
        data = cli_text.subject_for_people(await reports.subject_json(subject))
        if args.json:
            print_json(data)
            return
        print(f"{data['phone']} (language {data['language']})")
        for identity in data["identities"]:
            print(f"  reached on {identity['transport']} as {identity['address']}")
        for key, state in {**data["consents"], **data["marketing"]}.items():
            print(f"  {key}: {state}")
        for ticket in data["tickets"]:
            print(f"  {ticket['ref']} {ticket['kind']} {ticket['status']} due {ticket['due_at'][:10]}")

    return with_db(settings, work)


def _staff_add(args: argparse.Namespace, settings: Settings) -> int:
    from storage import staff

    async def work() -> None:
        known = await staff.by_telegram_id(args.telegram_user_id)
        if known is not None and not args.update and (known.name, known.role) != (args.name, args.role):
            raise CommandError(
                f"{known.telegram_id} is already staff: {known.name}, {known.role}; "
                "add --update to change the name or role"
            )
        member = await staff.add(args.telegram_user_id, args.name, args.role)
        if known is None:
            print(f"{member.name} ({member.telegram_id}) is staff, as {member.role}.")
        else:
            print(f"{member.telegram_id} is now {member.name}, {member.role} (was {known.name}, {known.role}).")

    return with_db(settings, work)


def _staff_list(args: argparse.Namespace, settings: Settings) -> int:
    from storage import staff

    async def work() -> None:
        members = await staff.active()
        if args.json:
            print_json([{"telegram_id": m.telegram_id, "name": m.name, "role": m.role} for m in members])
            return
        for m in members:
            print(f"{m.telegram_id:>12}  {m.role:<10}  {m.name}")
        if not members:
            print("no staff yet: privacy-desk staff add TELEGRAM_USER_ID --name NAME")

    return with_db(settings, work)


def _staff_remove(args: argparse.Namespace, settings: Settings) -> int:
    from storage import staff

    async def work() -> None:
        if not await staff.remove(args.id):
            raise CommandError(f"no staff member with Telegram user id {args.id}")
        print(f"{args.id} is no longer staff.")

    return with_db(settings, work)


def _staff_web_link(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import datetime, timezone

    from bot.web import login_url
    from storage import staff, web_auth

    async def work() -> None:
        member = await staff.by_telegram_id(args.id)
        if member is None:
            raise CommandError(f"{args.id} is not on the staff list: privacy-desk staff list")
        token = await web_auth.create_link(member.id, datetime.now(timezone.utc))
        print(login_url(settings, token))
        print(f"for {member.name}; it works once, within {web_auth.LINK_MINUTES} minutes.", file=sys.stderr)

    return with_db(settings, work)


def _understand(args: argparse.Namespace, settings: Settings) -> int:
    from flows.understanding import understand

    if args.score:
        return _understand_score(args.score, misses=args.misses)

    def show(text: str) -> str:
        result = understand(text)
        if args.json:
            return json.dumps(result.to_json(), ensure_ascii=False)
        return f"{result.language}\t{result.intent}\t{result.confidence:.2f}"

    if args.text is not None:
        print(show(args.text))
        return 0
    for line in sys.stdin:
        print(show(line.rstrip("\n")), flush=True)
    return 0


def _understand_score(names: list[str], *, misses: bool) -> int:
    from flows.understanding import corpus, scores

    for name in names:
        path = Path(name)
        try:
            if path.is_file():
                rows = corpus.parse(path.read_text(encoding="utf-8"), path.stem)
            else:
                rows = corpus.labelled(name)
        except KeyError:
            known = ", ".join([*corpus.set_names(), "training"])
            raise CommandError(f"no set named {name!r} (sets: {known})") from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise CommandError(f"cannot read {name}: {exc}") from exc
        print(name)
        for result in scores.score(rows).values():
            print("  " + result.line())
            for miss in result.misses if misses else []:
                print("    " + miss)
    return 0


def _db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    asyncio.run(db.upgrade(settings.database_url))
    print(f"database schema is up to date: {safe_url(settings.database_url)}")
    return 0


def _db_copy(args: argparse.Namespace, settings: Settings) -> int:
    from storage.copy import CopyError, copy_database

    db.tortoise_config(args.to)  # a malformed URL is refused before anything is touched
    try:
        counts = asyncio.run(copy_database(settings.database_url, args.to))
    except CopyError as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"cannot reach a database: {exc}") from exc
    for count in counts:
        print(f"{count.table:<16} {count.target:>9}")
    total = sum(c.target for c in counts)
    print(f"copied {total} rows in {len(counts)} tables; the counts match on both sides")
    return 0


def _purge(args: argparse.Namespace, settings: Settings) -> int:
    from storage.retention import purge

    profile = profile_of(args, settings)
    desk = profile.retention.desk

    async def work() -> None:
        report = await purge(
            datetime.now(timezone.utc),
            transcript_days=desk.transcript_days,
            closed_ticket_days=desk.closed_ticket_days,
            dry_run=args.dry_run,
        )
        verb = "would remove" if args.dry_run else "removed"
        print(
            f"{verb}: {report.transcript_lines} transcript lines, {report.exports} exports, "
            f"{report.deliveries} answered deliveries, {report.spent} spent codes, "
            "lock-outs, links, sessions and claims; "
            f"{'would redact' if args.dry_run else 'redacted'} {report.tickets_redacted} closed tickets"
        )

    return with_db(settings, work)


if __name__ == "__main__":
    sys.exit(main())
