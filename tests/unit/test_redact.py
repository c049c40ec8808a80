"""Secrets are masked in whatever a log record carries: message, arguments, traceback."""

from __future__ import annotations

import logging

import pytest

from bot import redact
from storage.chat_moves import follow

TOKEN = "424242:unit-test-token"


def test_a_secret_in_the_arguments_and_the_traceback_of_a_record_is_masked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    redact.hide(TOKEN, None, "")
    with caplog.at_level(logging.DEBUG, logger="unit.redact"):
        logging.getLogger("unit.redact").info("POST %s", f"https://api.example/bot{TOKEN}/getMe")
        try:
            raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
        except RuntimeError:
            logging.getLogger("unit.redact").exception("start-up failed")
    assert TOKEN not in caplog.text
    assert "bot[secret]/getMe" in caplog.text and "The token `[secret]` was rejected" in caplog.text


def test_short_values_are_not_treated_as_secrets() -> None:
    redact.hide("abc")
    assert redact.scrub("abc def") == "abc def"


def test_a_chat_is_followed_through_every_move_and_a_loop_ends() -> None:
    assert follow({-1: -100, -100: -200}, -1) == -200
    assert follow({}, -5) == -5
    assert follow({-1: -2, -2: -1}, -1) in (-1, -2)
