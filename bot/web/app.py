"""The console's aiohttp sub-application: templates, routes, and the guard every request passes.

The guard finds the session from its cookie (or sends the visitor to log in), refuses a POST
from another origin or without its session's CSRF token (403, nothing changed), speaks the
member's language while the page is made, turns errors into pages, and gives every answer
the headers a page of personal data needs: not stored, not framed, no inline script.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import web

from bot.redact import loggable_path
from bot.settings import Settings
from bot.web import labels
from flows.engine import Desk
from flows.i18n import N_, _, format_date, language, ngettext
from flows.refs import format_reference
from storage import web_auth

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
PREFIX = "/staff"
COOKIE = "desk_staff"
CONSOLE_LANGUAGES = ("en", "ur")
# Open without a session; every other page needs one. The routes have no names, so that the
# server's webhook metrics, which count named routes, leave the console out.
PUBLIC_ROUTES = frozenset({f"{PREFIX}/login/{{token}}", f"{PREFIX}/logged-out", f"{PREFIX}/static"})
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SETTINGS = web.AppKey("console_settings", Settings)
DESK = web.AppKey("console_desk", Desk)
SESSION = web.RequestKey("staff_session", web_auth.WebSession)

FORBIDDEN_FORM = N_("This form is out of date or came from another site, so nothing was changed. "
                    "Open the page again and retry.")
LOGIN_NEEDED = N_("Please log in: send /web to the bot in a private Telegram chat, or ask an "
                  "operator for a link (privacy-desk staff web-link ID).")


def utcnow() -> datetime:
    """Give the current time, aware, in UTC."""
    return datetime.now(timezone.utc)


def console_base(settings: Settings) -> str:
    """Give the address the console is reached at: PUBLIC_BASE_URL, else this machine's port."""
    return settings.public_base_url or f"http://127.0.0.1:{settings.port}"


def login_url(settings: Settings, token: str) -> str:
    """Give the login link for a token."""
    return f"{console_base(settings)}{PREFIX}/login/{token}"


def add_console(app: web.Application, settings: Settings, desk: Desk) -> None:
    """Mount the console under /staff/ on the server's application."""
    app.router.add_get(PREFIX, _to_queue)
    app.add_subapp(PREFIX, console_app(settings, desk))


async def _to_queue(request: web.Request) -> web.StreamResponse:
    raise web.HTTPFound(f"{PREFIX}/")


def console_app(settings: Settings, desk: Desk) -> web.Application:
    """Build the console: templates with autoescape, its routes, its guard."""
    from bot.web import actions, auth, pages

    app = web.Application(middlewares=[guard])
    app[SETTINGS], app[DESK] = settings, desk
    env = aiohttp_jinja2.setup(
        app, loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, default_helpers=False, auto_reload=False,
    )
    env.globals.update(_=_, ngettext=ngettext, ref=format_reference, date=format_date,
                       kind_name=labels.kind_name, status_name=labels.status_name,
                       channel_name=labels.channel_name, language_name=labels.language_name,
                       date_short=labels.short_date)
    env.filters.update(when=labels.when, mask=labels.mask)
    auth.add_routes(app)
    pages.add_routes(app)
    actions.add_routes(app)
    app.router.add_static("/static", HERE / "static")
    return app


@web.middleware
async def guard(request: web.Request, handler: Any) -> web.StreamResponse:
    """Check who asks and what they post, then answer with the console's headers."""
    started = time.perf_counter()
    try:
        response = await _checked(request, handler)
    except Refused as exc:
        response = _page_for(request, exc.status, exc.message, exc.page_language)
    except web.HTTPException as exc:
        response = _error_page(request, exc)
    _secure(request, response, time.perf_counter() - started)
    return response


async def _checked(request: web.Request, handler: Any) -> web.StreamResponse:
    page_language = _visitor_language(request)
    if request.method == "POST" and not _same_origin(request):
        logger.warning("console POST %s refused: from another origin", loggable_path(request))
        raise Refused(FORBIDDEN_FORM, page_language)
    if _route(request) not in PUBLIC_ROUTES:
        session = await _session(request)
        if session is None:
            raise Refused(LOGIN_NEEDED, page_language, status=401)
        request[SESSION] = session
        page_language = session.language
        if request.method == "POST":
            form = await request.post()
            if not web_auth.csrf_matches(session, str(form.get("csrf", ""))):
                logger.warning("console POST %s refused: no valid CSRF token", loggable_path(request))
                raise Refused(FORBIDDEN_FORM, page_language)
    with language(page_language):
        response: web.StreamResponse = await handler(request)
        return response


