"""The layout SPEC.md and the README promise: dependencies point bot -> flows -> storage, and
flows/ imports no I/O library (it reaches the database and the network only through storage/)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IO_LIBRARIES = {"aiohttp", "telegram", "twilio", "tortoise", "aiosqlite", "asyncpg", "sqlite3",
                "httpx", "requests", "socket", "ssl", "http", "urllib", "subprocess", "asyncio.subprocess"}


def imported(package: str) -> dict[str, set[str]]:
    """Every module each file of a package imports, lazy imports included."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def top(name: str) -> str:
    return name.split(".")[0]


def test_flows_imports_no_io_library_and_nothing_from_bot() -> None:
    offences = {
        path: sorted(n for n in names if top(n) in IO_LIBRARIES or n in IO_LIBRARIES or top(n) == "bot")
        for path, names in imported("flows").items()
    }
    assert {path: names for path, names in offences.items() if names} == {}


@pytest.mark.parametrize("package", ["storage"])
def test_storage_imports_nothing_from_flows_or_bot(package: str) -> None:
    offences = {path: sorted(n for n in names if top(n) in {"flows", "bot"})
                for path, names in imported(package).items()}
    assert {path: names for path, names in offences.items() if names} == {}


def test_the_checks_see_the_imports_they_look_for() -> None:
    # bot/ is where the outside world is: if nothing were found there, the checks above
    # would pass for the wrong reason.
    found = set().union(*imported("bot").values())
    assert {"aiohttp", "telegram"} <= {top(n) for n in found}
    assert any(top(n) == "tortoise" for n in set().union(*imported("storage").values()))
