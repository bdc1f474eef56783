"""/clock: show or move the console's simulated clock, stopping at each reminder due on the way.

A console-only command: Discord runs on real time, so this wording has no second front end.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.console.parse import Parsed
from bot.console.session import Command, Session
from bot.reminders.replies import simple
from bot.replies import Reply, error_reply
from bot.timezones import zone

# Far enough to watch a month of reminders; bounded, so a typo can't step through years.
MAX_CLOCK_MOVE = timedelta(days=31)
CLOCK_STAYS_PUT = (
    "The clock can't move here: the console is using the bot's own database "
    "(database.console_path is database.path), where simulated time would date check-ins and "
    "reminders in the future. Give the console a file of its own to try reminders."
)
_MOVE = re.compile(r"\+?([0-9]{1,9})\s*([mhd])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


async def clock(session: Session, args: Parsed) -> Reply:
    """Show or move the simulated clock: /clock, /clock +2h, /clock +30m, /clock +1d."""
    now_of = session.app.clock
    by = args.text("by").removeprefix("advance").strip()
    if by:
        advance = getattr(now_of, "advance", None)
        if advance is None:
            return error_reply(CLOCK_STAYS_PUT)
        match = _MOVE.fullmatch(by)
        if not match:
            return error_reply("Use /clock +30m, /clock +2h or /clock +1d.")
        delta = timedelta(**{_UNITS[match[2]]: int(match[1])})
        if delta > MAX_CLOCK_MOVE:
            return error_reply(
                f"The clock moves at most {MAX_CLOCK_MOVE.days} days at a time; "
                f"repeat /clock +{MAX_CLOCK_MOVE.days}d to go further."
            )
        await run_clock_to(session, now_of.now() + delta, advance)
    zone_name, _ = await session.app.members.zone_for(session.user_id)
    now = now_of.now()
    return simple(
        f"Now: {now:%Y-%m-%d %H:%M} UTC ({now.astimezone(zone(zone_name)):%H:%M} {zone_name})."
    )


async def run_clock_to(
    session: Session, target: datetime, advance: Callable[[timedelta], datetime]
) -> None:
    """Move the clock to `target`, stopping at each moment a reminder is due, as a bot
    running all that time would: each one is then sent on time, not "late because the bot
    was offline", and a day's reminders all come, not only the last."""
    now_of = session.app.clock
    passed: datetime | None = None
    while (due := await session.app.reminders.next_wake()) is not None and due <= target:
        if passed is not None and due <= passed:
            # Still due after a pass at this moment: don't spin on it.
            break
        advance(max(due - now_of.now(), timedelta(0)))
        await session.settle()
        passed = now_of.now()
    advance(max(target - now_of.now(), timedelta(0)))
    await session.settle()


COMMANDS: dict[str, Command] = {"clock": clock}
