"""The staff web console: the privacy team's workspace in the browser, under `/staff/`.

An adapter like the channels: it reads forms and pages and hands every action to
`flows.staff_actions`, the same functions the Telegram commands call. `add_console` mounts it
on the server's application.
"""

from __future__ import annotations

from bot.web.app import add_console, console_app, login_url

__all__ = ["add_console", "console_app", "login_url"]
