"""WhatsApp through Meta's Cloud API: the webhook (handshake and signed POSTs) and the sender.

The webhook answers 200 as soon as each message has been handled by the desk and its replies
written to the outbox; the replies go out through the Graph API from there, so an outage at
Meta loses nothing and a repeated webhook queues nothing twice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import aiohttp
from aiohttp import web

from bot import delivery
from bot.channels.base import (
    OperatorAlert,
    PermanentFailure,
    SendError,
    TemporaryFailure,
    WindowClosed,
)
from bot.channels.http import (
    bad_request,
    parse_json,
    post_checked,
    read_body,
    signature_matches,
    text_matches,
)
from bot.channels.render import render_numbered
from bot.delivery import DeliveryPolicy
from bot.settings import Settings
from bot.sms import split_text
from flows.engine import Desk
from flows.messages import IncomingMessage, Option, Reply
from storage import outbox, reach
from storage.datasources import mask_phone

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/whatsapp"
DEFAULT_API_BASE = "https://graph.facebook.com/v21.0"
REQUIRED = (
    "WHATSAPP_ACCESS_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
    "WHATSAPP_APP_SECRET",
    "WHATSAPP_VERIFY_TOKEN",
)
# Meta's limits on interactive messages.
MAX_BUTTONS, BUTTON_TITLE, BUTTON_ID = 3, 20, 256
MAX_ROWS, ROW_TITLE, ROW_DESCRIPTION, ROW_ID, LIST_BUTTON = 10, 24, 72, 200, 20
INTERACTIVE_BODY, TEXT_BODY = 1024, 4096
SKIPPED_TYPES = frozenset({"reaction", "system", "unsupported", "request_welcome"})

_DIGITS = re.compile(r"^[1-9][0-9]{6,14}$")
_URDU_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def missing_settings(settings: Settings) -> list[str]:
    """Name the variables WhatsApp still needs; empty when it is on."""
    values = (
        settings.whatsapp_access_token,
        settings.whatsapp_phone_number_id,
        settings.whatsapp_app_secret,
        settings.whatsapp_verify_token,
    )
    return [name for name, value in zip(REQUIRED, values) if not value]


# -- the webhook -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WhatsAppWebhook:
    """Answer Meta's handshake and turn its signed POSTs into messages for the desk."""

    app_secret: str
    verify_token: str
    phone_number_id: str
    policy: DeliveryPolicy = DeliveryPolicy()

    @classmethod
    def from_settings(cls, settings: Settings, policy: DeliveryPolicy | None = None) -> WhatsAppWebhook | None:
        """Build the webhook, or None when WhatsApp is off."""
        if missing_settings(settings):
            return None
        assert settings.whatsapp_app_secret and settings.whatsapp_verify_token
        assert settings.whatsapp_phone_number_id
        return cls(
            settings.whatsapp_app_secret,
            settings.whatsapp_verify_token,
            settings.whatsapp_phone_number_id,
            policy or DeliveryPolicy(),
        )

    def handshake(self, request: web.Request) -> web.Response:
        """Echo `hub.challenge` when Meta subscribes with our verify token."""
        query = request.query
        if query.get("hub.mode") != "subscribe" or not text_matches(
            query.get("hub.verify_token"), self.verify_token
        ):
            raise web.HTTPForbidden(text="wrong hub.mode or hub.verify_token")
        return web.Response(text=query.get("hub.challenge", ""))

    async def handle(self, request: web.Request, desk: Desk) -> web.Response:
        """Check and parse one POST, hand each message to the desk in order, queue the replies."""
        body = await read_body(request)
        if not signature_matches(request.headers.get("X-Hub-Signature-256"), self.app_secret, body):
            raise web.HTTPUnauthorized(text="bad or missing X-Hub-Signature-256")
        payload = parse_json(body)
        for message in incoming_messages(payload, self.phone_number_id):
            # The person wrote: their window is open again, and what waited for it goes first.
            await reach.note_inbound("whatsapp", message.sender_id, desk.now())
            await outbox.release_held("whatsapp", message.sender_id)
            # The turn queues its replies in its own transaction (`replies_later`).
            replies = await desk.handle(message)
            logger.info("whatsapp from %s: %d replies queued",
                        mask_phone(message.sender_id), len(replies))
        for report in status_reports(payload, self.phone_number_id):
            if not await delivery.record(report, self.policy, datetime.now(timezone.utc), STATUS_WHY):
                logger.info("whatsapp status for an unknown message ignored")
        return web.json_response({"ok": True})


