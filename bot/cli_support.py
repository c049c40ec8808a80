"""What every `privacy-desk` command shares: its error, the database around it, profiles, output."""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.settings import Settings
from flows.profile import Profile, load_profile
from flows.refs import format_reference, normalize_reference
from storage import db

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class CommandError(Exception):
    """A command that cannot be carried out; the message is shown as it is."""


def telegram_user_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a Telegram user id (a whole number)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(
            f"{value} is not a person's Telegram user id: negative ids are groups and channels"
        )
    return value


def profile_of(args: argparse.Namespace, settings: Settings) -> Profile:
    path = Path(getattr(args, "policy", None) or settings.policy)
    if not path.is_absolute() and not path.exists() and (PROJECT_ROOT / path).exists():
        path = PROJECT_ROOT / path  # the shipped profiles, when run from another folder
    return load_profile(path)


def with_db(settings: Settings, work: Callable[[], Awaitable[int | None]]) -> int:
    async def run() -> int | None:
        try:
            await db.open_database(settings.database_url)
        except OSError as exc:
            raise CommandError(f"cannot open the database at DATABASE_URL: {exc}") from exc
        try:
            return await work()
        finally:
            await db.close_database()

    return int(asyncio.run(run()) or 0)


def shown_ref(ref: str) -> str:
    """Show a reference typed on the command line as people see it."""
    return format_reference(normalize_reference(ref) or ref.strip().upper())


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def phone_of(text: str) -> str:
    from flows.identity import parse_phone

    phone = parse_phone(text)
    if phone is None:
        raise CommandError(f"{text!r} is not a phone number: use E.164, e.g. +923001234567")
    return phone
