"""Keep secrets out of every log line, at every level, whoever logs them.

The bot token travels in every Bot API URL (`POST …/bot123:ABC/sendMessage`), which httpx logs,
and PTB names it when Telegram rejects it; a provider's error can quote a request. Rather than
trust each library, the record factory scrubs each record as it is made: its message, its
arguments and its traceback, so handlers and formatters of any kind only ever see the scrubbed
text.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from aiohttp import web

MASK = "[secret]"
# Shorter values would mask ordinary words; no real token or secret is this short.
MIN_LENGTH = 6

_secrets: set[str] = set()
_previous_factory = logging.getLogRecordFactory()


def hide(*secrets: str | None) -> None:
    """Mask these values wherever they appear in a log record from now on."""
    for secret in secrets:
        if secret and len(secret) >= MIN_LENGTH:
            _secrets.add(secret)
    if _secrets and logging.getLogRecordFactory() is not _scrubbing_factory:
        logging.setLogRecordFactory(_scrubbing_factory)


def scrub(text: str) -> str:
    """Give the text with every secret masked."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def _scrubbing_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _previous_factory(*args, **kwargs)
    if _secrets:
        _scrub_record(record)
    return record


def _scrub_record(record: logging.LogRecord) -> None:
    """Mask secrets in a record's message and traceback before any handler formats it."""
    try:
        message = record.getMessage()
    except (TypeError, ValueError):
        message = str(record.msg)
    clean = scrub(message)
    if clean != message:
        record.msg, record.args = clean, None
    if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
        record.exc_text = scrub("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
    if record.stack_info:
        record.stack_info = scrub(record.stack_info)


# Route parts that are secrets in themselves: a staff login link, a download link.
SECRET_ROUTE_PARTS = ("token",)


def loggable_path(request: web.Request) -> str:
    """Give a request's path fit for a log line: a link's token masked, the rest kept.

    A login or download link is a bearer secret until used, and a refused or failed request
    for one is exactly what gets logged; the path keeps the route's shape for whoever reads it.
    """
    path = request.path
    for part in SECRET_ROUTE_PARTS:
        value = request.match_info.get(part)
        if value:
            path = path.replace(value, MASK)
    return path
