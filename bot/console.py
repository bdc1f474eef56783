"""The local console: the same services as the Discord bot, as plain text on stdin/stdout.

It works interactively and from a pipe (`printf '/help\n' | make run`), and ends at end of input.
Commands take options in Discord's form, `name:value`, so what works here works in Discord.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import shlex
import sys
import threading
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from bot.app import App
from bot.catalog import help_reply
from bot.checkins.replies import (
    checkin_reply,
    export_reply,
    forget_prompt,
    forgotten_reply,
    history_reply,
    leaderboard_reply,
    setting_reply,
    stats_reply,
    undo_done,
    undo_prompt,
)
from bot.questions.replies import (
    answer_reply,
    feedback_reply,
    gaps_reply,
    reload_reply,
    topics_reply,
)
from bot.questions.service import GAP_DAYS, Answer, AnswerKind
from bot.reminders.replies import (
    answer_named,
    button_reply,
    disabled_notice,
    gone_reply,
    guild_reminder_message,
    guild_reminder_reply,
    reminder_list_reply,
    reminder_message,
    reminder_set_reply,
    simple,
)
from bot.replies import Action, Reply, Tone, error_reply
from bot.storage.reminders import Claimed
from bot.timezones import zone

Handler = Callable[[str], Awaitable[Reply]]

_TONE_PREFIX = {Tone.WARNING: "! ", Tone.URGENT: "!!! ", Tone.ERROR: "✗ "}


# The console is one member in one pretend guild, so the leaderboard has somewhere to live.
CONSOLE_GUILD = 0
CONSOLE_CHANNEL = 0
# Guild-wide reminders belong to no member.
GUILD_REMINDER_OWNER = 0


class Quit(Exception):
    """Raised by /quit to end the console loop."""


_DISCORD_TIME = re.compile(r"<t:(-?\d+):[tTdDfF]>")
# "(in 3 hours)" only makes sense where Discord keeps it current.
_DISCORD_RELATIVE = re.compile(r"\s*\(<t:-?\d+:R>\)|<t:-?\d+:R>")


def _plain_time(match: re.Match[str]) -> str:
    """A Discord timestamp token as text; the console shows UTC (Discord shows local time)."""
    return datetime.fromtimestamp(int(match[1]), UTC).strftime("%a %d %b %Y %H:%M UTC")


def render_text(reply: Reply) -> str:
    """A Reply as plain text: title, body, fields, numbered actions, footer."""
    text = _DISCORD_RELATIVE.sub("", _render(reply))
    return _DISCORD_TIME.sub(_plain_time, text)


def _render(reply: Reply) -> str:
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


def split_options(text: str) -> tuple[list[str], dict[str, str]]:
    """Split `a b key:value key:"two words"` into positional words and options."""
    try:
        words = shlex.split(text)
    except ValueError as exc:
        raise ValueError(f"Could not read that: {exc}. Close any open quote.") from None
    positional: list[str] = []
    options: dict[str, str] = {}
    for word in words:
        key, sep, value = word.partition(":")
        if sep and key and all(c.isalpha() or c in "-_" for c in key):
            options[key.lower().replace("_", "-")] = value
        else:
            positional.append(word)
    return positional, options


def _number(options: dict[str, str], name: str) -> int | None:
    if name not in options:
        return None
    try:
        return int(options[name])
    except ValueError:
        raise ValueError(f"{name} must be a whole number, for example {name}:12") from None


class Console:
    def __init__(
        self,
        app: App,
        user_id: int = 1,
        run_reminders: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self.app = app
        # One dispatcher pass, run right after the clock moves or a test is queued, so its
        # reminders print before the next prompt (and before a piped script ends).
        self.run_reminders = run_reminders
        # Charts and exports land beside the database.
        database = app.config.database.path
        self._exports = (
            Path(database).parent if database != ":memory:" else Path("data")
        ) / "exports"
        # The console speaks as one local member; in Discord this is the interaction's user.
        self.user_id = user_id
        # What the last reply offered (numbered picks) and answered (for /helpful).
        self._last_actions: tuple[Action, ...] = ()
        self._delivered_actions: tuple[Action, ...] = ()
        self._last_answer: Answer | None = None
        self._handlers: dict[str, Handler] = {
            "help": self._help,
            "ask": self._ask,
            "topics": self._topics,
            "topic": self._topic,
            "helpful": self._helpful,
            "unhelpful": self._unhelpful,
            "kb": self._kb,
            "checkin": self._checkin,
            "checkin-undo": self._checkin_undo,
            "stats": self._stats,
            "leaderboard": self._leaderboard,
            "history": self._history,
            "export": self._export,
            "forget-me": self._forget_me,
            "goal": self._goal,
            "privacy": self._privacy,
            "timezone": self._timezone,
            "remind": self._remind,
            "clock": self._clock,
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
        # Plain text is a question, handled like /ask so its buttons can be picked by number.
        name, _, rest = line[1:].partition(" ") if line.startswith("/") else ("ask", "", line)
        handler = self._handlers.get(name.lower())
        if handler is None:
            return error_reply(f"There is no /{name} command. Type /help for the list.")
        self._delivered_actions = ()
        try:
            reply = await handler(rest.strip())
        except ValueError as exc:
            # CheckinError and option-parsing errors: input the member can fix.
            return error_reply(str(exc))
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
        return dataclasses.replace(reply, body=reply.body + "\n\n" + "\n".join(saved))

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

    async def _checkin(self, rest: str) -> Reply:
        words, options = split_options(rest)
        if words[:1] == ["undo"]:
            return await self._checkin_undo(" ".join(words[1:]))
        activity = options.pop("activity", " ".join(words) or "calf raises")
        result = await self.app.checkins.checkin(
            user_id=self.user_id,
            source_key=f"console:{uuid.uuid4()}",
            activity=activity,
            sets=_number(options, "sets"),
            reps=_number(options, "reps"),
            minutes=_number(options, "minutes"),
            note=options.get("note"),
            day=options.get("day", "today"),
            guild_id=CONSOLE_GUILD,
        )
        return checkin_reply(result)

    async def _checkin_undo(self, rest: str) -> Reply:
        if rest.strip().isdigit():
            return undo_done(await self.app.checkins.undo(self.user_id, int(rest)))
        return undo_prompt(await self.app.checkins.undo_candidate(self.user_id))

    async def _stats(self, _: str) -> Reply:
        stats = await self.app.checkins.stats(self.user_id)
        title = f"Last 12 weeks: {sum(1 for n in stats.recent.values() if n)} active days"
        chart = await self.app.checkins.chart(stats, title)
        return stats_reply(stats, "you", chart)

    async def _leaderboard(self, rest: str) -> Reply:
        words, options = split_options(rest)
        period = options.get("period", words[0] if words else "week")
        if period not in ("week", "month", "all"):
            return error_reply("Period is week, month or all.")
        board = await self.app.checkins.leaderboard(CONSOLE_GUILD, period, self.user_id)  # type: ignore[arg-type]
        return leaderboard_reply(
            board, lambda uid: "you" if uid == self.user_id else f"member {uid}"
        )

    async def _history(self, rest: str) -> Reply:
        page = int(rest) if rest.strip().isdigit() else 1
        return history_reply(await self.app.checkins.history(self.user_id, page))

    async def _export(self, _: str) -> Reply:
        return export_reply(await self.app.checkins.export_csv(self.user_id))

    async def _forget_me(self, rest: str) -> Reply:
        if rest.strip() == "confirm":
            deleted = await self.app.checkins.forget(self.user_id)
            self._last_answer = None
            return forgotten_reply(deleted)
        return forget_prompt(self.user_id)

    async def _goal(self, rest: str) -> Reply:
        words, options = split_options(rest)
        value = options.get("days-per-week") or (
            words[1] if words[:1] == ["set"] and len(words) > 1 else None
        )
        if value is None or not value.isdigit():
            return error_reply("Use /goal set days-per-week:5 (1 to 7 days).")
        days = await self.app.checkins.set_goal(self.user_id, int(value))
        return setting_reply(f"Your weekly goal is now {days} day{'s' if days != 1 else ''}.")

    async def _privacy(self, rest: str) -> Reply:
        words, _ = split_options(rest)
        if words[:1] != ["leaderboard"] or words[1:2] not in (["on"], ["off"]):
            return error_reply("Use /privacy leaderboard off (or on).")
        visible = words[1] == "on"
        await self.app.checkins.set_leaderboard_visible(self.user_id, visible)
        return setting_reply(
            "You're shown on leaderboards." if visible else "You're hidden from leaderboards."
        )

    async def _timezone(self, rest: str) -> Reply:
        words, options = split_options(rest)
        if words[:1] == ["set"]:
            name = options.get("zone") or (words[1] if len(words) > 1 else "")
            if not name:
                return error_reply("Use /timezone set zone:Europe/Berlin")
            chosen = await self.app.checkins.set_timezone(self.user_id, name)
            return setting_reply(f"Your time zone is now {chosen}.")
        zone_name, default = await self.app.checkins.zone_for(self.user_id)
        note = " (the server default; set yours with /timezone set)" if default else ""
        return setting_reply(f"Your time zone is {zone_name}{note}.")

    async def _remind(self, rest: str) -> Reply:
        words, options = split_options(rest)
        action = words[0].lower() if words else "list"
        argument = words[1] if len(words) > 1 else ""
        service = self.app.reminders
        if action == "set":
            time_text = options.get("time") or argument
            if not time_text:
                return error_reply("Use /remind set time:07:30 [days:weekdays]")
            view = await service.create(
                user_id=self.user_id,
                time_text=time_text,
                days_text=options.get("days", ""),
                source_key=f"console:{uuid.uuid4()}",
            )
            _, default = await self.app.checkins.zone_for(self.user_id)
            return reminder_set_reply(view, default)
        if action in ("list", "next"):
            return reminder_list_reply(await service.reminders_of(self.user_id))
        if action == "off":
            if not argument.lstrip("#").isdigit():
                return error_reply("Use /remind off <id>; /remind list shows the ids.")
            removed = await service.remove(self.user_id, int(argument.lstrip("#")))
            return simple(
                "Reminder removed." if removed else "You have no such reminder.", ok=removed
            )
        if action == "pause":
            return simple(f"Paused {await service.pause(self.user_id)} reminder(s).")
        if action == "resume":
            return simple(f"Resumed {await service.resume(self.user_id)} reminder(s), from now on.")
        if action == "test":
            made = await service.send_test(self.user_id, f"console:{uuid.uuid4()}")
            await self._settle()
            return simple(
                "On its way." if made else "Set a reminder first: /remind set time:07:30",
                ok=bool(made),
            )
        if action in ("done", "snooze", "skip") and argument.isdigit():
            return await self._reminder_button(action, int(argument))
        if action == "skip-if-done" and argument in ("on", "off"):
            await service.set_skip_if_done(self.user_id, argument == "on")
            return simple(f"Skipping days you've checked in: {argument}.")
        if action == "channel":
            return await self._channel_reminder(argument, options)
        return error_reply("Use /remind set, list, off <id>, pause, resume or test.")

    async def _channel_reminder(self, action: str, options: dict[str, str]) -> Reply:
        """The console's stand-in for a server's channel reminder (one pretend guild)."""
        service = self.app.reminders
        if action == "set":
            if "time" not in options or "zone" not in options:
                return error_reply("Use /remind channel set time:07:30 zone:Europe/Berlin")
            view = await service.set_guild_reminder(
                guild_id=CONSOLE_GUILD,
                channel_id=CONSOLE_CHANNEL,
                time_text=options["time"],
                zone_name=options["zone"],
                days_text=options.get("days", ""),
            )
            return guild_reminder_reply(view)
        if action in ("join", "leave"):
            ok = await service.join_guild_reminder(CONSOLE_GUILD, self.user_id, action == "join")
            return simple("Done." if ok else "There's no channel reminder.", ok=ok)
        if action == "remove":
            removed = await service.remove_guild_reminder(CONSOLE_GUILD)
            return simple("Removed." if removed else "There was none.", ok=removed)
        return guild_reminder_reply(await service.guild_reminder(CONSOLE_GUILD))

    async def _reminder_button(self, action: str, occurrence_id: int) -> Reply:
        owner = await self.app.reminders.occurrence_owner(occurrence_id)
        if owner == GUILD_REMINDER_OWNER and action == "done":
            result = await self.app.checkins.checkin(
                user_id=self.user_id,
                source_key=f"reminder:{occurrence_id}:{self.user_id}",
                guild_id=CONSOLE_GUILD,
            )
            return checkin_reply(result)
        if owner != self.user_id:
            return error_reply("That reminder isn't yours.")
        reminders = self.app.reminders
        if action == "done":
            answered = await reminders.mark_done(self.user_id, occurrence_id)
            if answered is not None and answered.answer == "done":
                result = await self.app.checkins.checkin(
                    user_id=self.user_id,
                    source_key=f"reminder:{occurrence_id}",
                    guild_id=CONSOLE_GUILD,
                )
                return checkin_reply(result)
        elif action == "snooze":
            answered = await reminders.snooze(self.user_id, occurrence_id)
        else:
            answered = await reminders.skip_today(self.user_id, occurrence_id)
        pressed = answer_named(action)
        if answered is None or pressed is None:
            return gone_reply()
        # Once answered, the reminder's numbered picks are gone (a reply without actions
        # replaces them), and typing its commands again is refused by the service.
        return button_reply(pressed, answered)

    async def _clock(self, rest: str) -> Reply:
        """Show or move the simulated clock: /clock, /clock +2h, /clock +30m, /clock +1d."""
        clock = self.app.clock
        text = rest.strip().removeprefix("advance").strip()
        if text:
            match = re.fullmatch(r"\+?(\d+)\s*([mhd])", text)
            advance = getattr(clock, "advance", None)
            if not match or advance is None:
                return error_reply("Use /clock +30m, /clock +2h or /clock +1d.")
            unit = {"m": "minutes", "h": "hours", "d": "days"}[match[2]]
            advance(timedelta(**{unit: int(match[1])}))
            await self._settle()
        zone_name, _ = await self.app.checkins.zone_for(self.user_id)
        now = clock.now()
        return simple(
            f"Now: {now:%Y-%m-%d %H:%M} UTC ({now.astimezone(zone(zone_name)):%H:%M} {zone_name})."
        )

    async def _settle(self) -> None:
        if self.run_reminders is not None:
            await self.run_reminders()

    def reminder_text(self, delivery: Claimed) -> str:
        prompt = self.app.reminders.prompt_for(delivery.reminder_id, delivery.local_date)
        if delivery.kind == "guild":
            reply = guild_reminder_message(delivery, prompt)
        else:
            reply = reminder_message(delivery, prompt)
        self._delivered_actions = reply.actions
        self._last_actions = reply.actions
        return render_text(reply)

    async def _quit(self, _: str) -> Reply:
        raise Quit


class ConsoleSender:
    """Delivers reminders into the console session, one message per nonce (as Discord does)."""

    def __init__(self, console: Console, out: TextIO) -> None:
        self._console = console
        self._out = out
        self._sent: dict[str, int] = {}

    async def send(self, delivery: Claimed, nonce: str) -> int:
        if nonce not in self._sent:
            self._out.write("\n" + self._console.reminder_text(delivery) + "\n\n")
            self._out.flush()
            self._sent[nonce] = len(self._sent) + 1
        return self._sent[nonce]

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        self._out.write(render_text(disabled_notice(reason, delivery.reminder_id)) + "\n\n")


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
