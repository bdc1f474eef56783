"""What members type for a one-off (/remind once when:) and where an edit lands. Pure maths."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.reminders.schedule import (
    ScheduleError,
    next_free_occurrence,
    next_occurrence,
    wall_clock_instant,
)
from bot.reminders.when import parse_when

BERLIN = "Europe/Berlin"
# 10:00 in Berlin (CET) on Monday 2 March 2026.
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def berlin(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(BERLIN)).astimezone(UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:30", berlin("2026-03-02T14:30")),
        ("9am", berlin("2026-03-03T09:00")),  # already past today: its next coming
        ("today 7pm", berlin("2026-03-02T19:00")),
        ("tomorrow 9am", berlin("2026-03-03T09:00")),
        ("Tomorrow at 07:15", berlin("2026-03-03T07:15")),
        ("9am tomorrow", berlin("2026-03-03T09:00")),
        ("2026-12-24 18:00", berlin("2026-12-24T18:00")),
        ("18:00 2026-12-24", berlin("2026-12-24T18:00")),
        ("in 20 minutes", NOW + timedelta(minutes=20)),
        ("in 2 hours", NOW + timedelta(hours=2)),
        ("in an hour", NOW + timedelta(hours=1)),
        ("in 3h", NOW + timedelta(hours=3)),
        ("in 1 day", NOW + timedelta(days=1)),
        ("2026-03-02T21:00:00+00:00", datetime(2026, 3, 2, 21, 0, tzinfo=UTC)),
        ("2026-03-02t22:00:00z", datetime(2026, 3, 2, 22, 0, tzinfo=UTC)),
        ("2026-03-02T21:00", berlin("2026-03-02T21:00")),
    ],
)
def test_one_off_times_members_type_are_read_in_their_zone(text: str, expected: datetime) -> None:
    assert parse_when(text, BERLIN, NOW) == expected


@pytest.mark.parametrize(
    "text",
    ["today 9am", "2026-03-01 12:00", "1970-01-01T00:16:40+00:00", "in 0 minutes", "today 10:00"],
)
def test_a_time_already_past_is_refused_not_moved(text: str) -> None:
    with pytest.raises(ScheduleError, match="already passed"):
        parse_when(text, BERLIN, NOW)


@pytest.mark.parametrize("text", ["", "soon", "next week", "yesterday 9am", "tomorrow", "in 2"])
def test_unreadable_one_off_times_are_refused_with_examples(text: str) -> None:
    with pytest.raises(ScheduleError, match=r"in 2 hours|Say when"):
        parse_when(text, BERLIN, NOW)


def test_an_impossible_date_is_refused_saying_how_dates_look() -> None:
    with pytest.raises(ScheduleError, match="2026-12-24"):
        parse_when("2026-02-30 09:00", BERLIN, NOW)
    with pytest.raises(ScheduleError, match="as a date and time"):
        parse_when("2026-02-30T09:00+00:00", BERLIN, NOW)


@pytest.mark.parametrize("text", ["2027-06-01 09:00", "in 400 days", "2099-01-01T00:00:00Z"])
def test_a_one_off_more_than_a_year_ahead_is_refused(text: str) -> None:
    with pytest.raises(ScheduleError, match="at most a year"):
        parse_when(text, BERLIN, NOW)


def test_in_two_hours_across_a_clock_change_is_two_hours_of_real_time() -> None:
    # 01:30 CET on the night Berlin springs forward at 02:00: 120 minutes later is 04:30 CEST.
    before = berlin("2026-03-29T01:30")
    assert parse_when("in 2 hours", BERLIN, before) == before + timedelta(hours=2)
    assert parse_when("in 2 hours", BERLIN, before).astimezone(ZoneInfo(BERLIN)).hour == 4


def test_a_wall_clock_time_lost_to_spring_forward_fires_when_the_clocks_jump() -> None:
    assert parse_when("2026-03-29 02:30", BERLIN, NOW) == berlin("2026-03-29T03:00")


zones = st.sampled_from(
    ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham"]
)
instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
minute_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
day_sets = st.frozensets(st.integers(min_value=0, max_value=6), min_size=1)


@given(zones, minute_times, st.integers(0, 2), instants)
def test_a_typed_one_off_is_in_the_future_at_its_wall_clock_time(
    zone: str, at: time, ahead: int, now: datetime
) -> None:
    words = ("today", "tomorrow", (now.astimezone(ZoneInfo(zone)) + timedelta(days=2)).date())
    text = f"{words[ahead]} {at:%H:%M}"
    today = now.astimezone(ZoneInfo(zone)).date()
    if ahead == 0 and wall_clock_instant(today, at, ZoneInfo(zone)) <= now:
        # Only a time already past today is refused.
        with pytest.raises(ScheduleError, match="already passed"):
            parse_when(text, zone, now)
        return
    due = parse_when(text, zone, now)
    assert due > now
    wall = due.astimezone(ZoneInfo(zone))
    # The wall-clock time asked for, or the end of the DST gap that swallowed it.
    assert wall.time().replace(second=0) == at or wall.time() > at


@given(zones, minute_times, day_sets, instants, st.sets(st.integers(-1, 9), max_size=5))
def test_an_edit_lands_after_now_on_an_allowed_day_whose_reminder_isnt_made(
    zone: str, at: time, days: frozenset[int], now: datetime, taken_offsets: set[int]
) -> None:
    """Across zones and DST: an edited reminder never lands on a day that already has its
    reminder (sent, being sent or skipped), and skips no day it could use."""
    today = now.astimezone(ZoneInfo(zone)).date()
    taken = {today + timedelta(days=n) for n in taken_offsets}
    due, day = next_free_occurrence(zone, at, days, now, taken)
    assert due > now
    assert day.weekday() in days
    assert day not in taken
    assert due.astimezone(ZoneInfo(zone)).date() == day
    # Every allowed day before it, from the first after now, was taken.
    first_due, first_day = next_occurrence(zone, at, days, now)
    walk_due, walk_day = first_due, first_day
    while walk_day != day:
        assert walk_day in taken
        walk_due, walk_day = next_occurrence(zone, at, days, walk_due)


def test_an_edit_after_todays_reminder_was_sent_starts_tomorrow() -> None:
    # 10:00 in Berlin; today's 07:00 was sent; moved to 11:00, it comes tomorrow.
    due, day = next_free_occurrence(BERLIN, time(11, 0), frozenset(range(7)), NOW, {NOW.date()})
    assert (due, day) == (berlin("2026-03-03T11:00"), date(2026, 3, 3))
    # Not yet sent today: today at 11:00.
    assert next_free_occurrence(BERLIN, time(11, 0), frozenset(range(7)), NOW, set())[1] == (
        NOW.date()
    )
