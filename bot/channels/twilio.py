"""Twilio SMS and WhatsApp: one form-encoded webhook answered in TwiML, and the REST sender.

Twilio signs every webhook with `X-Twilio-Signature`: base64 HMAC-SHA1, keyed with the auth
token, of the URL Twilio called followed by every POSTed parameter name and value in sorted
order. The URL is taken from `PUBLIC_BASE_URL`, never from the request, because behind a proxy
the request's own URL is not the one Twilio signed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit
from xml.sax.saxutils import escape

import aiohttp
from aiohttp import web

from bot import delivery
from bot.channels.base import (
    OperatorAlert,
    PermanentFailure,
    Scope,
    SendError,
    TemporaryFailure,
    Unreachable,
    WindowClosed,
)
from bot.channels.http import bad_request, post_checked, read_body, retry_after
from bot.channels.render import render_numbered
from bot.delivery import DeliveryPolicy
from bot.settings import Settings
from bot.sms import plain_for_sms, split_sms, split_text
from flows.engine import Desk
from flows.messages import IncomingMessage, Reply
from storage import outbox, reach
from storage.datasources import mask_phone

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/twilio"
STATUS_PATH = "/webhooks/twilio/status"
DEFAULT_API_BASE = "https://api.twilio.com"
WHATSAPP_PREFIX = "whatsapp:"
MAX_BODY_CHARS = 1600
REQUIRED = ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL")

_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")


def missing_settings(settings: Settings) -> list[str]:
    """Name the variables Twilio still needs; empty when it is on."""
    values = (settings.twilio_account_sid, settings.twilio_auth_token, settings.public_base_url)
    return [name for name, value in zip(REQUIRED, values) if not value]


# -- signatures ------------------------------------------------------------------------------


def compute_signature(auth_token: str, url: str, params: Iterable[tuple[str, str]]) -> str:
    """Sign a URL and its POSTed parameters as Twilio does: each distinct name and value pair
    once, sorted by name, then value."""
    data = url + "".join(name + value for name, value in sorted(set(params)))
    digest = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def signature_valid(auth_token: str, url: str, params: list[tuple[str, str]], given: str) -> bool:
    """Check a signature against the URL with and without its default port, as Twilio's does."""
    return any(
        hmac.compare_digest(
            compute_signature(auth_token, candidate, params).encode(), given.encode()
        )
        for candidate in _with_and_without_port(url)
    )


