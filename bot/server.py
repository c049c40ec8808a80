"""The aiohttp application: every webhook, health, metrics and export links, wired in one place.

`create_app` builds the application; `lifespan` (its one `cleanup_ctx`) opens the database,
starts the outbox sender and any services (the Telegram channel) and stops them in reverse;
`serve` runs it until SIGINT or SIGTERM.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AsyncExitStack, suppress
from dataclasses import dataclass, field, replace
from typing import Protocol

import aiohttp
from aiohttp import web

from bot import export_links, jobs, redact
from bot.channels import bridge, twilio, whatsapp
from bot.channels.base import Sender
from bot.channels.http import BODY_TIMEOUT, DEFAULT_BODY_TIMEOUT, MAX_BODY
from bot.metrics import CONTENT_TYPE, Metrics
from bot.outbox_sender import OutboxSender
from bot.settings import Settings
from bot.startup import log_startup
from bot.web import add_console, login_url
from bot.wiring import build_desk, delivery_policy
from flows import understanding
from flows.engine import Desk
from flows.profile import Profile, load_profile
from storage import db, outbox, staff

logger = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Service(Protocol):
    """Something that runs beside the server (the Telegram channel): started and stopped with it."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


@dataclass(frozen=True)
class Webhooks:
    """The webhook of each configured channel; None where a channel is off."""

    twilio: twilio.TwilioWebhook | None = None
    whatsapp: whatsapp.WhatsAppWebhook | None = None
    bridge: bridge.BridgeWebhook | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Webhooks:
        """Build the webhooks of every channel whose settings are complete."""
        policy = delivery_policy(settings)
        return cls(
            twilio.TwilioWebhook.from_settings(settings, policy),
            whatsapp.WhatsAppWebhook.from_settings(settings, policy),
            bridge.BridgeWebhook.from_settings(settings),
        )


@dataclass
class Options:
    """How the application was asked to run: senders and services given, database managed."""

    senders: dict[str, Sender] | None = None
    services: Sequence[Service] = field(default_factory=tuple)
    open_database: bool = True
    run_jobs: bool = True


SETTINGS = web.AppKey("settings", Settings)
DESK = web.AppKey("desk", Desk)
METRICS = web.AppKey("metrics", Metrics)
WEBHOOKS = web.AppKey("webhooks", Webhooks)
OPTIONS = web.AppKey("options", Options)
OUTBOX = web.AppKey("outbox", OutboxSender)
HTTP = web.AppKey("http", aiohttp.ClientSession)


def create_app(
    settings: Settings,
    desk: Desk,
    *,
    senders: Mapping[str, Sender] | None = None,
    services: Sequence[Service] = (),
    open_database: bool = True,
    run_jobs: bool = True,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
) -> web.Application:
    """Build the application; `senders` replaces the ones built from settings (tests)."""
    hide_secrets(settings)
    app = web.Application(client_max_size=MAX_BODY, middlewares=[observe])
    app[BODY_TIMEOUT] = body_timeout
    app[SETTINGS], app[DESK], app[METRICS] = settings, desk, Metrics()
    app[WEBHOOKS] = Webhooks.from_settings(settings)
    app[OPTIONS] = Options(
        dict(senders) if senders is not None else None, services, open_database, run_jobs
    )
    app.router.add_post(twilio.WEBHOOK_PATH, webhook("twilio"), name="twilio")
    app.router.add_post(twilio.STATUS_PATH, twilio_status, name="twilio-status")
    app.router.add_get(whatsapp.WEBHOOK_PATH, whatsapp_handshake, name="whatsapp-handshake")
    app.router.add_post(whatsapp.WEBHOOK_PATH, webhook("whatsapp"), name="whatsapp")
    app.router.add_post(bridge.WEBHOOK_PATH, webhook("bridge"), name="bridge")
    app.router.add_post("/webhooks/telegram", telegram_webhook, name="telegram")
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    export_links.add_routes(app)
    add_console(app, settings, desk)
    app.cleanup_ctx.append(lifespan)
    return app


# -- start-up and shut-down ------------------------------------------------------------------


