"""`privacy-desk chat --lang` starts a conversation in any reply language, Roman Urdu too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_cli import PHONE, run


@pytest.mark.parametrize(
    ("lang", "greeting"),
    [("ur-Latn", "Yeh Example Organisation ka privacy desk hai."), ("ur", "یہ مثالی ادارے کا پرائیویسی ڈیسک ہے۔")],
)
def test_chat_with_lang_starts_the_conversation_in_that_language(tmp_path: Path, lang: str, greeting: str) -> None:
    result = run(tmp_path, "chat", "--as", PHONE, "--lang", lang, stdin="hi\n")

    assert result.returncode == 0, result.stderr
    assert greeting in result.stdout


def test_chat_refuses_a_language_it_does_not_speak(tmp_path: Path) -> None:
    result = run(tmp_path, "chat", "--lang", "fr", stdin="hi\n")

    assert result.returncode == 2 and "'ur-Latn'" in result.stderr
