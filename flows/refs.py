"""Ticket references and receipt numbers: short, unguessable and easy to type on a keypad.

A reference is eight characters from an alphabet without look-alikes (no 0/O, 1/I/L, U),
shown as two groups of four (`K7MQ-2XDA`). Reading one forgives case, spaces and dashes.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8

_CANDIDATE = re.compile(
    rf"(?<![0-9A-Za-z])([{ALPHABET}]{{4}})[\s\-]?([{ALPHABET}]{{4}})(?![0-9A-Za-z])",
    re.IGNORECASE,
)


def new_reference() -> str:
    """Draw a fresh reference; uniqueness is enforced by the database.

    Every reference holds a digit, so that `find_reference` never mistakes a word for one.
    """
    while True:
        ref = _draw(LENGTH)
        if any(ch.isdigit() for ch in ref):
            return ref


def new_receipt() -> str:
    """Draw a receipt number for a consent or marketing record (`R-` and ten characters)."""
    return "R-" + _draw(10)


def _draw(length: int) -> str:
    """Draw `length` characters of the alphabet, uniformly, from one system random number
    (one call to the operating system rather than one a character)."""
    number = secrets.randbelow(len(ALPHABET) ** length)
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def format_reference(ref: str) -> str:
    """Show a stored reference in two groups of four."""
    return f"{ref[:4]}-{ref[4:]}" if len(ref) == LENGTH else ref


def normalize_reference(text: str) -> str | None:
    """Read what a person typed as a reference, or None if it cannot be one."""
    cleaned = re.sub(r"[\s\-]", "", text).upper()
    if len(cleaned) == LENGTH and all(ch in ALPHABET for ch in cleaned):
        return cleaned
    return None


def find_reference(text: str) -> str | None:
    """Find a reference anywhere in a message ("status k7mq-2xda please")."""
    for match in _CANDIDATE.finditer(text):
        candidate = (match.group(1) + match.group(2)).upper()
        # A plain English word of eight letters ("complain") is not a reference: demand a digit.
        if any(ch.isdigit() for ch in candidate):
            return candidate
    return None