async def lifespan(app: web.Application) -> AsyncIterator[None]:
    """Open the database, start the outbox sender and the services; undo it all in reverse."""
    settings, options = app[SETTINGS], app[OPTIONS]
    understanding.model()  # trained here, not while the first person waits
    async with AsyncExitStack() as stack:
        if options.open_database:
            await db.open_database(settings.database_url)
            stack.push_async_callback(db.close_database)
        app[HTTP] = await stack.enter_async_context(aiohttp.ClientSession())
        senders = senders_for(app)
        templates = frozenset(t for t, s in senders.items() if getattr(s, "has_template", False))
        app[OUTBOX] = OutboxSender(
            senders, metrics=app[METRICS], lease_seconds=settings.outbox_lease_seconds,
            policy=replace(delivery_policy(settings), templates=templates),
        )
        app[OUTBOX].start()
        stack.push_async_callback(app[OUTBOX].stop)
        await staff.seed(settings.staff_telegram_ids)
        if options.run_jobs:
            jobs_task = asyncio.create_task(jobs.run_forever(app[DESK], app[OUTBOX].owner))
            stack.push_async_callback(_cancel, jobs_task)
        for service in options.services:
            await service.start()
            stack.push_async_callback(service.stop)
        yield


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with suppress(asyncio.CancelledError):
        await task


def senders_for(app: web.Application) -> dict[str, Sender]:
    """Give the senders passed in, or build them from settings, plus every service that sends."""
    options = app[OPTIONS]
    found = dict(options.senders) if options.senders is not None else build_senders(
        app[SETTINGS], app[HTTP]
    )
    for service in options.services:
        transport = getattr(service, "transport", None)
        if transport and hasattr(service, "send"):
            found.setdefault(transport, service)  # type: ignore[arg-type]
    return found


def build_senders(settings: Settings, session: aiohttp.ClientSession) -> dict[str, Sender]:
    """Build the outbound sender of every configured channel."""
    candidates: list[Sender | None] = [
        twilio.TwilioSender.from_settings(settings, session),
        whatsapp.WhatsAppSender.from_settings(settings, session),
        bridge.BridgeSender.from_settings(settings, session),
    ]
    return {sender.transport: sender for sender in candidates if sender is not None}


# -- middleware and routes -------------------------------------------------------------------


