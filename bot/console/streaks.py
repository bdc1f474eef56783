"""The console's streak-protection commands: /streak pause, resume, status and nudge."""

from __future__ import annotations

from bot.console.parse import Parsed
from bot.console.session import Command, Session
from bot.members.replies import pause_reply, resume_reply, status_reply
from bot.reminders.nudge_replies import nudge_setting_reply
from bot.replies import Reply


async def pause(session: Session, args: Parsed) -> Reply:
    days = args.number("days") or 0
    return pause_reply(await session.app.protection.pause(session.user_id, days))


async def resume(session: Session, _: Parsed) -> Reply:
    return resume_reply(await session.app.protection.resume(session.user_id))


async def status(session: Session, _: Parsed) -> Reply:
    return status_reply(await session.app.protection.status(session.user_id))


async def nudge(session: Session, args: Parsed) -> Reply:
    on = args.text("send") == "on"
    setting = await session.app.nudges.set(session.user_id, on, args.number("hours"))
    return nudge_setting_reply(setting)


COMMANDS: dict[str, Command] = {
    "streak pause": pause,
    "streak resume": resume,
    "streak status": status,
    "streak nudge": nudge,
}