def incoming_messages(payload: dict[str, Any], phone_number_id: str) -> list[IncomingMessage]:
    """Find every person's message in a webhook, in order; statuses and the unknown are ignored."""
    if not isinstance(payload.get("entry"), list):
        raise bad_request("entry is missing or not a list")
    messages: list[IncomingMessage] = []
    for entry in _objects(payload["entry"], "entry"):
        for change in _objects(entry.get("changes"), "entry[].changes"):
            value = change.get("value")
            if isinstance(value, dict) and _is_ours(value, phone_number_id):
                messages.extend(_messages_of(value))
    return messages


# Meta's error codes in a failed status, as the reason staff are told.
STATUS_WHY = {"131047": "window", "131026": "invalid", "131051": "refused", "131049": "undelivered",
              "131050": "refused"}


def status_reports(payload: dict[str, Any], phone_number_id: str) -> list[delivery.StatusReport]:
    """Find every status of a message we sent (sent, delivered, read, failed with its errors)."""
    reports = []
    for entry in _objects(payload.get("entry"), "entry"):
        for change in _objects(entry.get("changes"), "entry[].changes"):
            value = change.get("value")
            if not (isinstance(value, dict) and _is_ours(value, phone_number_id)):
                continue
            for status in _objects(value.get("statuses"), "statuses"):
                wamid, state = status.get("id"), status.get("status")
                if not (isinstance(wamid, str) and isinstance(state, str)):
                    raise bad_request("statuses[] needs an id and a status")
                errors = _objects(status.get("errors"), "statuses[].errors")
                first = errors[0] if errors else {}
                code = str(first["code"]) if "code" in first else None
                text = first.get("message") or first.get("title")
                reports.append(delivery.StatusReport("whatsapp", wamid, state, code,
                                                     str(text) if text else None))
    return reports


