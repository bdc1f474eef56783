"""The local console: the same services as the Discord bot, as plain text on stdin/stdout.

It works interactively and from a pipe (`printf '/help\n' | make run`), and ends at end of input.
Commands take options in Discord's form, `name:value`, so what works here works in Discord.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import re
import sys
import threading
import unicodedata
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

import msgspec

from bot.app import App
from bot.catalog import ALIASES, COMMANDS, CONSOLE_ONLY, GROUP_DEFAULTS, help_reply
from bot.checkins.replies import (
    chart_title,
    checkin_reply,
    export_reply,
    forget_prompt,
    forgotten_reply,
    goal_reply,
    history_reply,
    leaderboard_reply,
    nothing_changed,
    setting_reply,
    stats_reply,
    timezone_reply,
    timezone_set_reply,
    undo_done,
    undo_prompt,
)
from bot.clock import AdjustableClock, Clock, SystemClock
from bot.config import Config
from bot.console_parse import Parsed, parse_line
from bot.markdown import plain
from bot.questions.replies import (
    answer_reply,
    feedback_reply,
    gaps_reply,
    reload_reply,
    topics_reply,
)
from bot.questions.service import GAP_DAYS, Answer, AnswerKind
from bot.reminders.models import Claimed
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
from bot.replies import Action, InputError, Reply, Tone, apology_reply, error_reply
from bot.storage.db import MEMORY
from bot.timezones import zone

log = logging.getLogger(__name__)

Handler = Callable[[Parsed], Awaitable[Reply]]

_TONE_PREFIX = {Tone.WARNING: "! ", Tone.URGENT: "!!! ", Tone.ERROR: "✗ "}


# The console is one member in one pretend guild, so the leaderboard has somewhere to live.
CONSOLE_GUILD = 0
CONSOLE_CHANNEL = 0
# Guild-wide reminders belong to no member.
GUILD_REMINDER_OWNER = 0


def console_setup(config: Config) -> tuple[Config, Clock]:
    """The console's config and clock: its own database, and a clock it can move forward.

    On the bot's own database the clock stays put: simulated time would date check-ins and
    reminders in the future in the file the Discord bot serves from.
    """
    database = config.database
    on_console_db = msgspec.structs.replace(database, path=database.console_path)
    clock = SystemClock() if _same_file(database.path, database.console_path) else AdjustableClock()
    return msgspec.structs.replace(config, database=on_console_db), clock


def _same_file(first: str, second: str) -> bool:
    if MEMORY in (first, second):
        return False
    try:
        # Links included: a symlink or a hard link to the bot's file is the bot's file.
        return os.path.samefile(first, second)
    except OSError:
        return Path(first).resolve() == Path(second).resolve()


class Quit(Exception):
    """Raised by /quit to end the console loop."""


_DISCORD_TIME = re.compile(r"<t:(-?\d+):[tTdDfF]>")
# "(in 3 hours)" only makes sense where Discord keeps it current.
_DISCORD_RELATIVE = re.compile(r"\s*\(<t:-?\d+:R>\)|<t:-?\d+:R>")


def _plain_time(match: re.Match[str]) -> str:
    """A Discord timestamp token as text; the console shows UTC (Discord shows local time).

    Members can type these tokens into notes and questions, so one may name an instant no
    datetime holds (<t:99999999999999:F>); it is then shown as typed.
    """
    try:
        instant = datetime.fromtimestamp(int(match[1]), UTC)
    except (ValueError, OverflowError, OSError):
        return match[0]
    return instant.strftime("%a %d %b %Y %H:%M UTC")


def render_text(reply: Reply) -> str:
    """A Reply as plain text: title, body, fields, numbered actions, footer."""
    parts: list[str] = []
    prefix = _TONE_PREFIX.get(reply.tone, "")
    if reply.title:
        title = _text(prefix + reply.title)
        parts.append(f"{title}\n{'=' * display_width(title)}")
        prefix = ""
    parts.append(_text(prefix + reply.body))
    parts.extend(f"{_text(f.name)}:\n{_text(f.value)}" for f in reply.fields)
    if reply.actions:
        parts.append(
            "\n".join(
                f"  {n}. {_text(a.label)}  ({a.command})" for n, a in enumerate(reply.actions, 1)
            )
        )
    if reply.footer:
        parts.append(f"-- {_text(reply.footer)}")
    return "\n\n".join(parts)


def _text(markdown: str) -> str:
    """Discord's text for a terminal: timestamps in UTC, Markdown markers gone."""
    text = _DISCORD_RELATIVE.sub("", markdown)
    return plain(_DISCORD_TIME.sub(_plain_time, text))


