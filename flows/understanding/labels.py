"""The labels understanding gives: the intents (SPEC section 6) and the languages."""

from __future__ import annotations

INTENTS = (
    "access",
    "consent_withdrawal",
    "marketing_opt_out",
    "erasure",
    "rectification",
    "complaint",
    "restriction",
    "objection",
    "human",
    "status",
    "menu",
    "language",
    "greeting",
    "yes",
    "no",
    "cancel",
    "unknown",
)
LANGUAGES = ("en", "ur", "ur-Latn")
