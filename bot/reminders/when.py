"""When a one-off reminder is due (/remind once when:), from what a member types. Pure.

A small grammar, read in the member's own zone, the same in Discord and the console:

- `in 20 minutes`, `in 2 hours`, `in 1 day`, `in an hour` (`min`, `mins`, `m`, `h`, `hr`, `hrs`,
  `d` too): elapsed time from now, so across a clock change "in 2 hours" is still 120 minutes;
- a time of day as `/remind set` reads it (`14:30`, `9am`): its next coming, today or tomorrow;
- `today 18:00`, `tomorrow 9am`, `2026-12-24 18:00` (the day first or last): that wall-clock
  time on that day, with the daily reminders' rule for times a clock change skips;
- an ISO 8601 instant with its offset (`2026-12-24T17:00:00+00:00`): that instant. The Discord
  front end turns Discord's timestamp markup, which a member's client can insert and which
  discord.py 2.7's `app_commands.Timestamp` reads, into this form.

Anything else is refused with examples. A time already past is refused, never moved.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from bot.reminders.schedule import ScheduleError, parse_time, wall_clock_instant, zone_info

WHEN_EXAMPLES = "14:30, tomorrow 9am, in 2 hours or 2026-12-24 18:00"
# How far ahead a one-off may be: far enough for any plan, near enough to catch a typo'd year.
MAX_AHEAD = timedelta(days=366)

_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\S+$", re.I)
_IN = re.compile(
    r"^in\s+(?P<count>\d{1,4}|an?)\s*(?P<unit>minutes?|mins?|m|hours?|hrs?|h|days?|d)$"
)
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}
_DAY_WORD = re.compile(r"^(?P<day>today|tomorrow|\d{4}-\d{2}-\d{2})\b\s*(?:at\s+)?(?P<rest>.*)$")
_DAY_LAST = re.compile(r"^(?P<rest>.*?)\s+(?P<day>today|tomorrow|\d{4}-\d{2}-\d{2})$")


def parse_when(text: str, zone_name: str, now: datetime) -> datetime:
    """The UTC instant `text` names for a member in `zone_name` at `now`. Raises ScheduleError
    for text it can't read, a time already past, or one more than a year ahead."""
    typed = " ".join(text.split())
    if not typed:
        raise ScheduleError(f"Say when: {WHEN_EXAMPLES}.")
    instant = _instant(typed, zone_name, now)
    if instant <= now:
        raise ScheduleError(f"{text.strip()!r} has already passed. Pick a later time.")
    if instant - now > MAX_AHEAD:
        raise ScheduleError("A one-off reminder can be at most a year ahead.")
    return instant


def _instant(typed: str, zone_name: str, now: datetime) -> datetime:
    if _INSTANT.match(typed):
        return _iso_instant(typed, zone_name)
    typed = typed.lower()
    if relative := _IN.match(typed):
        count = 1 if relative["count"] in ("a", "an") else int(relative["count"])
        return now + count * _UNITS[relative["unit"][0]]
    zone = zone_info(zone_name)
    today = now.astimezone(zone).date()
    match = _DAY_WORD.match(typed) or _DAY_LAST.match(typed)
    if match is None:
        at = _time(typed)
        instant = wall_clock_instant(today, at, zone)
        # A bare time means its next coming: 09:00 typed at 10:00 is tomorrow's.
        return instant if instant > now else wall_clock_instant(today + timedelta(days=1), at, zone)
    return wall_clock_instant(_day(match["day"], today), _time(match["rest"]), zone)


def _iso_instant(text: str, zone_name: str) -> datetime:
    try:
        instant = datetime.fromisoformat(text.upper())
    except ValueError:
        raise ScheduleError(f"I can't read {text!r} as a date and time.") from None
    if instant.tzinfo is None:
        # No offset: a wall-clock time in the member's zone, like "2026-12-24 18:00".
        return wall_clock_instant(instant.date(), instant.time(), zone_info(zone_name))
    return instant.astimezone(UTC)


def _time(text: str) -> time:
    try:
        return parse_time(text)
    except ScheduleError:
        raise ScheduleError(f"I can't read that as a time. Try {WHEN_EXAMPLES}.") from None


def _day(word: str, today: date) -> date:
    if word == "today":
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise ScheduleError(f"{word!r} isn't a date. Dates look like 2026-12-24.") from None
