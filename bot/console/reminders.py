"""The console's reminder commands: /remind …, a reminder's buttons typed as commands, and the
stand-in for a server's channel reminder (one pretend guild and channel)."""

from __future__ import annotations

import uuid

from bot.console.parse import Parsed
from bot.console.session import CONSOLE_CHANNEL, CONSOLE_GUILD, Command, Session
from bot.reminders.replies import (
    answer_named,
    guild_reminder_removed_reply,
    guild_reminder_reply,
    joined_reply,
    paused_reply,
    pressed_reply,
    reminder_edited_reply,
    reminder_list_reply,
    reminder_set_reply,
    removed_reply,
    resumed_reply,
    sample_reply,
    skip_if_done_reply,
)
from bot.reminders.shaping import Change, Editor, Where
from bot.replies import Reply


async def remind_set(session: Session, args: Parsed) -> Reply:
    # "here" has no channel in the console: its one pretend channel is this session.
    reminder = await session.app.reminders.create(
        user_id=session.user_id,
        time_text=args.text("time"),
        days_text=args.text("days"),
        source_key=f"console:{uuid.uuid4()}",
    )
    return reminder_set_reply(reminder)


async def remind_once(session: Session, args: Parsed) -> Reply:
    reminder = await session.app.reminders.create_once(
        user_id=session.user_id,
        when_text=args.text("when"),
        source_key=f"console:{uuid.uuid4()}",
    )
    return reminder_set_reply(reminder)


async def remind_edit(session: Session, args: Parsed) -> Reply:
    """/remind edit: the console is one member who manages its one pretend server, so the
    server's channel reminder is theirs to edit too; "here" is its one pretend channel."""
    where = _given(args, "where")
    here = where == "here"
    moved = Where(CONSOLE_GUILD if here else None, CONSOLE_CHANNEL if here else None)
    change = Change(_given(args, "time"), _given(args, "days"), moved if where else None)
    editor = Editor(session.user_id, CONSOLE_GUILD, manages_guild=True)
    edited = await session.app.reminders.edit(args.number("id") or 0, editor, change)
    return reminder_edited_reply(edited)


def _given(args: Parsed, name: str) -> str | None:
    """An optional option's text, or None when it was left out (the change keeps that part)."""
    return args.text(name) if name in args.values else None


async def remind_list(session: Session, _: Parsed) -> Reply:
    return reminder_list_reply(await session.app.reminders.reminders_of(session.user_id))


async def remind_off(session: Session, args: Parsed) -> Reply:
    reminder_id = args.number("id") or 0
    removed = await session.app.reminders.remove(session.user_id, reminder_id)
    return removed_reply(reminder_id, removed)


async def remind_pause(session: Session, _: Parsed) -> Reply:
    return paused_reply(await session.app.reminders.pause(session.user_id))


async def remind_resume(session: Session, _: Parsed) -> Reply:
    return resumed_reply(await session.app.reminders.resume(session.user_id))


async def remind_test(session: Session, _: Parsed) -> Reply:
    queued = await session.app.reminders.send_test(session.user_id, f"console:{uuid.uuid4()}")
    await session.settle()
    return sample_reply(queued)


async def remind_skip_if_done(session: Session, args: Parsed) -> Reply:
    skip = args.text("skip") == "on"
    await session.app.members.set_skip_if_done(session.user_id, skip)
    return skip_if_done_reply(skip)


async def reminder_button(session: Session, args: Parsed) -> Reply:
    """/remind done|snooze|skip <id>: a reminder's button, typed (or picked by its number).

    Once answered, the reminder's numbered picks are gone (a reply without actions replaces
    them), and typing its commands again is refused by the service."""
    pressed = answer_named(args.command.name.rsplit(" ", 1)[-1])
    assert pressed is not None, "the catalog names a reminder button"
    result = await session.app.reminders.press(
        session.user_id, args.number("id") or 0, pressed, CONSOLE_GUILD
    )
    return pressed_reply(result)


async def channel_list(session: Session, _: Parsed) -> Reply:
    return guild_reminder_reply(await session.app.reminders.guild_reminder(CONSOLE_GUILD))


async def channel_set(session: Session, args: Parsed) -> Reply:
    view = await session.app.reminders.set_guild_reminder(
        guild_id=CONSOLE_GUILD,
        channel_id=CONSOLE_CHANNEL,
        time_text=args.text("time"),
        zone_name=args.text("zone"),
        days_text=args.text("days"),
    )
    return guild_reminder_reply(view)


async def channel_remove(session: Session, _: Parsed) -> Reply:
    removed = await session.app.reminders.remove_guild_reminder(CONSOLE_GUILD)
    return guild_reminder_removed_reply(removed)


async def channel_join(session: Session, args: Parsed) -> Reply:
    on = args.command.name.endswith("join")
    joined = await session.app.reminders.join_guild_reminder(CONSOLE_GUILD, session.user_id, on)
    return joined_reply(on, joined)


COMMANDS: dict[str, Command] = {
    "remind set": remind_set,
    "remind once": remind_once,
    "remind edit": remind_edit,
    "remind list": remind_list,
    "remind off": remind_off,
    "remind pause": remind_pause,
    "remind resume": remind_resume,
    "remind test": remind_test,
    "remind skip-if-done": remind_skip_if_done,
    "remind done": reminder_button,
    "remind snooze": reminder_button,
    "remind skip": reminder_button,
    "remind-channel list": channel_list,
    "remind-channel set": channel_set,
    "remind-channel remove": channel_remove,
    "remind-channel join": channel_join,
    "remind-channel leave": channel_join,
}
