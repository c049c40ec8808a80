"""What every webhook and every outbound sender share: body limits, HMAC checks, HTTP failures."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
from aiohttp import web

from bot.channels.base import PermanentFailure, TemporaryFailure

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
        logger.debug("%s: body not sent in time; connection closed", request.path)
        timed_out = web.HTTPRequestTimeout(text="body not sent in time")
        timed_out.force_close()  # else the connection waits on for the rest of the body
        raise timed_out from None
    except (OSError, aiohttp.ClientPayloadError, aiohttp.ClientConnectionError):
        logger.debug("%s: the client hung up mid-body", request.path)
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


async def post_checked(
    session: aiohttp.ClientSession, method: str, url: str, **kwargs: Any
) -> dict[str, Any]:
    """Call a provider; 429 and 5xx are temporary failures, other 4xx permanent ones."""
    try:
        async with session.request(method, url, timeout=SEND_TIMEOUT, **kwargs) as response:
            body = await response.text()
            if response.status < 300:
                return _json_or_empty(body)
            reason = f"HTTP {response.status}: {body[:300]}"
            if response.status == 429 or response.status >= 500:
                raise TemporaryFailure(reason, retry_after(response.headers.get("Retry-After")))
            raise PermanentFailure(reason)
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        raise TemporaryFailure(f"{type(exc).__name__}: {exc}") from exc


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
