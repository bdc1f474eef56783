"""Reminder time maths: parsing what members type, and the next occurrence. Pure functions.

Occurrences are computed from the local wall clock, never by adding 86,400 seconds:
- a time that does not exist that day (spring forward) fires at the first valid instant after
  it: 02:30 on a 02:00 -> 03:00 night fires at 03:00;
- a time that occurs twice (fall back) fires once, at the first of the two (fold=0).
"""

from __future__ import annotations

import re
from collections.abc import Container
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from bot.errors import InputError

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
    """What a member types for days -> weekday numbers (Monday 0).

    "every day", "weekdays", "weekends"; days as names, abbreviations or plurals ("mon",
    "Tues", "fridays"), separated by commas, spaces, "and" or "&"; ranges ("mon-fri",
    "monday to friday", "fri-mon" wrapping over the weekend); and "except" ("every day
    except sunday"). Anything else is refused with an example, so no day is dropped silently.
    """
    cleaned = re.sub(r"[\u2010-\u2015]", "-", text.strip().lower())
    parts = _EXCEPT.split(cleaned, maxsplit=1)
    days = _day_list(parts[0], text, empty=EVERY_DAY)
    if len(parts) == 2:
        days -= _day_list(parts[1], text, empty=frozenset())
        if not days or not parts[1]:
            raise ScheduleError(f"I can't tell which days {text.strip()!r} means. {DAYS_EXAMPLES}")
    return days


DAYS_EXAMPLES = "Try every day, weekdays, weekends, mon-fri or mon,wed,fri."
_DAY_SETS = {
    "every day": EVERY_DAY,
    "everyday": EVERY_DAY,
    "each day": EVERY_DAY,
    "daily": EVERY_DAY,
    "all": EVERY_DAY,
    "all days": EVERY_DAY,
    "all week": EVERY_DAY,
    "weekdays": WEEKDAYS,
    "weekday": WEEKDAYS,
    "workdays": WEEKDAYS,
    "work days": WEEKDAYS,
    "working days": WEEKDAYS,
    "weekends": WEEKENDS,
    "weekend": WEEKENDS,
}
_EXCEPT = re.compile(r"\s*\b(?:except|but not|but)\b\s*")
_RANGE = re.compile(r"\s*(?:-|\bto\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b)\s*")
_SEPARATORS = re.compile(r"\s*(?:[,;&+/]|\band\b|\s)\s*")


@cache
def _day_names() -> dict[str, int]:
    """Every spelling of a day we read: the name, any start of it from three letters, the
    plural, and the two-letter form ("mo", "tu")."""
    full = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    names = {"weds": 2}
    for number, name in enumerate(full):
        names[name[:2]] = number
        names[name + "s"] = number
        for length in range(3, len(name) + 1):
            names[name[:length]] = number
    return names


def _day_list(part: str, typed: str, *, empty: frozenset[int]) -> frozenset[int]:
    """Days, ranges and named sets separated by commas, "and" or spaces."""
    part = part.strip(" ,;&+/")
    if not part:
        return empty
    if part in _DAY_SETS:
        return _DAY_SETS[part]
    days: set[int] = set()
    for item in _SEPARATORS.split(_RANGE.sub("-", part)):
        if not item:
            continue
        if item in _DAY_SETS:
            days |= _DAY_SETS[item]
            continue
        ends = [_day(end, typed) for end in item.split("-")]
        if len(ends) == 1:
            days.add(ends[0])
        elif len(ends) == 2:
            first, last = ends
            # A range may wrap over the weekend: fri-mon is fri, sat, sun, mon.
            days.update((first + step) % 7 for step in range((last - first) % 7 + 1))
        else:
            raise ScheduleError(f"I can't read {item!r} as a range of days. {DAYS_EXAMPLES}")
    return frozenset(days)


def _day(word: str, typed: str) -> int:
    number = _day_names().get(word.strip().rstrip("."))
    if number is None:
        shown = word.strip() or typed.strip()
        raise ScheduleError(f"I don't know the day {shown!r}. {DAYS_EXAMPLES}")
    return number


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


def next_free_occurrence(
    zone_name: str, at: time, days: frozenset[int], after: datetime, taken: Container[date]
) -> tuple[datetime, date]:
    """The first occurrence strictly after `after` on a local date whose occurrence isn't made
    yet. An edited reminder starts here: a day already sent, being sent or skipped keeps that
    one, so moving 07:00 to 09:00 after 07:00 went out starts tomorrow, never twice today."""
    due, day = next_occurrence(zone_name, at, days, after)
    while day in taken:
        due, day = next_occurrence(zone_name, at, days, due)
    return due, day
