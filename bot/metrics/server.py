"""The HTTP endpoint Prometheus scrapes: GET /metrics on `metrics.host`:`metrics.port`.

Served by aiohttp (discord.py's own HTTP library) on the bot's event loop rather than
prometheus_client's server thread: a scrape reads the Discord client's state on the thread that
owns it, and the server closes with the bot.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.errors import StartupError
from bot.metrics.registry import Metrics

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def serving(metrics: Metrics, host: str, port: int) -> AsyncIterator[None]:
    """Serve `metrics` for the life of the block. A port that can't be had (in use, or a
    privileged one) stops start-up with one line naming the key."""

    async def scrape(_: web.Request) -> web.Response:
        # The text format every Prometheus reads; collecting reads the gateway's state here, on
        # the loop that owns it.
        body = generate_latest(metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get("/metrics", scrape)
    # No access log: a scrape every 15 s would drown the bot's own lines.
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as exc:
        await runner.cleanup()
        # aiohttp's message repeats the address; the system's own words are enough.
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise StartupError(
            f"metrics.port: cannot listen on {host}:{port} ({reason}); choose another port "
            "(or stop what holds it), or unset metrics.port"
        ) from None
    log.info("metrics at http://%s:%d/metrics", f"[{host}]" if ":" in host else host, port)
    try:
        yield
    finally:
        await runner.cleanup()
