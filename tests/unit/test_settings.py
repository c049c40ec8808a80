"""Every setting is documented where an operator looks, and the documented file works as it is."""

from __future__ import annotations

import re

from dotenv import dotenv_values

from bot.settings import Settings
from tests.support import ROOT

READ = re.compile(r'get\.\w+\(\s*"([A-Z][A-Z0-9_]+)"')


def settings_read() -> set[str]:
    """Name every variable `Settings.from_env` reads."""
    return set(READ.findall((ROOT / "bot" / "settings.py").read_text(encoding="utf-8")))


def test_env_example_names_every_setting_with_a_comment() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    named = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", example, re.M))
    assert settings_read() <= named, sorted(settings_read() - named)
    assert "PRIVACY_DESK_TEST_DATABASE_URL" in named


def test_the_readme_settings_table_names_every_setting() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = {name for name in settings_read() if f"`{name}`" not in readme}
    assert not missing, sorted(missing)


def test_env_example_copied_as_it_is_gives_the_defaults() -> None:
    values = {k: v or "" for k, v in dotenv_values(ROOT / ".env.example").items()}
    settings = Settings.from_env(values)
    assert settings == Settings()
