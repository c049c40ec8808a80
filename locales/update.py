"""Refresh the catalogs after changing strings: extract, update, fill English, compile.

    .venv/bin/python locales/update.py

is the same as running, from the project root:

    pybabel extract -F babel.cfg -k N_ -k _ -k ngettext:1,2 --no-location --sort-output \
        -o locales/messages.pot .
    pybabel update -i locales/messages.pot -d locales -D messages --no-fuzzy-matching
    pybabel compile -d locales -D messages --statistics

plus one step pybabel has no flag for: the English catalog gets each msgid as its own msgstr,
so that it is complete. New strings still to translate are listed at the end: translate them
in locales/ur/LC_MESSAGES/messages.po (Urdu script) and locales/ur_Latn/LC_MESSAGES/messages.po
(Roman Urdu, language "ur-Latn": pybabel cannot parse a directory named "ur-Latn") and run
this again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PYBABEL = [sys.executable, "-m", "babel.messages.frontend"]
EXTRACT = ["extract", "-F", "babel.cfg", "-k", "N_", "-k", "_", "-k", "ngettext:1,2", "--no-location",
           "--sort-output", "--project", "Privacy Desk", "--copyright-holder", "Privacy Desk",
           "-o", "locales/messages.pot", "."]


def run(*args: str) -> None:
    """Run one pybabel command from the project root."""
    subprocess.run([*PYBABEL, *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fill_english() -> None:
    """Make the English catalog complete: every message is its own translation."""
    path = ROOT / "locales/en/LC_MESSAGES/messages.po"
    catalog = read_po(path.open(encoding="utf-8"))
    for message in catalog:
        if message.id:
            message.string = message.id
            message.flags.discard("fuzzy")
    with path.open("wb") as out:
        write_po(out, catalog, width=100)


# The catalogs a person translates, by directory, and the name they are listed under.
TRANSLATED = {"ur": "Urdu", "ur_Latn": "Roman Urdu"}


def untranslated(folder: str) -> list[str]:
    """List the messages of one catalog still to translate."""
    catalog = read_po((ROOT / f"locales/{folder}/LC_MESSAGES/messages.po").open(encoding="utf-8"))
    missing = []
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.id and (not all(strings) or "fuzzy" in message.flags):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def main() -> int:
    """Refresh every catalog and say what is left to translate."""
    run(*EXTRACT)
    run("update", "-i", "locales/messages.pot", "-d", "locales", "-D", "messages", "--no-fuzzy-matching")
    fill_english()
    run("compile", "-d", "locales", "-D", "messages")
    missing = 0
    for folder, name in TRANSLATED.items():
        for text in untranslated(folder):
            print(f"untranslated in {name}: {text}")
            missing += 1
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