@lru_cache(maxsize=8)  # one webhook URL per desk: worked out once, not on every request
def _with_and_without_port(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    if parts.port:
        return url, urlunsplit(parts._replace(netloc=parts.hostname or ""))
    port = 443 if parts.scheme == "https" else 80
    return url, urlunsplit(parts._replace(netloc=f"{parts.netloc}:{port}"))


# -- the webhook -----------------------------------------------------------------------------


# Words that Twilio itself acts on for a long code or a Messaging Service (its Advanced
# Opt-Out): the opt-out words block every message from our number until the person writes an
# opt-in word, and Twilio answers them and HELP itself.
OPT_OUT_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"})
OPT_IN_WORDS = frozenset({"START", "UNSTOP", "YES"})
HELP_WORDS = frozenset({"HELP", "INFO"})
# Twilio's error codes in status callbacks, as the reason staff are told.
STATUS_WHY = {"21610": "unreachable", "63016": "window", "21211": "invalid", "21614": "invalid",
              "30003": "invalid", "30005": "invalid", "30006": "invalid", "21408": "refused",
              "30007": "refused"}


@dataclass(frozen=True)
class TwilioWebhook:
    """Turn Twilio's POSTs into messages for the desk and the desk's replies into TwiML."""

    auth_token: str
    url: str
    status_url: str
    policy: DeliveryPolicy = DeliveryPolicy()

    @classmethod
    def from_settings(cls, settings: Settings, policy: DeliveryPolicy | None = None) -> TwilioWebhook | None:
        """Build the webhook, or None when Twilio is off."""
        if missing_settings(settings):
            return None
        assert settings.twilio_auth_token and settings.public_base_url
        return cls(settings.twilio_auth_token, settings.public_base_url + WEBHOOK_PATH,
                   settings.public_base_url + STATUS_PATH, policy or DeliveryPolicy())

    def _checked(self, request: web.Request, url: str, params: list[tuple[str, str]]) -> None:
        signature = request.headers.get("X-Twilio-Signature", "")
        if not signature or not signature_valid(self.auth_token, url, params, signature):
            raise web.HTTPUnauthorized(text="bad or missing X-Twilio-Signature")

    async def handle(self, request: web.Request, desk: Desk) -> web.Response:
        """Check, parse and answer one Twilio webhook."""
        params = parse_form(await read_body(request))
        self._checked(request, self.url, params)
        message = incoming_message(dict(params))
        word = message.text.strip().upper()
        if message.channel == "sms" and word in HELP_WORDS:
            return _twiml_response([], message.channel)  # Twilio has answered it already
        await self._note(message, word, desk)
        replies = await desk.handle(message)
        logger.debug("twilio %s from %s: %d replies", message.channel,
                    mask_phone(message.verified_phone or ""), len(replies))
        if message.channel == "sms" and word in OPT_OUT_WORDS:
            # Twilio answers the opt-out itself and would refuse anything more (21610).
            return _twiml_response([], message.channel)
        return _twiml_response(replies, message.channel)

    async def _note(self, message: IncomingMessage, word: str, desk: Desk) -> None:
        """Keep what this message tells of reaching the person later."""
        if message.channel == "whatsapp":
            await reach.note_inbound("twilio", message.sender_id, desk.now())
            await outbox.release_held("twilio", message.sender_id)
        elif word in OPT_OUT_WORDS:
            if await reach.mark_unreachable("twilio", message.sender_id, "stop"):
                logger.info("twilio: %s texted %s: no SMS goes to it until it writes START",
                            mask_phone(message.sender_id), word)
        elif word in OPT_IN_WORDS:
            await reach.reachable_again("twilio", message.sender_id)

    async def handle_status(self, request: web.Request) -> web.Response:
        """Record one status callback: forged 401, unknown message 200 and ignored."""
        params = parse_form(await read_body(request))
        self._checked(request, self.status_url, params)
        form = dict(params)
        sid, status = form.get("MessageSid") or form.get("SmsSid"), form.get("MessageStatus") or form.get("SmsStatus")
        if not sid or not status:
            raise bad_request("MessageSid or MessageStatus is missing")
        code = form.get("ErrorCode") or None
        report = delivery.StatusReport("twilio", sid, status, code, form.get("ErrorMessage"))
        if not await delivery.record(report, self.policy, datetime.now(timezone.utc), STATUS_WHY):
            logger.info("twilio status for an unknown message ignored")
        return web.Response(text="", content_type="text/plain")


def _twiml_response(replies: list[Reply], channel: str) -> web.Response:
    return web.Response(text=twiml(replies, channel), content_type="text/xml")


def parse_form(body: bytes) -> list[tuple[str, str]]:
    """Read a form-encoded body, keeping every value of every parameter."""
    try:
        return parse_qsl(body.decode("utf-8"), keep_blank_values=True)
    except (UnicodeDecodeError, ValueError):
        raise bad_request("body is not form-encoded UTF-8") from None


def incoming_message(form: dict[str, str]) -> IncomingMessage:
    """Build the desk's message from Twilio's parameters."""
    sender, sid = form.get("From", ""), form.get("MessageSid") or form.get("SmsSid")
    if not sid:
        raise bad_request("MessageSid is missing")
    channel = "whatsapp" if sender.startswith(WHATSAPP_PREFIX) else "sms"
    phone = sender.removeprefix(WHATSAPP_PREFIX)
    if not _E164.match(phone):
        raise bad_request("From is not an E.164 phone number")
    return IncomingMessage(
        transport="twilio",
        channel=channel,
        # The prefix keeps SMS and WhatsApp conversations apart and is the address later
        # messages go to; the phone itself makes both one subject.
        sender_id=sender,
        verified_phone=phone,
        text=form.get("Body", ""),
        external_id=sid,
    )


def reply_texts(replies: list[Reply], channel: str) -> list[str]:
    """Render replies as message bodies, split to fit the medium."""
    return [text for reply in replies for text in _bodies(render_numbered(reply), channel)]


@lru_cache(maxsize=1024)
def _bodies(body: str, channel: str) -> tuple[str, ...]:
    """Split one rendered reply to fit the medium. The same menus and explanations go out over
    and over, and measuring a long one for SMS costs more than the rest of its answer: each
    is split once."""
    if channel == "whatsapp":
        return tuple(split_text(body, MAX_BODY_CHARS))
    return tuple(split_sms(plain_for_sms(body)))


def twiml(replies: list[Reply], channel: str) -> str:
    """Render replies as a TwiML document, one `<Message>` per message."""
    messages = "".join(f"<Message>{escape(text)}</Message>" for text in reply_texts(replies, channel))
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{messages}</Response>'


# -- the sender ------------------------------------------------------------------------------


def basic_auth(user: str, password: str) -> str:
    """Build an HTTP basic Authorization header value."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class TwilioSender:
    """Send outbox messages through Twilio's REST API: `+92…` by SMS, `whatsapp:+92…` else.

    Every message asks for status callbacks at `/webhooks/twilio/status`, so that the desk
    learns whether it arrived, not only that Twilio took it.
    """

    transport = "twilio"

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        account_sid: str,
        auth_token: str,
        from_sms: str | None,
        from_whatsapp: str | None,
        api_base: str | None = None,
        messaging_service_sid: str | None = None,
        content_sid: str | None = None,
        status_callback: str | None = None,
    ) -> None:
        self.session = session
        self.headers = {"Authorization": basic_auth(account_sid, auth_token)}
        self.from_sms, self.from_whatsapp = from_sms, from_whatsapp
        self.messaging_service_sid, self.content_sid = messaging_service_sid, content_sid
        self.status_callback = status_callback
        self.url = f"{api_base or DEFAULT_API_BASE}/2010-04-01/Accounts/{account_sid}/Messages.json"

    @classmethod
    def from_settings(
        cls, settings: Settings, session: aiohttp.ClientSession
    ) -> TwilioSender | None:
        """Build the sender, or None when Twilio is off."""
        if not (settings.twilio_account_sid and settings.twilio_auth_token):
            return None
        return cls(
            session,
            account_sid=settings.twilio_account_sid,
            auth_token=settings.twilio_auth_token,
            from_sms=settings.twilio_from_sms,
            from_whatsapp=settings.twilio_from_whatsapp,
            api_base=settings.twilio_api_base,
            messaging_service_sid=settings.twilio_messaging_service_sid,
            content_sid=settings.twilio_whatsapp_content_sid,
            status_callback=(settings.public_base_url + STATUS_PATH) if settings.public_base_url else None,
        )

    @property
    def has_template(self) -> bool:
        """Tell whether WhatsApp people can be reached outside their 24-hour window."""
        return self.content_sid is not None

    async def send(self, address: str, payload: dict[str, Any]) -> str | None:
        """Send one outbox payload, in as few messages as the medium allows; give the last sid."""
        body = render_numbered(Reply.from_json(payload))
        if not address.startswith(WHATSAPP_PREFIX):
            body = plain_for_sms(body)
        sid = None
        # Twilio joins up to 1600 characters into one concatenated SMS itself.
        for number, part in enumerate(split_text(body, MAX_BODY_CHARS)):
            sid = await self._post(address, {"Body": part}, _idempotency(payload, number))
        return sid

    async def send_template(self, address: str, ref: str, language: str) -> str | None:
        """Send the approved Content template (variable 1 = the reference) on WhatsApp."""
        if self.content_sid is None:
            raise PermanentFailure("TWILIO_WHATSAPP_CONTENT_SID is not set: no template to send")
        variables = json.dumps({"1": ref}, ensure_ascii=False)
        return await self._post(address, {"ContentSid": self.content_sid,
                                          "ContentVariables": variables}, {})

    async def _post(self, address: str, content: dict[str, str], extra: dict[str, str]) -> str | None:
        data = {**self._from(address), "To": address, **content}
        if self.status_callback:
            data["StatusCallback"] = self.status_callback
        answer = await post_checked(self.session, "POST", self.url, data=data,
                                    headers={**self.headers, **extra}, classify=twilio_error)
        sid = answer.get("sid")
        return sid if isinstance(sid, str) and sid else None

    def _from(self, address: str) -> dict[str, str]:
        if address.startswith(WHATSAPP_PREFIX):
            if not self.from_whatsapp:
                raise PermanentFailure("TWILIO_FROM_WHATSAPP is not set: cannot send on WhatsApp")
            return {"From": WHATSAPP_PREFIX + self.from_whatsapp.removeprefix(WHATSAPP_PREFIX)}
        # A Messaging Service carries Advanced Opt-Out: its own STOP and HELP replies, per language.
        if self.messaging_service_sid:
            return {"MessagingServiceSid": self.messaging_service_sid}
        if not self.from_sms:
            raise PermanentFailure("TWILIO_FROM_SMS is not set: cannot send SMS")
        return {"From": self.from_sms}


# Twilio's error codes (https://www.twilio.com/docs/api/errors) and what each means for a send.
TEMPORARY_CODES = frozenset({"20429", "30001", "30017"})
UNREACHABLE_CODES = frozenset({"21610"})
PERMANENT_CODES = frozenset({"21211", "21408", "21614", "21612", "21606", "30003", "30004",
                             "30005", "30006", "30007", "30008", "63003"})
WINDOW_CODES = frozenset({"63016"})
CREDENTIAL_CODES = frozenset({"20003"})
THROTTLE_WAIT_SECONDS = 5.0


def twilio_error(status: int, headers: Mapping[str, str], body: dict[str, Any], reason: str) -> SendError | None:
    """Turn Twilio's error code into the failure it is; None for an answer without one."""
    code = str(body.get("code") or "")
    return failure_for_code(code, reason, retry_after(headers.get("Retry-After")))


def failure_for_code(code: str, reason: str, wait: float | None = None) -> SendError | None:
    """Say what a Twilio error code means for a message, in the outbox's terms."""
    if code in TEMPORARY_CODES:
        scope: Scope = "transport" if code == "20429" else "message"
        return TemporaryFailure(reason, wait if wait is not None else THROTTLE_WAIT_SECONDS,
                                code=code, scope=scope)
    if code in UNREACHABLE_CODES:
        return Unreachable(reason, code=code)
    if code in WINDOW_CODES:
        return WindowClosed(reason, code=code)
    if code in CREDENTIAL_CODES:
        return OperatorAlert(reason, code=code)
    if code in PERMANENT_CODES:
        return PermanentFailure(reason, code=code)
    return None


def _idempotency(payload: dict[str, Any], part: int) -> dict[str, str]:
    """Name a send by its outbox row, for a proxy or gateway that drops repeats.

    Twilio itself does not de-duplicate: a send in flight when its process dies may reach
    Twilio twice (once, and once more after the lease runs out), never zero times.
    """
    if "outbox_id" not in payload:
        return {}
    return {"Idempotency-Key": f"outbox-{payload['outbox_id']}-{part}"}
