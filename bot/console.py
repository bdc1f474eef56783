"""The local console: the same services as the Discord bot, as plain text on stdin/stdout.

It works interactively and from a pipe (`printf '/help\n' | make run`), and ends at end of input.
Commands take options in Discord's form, `name:value`, so what works here works in Discord.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TextIO

from bot.app import App
from bot.catalog import help_reply
from bot.replies import Reply, Tone, error_reply

Handler = Callable[[str], Awaitable[Reply]]

_TONE_PREFIX = {Tone.WARNING: "! ", Tone.URGENT: "!!! ", Tone.ERROR: "✗ "}


class Quit(Exception):
    """Raised by /quit to end the console loop."""


def render_text(reply: Reply) -> str:
    """A Reply as plain text: title, body, fields, numbered actions, footer."""
    parts: list[str] = []
    prefix = _TONE_PREFIX.get(reply.tone, "")
    if reply.title:
        parts.append(f"{prefix}{reply.title}\n{'=' * len(reply.title)}")
        prefix = ""
    parts.append(prefix + reply.body)
    parts.extend(f"{f.name}:\n{f.value}" for f in reply.fields)
    if reply.actions:
        parts.append(
            "\n".join(f"  {n}. {a.label}  ({a.command})" for n, a in enumerate(reply.actions, 1))
        )
    if reply.footer:
        parts.append(f"-- {reply.footer}")
    return "\n\n".join(parts)


class Console:
    def __init__(self, app: App, user_id: int = 1) -> None:
        self.app = app
        # The console speaks as one local member; in Discord this is the interaction's user.
        self.user_id = user_id
        self._handlers: dict[str, Handler] = {
            "help": self._help,
            "quit": self._quit,
            "exit": self._quit,
        }

    async def handle(self, line: str) -> Reply | None:
        """Answer one line of input; None for a blank line."""
        line = line.strip()
        if not line:
            return None
        if not line.startswith("/"):
            return await self._question(line)
        name, _, rest = line[1:].partition(" ")
        handler = self._handlers.get(name.lower())
        if handler is None:
            return error_reply(f"There is no /{name} command. Type /help for the list.")
        try:
            return await handler(rest.strip())
        except ValueError as exc:
            return error_reply(str(exc))

    async def run(self, lines: AsyncIterator[str], out: TextIO, *, prompt: bool) -> None:
        """Read lines until end of input or /quit, printing each reply."""

        def show_prompt() -> None:
            if prompt:
                out.write("> ")
                out.flush()

        show_prompt()
        async for line in lines:
            try:
                reply = await self.handle(line)
            except Quit:
                return
            if reply is not None:
                out.write(render_text(reply) + "\n\n")
                out.flush()
            show_prompt()

    async def _help(self, _: str) -> Reply:
        return help_reply(console=True)

    async def _quit(self, _: str) -> Reply:
        raise Quit

    async def _question(self, text: str) -> Reply:
        return error_reply("Questions are not available yet. Type /help for what is.")


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
