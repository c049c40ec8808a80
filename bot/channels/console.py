"""The console channel: `privacy-desk chat`, one message per input line, replies on stdout.

Works with a pipe as well as a terminal and stops at the end of input. Options are shown as
a numbered menu; documents are written to a folder and their paths printed. Staff replies and
outcomes for a console person wait in the outbox and are shown when they next run `chat`.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TextIO

from flows.engine import Desk
from flows.messages import IncomingMessage, Reply
from storage import conversations, outbox

# Beside the default database, in the folder that holds the desk's own data (ignored by git):
# a person's copy must not land in the checkout's tracked tree.
EXPORT_DIR = Path("data") / "exports"


def render(reply: Reply) -> str:
    """Show a reply as text with its options as a numbered menu."""
    lines = [reply.text]
    lines += [f"{number} {option.label}" for number, option in enumerate(reply.options, start=1)]
    return "\n".join(lines)


def save_documents(reply: Reply, folder: Path) -> list[Path]:
    """Write a reply's documents to a folder and give their paths."""
    saved = []
    for document in reply.documents:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / document.filename
        path.write_bytes(document.content)
        saved.append(path)
    return saved


async def chat(
    desk: Desk,
    *,
    phone: str | None,
    lang: str | None,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    export_dir: Path = EXPORT_DIR,
) -> None:
    """Talk with the desk line by line until the input ends."""
    sender = phone or "local"
    if lang:
        await conversations.preset_language(f"console:{sender}", "console", sender, lang)
    # What staff answered since this person was last here: the terminal has no other way in.
    for payload in await outbox.take_pending("console", sender):
        stdout.write(render(Reply.from_json(payload)) + "\n\n")
    stdout.flush()
    interactive = stdin.isatty()
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            break
        message = IncomingMessage(
            transport="console",
            sender_id=sender,
            text=line.rstrip("\n"),
            verified_phone=phone,
            supports_documents=True,
        )
        for reply in await desk.handle(message):
            stdout.write(render(reply) + "\n")
            for path in save_documents(reply, export_dir):
                stdout.write(f"[saved {path}]\n")
        stdout.write("\n")
        stdout.flush()
