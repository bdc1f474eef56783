"""The console's shell: reads a line, runs its command, prints the reply.

It works interactively and from a pipe (`printf '/help\n' | make run`), and ends at end of input.
Commands take options in Discord's form, `name:value`, so what works here works in Discord.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TextIO

from bot.app import App
from bot.catalog import ALIASES, COMMANDS, CONSOLE_ONLY, GROUP_DEFAULTS
from bot.community.replies import post_reply
from bot.console import checkins, clock, community, members, questions, reminders, streaks
from bot.console.parse import Parsed, parse_line
from bot.console.render import UTC_ZONE, render_text
from bot.console.session import Command, Quit, Session
from bot.errors import InputError
from bot.help import help_reply
from bot.reminders.models import Claimed
from bot.reminders.nudge_replies import nudge_message
from bot.reminders.replies import guild_reminder_message, reminder_message
from bot.replies import Action, Reply, apology_reply, error_reply, text
from bot.timezones import UnknownZone, zone

log = logging.getLogger(__name__)

# A line of digits picks a numbered option; it is never a question.
_PICK = re.compile(r"[0-9]+")


async def _help(_: Session, __: Parsed) -> Reply:
    return help_reply(console=True)


async def _quit(_: Session, __: Parsed) -> Reply:
    raise Quit


class Console:
    def __init__(
        self,
        app: App,
        user_id: int = 1,
        run_reminders: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self.app = app
        self.session = Session(app, user_id, run_reminders)
        # Charts and exports land beside the database.
        database = app.config.database.path
        self._exports = (
            Path(database).parent if database != ":memory:" else Path("data")
        ) / "exports"
        # What the last reply offered (numbered picks), and what the last reminder offered.
        self._last_actions: tuple[Action, ...] = ()
        self._delivered_actions: tuple[Action, ...] = ()
        # One handler per command in the catalog, by its qualified name.
        self._handlers: dict[str, Command] = {
            "help": _help,
            "pick": self._pick_option,
            "quit": _quit,
            "exit": _quit,
            **questions.COMMANDS,
            **checkins.COMMANDS,
            **members.COMMANDS,
            **reminders.COMMANDS,
            **streaks.COMMANDS,
            **clock.COMMANDS,
            **community.COMMANDS,
        }
        self._commands = (*COMMANDS, *CONSOLE_ONLY)
        self._question = next(c for c in CONSOLE_ONLY if c.name == "question")

    @property
    def user_id(self) -> int:
        return self.session.user_id

    @property
    def run_reminders(self) -> Callable[[], Awaitable[object]] | None:
        return self.session.run_reminders

    @run_reminders.setter
    def run_reminders(self, run: Callable[[], Awaitable[object]] | None) -> None:
        self.session.run_reminders = run

    async def handle(self, line: str) -> Reply | None:
        """Answer one line of input; None for a blank line."""
        line = line.strip()
        if not line:
            return None
        if _PICK.fullmatch(line):
            # Past nine digits it is out of range anyway (and int() refuses 4,300).
            return await self._pick(int(line) if len(line) <= 9 else 0)
        self._delivered_actions = ()
        command = "question"
        try:
            # Plain text is a question, handled like /ask so its buttons can be picked by number.
            parsed = (
                parse_line(line[1:], self._commands, GROUP_DEFAULTS, ALIASES)
                if line.startswith("/")
                else Parsed(self._question, {"question": line})
            )
            command = parsed.command.name
            reply = await self._handlers[command](self.session, parsed)
        except InputError as exc:
            # Input the member can fix: the message says how.
            return error_reply(str(exc))
        except Quit:
            raise
        except Exception:
            # Not the member's fault (a ValueError from a bug is no exception): as in Discord,
            # it is logged with its context, the member gets an apology, and the session goes on.
            log.exception(
                "console command /%s failed for member %s: %r", command, self.user_id, line[:200]
            )
            return apology_reply()
        # A reminder printed during this command (after /clock, say) offers its buttons.
        self._last_actions = reply.actions or self._delivered_actions
        return self._save_files(reply)

    def _save_files(self, reply: Reply) -> Reply:
        """Write a reply's files beside the database and say where (Discord uploads them)."""
        if not reply.files:
            return reply
        folder = self._exports
        folder.mkdir(parents=True, exist_ok=True)
        stamp = self.app.clock.now().strftime("%Y%m%d-%H%M%S")
        saved = []
        for attachment in reply.files:
            path = folder / f"{stamp}-{attachment.filename}"
            path.write_bytes(attachment.data)
            saved.append(f"Saved {attachment.description or attachment.filename} to {path}")
        return dataclasses.replace(reply, body=text(reply.body, "\n\n" + "\n".join(saved)))

    async def render(self, reply: Reply) -> str:
        """`reply` as text, its instants in the member's own zone."""
        zone_name, _ = await self.app.members.zone_for(self.user_id)
        try:
            shown_in = zone(zone_name)
        except UnknownZone:
            # A zone tzdata dropped since it was chosen: UTC still says when.
            shown_in = UTC_ZONE
        return render_text(reply, shown_in)

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
                out.write(await self.render(reply) + "\n\n")
                out.flush()
            show_prompt()

    async def _pick(self, number: int) -> Reply:
        if not self._last_actions:
            return error_reply(
                "There's nothing to pick: the last reply had no numbered options. "
                "Type a question, or /help for the commands."
            )
        if not 1 <= number <= len(self._last_actions):
            return error_reply(f"Pick a number from 1 to {len(self._last_actions)}.")
        reply = await self.handle(self._last_actions[number - 1].command)
        return reply or error_reply("Nothing to do.")

    async def _pick_option(self, _: Session, args: Parsed) -> Reply:
        return await self._pick(args.number("number") or 0)

    async def reminder_text(self, delivery: Claimed) -> str:
        """A reminder delivered into the session, whose buttons the next number picks."""
        if delivery.kind == "recap":
            # A community post, written at send time as Discord's is; its chart is saved.
            post = await self.app.community.post(
                delivery.reminder_id, delivery.guild_id, delivery.due_at
            )
            return await self.render(
                self._save_files(post_reply(post, community.names_for(self.session)))
            )
        prompt = self.app.reminders.prompt_for(delivery.reminder_id, delivery.local_date)
        if delivery.kind == "guild":
            reply = guild_reminder_message(delivery, prompt)
        elif delivery.kind == "nudge":
            reply = nudge_message(delivery)
        else:
            reply = reminder_message(delivery, prompt)
        self._delivered_actions = reply.actions
        self._last_actions = reply.actions
        return await self.render(reply)
