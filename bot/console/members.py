"""The console's member-settings commands: /goal, /privacy, /timezone, /export, /forget-me."""

from __future__ import annotations

from bot.checkins.replies import (
    export_reply,
    forget_prompt,
    forgotten_reply,
    goal_reply,
    nothing_changed,
    privacy_reply,
    timezone_reply,
    timezone_set_reply,
)
from bot.console.parse import Parsed
from bot.console.session import Command, Session
from bot.replies import Reply


async def export(session: Session, _: Parsed) -> Reply:
    return export_reply(await session.app.members.export_csv(session.user_id))


async def forget_me(session: Session, _: Parsed) -> Reply:
    return forget_prompt(session.user_id)


async def forget_me_confirm(session: Session, _: Parsed) -> Reply:
    deleted = await session.app.members.forget(session.user_id)
    session.last_answer = None
    return forgotten_reply(deleted)


async def cancel(_: Session, __: Parsed) -> Reply:
    return nothing_changed()


async def goal_set(session: Session, args: Parsed) -> Reply:
    days = args.number("days-per-week") or 0
    return goal_reply(await session.app.members.set_goal(session.user_id, days))


async def privacy_leaderboard(session: Session, args: Parsed) -> Reply:
    visible = args.text("show") == "on"
    await session.app.members.set_leaderboard_visible(session.user_id, visible)
    return privacy_reply(visible)


async def timezone_set(session: Session, args: Parsed) -> Reply:
    chosen = await session.app.members.set_timezone(session.user_id, args.text("zone"))
    return timezone_set_reply(chosen)


async def timezone_show(session: Session, _: Parsed) -> Reply:
    return timezone_reply(*await session.app.members.zone_for(session.user_id))


COMMANDS: dict[str, Command] = {
    "export": export,
    "forget-me": forget_me,
    "forget-me confirm": forget_me_confirm,
    "cancel": cancel,
    "goal set": goal_set,
    "privacy leaderboard": privacy_leaderboard,
    "timezone set": timezone_set,
    "timezone show": timezone_show,
}
