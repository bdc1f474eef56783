"""The console's community commands: /challenge, its start and end, and /recap, for the one
pretend server. Its recap is delivered into the session as Discord posts it in the channel."""

from __future__ import annotations

from bot.community.replies import (
    NameOf,
    challenge_reply,
    challenge_started_reply,
    end_answer_reply,
    recap_off_reply,
    recap_preview_reply,
    recap_set_reply,
)
from bot.console.parse import Parsed
from bot.console.session import CONSOLE_CHANNEL, CONSOLE_GUILD, Command, Session
from bot.replies import Reply


def names_for(session: Session) -> NameOf:
    """How the console names members: you, or "member N"."""
    user_id = session.user_id
    return lambda uid: "you" if uid == user_id else f"member {uid}"


async def challenge_show(session: Session, _: Parsed) -> Reply:
    progress = await session.app.community.challenge(CONSOLE_GUILD)
    return challenge_reply(progress, names_for(session))


async def challenge_start(session: Session, args: Parsed) -> Reply:
    target = args.number("target")
    assert target is not None  # required: the parser refuses the line without it
    progress = await session.app.community.start_challenge(
        guild_id=CONSOLE_GUILD,
        metric=args.text("goal"),
        target=target,
        period_text=args.text("period"),
        channel_id=CONSOLE_CHANNEL,
    )
    return challenge_started_reply(progress, names_for(session))


async def challenge_end(session: Session, _: Parsed) -> Reply:
    progress = await session.app.community.end_challenge(CONSOLE_GUILD)
    return end_answer_reply(progress, names_for(session))


async def recap_set(session: Session, args: Parsed) -> Reply:
    hour = args.number("hour")
    assert hour is not None  # required: the parser refuses the line without it
    schedule = await session.app.community.set_recap(
        guild_id=CONSOLE_GUILD,
        channel_id=CONSOLE_CHANNEL,
        hour=hour,
        day=args.text("day"),
        zone_text=args.text("zone") or None,
    )
    return recap_set_reply(schedule)


async def recap_off(session: Session, _: Parsed) -> Reply:
    return recap_off_reply(await session.app.community.recap_off(CONSOLE_GUILD))


async def recap_preview(session: Session, _: Parsed) -> Reply:
    recap = await session.app.community.recap(CONSOLE_GUILD)
    return recap_preview_reply(recap, names_for(session))


COMMANDS: dict[str, Command] = {
    "challenge": challenge_show,
    "challenge-start": challenge_start,
    "challenge-end": challenge_end,
    "recap set": recap_set,
    "recap off": recap_off,
    "recap preview": recap_preview,
}