def _objects(value: Any, where: str) -> list[dict[str, Any]]:
    """Give a list of objects, [] when absent, 400 when it is something else."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise bad_request(f"{where} is not a list of objects")
    return value


def _is_ours(value: dict[str, Any], phone_number_id: str) -> bool:
    """Tell whether a change is addressed to our phone number (one app may serve several)."""
    metadata = value.get("metadata")
    their_id = metadata.get("phone_number_id") if isinstance(metadata, dict) else None
    if their_id is not None and str(their_id) != phone_number_id:
        logger.info("whatsapp change for another phone number id ignored")
        return False
    return True


def _messages_of(value: dict[str, Any]) -> list[IncomingMessage]:
    contacts = _objects(value.get("contacts"), "contacts")
    names = {str(c.get("wa_id") or c.get("user_id")): _profile_name(c) for c in contacts}
    found = []
    for raw in _objects(value.get("messages"), "messages"):
        message = _message(raw, contacts, names)
        if message is not None:
            found.append(message)
    return found


def _message(
    raw: dict[str, Any], contacts: list[dict[str, Any]], names: dict[str, str | None]
) -> IncomingMessage | None:
    """Build one message; None for reactions, system notices and senders we cannot answer."""
    wamid = raw.get("id")
    if not isinstance(wamid, str) or not wamid:
        raise bad_request("messages[].id is missing")
    if raw.get("type") in SKIPPED_TYPES:
        return None
    sender = _sender(raw, contacts)
    if sender is None:
        logger.warning("whatsapp message %s has no sender id; cannot answer it", wamid[-8:])
        return None
    text, option = _content(raw)
    phone = str(raw.get("from") or "")
    return IncomingMessage(
        transport="whatsapp",
        channel="whatsapp",
        sender_id=sender,
        # Meta vouches for `from`; a person known only by a business-scoped user id (a
        # username without a shared number) is unverified and asked for a number and a code.
        verified_phone="+" + phone if _DIGITS.match(phone) else None,
        text=text,
        option=option,
        external_id=wamid,
        display_name=names.get(sender),
        replies_later=True,
    )


def _sender(raw: dict[str, Any], contacts: list[dict[str, Any]]) -> str | None:
    """Find who wrote: the phone (`from`), else the business-scoped user id."""
    for key in ("from", "from_user_id"):
        if isinstance(raw.get(key), str) and raw[key]:
            return str(raw[key])
    if len(contacts) == 1:
        found = contacts[0].get("wa_id") or contacts[0].get("user_id")
        return str(found) if found else None
    return None


def _profile_name(contact: dict[str, Any]) -> str | None:
    profile = contact.get("profile")
    name = profile.get("name") if isinstance(profile, dict) else None
    return name if isinstance(name, str) else None


def _content(raw: dict[str, Any]) -> tuple[str, str | None]:
    """Give the text of a message and the option it picked, if any."""
    kind = raw.get("type")
    body = raw.get(kind) if isinstance(kind, str) else None
    body = body if isinstance(body, dict) else {}
    if kind == "text":
        return str(body.get("body", "")), None
    if kind == "interactive":
        picked = body.get(str(body.get("type")))
        picked = picked if isinstance(picked, dict) else {}
        return str(picked.get("title", "")), _text_or_none(picked.get("id"))
    if kind == "button":
        return str(body.get("text", "")), _text_or_none(body.get("payload"))
    return str(body.get("caption", "")), None


def _text_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


# -- rendering -------------------------------------------------------------------------------


def graph_messages(address: str, reply: Reply) -> list[dict[str, Any]]:
    """Render one reply as Graph API message bodies: text, reply buttons or a list."""
    if not reply.options or len(reply.options) > MAX_ROWS:
        return [_text(address, part) for part in split_text(render_numbered(reply), TEXT_BODY)]
    parts = split_text(reply.text, INTERACTIVE_BODY) or ["…"]
    texts = [_text(address, part) for part in parts[:-1]]
    return texts + [_envelope(address, "interactive", _interactive(parts[-1], reply.options))]


def _interactive(body: str, options: tuple[Option, ...]) -> dict[str, Any]:
    if len(options) <= MAX_BUTTONS and all(len(o.label) <= BUTTON_TITLE for o in options):
        buttons = [
            {"type": "reply", "reply": {"id": o.key[:BUTTON_ID], "title": o.label}}
            for o in options
        ]
        return {"type": "button", "body": {"text": body}, "action": {"buttons": buttons}}
    rows = [_row(o) for o in options]
    action = {"button": _list_button(body), "sections": [{"rows": rows}]}
    return {"type": "list", "body": {"text": body}, "action": action}


def _row(option: Option) -> dict[str, str]:
    """A list row; a label too long for the title is shown whole in the description."""
    row = {"id": option.key[:ROW_ID], "title": _shorten(option.label, ROW_TITLE)}
    if len(option.label) > ROW_TITLE:
        row["description"] = _shorten(option.label, ROW_DESCRIPTION)
    return row


def _list_button(body: str) -> str:
    return "انتخاب کریں" if _URDU_SCRIPT.search(body) else "Choose"


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text(address: str, text: str) -> dict[str, Any]:
    return _envelope(address, "text", {"body": text, "preview_url": False})


def _envelope(address: str, kind: str, content: dict[str, Any]) -> dict[str, Any]:
    # A person known only by a business-scoped user id is addressed as `recipient`.
    to_field = "to" if _DIGITS.match(address) else "recipient"
    return {"messaging_product": "whatsapp", "recipient_type": "individual",
            to_field: address, "type": kind, kind: content}


# -- the sender ------------------------------------------------------------------------------


class WhatsAppSender:
    """Send outbox messages through the Graph API messages endpoint; outside a person's
    24-hour window, the approved template `WHATSAPP_REPLY_TEMPLATE`."""

    transport = "whatsapp"

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        access_token: str,
        phone_number_id: str,
        api_base: str | None = None,
        template: str | None = None,
    ) -> None:
        self.session, self.template = session, template
        self.headers = {"Authorization": f"Bearer {access_token}"}
        self.url = f"{api_base or DEFAULT_API_BASE}/{phone_number_id}/messages"

    @classmethod
    def from_settings(
        cls, settings: Settings, session: aiohttp.ClientSession
    ) -> WhatsAppSender | None:
        """Build the sender, or None when WhatsApp is off."""
        if missing_settings(settings):
            return None
        assert settings.whatsapp_access_token and settings.whatsapp_phone_number_id
        return cls(
            session,
            access_token=settings.whatsapp_access_token,
            phone_number_id=settings.whatsapp_phone_number_id,
            api_base=settings.whatsapp_api_base,
            template=settings.whatsapp_reply_template,
        )

    @property
    def has_template(self) -> bool:
        """Tell whether people can be reached outside their 24-hour window."""
        return self.template is not None

    async def send(self, address: str, payload: dict[str, Any]) -> str | None:
        """Send one outbox payload as one or more Graph API messages; give the last wamid."""
        wamid = None
        for body in graph_messages(address, Reply.from_json(payload)):
            wamid = await self._post(body)
        return wamid

    async def send_template(self, address: str, ref: str, language: str) -> str | None:
        """Send the approved template in the person's language, parameter 1 = the reference."""
        if self.template is None:
            raise PermanentFailure("WHATSAPP_REPLY_TEMPLATE is not set: no template to send")
        return await self._post(template_message(address, self.template, ref, language))

    async def _post(self, body: dict[str, Any]) -> str | None:
        answer = await post_checked(self.session, "POST", self.url, json=body,
                                    headers=self.headers, classify=graph_error)
        messages = answer.get("messages")
        first = messages[0] if isinstance(messages, list) and messages else None
        wamid = first.get("id") if isinstance(first, dict) else None
        return wamid if isinstance(wamid, str) and wamid else None


