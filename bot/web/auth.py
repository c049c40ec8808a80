"""Logging in and out of the console, and choosing its language.

A login link (`/staff/login/TOKEN`) shows a page with one button; the POST that button sends
uses the link up and starts the session. A GET alone never uses a link, so the preview
Telegram makes of a link, or a mail scanner, cannot spend it.
"""

from __future__ import annotations

import logging

from aiohttp import web

from bot.web.app import (
    CONSOLE_LANGUAGES,
    COOKIE,
    PREFIX,
    SESSION,
    Refused,
    render,
    see_other,
    set_session_cookie,
    utcnow,
)
from flows.i18n import N_, current_language
from storage import web_auth

logger = logging.getLogger(__name__)

LINK_UNUSABLE = N_("This login link has been used, has expired or is not one of ours. Links "
                   "work once, for 15 minutes: ask for a new one with /web in Telegram.")


def add_routes(app: web.Application) -> None:
    """Add the login, logout and language routes."""
    app.router.add_get("/login/{token}", login_page)
    app.router.add_post("/login/{token}", login)
    app.router.add_post("/logout", logout)
    app.router.add_get("/logged-out", logged_out)
    app.router.add_post("/language", choose_language)


async def login_page(request: web.Request) -> web.Response:
    """Offer to log in with a link that still works."""
    token = request.match_info["token"]
    if not await web_auth.link_is_live(token, utcnow()):
        raise Refused(LINK_UNUSABLE, _page_language(request))
    return render(request, "login.html", {"token": token})


async def login(request: web.Request) -> web.StreamResponse:
    """Use the link up, start a session and go to the queue."""
    staff_id = await web_auth.redeem_link(request.match_info["token"], utcnow())
    if staff_id is None:
        logger.warning("console login refused: link used, expired or unknown")
        raise Refused(LINK_UNUSABLE, _page_language(request))
    form = await request.post()
    chosen = str(form.get("lang", "en"))
    token = await web_auth.open_session(staff_id, utcnow(), chosen if chosen in CONSOLE_LANGUAGES else "en")
    logger.info("console login: staff row %s", staff_id)
    response = see_other(f"{PREFIX}/")
    set_session_cookie(request, response, token)
    return response


async def logout(request: web.Request) -> web.StreamResponse:
    """End the session here and now."""
    await web_auth.end_session(request[SESSION].id, utcnow())
    response = see_other(f"{PREFIX}/logged-out")
    response.del_cookie(COOKIE, path=PREFIX)
    return response


async def choose_language(request: web.Request) -> web.StreamResponse:
    """Switch the console between English and Urdu, and go back to the same page."""
    form = await request.post()
    chosen = str(form.get("lang", ""))
    if chosen not in CONSOLE_LANGUAGES:
        raise web.HTTPBadRequest()
    await web_auth.set_language(request[SESSION].id, chosen)
    back = str(form.get("back", ""))
    return see_other(back if back.startswith(f"{PREFIX}/") and "//" not in back else f"{PREFIX}/")


async def logged_out(request: web.Request) -> web.Response:
    """Say the session has ended."""
    return render(request, "logged_out.html", {})


def _page_language(request: web.Request) -> str:
    return current_language()
