"""Single-use links to a person's copy of their data: a page first, the download on a press.

`GET /exports/{token}` (and HEAD, which aiohttp serves with the GET handler) only shows a small
page in the person's language with a download button; the button POSTs to the same address,
and only that uses the link up. Link previewers and URL scanners fetch links but do not submit
forms, so they can neither burn a link nor read the data. `?format=json` or `?format=csv`
gives that file alone; any other format is refused before anything else, leaving the link
as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from html import escape
from typing import Any

from aiohttp import web

from flows import export
from flows.i18n import LANGUAGES, _, current_language, format_date, language
from storage import exports

PATH = "/exports/{token}"
FORMATS: dict[str, tuple[Callable[[dict[str, Any]], bytes], str]] = {
    "zip": (export.as_zip, "application/zip"),
    "json": (export.as_json, "application/json"),
    "csv": (export.as_csv, "text/csv"),
}
# The token is in the address: keep it out of caches, referrers and search engines, and let the
# page do nothing but post its own form.
HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "form-action 'self'; frame-ancestors 'none'",
}
_STYLE = ("body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;"
          "line-height:1.5}button{font-size:1.1rem;padding:.6rem 1.4rem;cursor:pointer}")


def add_routes(app: web.Application) -> None:
    """Serve the page on GET (and HEAD) and the download on POST."""
    app.router.add_get(PATH, confirm)
    app.router.add_post(PATH, download)


async def confirm(request: web.Request) -> web.Response:
    """Show the download button for a copy that is still waiting, without using the link up."""
    _format(request)
    waiting = await exports.waiting(request.match_info["token"], _now())
    if waiting is None:
        return _gone()
    with language(waiting.language):
        body = _page(
            _("Your copy of your data"),
            [_("This link works once. Press the button to download your copy now; "
               "the link expires on {date}.").format(date=format_date(waiting.expires_at))],
            button=_("Download my copy"),
        )
        return _html(body, lang=current_language())


async def download(request: web.Request) -> web.Response:
    """Give the copy once, as the file the link names, and use the link up."""
    kind = _format(request)
    render, content_type = FORMATS[kind]
    body = await exports.take(request.match_info["token"], _now(), render)
    if body is None:
        return _gone()
    return web.Response(
        body=body,
        content_type=content_type,
        charset="utf-8" if kind != "zip" else None,
        headers={**HEADERS, "Content-Disposition": f'attachment; filename="my-data.{kind}"'},
    )


def _format(request: web.Request) -> str:
    kind = request.query.get("format", "zip")
    if kind not in FORMATS:
        raise web.HTTPBadRequest(text="format must be zip, json or csv")
    return kind


def _gone() -> web.Response:
    """Say, in every language (nobody is known by a dead link), that the link cannot be used."""
    titles, parts = [], []
    for lang in LANGUAGES:
        with language(lang):
            titles.append(_("This link cannot be used"))
            parts.append(_section(lang, titles[-1], [
                _("It is unknown, already used or expired. To get a new copy, write "
                  "'See my data' to us in the chat."),
            ]))
    return _html(_document(LANGUAGES[0], " · ".join(titles), "".join(parts)), status=404)


def _page(title: str, paragraphs: list[str], *, button: str) -> str:
    lang = current_language()
    form = f'<form method="post"><button type="submit">{escape(button)}</button></form>'
    return _document(lang, title, _section(lang, title, paragraphs) + form)


def _section(lang: str, title: str, paragraphs: list[str]) -> str:
    text = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f'<section lang="{lang}" dir="{_direction(lang)}"><h1>{escape(title)}</h1>{text}</section>'


def _document(lang: str, title: str, body: str) -> str:
    return (f'<!doctype html><html lang="{lang}" dir="{_direction(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="robots" content="noindex"><title>{escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body>{body}</body></html>")


def _direction(lang: str) -> str:
    return "rtl" if lang == "ur" else "ltr"


def _html(body: str, *, lang: str = "en", status: int = 200) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8",
                        headers={**HEADERS, "Content-Language": lang})


def _now() -> datetime:
    return datetime.now(timezone.utc)
