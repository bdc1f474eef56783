"""Every HTTP request a reminder send makes, charged to the reminders' request budget.

discord.py makes the requests (opening a DM, sending, retrying a 429 or a 500 on its own), so
the count is kept where they leave: an aiohttp trace on discord.py's session, which it awaits
before each request goes out. Requests outside a reminder send pass untouched.
"""

from __future__ import annotations

from types import SimpleNamespace

import aiohttp
from multidict import CIMultiDictProxy

from bot.reminders.budget import pause_sends, spend_in_send

# When a 429 gives no usable Retry-After: Discord's own advice is to wait at least a second.
DEFAULT_RETRY_AFTER = 1.0


def request_trace() -> aiohttp.TraceConfig:
    """The trace for discord.py's HTTP client (discord.Client's `http_trace` option)."""
    trace = aiohttp.TraceConfig()

    async def on_start(
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: aiohttp.TraceRequestStartParams,
    ) -> None:
        await spend_in_send()

    async def on_end(
        session: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: aiohttp.TraceRequestEndParams,
    ) -> None:
        if params.response.status == 429:
            # discord.py sleeps this one request out and retries it; the whole reminder queue
            # waits as long, rather than spend more requests into the same limit.
            pause_sends(retry_after(params.response.headers))

    trace.on_request_start.append(on_start)
    trace.on_request_end.append(on_end)
    return trace


def retry_after(headers: CIMultiDictProxy[str]) -> float:
    """Seconds to wait after a 429, from its Retry-After header."""
    try:
        seconds = float(headers.get("Retry-After", ""))
    except ValueError:
        return DEFAULT_RETRY_AFTER
    return seconds if 0 < seconds < 3600 else DEFAULT_RETRY_AFTER