@web.middleware
async def observe(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Count and time webhook answers; a failure while the database is down becomes 503."""
    channel = request.match_info.route.name
    started = time.perf_counter()
    status = 500
    try:
        response = await handler(request)
        status = response.status
        return response
    except web.HTTPException as exc:
        status = exc.status
        raise
    except Exception as exc:
        # A connection lost mid-request is 503 even if the pool has reconnected since.
        if isinstance(exc, db.UNAVAILABLE) or not await db.ping():
            status = 503
            logger.warning("%s webhook refused: the database is unreachable", channel)
            raise web.HTTPServiceUnavailable(text="database unavailable; try again") from None
        logger.exception("%s: unexpected failure", channel or redact.loggable_path(request))
        raise
    finally:
        if channel and not channel.endswith("handshake"):
            request.app[METRICS].observe_webhook(channel, status, time.perf_counter() - started)


def webhook(channel: str) -> Handler:
    """Route POSTs to a channel's webhook, or 404 when the channel is off."""

    async def handle(request: web.Request) -> web.StreamResponse:
        hook = getattr(request.app[WEBHOOKS], channel)
        if hook is None:
            raise web.HTTPNotFound(text=f"the {channel} channel is not configured")
        return await hook.handle(request, request.app[DESK])

    return handle


async def twilio_status(request: web.Request) -> web.StreamResponse:
    """Record Twilio's status callbacks, or 404 when Twilio is off."""
    hook = request.app[WEBHOOKS].twilio
    if hook is None:
        raise web.HTTPNotFound(text="the twilio channel is not configured")
    return await hook.handle_status(request)


async def whatsapp_handshake(request: web.Request) -> web.StreamResponse:
    """Answer Meta's subscription handshake, or 404 when WhatsApp is off."""
    hook = request.app[WEBHOOKS].whatsapp
    if hook is None:
        raise web.HTTPNotFound(text="the whatsapp channel is not configured")
    return hook.handshake(request)


async def telegram_webhook(request: web.Request) -> web.StreamResponse:
    """Hand Telegram's POSTs to the Telegram service, or 404 when it takes none (it is off,
    or it polls Telegram for updates instead)."""
    for service in request.app[OPTIONS].services:
        if (getattr(service, "transport", None) == "telegram" and hasattr(service, "handle_webhook")
                and getattr(service, "webhook_mode", False)):
            return await service.handle_webhook(request)
    raise web.HTTPNotFound(text="the telegram channel is not configured for webhooks")


async def healthz(request: web.Request) -> web.Response:
    """Say whether the database answers: 200 if so, 503 if not."""
    if await db.ping():
        return web.json_response({"status": "ok", "database": "ok"})
    return web.json_response({"status": "unavailable", "database": "unreachable"}, status=503)


async def metrics(request: web.Request) -> web.Response:
    """Give every metric in Prometheus' text format."""
    collected = request.app[METRICS]
    try:
        collected.outbox_pending.set(await outbox.pending_count())
    except Exception:  # noqa: BLE001 - metrics still answer while the database is down
        logger.warning("outbox backlog unknown: database unreachable")
    return web.Response(body=collected.render(), headers={"Content-Type": CONTENT_TYPE})


# -- running ---------------------------------------------------------------------------------


def build_services(settings: Settings, desk: Desk) -> list[Service]:
    """Build the services that run beside the server: the Telegram channel when configured."""
    if not settings.telegram_bot_token:
        return []
    from bot.channels.telegram import TelegramChannel
    from bot.staff import StaffDesk

    staff_desk = StaffDesk(desk.profile, settings.staff_chat_id,
                           web_link=lambda token: login_url(settings, token),
                           delivery=delivery_policy(settings))
    return [TelegramChannel(settings, desk, staff=staff_desk)]


async def serve(
    settings: Settings,
    profile: Profile | None = None,
    *,
    host: str = "0.0.0.0",
    port: int | None = None,
) -> None:
    """Run the server until SIGINT or SIGTERM."""
    # httpx logs every request's URL at INFO: one line per Bot API call.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if port:
        settings = replace(settings, port=port)  # links to the console name the port it is on
    port = settings.port
    desk = build_desk(settings, profile or load_profile(settings.policy))
    # The port is taken before anything starts: one in use fails here, with nothing to undo.
    listening = socket.create_server((host, port), backlog=1024)
    app = create_app(settings, desk, services=build_services(settings, desk))
    log_startup(settings, desk.profile)
    runner = make_runner(app)
    try:
        await runner.setup()
        await web.SockSite(runner, listening).start()
        tune_collector()
        logger.info("serving on http://%s:%s", host, port)
        await _until_signalled()
    finally:
        await runner.cleanup()
        listening.close()


# How long a connection may take to send a request's headers (and stay idle between
# requests): a client that trickles bytes is cut off instead of holding a socket for an hour.
HEADER_TIMEOUT = 15.0
LINGER = 2.0


def make_runner(app: web.Application, *, header_timeout: float = HEADER_TIMEOUT) -> web.AppRunner:
    """Give the runner `serve` uses: no access log, slow clients timed out."""
    # aiohttp's keep-alive timer runs from the moment a connection opens and closes it when
    # no complete request has arrived by then; bodies are bounded by BODY_TIMEOUT, and what a
    # client still sends after we answered is read for LINGER seconds at most, not ten.
    return web.AppRunner(
        app, handle_signals=False, access_log=None, keepalive_timeout=header_timeout,
        lingering_time=min(LINGER, header_timeout),
    )


def hide_secrets(settings: Settings) -> None:
    """Keep every configured secret out of every log line, at every level."""
    redact.hide(
        settings.telegram_bot_token, settings.telegram_webhook_secret, settings.twilio_auth_token,
        settings.whatsapp_access_token, settings.whatsapp_app_secret,
        settings.whatsapp_verify_token, settings.bridge_secret,
    )


def tune_collector() -> None:
    """Once start-up is done: everything loaded so far lives as long as the process, so keep
    the garbage collector off it, and let it run less often, so that a burst of messages is
    not paused by full collections."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)


async def _until_signalled() -> None:
    """Wait for SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    logger.info("stopping")


__all__ = ["create_app", "serve", "build_senders", "make_runner"]
