"""Fault injection: every request passes here first, to be logged, rate limited or failed.

Faults are armed per route (`FakeDiscord.fail`): 429 with the headers discord.py needs before it
retries, 500/503, slow or hanging responses, a 200 whose body is an HTML page, 403 with a JSON
error code. Discord's global limit of requests a second is enforced when set, as Discord does.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from typing import Any

from aiohttp import web

from tests.e2e.fake_discord.state import API, DiscordState, Fault
from tests.e2e.fake_discord.wire import error_response, json_response


class FaultInjection:
    def __init__(self, state: DiscordState) -> None:
        self.state = state

    def fail(
        self,
        method: str,
        path: str,
        status: int,
        times: int = 1,
        *,
        retry_after: float = 0.05,
        is_global: bool = False,
        delay: float = 0.0,
        code: int = 0,
        body: str | None = None,
    ) -> None:
        """The next `times` requests matching `method` and the `path` regex get `status`.

        A 200 without `body` only delays (by `delay`) and then serves the request as usual; with
        `body`, the request is answered with that text as an HTML page and nothing is stored.
        """
        self.state.faults.append(
            Fault(
                method, re.compile(path), status, times, retry_after, is_global, delay, code, body
            )
        )

    def peak_per_second(self, method: str | None = None) -> int:
        """The most requests (of `method`, or all) that arrived within any one second."""
        times = [t for t, m, _ in self.state.timed_requests if method is None or m == method]
        peak, start = 0, 0
        for end, moment in enumerate(times):
            while moment - times[start] >= 1.0:
                start += 1
            peak = max(peak, end - start + 1)
        return peak

    def requests_by_route(self) -> Counter[str]:
        return Counter(f"{method} {route}" for _, method, route in self.state.timed_requests)

    def _over_global_limit(self, path: str, moment: float) -> float | None:
        """Seconds to wait if this request passes the global limit, else None (and it counts)."""
        state = self.state
        if state.global_limit is None or "/interactions/" in path:
            return None
        while state.recent and moment - state.recent[0] >= 1.0:
            state.recent.popleft()
        if len(state.recent) >= state.global_limit:
            return 1.0 - (moment - state.recent[0])
        state.recent.append(moment)
        return None

    @web.middleware
    async def middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        state = self.state
        state.requests.append((request.method, request.path))
        moment = time.monotonic()
        route = re.sub(r"\d{6,}", "{id}", request.path.removeprefix(API))
        state.timed_requests.append((moment, request.method, route))
        wait = self._over_global_limit(request.path, moment)
        if wait is not None:
            state.rate_limited += 1
            return _error(
                Fault(request.method, re.compile(""), 429, 0, round(wait, 3), is_global=True)
            )
        for fault in state.faults:
            if (
                fault.remaining
                and request.method == fault.method
                and fault.path.search(request.path)
            ):
                fault.remaining -= 1
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.status == 200 and fault.body is None:
                    break
                state.changed.set()
                return _error(fault)
        try:
            response: web.StreamResponse = await handler(request)
        finally:
            state.changed.set()
        return response


def _error(fault: Fault) -> web.Response:
    if fault.body is not None:
        return web.Response(status=fault.status, text=fault.body, content_type="text/html")
    if fault.status == 429:
        body = {
            "message": "You are being rate limited.",
            "retry_after": fault.retry_after,
            "global": fault.is_global,
        }
        headers = {
            # Without Via, discord.py treats a 429 as a Cloudflare ban and gives up.
            "Via": "1.1 google",
            "Retry-After": str(fault.retry_after),
            "X-RateLimit-Scope": "global" if fault.is_global else "user",
        }
        if fault.is_global:
            headers["X-RateLimit-Global"] = "true"
        return json_response(body, status=429, headers=headers)
    return error_response("fake failure", fault.code, fault.status)