def display_width(text: str) -> int:
    """How many terminal columns `text` takes: wide characters (most emoji, CJK) take two,
    combining marks and joiners none. (The wcwidth package does this fully; this much is all
    a title needs.)"""
    width = 0
    for char in text:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


# Far enough to watch a month of reminders; bounded, so a typo can't step through years.
MAX_CLOCK_MOVE = timedelta(days=31)
CLOCK_STAYS_PUT = (
    "The clock can't move here: the console is using the bot's own database "
    "(database.console_path is database.path), where simulated time would date check-ins and "
    "reminders in the future. Give the console a file of its own to try reminders."
)

# A line of digits picks a numbered option; it is never a question.
_PICK = re.compile(r"[0-9]+")


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
        # One handler per command in the catalog, by its qualified name.
        self._handlers: dict[str, Handler] = {
            "help": self._help,
            "ask": self._ask,
            "question": self._ask,
            "pick": self._pick_option,
            "topics": self._topics,
            "topic": self._topic,
            "helpful": self._helpful,
            "unhelpful": self._unhelpful,
            "kb reload": self._kb_reload,
            "kb gaps": self._kb_gaps,
            "checkin": self._checkin,
            "checkin-undo": self._checkin_undo,
            "checkin undo": self._checkin_undo,
            "stats": self._stats,
            "leaderboard": self._leaderboard,
            "history": self._history,
            "export": self._export,
            "forget-me": self._forget_me,
            "forget-me confirm": self._forget_me_confirm,
            "cancel": self._cancel,
            "goal set": self._goal_set,
            "privacy leaderboard": self._privacy_leaderboard,
            "timezone set": self._timezone_set,
            "timezone show": self._timezone_show,
            "remind set": self._remind_set,
            "remind list": self._remind_list,
            "remind off": self._remind_off,
            "remind pause": self._remind_pause,
            "remind resume": self._remind_resume,
            "remind test": self._remind_test,
            "remind skip-if-done": self._remind_skip_if_done,
            "remind done": self._reminder_button,
            "remind snooze": self._reminder_button,
            "remind skip": self._reminder_button,
            "remind-channel list": self._channel_list,
            "remind-channel set": self._channel_set,
            "remind-channel remove": self._channel_remove,
            "remind-channel join": self._channel_join,
            "remind-channel leave": self._channel_join,
            "clock": self._clock,
            "quit": self._quit,
            "exit": self._quit,
        }
        self._commands = (*COMMANDS, *CONSOLE_ONLY)
        self._question = next(c for c in CONSOLE_ONLY if c.name == "question")

    async def handle(self, line: str) -> Reply | None:
        """Answer one line of input; None for a blank line."""
        line = line.strip()
        if not line:
            return None
        if _PICK.fullmatch(line):
            # Past nine digits it is out of range anyway (and int() refuses 4,300).
            return await self._pick(int(line) if len(line) <= 9 else 0)
        self._delivered_actions = ()
        try:
            # Plain text is a question, handled like /ask so its buttons can be picked by number.
            parsed = (
                parse_line(line[1:], self._commands, GROUP_DEFAULTS, ALIASES)
                if line.startswith("/")
                else Parsed(self._question, {"question": line})
            )
            reply = await self._handlers[parsed.command.name](parsed)
        except InputError as exc:
            # Input the member can fix: the message says how.
            return error_reply(str(exc))
        except Quit:
            raise
        except Exception:
            # As in Discord: one failure is logged with its context, and the session goes on.
            log.exception("console command failed: %r", line[:200])
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
        if not self._last_actions:
            return error_reply(
                "There's nothing to pick: the last reply had no numbered options. "
                "Type a question, or /help for the commands."
            )
        if not 1 <= number <= len(self._last_actions):
            return error_reply(f"Pick a number from 1 to {len(self._last_actions)}.")
        reply = await self.handle(self._last_actions[number - 1].command)
        return reply or error_reply("Nothing to do.")

    async def _pick_option(self, args: Parsed) -> Reply:
        return await self._pick(args.number("number") or 0)

    async def _help(self, _: Parsed) -> Reply:
        return help_reply(console=True)

    async def _ask(self, args: Parsed) -> Reply:
        answer = await self.app.questions.ask(args.text("question"))
        self._last_answer = answer if answer.kind is AnswerKind.ANSWER else None
        return answer_reply(answer)

    async def _topics(self, _: Parsed) -> Reply:
        return topics_reply(self.app.questions.kb)

    async def _topic(self, args: Parsed) -> Reply:
        entry_id = args.text("id")
        answer = self.app.questions.topic(entry_id)
        if answer is None:
            return error_reply(f"There is no topic {entry_id!r}. Type /topics for the list.")
        self._last_answer = answer
        return answer_reply(answer)

    async def _helpful(self, _: Parsed) -> Reply:
        return await self._feedback(helpful=True)

    async def _unhelpful(self, _: Parsed) -> Reply:
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

    async def _kb_reload(self, _: Parsed) -> Reply:
        problems = await self.app.questions.reload()
        return reload_reply([str(p) for p in problems], len(self.app.questions.kb.entries))

    async def _kb_gaps(self, _: Parsed) -> Reply:
        return gaps_reply(await self.app.questions.gaps(GAP_DAYS), GAP_DAYS)

    async def _checkin(self, args: Parsed) -> Reply:
        result = await self.app.checkins.checkin(
            user_id=self.user_id,
            source_key=f"console:{uuid.uuid4()}",
            activity=args.text("activity"),
            sets=args.number("sets"),
            reps=args.number("reps"),
            minutes=args.number("minutes"),
            note=args.text("note") or None,
            day=args.text("day"),
            guild_id=CONSOLE_GUILD,
        )
        return checkin_reply(result)

    async def _checkin_undo(self, args: Parsed) -> Reply:
        chosen = args.number("id")
        if chosen is not None:
            return undo_done(await self.app.checkins.undo(self.user_id, chosen))
        return undo_prompt(await self.app.checkins.undo_candidate(self.user_id))

    async def _stats(self, _: Parsed) -> Reply:
        stats = await self.app.checkins.stats(self.user_id)
        chart = await self.app.checkins.chart(stats, chart_title(stats))
        return stats_reply(stats, "you", chart)

    async def _leaderboard(self, args: Parsed) -> Reply:
        period = args.text("period")
        board = await self.app.checkins.leaderboard(CONSOLE_GUILD, period, self.user_id)  # type: ignore[arg-type]
        return leaderboard_reply(
            board, lambda uid: "you" if uid == self.user_id else f"member {uid}"
        )

    async def _history(self, args: Parsed) -> Reply:
        return history_reply(
            await self.app.checkins.history(self.user_id, args.number("page") or 1)
        )

    async def _export(self, _: Parsed) -> Reply:
        return export_reply(await self.app.members.export_csv(self.user_id))

    async def _forget_me(self, _: Parsed) -> Reply:
        return forget_prompt(self.user_id)

    async def _forget_me_confirm(self, _: Parsed) -> Reply:
        deleted = await self.app.members.forget(self.user_id)
        self._last_answer = None
        return forgotten_reply(deleted)

    async def _cancel(self, _: Parsed) -> Reply:
        return nothing_changed()

    async def _goal_set(self, args: Parsed) -> Reply:
        days = await self.app.members.set_goal(self.user_id, args.number("days-per-week") or 0)
        return goal_reply(days)

    async def _privacy_leaderboard(self, args: Parsed) -> Reply:
        visible = args.text("show") == "on"
        await self.app.members.set_leaderboard_visible(self.user_id, visible)
        return setting_reply(
            "You're shown on leaderboards." if visible else "You're hidden from leaderboards."
        )

    async def _timezone_set(self, args: Parsed) -> Reply:
        return timezone_set_reply(
            await self.app.members.set_timezone(self.user_id, args.text("zone"))
        )

    async def _timezone_show(self, _: Parsed) -> Reply:
        return timezone_reply(*await self.app.members.zone_for(self.user_id))

    async def _remind_set(self, args: Parsed) -> Reply:
        # "here" has no channel in the console: its one pretend channel is this session.
        view = await self.app.reminders.create(
            user_id=self.user_id,
            time_text=args.text("time"),
            days_text=args.text("days"),
            source_key=f"console:{uuid.uuid4()}",
        )
        _, default = await self.app.members.zone_for(self.user_id)
        return reminder_set_reply(view, default)

    async def _remind_list(self, _: Parsed) -> Reply:
        return reminder_list_reply(await self.app.reminders.reminders_of(self.user_id))

    async def _remind_off(self, args: Parsed) -> Reply:
        removed = await self.app.reminders.remove(self.user_id, args.number("id") or 0)
        return simple("Reminder removed." if removed else "You have no such reminder.", ok=removed)

    async def _remind_pause(self, _: Parsed) -> Reply:
        return simple(f"Paused {await self.app.reminders.pause(self.user_id)} reminder(s).")

    async def _remind_resume(self, _: Parsed) -> Reply:
        resumed = await self.app.reminders.resume(self.user_id)
        return simple(f"Resumed {resumed} reminder(s), from now on.")

    async def _remind_test(self, _: Parsed) -> Reply:
        made = await self.app.reminders.send_test(self.user_id, f"console:{uuid.uuid4()}")
        await self._settle()
        return simple(
            "On its way." if made else "Set a reminder first: /remind set time:07:30",
            ok=bool(made),
        )

    async def _remind_skip_if_done(self, args: Parsed) -> Reply:
        skip = args.text("skip")
        await self.app.members.set_skip_if_done(self.user_id, skip == "on")
        return simple(f"Skipping days you've checked in: {skip}.")

    # The console's stand-in for a server's channel reminder (one pretend guild and channel).

    async def _channel_list(self, _: Parsed) -> Reply:
        return guild_reminder_reply(await self.app.reminders.guild_reminder(CONSOLE_GUILD))

    async def _channel_set(self, args: Parsed) -> Reply:
        view = await self.app.reminders.set_guild_reminder(
            guild_id=CONSOLE_GUILD,
            channel_id=CONSOLE_CHANNEL,
            time_text=args.text("time"),
            zone_name=args.text("zone"),
            days_text=args.text("days"),
        )
        return guild_reminder_reply(view)

    async def _channel_remove(self, _: Parsed) -> Reply:
        removed = await self.app.reminders.remove_guild_reminder(CONSOLE_GUILD)
        return simple("Removed." if removed else "There was none.", ok=removed)

    async def _channel_join(self, args: Parsed) -> Reply:
        join = args.command.name.endswith("join")
        ok = await self.app.reminders.join_guild_reminder(CONSOLE_GUILD, self.user_id, join)
        return simple("Done." if ok else "There's no channel reminder.", ok=ok)

    async def _reminder_button(self, args: Parsed) -> Reply:
        action = args.command.name.rsplit(" ", 1)[-1]
        occurrence_id = args.number("id") or 0
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

    async def _clock(self, args: Parsed) -> Reply:
        """Show or move the simulated clock: /clock, /clock +2h, /clock +30m, /clock +1d."""
        clock = self.app.clock
        text = args.text("by").removeprefix("advance").strip()
        if text:
            match = re.fullmatch(r"\+?([0-9]{1,9})\s*([mhd])", text)
            advance = getattr(clock, "advance", None)
            if advance is None:
                return error_reply(CLOCK_STAYS_PUT)
            if not match:
                return error_reply("Use /clock +30m, /clock +2h or /clock +1d.")
            unit = {"m": "minutes", "h": "hours", "d": "days"}[match[2]]
            delta = timedelta(**{unit: int(match[1])})
            if delta > MAX_CLOCK_MOVE:
                return error_reply(
                    f"The clock moves at most {MAX_CLOCK_MOVE.days} days at a time; "
                    f"repeat /clock +{MAX_CLOCK_MOVE.days}d to go further."
                )
            await self._run_clock_to(clock.now() + delta, advance)
        zone_name, _ = await self.app.members.zone_for(self.user_id)
        now = clock.now()
        return simple(
            f"Now: {now:%Y-%m-%d %H:%M} UTC ({now.astimezone(zone(zone_name)):%H:%M} {zone_name})."
        )

    async def _run_clock_to(
        self, target: datetime, advance: Callable[[timedelta], datetime]
    ) -> None:
        """Move the clock to `target`, stopping at each moment a reminder is due, as a bot
        running all that time would: each one is then sent on time, not "late because the bot
        was offline", and a day's reminders all come, not only the last."""
        clock = self.app.clock
        passed: datetime | None = None
        while (due := await self.app.reminders.next_wake()) is not None and due <= target:
            if passed is not None and due <= passed:
                # Still due after a pass at this moment: don't spin on it.
                break
            advance(max(due - clock.now(), timedelta(0)))
            await self._settle()
            passed = clock.now()
        advance(max(target - clock.now(), timedelta(0)))
        await self._settle()

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

    async def _quit(self, _: Parsed) -> Reply:
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
