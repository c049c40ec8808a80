"""The framework-free ceiling: a bare aiohttp handler doing what the desk's webhook must do.

It checks the Twilio signature the same way, writes the same number of rows in one raw
transaction and answers with a TwiML body of the same size, and nothing else: no flow, no ORM,
no metrics. On SQLite the transaction is one call on aiosqlite's thread, as the desk's own
commit is: a statement per await would make a ceiling the desk can pass. Run as a subprocess by `bench/run.py`:

    python bench/ceiling.py --port P --database-url sqlite://PATH --rows 4.3 --reply-bytes 700
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import hashlib
import hmac
import sys
from pathlib import Path
from urllib.parse import parse_qsl

from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.rawdb import RawStore, RowQuota  # noqa: E402


def twilio_signature(token: str, url: str, params: list[tuple[str, str]]) -> str:
    """Sign a URL and its parameters as Twilio does (sorted names, every value)."""
    grouped: dict[str, set[str]] = {}
    for name, value in params:
        grouped.setdefault(name, set()).add(value)
    data = url + "".join(n + v for n in sorted(grouped) for v in sorted(grouped[n]))
    return base64.b64encode(hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()).decode()


def build_app(store: RawStore, token: str, url: str, rows: float, reply_bytes: int) -> web.Application:
    """Build the bare application with its one route."""
    quota = RowQuota(rows)
    head, tail = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>', "</Message></Response>"
    reply_text = "x" * max(reply_bytes - len(head) - len(tail), 1)
    body = head + reply_text + tail

    async def handle(request: web.Request) -> web.Response:
        params = parse_qsl((await request.read()).decode(), keep_blank_values=True)
        given = request.headers.get("X-Twilio-Signature", "")
        if not hmac.compare_digest(twilio_signature(token, url, params).encode(), given.encode()):
            raise web.HTTPUnauthorized(text="bad signature")
        form = dict(params)
        await store.write("twilio:" + form["From"], form["MessageSid"], form.get("Body", ""),
                          reply_text, quota.next(), one_call=True)
        return web.Response(text=body, content_type="text/xml")

    app = web.Application()
    app.router.add_post("/webhooks/twilio", handle)
    return app


async def main() -> None:
    """Serve until killed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--url", required=True, help="the public URL requests are signed for")
    parser.add_argument("--rows", type=float, required=True)
    parser.add_argument("--reply-bytes", type=int, required=True)
    args = parser.parse_args()
    store = RawStore(args.database_url)
    await store.open()
    app = build_app(store, args.token, args.url, args.rows, args.reply_bytes)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", args.port).start()
    # The collector as the desk's server has it once started: the same process settings.
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)
    print("ready", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await store.close()
        await runner.cleanup()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
