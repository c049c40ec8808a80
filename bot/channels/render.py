"""Replies as plain text for media without buttons: SMS, the console and the bridge."""

from __future__ import annotations

from flows.messages import Option, Reply


def numbered_menu(options: tuple[Option, ...]) -> str:
    """Render options as a numbered menu, one "1 See my data" line each."""
    return "\n".join(f"{number} {option.label}" for number, option in enumerate(options, 1))


def render_numbered(reply: Reply) -> str:
    """Render a reply's text followed by its options as a numbered menu."""
    parts = [reply.text] if reply.text else []
    if reply.options:
        parts.append(numbered_menu(reply.options))
    return "\n\n".join(parts)
