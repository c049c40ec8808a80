"""What every webhook and every outbound sender share: body limits, HMAC checks, HTTP failures."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
from aiohttp import web

from bot.channels.base import PermanentFailure, SendError, TemporaryFailure
from bot.redact import loggable_path
from storage.datasources import mask_phone

logger = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
SEND_TIMEOUT = aiohttp.ClientTimeout(total=15)


# A client gets this long to send its whole body once its headers are in; the headers
# themselves are bounded by the server's keep-alive timeout (`bot.server.runner`).
BODY_TIMEOUT = web.AppKey("body_timeout", float)
DEFAULT_BODY_TIMEOUT = 10.0


class ClientGone(web.HTTPBadRequest):
    """The client hung up, or stalled, before its body was in: nothing was read or stored."""


async def read_body(request: web.Request) -> bytes:
    """Read a webhook body, refusing anything over 64 KiB with 413.

    A client that hangs up or stalls mid-body is the client's failure, not the database's:
    it becomes a 400 (408 when it stalled), logged at debug level only.
    """
    length = request.content_length
    if length is not None and length > MAX_BODY:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY, actual_size=length)
    try:
        async with asyncio.timeout(request.app.get(BODY_TIMEOUT, DEFAULT_BODY_TIMEOUT)):
            return await request.read()
    except TimeoutError:
        logger.debug("%s: body not sent in time; connection closed", loggable_path(request))
        timed_out = web.HTTPRequestTimeout(text="body not sent in time")
        timed_out.force_close()  # else the connection waits on for the rest of the body
        raise timed_out from None
    except (OSError, aiohttp.ClientPayloadError, aiohttp.ClientConnectionError):
        logger.debug("%s: the client hung up mid-body", loggable_path(request))
        raise ClientGone(text="the connection closed before the body ended") from None


def bad_request(reason: str) -> web.HTTPBadRequest:
    """Build a 400 answer with a short reason."""
    return web.HTTPBadRequest(text=reason)


def parse_json(body: bytes) -> dict[str, Any]:
    """Read a JSON object body or answer 400."""
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        raise bad_request("body is not JSON") from None
    except RecursionError:
        raise bad_request("body is nested too deeply") from None
    if not isinstance(payload, dict):
        raise bad_request("body is not a JSON object")
    return payload


def hmac_sha256_hex(secret: str, body: bytes) -> str:
    """Sign a body the way Meta and the bridge do: hex HMAC-SHA256."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_matches(header: str | None, secret: str, body: bytes) -> bool:
    """Check a `sha256=<hex>` header against the body, in constant time."""
    if not header or not header.startswith("sha256="):
        return False
    expected = "sha256=" + hmac_sha256_hex(secret, body)
    return hmac.compare_digest(expected.encode(), header.strip().encode())


def text_matches(given: str | None, expected: str) -> bool:
    """Compare a shared secret in constant time."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


# A provider's answer that went wrong: its HTTP status, its headers and its parsed body.
Classify = Callable[[int, Mapping[str, str], dict[str, Any], str], SendError | None]

# Digits that make a phone number inside a provider's error text ("The 'To' number +92345...").
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])\+?\d{9,15}(?!\w)")


def mask_phones(text: str) -> str:
    """Hide the phone numbers inside a text (a provider's error message) for logs and storage."""
    return _PHONE_IN_TEXT.sub(lambda m: mask_phone(m.group()), text)


async def post_checked(
    session: aiohttp.ClientSession,
    method: str,
    url: str,
    *,
    classify: Classify | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """Call a provider and give its JSON answer. A refusal is what `classify` makes of the
    provider's own error code; failing that, 429 and 5xx are temporary, other 4xx permanent.
    Phone numbers in the provider's error text are masked before it is logged or stored."""
    try:
        async with session.request(method, url, timeout=SEND_TIMEOUT, **kwargs) as response:
            body = await response.text()
            if response.status < 300:
                return _json_or_empty(body)
            reason = mask_phones(f"HTTP {response.status}: {body[:300]}")
            error = classify(response.status, response.headers, _json_or_empty(body), reason) \
                if classify is not None else None
            if error is not None:
                raise error
            if response.status == 429 or response.status >= 500:
                raise TemporaryFailure(reason, retry_after(response.headers.get("Retry-After")))
            raise PermanentFailure(reason)
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        raise TemporaryFailure(mask_phones(f"{type(exc).__name__}: {exc}")) from exc


def _json_or_empty(body: str) -> dict[str, Any]:
    try:
        data = json.loads(body) if body else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def retry_after(value: str | None) -> float | None:
    """Read a Retry-After header given in seconds or as an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
