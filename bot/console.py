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
from bot.questions.replies import (
    answer_reply,
    feedback_reply,
    gaps_reply,
    reload_reply,
    topics_reply,
)
from bot.questions.service import Answer, AnswerKind
from bot.replies import Action, Reply, Tone, error_reply

Handler = Callable[[str], Awaitable[Reply]]

_TONE_PREFIX = {Tone.WARNING: "! ", Tone.URGENT: "!!! ", Tone.ERROR: "✗ "}


# /kb gaps looks this far back.
GAP_DAYS = 30


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
        # What the last reply offered (numbered picks) and answered (for /helpful).
        self._last_actions: tuple[Action, ...] = ()
        self._last_answer: Answer | None = None
        self._handlers: dict[str, Handler] = {
            "help": self._help,
            "ask": self._ask,
            "topics": self._topics,
            "topic": self._topic,
            "helpful": self._helpful,
            "unhelpful": self._unhelpful,
            "kb": self._kb,
            "quit": self._quit,
            "exit": self._quit,
        }

    async def handle(self, line: str) -> Reply | None:
        """Answer one line of input; None for a blank line."""
        line = line.strip()
        if not line:
            return None
        if line.isdigit() and self._last_actions:
            return await self._pick(int(line))
        if not line.startswith("/"):
            return await self._ask(line)
        name, _, rest = line[1:].partition(" ")
        handler = self._handlers.get(name.lower())
        if handler is None:
            return error_reply(f"There is no /{name} command. Type /help for the list.")
        reply = await handler(rest.strip())
        self._last_actions = reply.actions
        return reply

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

    async def _pick(self, number: int) -> Reply:
        if not 1 <= number <= len(self._last_actions):
            return error_reply(f"Pick a number from 1 to {len(self._last_actions)}.")
        reply = await self.handle(self._last_actions[number - 1].command)
        return reply or error_reply("Nothing to do.")

    async def _help(self, _: str) -> Reply:
        return help_reply(console=True)

    async def _ask(self, text: str) -> Reply:
        question = text.removeprefix("question:").strip()
        if not question:
            return error_reply("Ask a question, for example: /ask how do I do calf raises?")
        answer = await self.app.questions.ask(question)
        self._last_answer = answer if answer.kind is AnswerKind.ANSWER else None
        return answer_reply(answer)

    async def _topics(self, _: str) -> Reply:
        return topics_reply(self.app.questions.kb)

    async def _topic(self, entry_id: str) -> Reply:
        answer = self.app.questions.topic(entry_id.strip())
        if answer is None:
            return error_reply(f"There is no topic {entry_id!r}. Type /topics for the list.")
        self._last_answer = answer
        return answer_reply(answer)

    async def _helpful(self, _: str) -> Reply:
        return await self._feedback(helpful=True)

    async def _unhelpful(self, _: str) -> Reply:
        return await self._feedback(helpful=False)

    async def _feedback(self, *, helpful: bool) -> Reply:
        answer = self._last_answer
        if answer is None or answer.entry is None:
            return error_reply("There is no answer to rate yet: ask a question first.")
        await self.app.questions.record_feedback(
            user_id=self.user_id,
            entry_id=answer.entry.id,
            question=answer.question,
            helpful=helpful,
        )
        return feedback_reply(helpful)

    async def _kb(self, rest: str) -> Reply:
        action = rest.strip().lower()
        if action == "reload":
            problems = await self.app.questions.reload()
            return reload_reply([str(p) for p in problems], len(self.app.questions.kb.entries))
        if action == "gaps":
            return gaps_reply(await self.app.questions.gaps(GAP_DAYS), GAP_DAYS)
        return error_reply("Use /kb reload or /kb gaps.")

    async def _quit(self, _: str) -> Reply:
        raise Quit


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
