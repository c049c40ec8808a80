"""Single-use export links on the real server: a page on GET and HEAD, the copy on POST, once."""

from __future__ import annotations

import asyncio
import io
import json
import re
import zipfile
from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone

import pytest
from tortoise.transactions import in_transaction

from bot import export_links
from storage import exports, subjects
from storage.models import Export, Subject
from tests.e2e.support import PHONE, Server, desk_server, make_settings

COPY = {"phone": PHONE, "organisation": "Example",
        "organisation_data": {"Contact": {"Name": "Ayesha", "Email": "ayesha@example.org"}},
        "privacy_desk": {"choices": [], "requests": []}}


@pytest.fixture
async def bare(database: str) -> AsyncIterator[Server]:
    """The server with no channel configured."""
    async with desk_server(make_settings(database)) as server:
        yield server


async def waiting_link(language: str = "en") -> str:
    """Keep a copy behind a fresh link for a person who speaks `language`; give the token."""
    identity = await subjects.identity_for("console", PHONE)
    await Subject.filter(id=identity.subject_id).update(language=language)  # type: ignore[attr-defined]
    token = exports.new_token()
    expires = datetime.now(timezone.utc) + timedelta(hours=24)
    async with in_transaction() as conn:
        await exports.create(token, identity.subject_id, COPY, expires, conn)  # type: ignore[attr-defined]
    return token


async def fetch(server: Server, method: str, path: str) -> tuple[int, dict[str, str], bytes]:
    async with server.session.request(method, server.url + path) as response:
        return response.status, dict(response.headers), await response.read()


def form_of(page: bytes) -> str:
    """The download form on the page: it posts to the page's own address."""
    match = re.search(rb"<form[^>]*>", page)
    assert match, page
    return match.group(0).decode()


async def test_finding_5_a_head_request_does_not_use_up_an_export_link(bare: Server) -> None:
    token = await waiting_link()

    head = await fetch(bare, "HEAD", f"/exports/{token}")
    download = await fetch(bare, "POST", f"/exports/{token}")

    assert head[0] == 200 and head[2] == b""
    assert download[0] == 200 and download[1]["Content-Type"] == "application/zip"
    assert (await Export.get()).used_at is not None


async def test_finding_5_a_link_previewer_gets_a_page_without_the_data_and_the_link_still_works(
    bare: Server,
) -> None:
    token = await waiting_link()

    previews = [await fetch(bare, "GET", f"/exports/{token}") for _ in range(3)]

    for status, headers, page in previews:
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert b"Download my copy" in page and b"works once" in page
        assert b"Ayesha" not in page and PHONE.encode() not in page
        assert headers["Cache-Control"] == "no-store" and headers["Referrer-Policy"] == "no-referrer"
    assert 'method="post"' in form_of(previews[0][2]) and "action" not in form_of(previews[0][2])
    assert (await Export.get()).used_at is None


async def test_the_button_gives_the_copy_once_as_json_and_csv_in_one_zip(bare: Server) -> None:
    token = await waiting_link()

    status, headers, body = await fetch(bare, "POST", f"/exports/{token}")
    again = await fetch(bare, "POST", f"/exports/{token}")
    page_after = await fetch(bare, "GET", f"/exports/{token}")

    assert status == 200 and headers["Content-Disposition"] == 'attachment; filename="my-data.zip"'
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        assert sorted(archive.namelist()) == ["my-data.csv", "my-data.json"]
        assert json.loads(archive.read("my-data.json"))["phone"] == PHONE
        assert archive.read("my-data.csv").decode("utf-8-sig").startswith("source,category,field,value")
    assert again[0] == 404 and page_after[0] == 404
    assert b"This link cannot be used" in again[2] and "یہ لنک استعمال نہیں ہو سکتا".encode() in again[2]


async def test_a_copy_that_cannot_be_made_leaves_the_link_as_it_was(
    bare: Server, monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = await waiting_link()

    def broken(copy: dict[str, object]) -> bytes:
        raise ValueError("cannot make the file")

    with monkeypatch.context() as patched:
        patched.setitem(export_links.FORMATS, "zip", (broken, "application/zip"))
        failed = await fetch(bare, "POST", f"/exports/{token}")
    retried = await fetch(bare, "POST", f"/exports/{token}")

    assert failed[0] == 500
    assert retried[0] == 200 and retried[1]["Content-Disposition"] == 'attachment; filename="my-data.zip"'


async def test_two_presses_at_the_same_moment_give_the_copy_once(bare: Server) -> None:
    token = await waiting_link()

    answers = await asyncio.gather(*(fetch(bare, "POST", f"/exports/{token}?format=json") for _ in range(2)))

    assert sorted(status for status, _, _ in answers) == [200, 404]


async def test_the_page_speaks_the_persons_language(bare: Server) -> None:
    token = await waiting_link("ur")

    status, headers, page = await fetch(bare, "GET", f"/exports/{token}")

    text = page.decode()
    assert status == 200 and headers["Content-Language"] == "ur"
    assert '<html lang="ur" dir="rtl">' in text
    assert "اپنی کاپی ڈاؤن لوڈ کریں" in text and "Download my copy" not in text


async def test_a_link_can_give_one_format_alone_and_refuses_others_without_using_it_up(
    bare: Server,
) -> None:
    tokens = [await waiting_link(), await waiting_link()]

    refused = await fetch(bare, "POST", f"/exports/{tokens[0]}?format=pdf")
    page = await fetch(bare, "GET", f"/exports/{tokens[0]}?format=pdf")
    as_csv = await fetch(bare, "POST", f"/exports/{tokens[0]}?format=csv")
    as_json = await fetch(bare, "POST", f"/exports/{tokens[1]}?format=json")

    assert refused[0] == 400 and page[0] == 400, "a bad format does not use the link up"
    assert as_csv[0] == 200 and "organisation,Contact,Name,Ayesha" in as_csv[2].decode("utf-8-sig")
    assert as_json[0] == 200
    assert json.loads(as_json[2])["organisation_data"]["Contact"]["Name"] == "Ayesha"


async def test_an_unknown_or_expired_link_is_a_page_saying_so(bare: Server) -> None:
    token = await waiting_link()
    await Export.all().update(expires_at=datetime.now(timezone.utc) - timedelta(minutes=1))

    unknown = await fetch(bare, "GET", "/exports/unknown-token")
    expired = await fetch(bare, "POST", f"/exports/{token}")

    assert unknown[0] == 404 and b"See my data" in unknown[2]
    assert expired[0] == 404 and b"my-data" not in expired[2]
