"""The console's input and output: lines from stdin, and reminders delivered into the session."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import AsyncIterator
from typing import TextIO

from bot.console.shell import Console
from bot.reminders.models import Claimed
from bot.reminders.replies import disabled_notice


class ConsoleSender:
    """Delivers reminders into the console session, one message per nonce (as Discord does)."""

    def __init__(self, console: Console, out: TextIO) -> None:
        self._console = console
        self._out = out
        self._sent: dict[str, int] = {}

    async def send(self, delivery: Claimed, nonce: str) -> int:
        if nonce not in self._sent:
            self._out.write("\n" + await self._console.reminder_text(delivery) + "\n\n")
            self._out.flush()
            self._sent[nonce] = len(self._sent) + 1
        return self._sent[nonce]

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        notice = disabled_notice(reason, delivery.reminder_id)
        self._out.write(await self._console.render(notice) + "\n\n")


async def stdin_lines(stream: TextIO | None = None) -> AsyncIterator[str]:
    """Lines from stdin without blocking the event loop.

    A daemon thread does the blocking reads, so Ctrl-C or SIGTERM can end the program even while
    a read is pending (an executor thread would keep asyncio.run from returning).
    """
    source = stream or sys.stdin
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def pump() -> None:
        try:
            for line in source:
                loop.call_soon_threadsafe(queue.put_nowait, line)
        finally:
            loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=pump, name="console-stdin", daemon=True).start()
    while (line := await queue.get()) is not None:
        yield line
