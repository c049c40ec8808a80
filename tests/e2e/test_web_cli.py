"""`privacy-desk staff web-link ID`: the login link printed for staff who don't use Telegram."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from storage import web_auth
from storage.db import close_database, open_database
from storage.models import Staff
from tests.e2e.test_cli import run


def test_web_link_prints_a_single_use_link_for_a_member_of_staff(tmp_path: Path) -> None:
    assert run(tmp_path, "staff", "add", "4242", "--name", "Sana").returncode == 0
    printed = run(tmp_path, "staff", "web-link", "4242", env={"PUBLIC_BASE_URL": "https://desk.example.org"})
    assert printed.returncode == 0, printed.stderr
    link = printed.stdout.strip()
    assert link.startswith("https://desk.example.org/staff/login/")
    assert "Sana" in printed.stderr and "15 minutes" in printed.stderr

    async def redeem() -> tuple[int | None, int | None]:
        await open_database(f"sqlite://{tmp_path}/desk.sqlite3")
        try:
            member = await Staff.get(telegram_id=4242)
            token = link.rsplit("/", 1)[1]
            now = datetime.now(timezone.utc)
            return member.id, await web_auth.redeem_link(token, now)
        finally:
            await close_database()

    import asyncio

    member_id, redeemed = asyncio.run(redeem())
    assert redeemed == member_id


def test_web_link_for_someone_not_on_the_staff_list_is_refused(tmp_path: Path) -> None:
    refused = run(tmp_path, "staff", "web-link", "999")
    assert refused.returncode != 0
    assert "999 is not on the staff list" in refused.stderr and "/staff/login/" not in refused.stdout