def _route(request: web.Request) -> str:
    """Give the route a request matched, as declared (`/staff/tickets/{ref}`)."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else ""


class Refused(Exception):
    """A request turned away: the status, and the sentence the page shows in `page_language`."""

    def __init__(self, message: str, page_language: str = "en", *, status: int = 403) -> None:
        super().__init__(message)
        self.message, self.page_language, self.status = message, page_language, status


def _visitor_language(request: web.Request) -> str:
    """Guess the language of someone not logged in: ?lang=, else their browser's."""
    asked = request.query.get("lang", "")
    if asked in CONSOLE_LANGUAGES:
        return asked
    return "ur" if request.headers.get("Accept-Language", "").lower().startswith("ur") else "en"


def _same_origin(request: web.Request) -> bool:
    """Tell whether a POST came from the console's own pages (as far as the browser says)."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True  # not sent by every client; the CSRF token still has to match
    return origin == _own_origin(request)


def _own_origin(request: web.Request) -> str:
    base = request.config_dict[SETTINGS].public_base_url
    if base:
        parts = urlsplit(base)
        return f"{parts.scheme}://{parts.netloc}"
    return f"{request.scheme}://{request.host}"


async def _session(request: web.Request) -> web_auth.WebSession | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    idle = timedelta(hours=request.config_dict[SETTINGS].staff_web_session_hours)
    return await web_auth.session_for(token, utcnow(), idle)


def is_https(request: web.Request) -> bool:
    """Tell whether the console is served over https (so its cookie must be Secure)."""
    base = request.config_dict[SETTINGS].public_base_url or ""
    return request.secure or base.startswith("https://")


def set_session_cookie(request: web.Request, response: web.StreamResponse, token: str) -> None:
    """Give the browser its session cookie: HttpOnly, SameSite, Secure under https."""
    response.set_cookie(COOKIE, token, path=PREFIX, httponly=True, samesite="Lax",
                        secure=is_https(request))


def _secure(request: web.Request, response: web.StreamResponse, seconds: float) -> None:
    static = _route(request) == f"{PREFIX}/static"
    headers = response.headers
    headers["Cache-Control"] = "public, max-age=3600" if static else "no-store"
    headers["X-Frame-Options"] = "DENY"
    headers["X-Content-Type-Options"] = "nosniff"
    # Not no-referrer: under it Chromium sends "Origin: null" with its own forms.
    headers["Referrer-Policy"] = "same-origin"
    headers.setdefault("Content-Security-Policy", CSP)
    headers["Server-Timing"] = f"app;dur={seconds * 1000:.1f}"


def _error_page(request: web.Request, exc: web.HTTPException) -> web.StreamResponse:
    """Show a refusal or an HTTP error as a page in the console's look."""
    if exc.status < 400:
        return web.Response(status=exc.status, headers=exc.headers)
    message = labels.ERROR_TEXTS.get(exc.status, exc.reason)
    return _page_for(request, exc.status, message, _session_language(request))


def _page_for(request: web.Request, status: int, message: str, page_language: str) -> web.Response:
    with language(page_language):
        return render(request, "error.html", {
            "status": status, "message": _(message), "logged_in": SESSION in request,
        }, status=status)


def _session_language(request: web.Request) -> str:
    session = request.get(SESSION)
    return session.language if session is not None else _visitor_language(request)


def see_other(location: str) -> web.Response:
    """Send the browser on to another page after a POST."""
    return web.Response(status=303, headers={"Location": location})


def render(request: web.Request, template: str, context: dict[str, Any], status: int = 200) -> web.Response:
    """Make a page in the current language, with what every page shows (who, nav, direction)."""
    from flows.i18n import current_language

    session = request.get(SESSION)
    lang = current_language()
    context = {
        "lang": lang, "dir": "rtl" if lang == "ur" else "ltr", "session": session,
        "member": session.staff if session else None, "csrf": session.csrf_token if session else "",
        "prefix": PREFIX, "path": request.path_qs, "nav": "", **context,
    }
    return aiohttp_jinja2.render_template(template, request, context, status=status)