def template_message(address: str, name: str, ref: str, language: str) -> dict[str, Any]:
    """Build a template message: the approved `name` in `en` or `ur`, body parameter 1 = ref."""
    content = {
        "name": name,
        "language": {"policy": "deterministic", "code": "ur" if language == "ur" else "en"},
        "components": [{"type": "body", "parameters": [{"type": "text", "text": ref}]}],
    }
    return _envelope(address, "template", content)


# Graph API error codes (Meta's "Error codes" page for the Cloud API) and what each means.
TRANSPORT_WAIT_CODES = {"4": 60.0, "80007": 60.0, "130429": 5.0}
RETRY_CODES = frozenset({"131000", "131016"})
PAIR_RATE_CODE, PAIR_RATE_SECONDS = "131056", 6.0
WINDOW_CODES = frozenset({"131047"})
CREDENTIAL_CODES = frozenset({"0", "190", "131005"})


def graph_error(status: int, headers: Mapping[str, str], body: dict[str, Any], reason: str) -> SendError | None:
    """Turn the Graph API's error code into the failure it is; None for an answer without one."""
    error = body.get("error")
    code = str(error.get("code")) if isinstance(error, dict) and "code" in error else ""
    return failure_for_code(code, reason)


def failure_for_code(code: str, reason: str) -> SendError | None:
    """Say what a Graph API error code means for a message, in the outbox's terms."""
    if code in TRANSPORT_WAIT_CODES:
        return TemporaryFailure(reason, TRANSPORT_WAIT_CODES[code], code=code, scope="transport")
    if code == PAIR_RATE_CODE:
        # Meta's pair rate: about one message every 6 seconds to one person.
        return TemporaryFailure(reason, PAIR_RATE_SECONDS, code=code, scope="address",
                                at_least=PAIR_RATE_SECONDS)
    if code in RETRY_CODES:
        return TemporaryFailure(reason, code=code)
    if code in WINDOW_CODES:
        return WindowClosed(reason, code=code)
    if code in CREDENTIAL_CODES:
        return OperatorAlert(reason, code=code)
    return PermanentFailure(reason, code=code) if code else None
