"""The console's check-in commands: /checkin, undo, /stats, /leaderboard, /history."""

from __future__ import annotations

import uuid

from bot.checkins.replies import (
    checkin_reply,
    history_reply,
    leaderboard_reply,
    stats_reply,
    undo_done,
    undo_prompt,
)
from bot.console.parse import Parsed
from bot.console.session import CONSOLE_GUILD, Command, Session
from bot.replies import Reply


async def checkin(session: Session, args: Parsed) -> Reply:
    result = await session.app.checkins.checkin(
        user_id=session.user_id,
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


async def checkin_undo(session: Session, args: Parsed) -> Reply:
    checkins = session.app.checkins
    chosen = args.number("id")
    if chosen is not None:
        return undo_done(await checkins.undo(session.user_id, chosen))
    return undo_prompt(await checkins.undo_candidate(session.user_id))


async def stats(session: Session, _: Parsed) -> Reply:
    checkins = session.app.checkins
    found = await checkins.stats(session.user_id)
    chart = await checkins.chart(found)
    return stats_reply(found, "you", chart)


async def leaderboard(session: Session, args: Parsed) -> Reply:
    period = args.text("period")
    user_id = session.user_id
    board = await session.app.checkins.leaderboard(CONSOLE_GUILD, period, user_id)  # type: ignore[arg-type]
    return leaderboard_reply(board, lambda uid: "you" if uid == user_id else f"member {uid}")


async def history(session: Session, args: Parsed) -> Reply:
    page = args.number("page") or 1
    return history_reply(await session.app.checkins.history(session.user_id, page))


COMMANDS: dict[str, Command] = {
    "checkin": checkin,
    "checkin-undo": checkin_undo,
    "checkin undo": checkin_undo,
    "stats": stats,
    "leaderboard": leaderboard,
    "history": history,
}
