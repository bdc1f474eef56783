"""Reminder time maths: parsing what members type, and the next occurrence. Pure functions.

Occurrences are computed from the local wall clock, never by adding 86,400 seconds:
- a time that does not exist that day (spring forward) fires at the first valid instant after
  it: 02:30 on a 02:00 -> 03:00 night fires at 03:00;
- a time that occurs twice (fall back) fires once, at the first of the two (fold=0).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from bot.replies import InputError

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({5, 6})
# Walking forward a week always finds an allowed day; a little more covers DST edges.
_SEARCH_DAYS = 8

_TIME = re.compile(
    r"^\s*(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap]\.?m\.?)?\s*$", re.I
)
TIME_EXAMPLES = "07:30, 7:30, 7.30pm or 19:30"


class ScheduleError(InputError):
    """A time or set of days the member typed that we can't read."""


def parse_time(text: str) -> time:
    """ "07:30", "7:30", "7.30pm", "7pm", "19:30" -> a time of day."""
    match = _TIME.match(text)
    if not match:
        raise ScheduleError(f"I can't read {text.strip()!r} as a time. Try {TIME_EXAMPLES}.")
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    half = (match["half"] or "").lower().replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            raise ScheduleError(f"With am or pm the hour is 1 to 12, as in {TIME_EXAMPLES}.")
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match["minute"] is None:
        raise ScheduleError(f"Add minutes or am/pm: {TIME_EXAMPLES}.")
    if hour > 23 or minute > 59:
        raise ScheduleError(f"{text.strip()!r} isn't a time of day. Try {TIME_EXAMPLES}.")
    return time(hour, minute)


def parse_days(text: str) -> frozenset[int]:
    """ "every day", "weekdays", "weekends", or "mon,wed,fri" -> weekday numbers (Monday 0)."""
    cleaned = text.strip().lower()
    if cleaned in ("", "every day", "everyday", "daily", "all"):
        return EVERY_DAY
    if cleaned in ("weekdays", "weekday"):
        return WEEKDAYS
    if cleaned in ("weekends", "weekend"):
        return WEEKENDS
    days = set()
    for part in re.split(r"[\s,]+", cleaned):
        if not part:
            continue
        matches = [i for i, name in enumerate(WEEKDAY_NAMES) if part.startswith(name)]
        if len(part) < 3 or not matches:
            raise ScheduleError(
                f"I don't know the day {part!r}. Use every day, weekdays, weekends, "
                "or days such as mon,wed,fri."
            )
        days.add(matches[0])
    return frozenset(days)


def days_to_mask(days: frozenset[int]) -> int:
    return sum(1 << d for d in days)


def mask_to_days(mask: int) -> frozenset[int]:
    return frozenset(d for d in range(7) if mask & (1 << d))


def describe_days(days: frozenset[int]) -> str:
    if days == EVERY_DAY:
        return "every day"
    if days == WEEKDAYS:
        return "weekdays"
    if days == WEEKENDS:
        return "weekends"
    return ",".join(WEEKDAY_NAMES[d] for d in sorted(days))


@cache
def zone_info(name: str) -> ZoneInfo:
    """A zone, kept: ZoneInfo itself caches only a few strongly, and a burst of reminders spans
    hundreds of zones, which would otherwise be re-read from disk for every reminder."""
    return ZoneInfo(name)


def zone_problem(name: str) -> str | None:
    """Why the stored zone `name` can't be loaded here, or None if it can.

    A name accepted once may fail later: on another host, or with another zone database.
    """
    try:
        zone_info(name)
    except (KeyError, ValueError, OSError) as exc:
        # ZoneInfoNotFoundError is a KeyError; a folder ("Europe") or an overlong name is an
        # OSError; a malformed key is a ValueError.
        return str(exc) or type(exc).__name__
    return None


def wall_clock_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of `at` on `day` in `zone`, by the rules above."""
    candidate = datetime.combine(day, at, tzinfo=zone)  # fold=0: the first of a repeated time
    if _exists(candidate):
        return candidate.astimezone(UTC)
    # A gap: the first minute after `at` that exists is when the clocks jumped.
    wall = datetime.combine(day, at)
    for minutes in range(1, 24 * 60):
        later = (wall + timedelta(minutes=minutes)).replace(tzinfo=zone)
        if _exists(later):
            return later.astimezone(UTC)
    raise ValueError(f"no valid time near {at} on {day} in {zone}")  # pragma: no cover


def _exists(local: datetime) -> bool:
    """Whether this wall-clock time really happens (it survives a trip through UTC)."""
    back = local.astimezone(UTC).astimezone(local.tzinfo)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


def next_occurrence(
    zone_name: str, at: time, days: frozenset[int], after: datetime
) -> tuple[datetime, date]:
    """The first occurrence strictly after `after`: its UTC instant and its local date."""
    if not days:
        raise ScheduleError("Pick at least one day.")
    zone = zone_info(zone_name)
    start = after.astimezone(zone).date() - timedelta(days=1)
    for offset in range(_SEARCH_DAYS + 1):
        day = start + timedelta(days=offset)
        if day.weekday() not in days:
            continue
        instant = wall_clock_instant(day, at, zone)
        if instant > after:
            return instant, day
    raise AssertionError("an allowed day always comes within a week")  # pragma: no cover
