"""One budget for every request a reminder makes: opening a DM, sending, and every retry.

Discord lets a bot make 50 requests a second in all (its global limit), on top of each route's
own bucket. discord.py honours what Discord announces: it waits when a bucket's
X-RateLimit-Remaining reaches 0, sleeps out a 429's retry_after, and holds every request while
a global 429 lasts. But it keeps no count against the global limit, so a burst of reminders
would pass it and collect 429s, each counting toward Cloudflare's ban on invalid requests.

So the reminders spend from one budget of `rate` requests a second, spaced evenly: however a
second is cut, it holds at most `rate` of them (rounded up). A sender whose requests a hook can
see (the Discord one: `charges_each_request`) pays for each as it leaves, through
`spend_in_send`, called by a trace under every HTTP request the send makes, its retries
included. Paying as it leaves matters: a request paid for earlier may then wait in discord.py's
own bucket queue and go out later, beside others, in a burst past the budget. Any other sender
is taken to make one request a send, paid for before it. A 429 pauses the budget, so every
reminder waits, not only the one that got it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from contextvars import ContextVar


class RequestBudget:
    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate
        self._next = 0.0
        self._paused_until = 0.0
        self._lock = asyncio.Lock()
        # Requests paid for: for the benchmark and tests.
        self.spent = 0

    async def spend(self) -> None:
        """Wait until one more request fits the budget, and count it."""
        loop = asyncio.get_running_loop()
        # One waiter at a time, first come first served; the turn is measured again after each
        # sleep, because a 429 may have paused the budget meanwhile.
        async with self._lock:
            while True:
                now = loop.time()
                turn = max(self._next, self._paused_until)
                if turn <= now:
                    break
                await asyncio.sleep(turn - now)
            # From when this request really goes, so a late wake-up never crowds the next one.
            self._next = now + self._interval
            self.spent += 1

    def pause(self, seconds: float) -> None:
        """Hold every request for `seconds` (Discord said to wait, with a 429)."""
        loop = asyncio.get_running_loop()
        self._paused_until = max(self._paused_until, loop.time() + seconds)


class _Send:
    """A send in progress: the budget its requests are paid from, and its time limit."""

    def __init__(self, budget: RequestBudget, limit: asyncio.Timeout) -> None:
        self.budget = budget
        self.limit = limit


_current: ContextVar[_Send | None] = ContextVar("reminder_send", default=None)


@contextlib.contextmanager
def charged_send(budget: RequestBudget, limit: asyncio.Timeout) -> Iterator[None]:
    """Around one send: each request it makes is charged to `budget` as it leaves, and time
    spent waiting for the budget is added to the send's time `limit`, which is for Discord's
    answers, not our own queue."""
    token = _current.set(_Send(budget, limit))
    try:
        yield
    finally:
        _current.reset(token)


async def spend_in_send() -> None:
    """Charge one request to the reminder send in progress, if any; other requests (commands,
    interaction replies) pass freely."""
    send = _current.get()
    if send is None:
        return
    loop = asyncio.get_running_loop()
    started = loop.time()
    deadline = send.limit.when()
    # The limit stops while the send waits its turn, and resumes with what it had left.
    send.limit.reschedule(None)
    try:
        await send.budget.spend()
    finally:
        if deadline is not None:
            send.limit.reschedule(deadline + loop.time() - started)


def pause_sends(seconds: float) -> None:
    """Pause the budget of the reminder send in progress, if any (it got a 429)."""
    send = _current.get()
    if send is not None:
        send.budget.pause(seconds)
