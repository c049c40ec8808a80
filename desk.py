#!/usr/bin/env python3
"""Set up and run Privacy Desk on a machine with only python3 (3.11+).

    python3 desk.py serve   # install if needed, then run `privacy-desk serve`
    python3 desk.py test    # install if needed, then run the whole test suite
    python3 desk.py ARGS    # any other privacy-desk command, e.g. `chat --as +923001234567`

The first run makes a virtual environment in .venv and installs the project with its test
dependencies; later runs reuse it until pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".privacy-desk-installed"


def ensure_installed() -> None:
    """Create .venv and install the project, unless pyproject.toml is unchanged since."""
    if sys.version_info < (3, 11):
        sys.exit("Privacy Desk needs Python 3.11 or newer.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not (BIN / "python").exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing Privacy Desk and its dependencies ...", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    """Install if needed, then become the command asked for.

    The command replaces this process (exec) rather than running as its child, so that a
    signal sent to `desk.py` (Ctrl-C, `kill`, a process manager stopping it) reaches the
    server itself, and stopping one stops both.
    """
    ensure_installed()
    os.chdir(ROOT)
    if argv[:1] == ["test"]:
        command = [str(BIN / "python"), "-m", "pytest", *argv[1:]]
    else:
        command = [str(BIN / "privacy-desk"), *(argv or ["--help"])]
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "nt":  # Windows has no exec that keeps the process: wait for the child
        return subprocess.call(command)
    os.execv(command[0], command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
