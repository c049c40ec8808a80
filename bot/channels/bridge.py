"""A generic SMS gateway bridge (SPEC section 4): signed JSON in, JSON replies out.

In: `{"id", "channel", "from", "text"}` with `X-Bridge-Signature: sha256=<hex HMAC-SHA256 of
the raw body with BRIDGE_SECRET>`; the answer is `{"replies": [{"text", "options": [labels]}]}`.
Later messages are POSTed to `BRIDGE_OUTBOUND_URL`, signed the same way, as
`{"to", "channel", "text", "options"}`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from bot.channels.http import (
    bad_request,
    hmac_sha256_hex,
    parse_json,
    post_checked,
    read_body,
    signature_matches,
)
from bot.settings import Settings
from flows.engine import Desk
from flows.messages import IncomingMessage, Reply
from storage.datasources import mask_phone

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/bridge"
SIGNATURE_HEADER = "X-Bridge-Signature"
BRIDGE_CHANNELS = ("sms", "whatsapp")
WHATSAPP_PREFIX = "whatsapp:"

_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")


def missing_settings(settings: Settings) -> list[str]:
    """Name the variables the bridge still needs; empty when it is on."""
    return [] if settings.bridge_secret else ["BRIDGE_SECRET"]


@dataclass(frozen=True)
class BridgeWebhook:
    """Turn the gateway's signed POSTs into messages for the desk and answer in JSON."""

    secret: str

    @classmethod
    def from_settings(cls, settings: Settings) -> BridgeWebhook | None:
        """Build the webhook, or None when the bridge is off."""
        return cls(settings.bridge_secret) if settings.bridge_secret else None

    async def handle(self, request: web.Request, desk: Desk) -> web.Response:
        """Check, parse and answer one bridge delivery."""
        body = await read_body(request)
        if not signature_matches(request.headers.get(SIGNATURE_HEADER), self.secret, body):
            raise web.HTTPUnauthorized(text=f"bad or missing {SIGNATURE_HEADER}")
        message = incoming_message(parse_json(body))
        replies = await desk.handle(message)
        logger.debug("bridge %s from %s: %d replies", message.channel,
                    mask_phone(message.verified_phone or ""), len(replies))
        return web.json_response({"replies": [reply_json(r) for r in replies]})


def incoming_message(data: dict[str, Any]) -> IncomingMessage:
    """Build the desk's message from a bridge body; unknown fields are ignored."""
    delivery, phone, text = data.get("id"), data.get("from"), data.get("text", "")
    channel = data.get("channel", "sms")
    if not isinstance(delivery, (str, int)) or isinstance(delivery, bool) or delivery == "":
        raise bad_request("id is missing")
    if not isinstance(phone, str) or not _E164.match(phone):
        raise bad_request("from is not an E.164 phone number")
    if not isinstance(text, str):
        raise bad_request("text is not a string")
    if channel not in BRIDGE_CHANNELS:
        raise bad_request(f"channel must be one of {', '.join(BRIDGE_CHANNELS)}")
    return IncomingMessage(
        transport="bridge",
        channel=channel,
        # The address later messages go to: the phone for SMS, prefixed for WhatsApp.
        sender_id=phone if channel == "sms" else WHATSAPP_PREFIX + phone,
        verified_phone=phone,
        text=text,
        external_id=str(delivery),
    )


def reply_json(reply: Reply) -> dict[str, Any]:
    """Render a reply for the gateway: its text and its options' labels."""
    return {"text": reply.text, "options": [o.label for o in reply.options]}


class BridgeSender:
    """POST outbox messages, signed, to the gateway's BRIDGE_OUTBOUND_URL."""

    transport = "bridge"

    def __init__(self, session: aiohttp.ClientSession, *, url: str, secret: str) -> None:
        self.session, self.url, self.secret = session, url, secret

    @classmethod
    def from_settings(
        cls, settings: Settings, session: aiohttp.ClientSession
    ) -> BridgeSender | None:
        """Build the sender, or None when the bridge has nowhere to send."""
        if not (settings.bridge_secret and settings.bridge_outbound_url):
            return None
        return cls(session, url=settings.bridge_outbound_url, secret=settings.bridge_secret)

    async def send(self, address: str, payload: dict[str, Any]) -> None:
        """Send one outbox payload to a phone through the gateway."""
        channel = "whatsapp" if address.startswith(WHATSAPP_PREFIX) else "sms"
        body = {"to": address.removeprefix(WHATSAPP_PREFIX), "channel": channel,
                **reply_json(Reply.from_json(payload))}
        if "outbox_id" in payload:
            # Lets the gateway drop a message resent after a crash between its 200 and our record.
            body["id"] = f"outbox-{payload['outbox_id']}"
        raw = json.dumps(body, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json",
                   SIGNATURE_HEADER: "sha256=" + hmac_sha256_hex(self.secret, raw)}
        await post_checked(self.session, "POST", self.url, data=raw, headers=headers)
