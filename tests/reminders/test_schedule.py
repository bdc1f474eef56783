"""Reminder time rules: parsing, and the next occurrence across DST in three hemispheres' zones."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.reminders.schedule import (
    EVERY_DAY,
    WEEKDAYS,
    WEEKENDS,
    ScheduleError,
    _exists,
    next_occurrence,
    parse_days,
    parse_time,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:30", time(7, 30)),
        ("7:30", time(7, 30)),
        ("7.30pm", time(19, 30)),
        ("19:30", time(19, 30)),
        ("7pm", time(19, 0)),
        ("12am", time(0, 0)),
        ("12:05 PM", time(12, 5)),
    ],
)
def test_times_members_type_are_read(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "7", "noon", "13pm", "7:75", "", "07:30:00"])
def test_anything_else_is_refused_with_examples(text: str) -> None:
    with pytest.raises(ScheduleError, match=r"07:30, 7:30, 7\.30pm or 19:30"):
        parse_time(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", EVERY_DAY),
        ("every day", EVERY_DAY),
        ("weekdays", WEEKDAYS),
        ("weekends", WEEKENDS),
        ("mon,wed,fri", frozenset({0, 2, 4})),
        ("Monday Friday", frozenset({0, 4})),
    ],
)
def test_days_members_type_are_read(text: str, expected: frozenset[int]) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize(
    "text",
    ["m", "funday", "mon,xyz", "mon-", "monfri", "mon-wed-fri", "1,2,3", "every other day"],
)
def test_unknown_days_are_refused(text: str) -> None:
    with pytest.raises(ScheduleError, match="mon,wed,fri"):
        parse_days(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon-fri", WEEKDAYS),
        ("sat-sun", WEEKENDS),
        ("Monday to Friday", WEEKDAYS),
        ("Mon\u2013Fri", WEEKDAYS),
        ("mon - thu", frozenset({0, 1, 2, 3})),
        ("fri-mon", frozenset({4, 5, 6, 0})),
        ("tue-thu, sat", frozenset({1, 2, 3, 5})),
    ],
)
def test_a_day_range_includes_every_day_in_it(text: str, expected: frozenset[int]) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mondays and fridays", frozenset({0, 4})),
        ("Tues & Thurs", frozenset({1, 3})),
        ("weds", frozenset({2})),
        ("mo,we,fr", frozenset({0, 2, 4})),
        ("mon., wed.", frozenset({0, 2})),
        ("daily", EVERY_DAY),
        ("workdays", WEEKDAYS),
        ("weekdays, sat", frozenset({0, 1, 2, 3, 4, 5})),
        ("every day except sunday", frozenset(range(6))),
        ("weekdays but not wed", frozenset({0, 1, 3, 4})),
    ],
)
def test_common_ways_of_writing_days_are_read(text: str, expected: frozenset[int]) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize("text", ["sun except sun", "every day except", "weekends but sat-sun"])
def test_days_that_leave_nothing_are_refused(text: str) -> None:
    with pytest.raises(ScheduleError, match="mon-fri"):
        parse_days(text)


_SPELLINGS = (
    ("mon", "monday", "Mondays", "mo"),
    ("tue", "tues", "Tuesday", "tu"),
    ("wed", "weds", "wednesday", "we"),
    ("thu", "thurs", "Thursday", "th"),
    ("fri", "friday", "Fridays", "fr"),
    ("sat", "saturday", "Sat.", "sa"),
    ("sun", "sunday", "SUNDAYS", "su"),
)


@given(
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3)), min_size=1, max_size=7),
    st.sampled_from([",", ", ", " ", " and ", " & ", ";"]),
)
def test_days_written_any_accepted_way_are_never_dropped(
    picks: list[tuple[int, int]], separator: str
) -> None:
    text = separator.join(_SPELLINGS[day][spelling] for day, spelling in picks)
    assert parse_days(text) == frozenset(day for day, _ in picks)


@given(st.integers(0, 6), st.integers(0, 6), st.integers(0, 3), st.integers(0, 3))
def test_every_range_covers_the_days_from_its_start_to_its_end(
    first: int, last: int, first_spelling: int, last_spelling: int
) -> None:
    text = f"{_SPELLINGS[first][first_spelling]}-{_SPELLINGS[last][last_spelling]}"
    expected = {first}
    day = first
    while day != last:
        day = (day + 1) % 7
        expected.add(day)
    assert parse_days(text) == expected


def local(instant: datetime, zone: str) -> datetime:
    return instant.astimezone(ZoneInfo(zone))


@pytest.mark.parametrize(
    ("zone", "gap_day", "at", "fires"),
    [
        # Spring forward: the wall time doesn't exist; fire when the clocks jump.
        ("Europe/Berlin", datetime(2026, 3, 29), time(2, 30), "2026-03-29 03:00 +02:00"),
        ("America/New_York", datetime(2026, 3, 8), time(2, 30), "2026-03-08 03:00 -04:00"),
        ("Australia/Sydney", datetime(2026, 10, 4), time(2, 30), "2026-10-04 03:00 +11:00"),
    ],
)
def test_a_time_lost_to_spring_forward_fires_at_the_first_valid_instant(
    zone: str, gap_day: datetime, at: time, fires: str
) -> None:
    after = (gap_day - timedelta(hours=12)).replace(tzinfo=ZoneInfo(zone))
    instant, day = next_occurrence(zone, at, EVERY_DAY, after)
    assert local(instant, zone).strftime("%Y-%m-%d %H:%M %z")[:-2] + ":00" == fires
    assert day == gap_day.date()


@pytest.mark.parametrize(
    ("zone", "day", "at"),
    [
        ("Europe/Berlin", datetime(2026, 10, 25), time(2, 30)),
        ("America/New_York", datetime(2026, 11, 1), time(1, 30)),
        ("Australia/Sydney", datetime(2026, 4, 5), time(2, 30)),
    ],
)
def test_a_time_repeated_by_fall_back_fires_once(zone: str, day: datetime, at: time) -> None:
    after = (day - timedelta(hours=12)).replace(tzinfo=ZoneInfo(zone))
    first, first_day = next_occurrence(zone, at, EVERY_DAY, after)
    _, second_day = next_occurrence(zone, at, EVERY_DAY, first)
    assert first_day == day.date()
    assert second_day == day.date() + timedelta(days=1)
    assert local(first, zone).time() == at
    assert local(first, zone).fold == 0


def test_the_wall_clock_time_holds_across_a_dst_change() -> None:
    after = datetime(2026, 3, 27, 12, 0, tzinfo=UTC)
    times = []
    for _ in range(4):
        after, _ = next_occurrence("Europe/Berlin", time(7, 0), EVERY_DAY, after)
        times.append(local(after, "Europe/Berlin").strftime("%m-%d %H:%M"))
    assert times == ["03-28 07:00", "03-29 07:00", "03-30 07:00", "03-31 07:00"]


def test_only_allowed_days_are_used() -> None:
    friday_noon = datetime(2026, 3, 13, 12, 0, tzinfo=UTC)
    _, day = next_occurrence("Europe/Berlin", time(7, 0), WEEKDAYS, friday_noon)
    assert day.isoformat() == "2026-03-16"  # Monday


zones = st.sampled_from(
    ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham"]
)
instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
times = st.times()
day_sets = st.frozensets(st.integers(min_value=0, max_value=6), min_size=1)


@given(zones, times, day_sets, instants)
def test_the_next_occurrence_is_in_the_future_on_an_allowed_local_day(
    zone: str, at: time, days: frozenset[int], after: datetime
) -> None:
    instant, day = next_occurrence(zone, at, days, after)
    assert instant > after
    assert day.weekday() in days
    wall = local(instant, zone)
    assert wall.date() == day
    assert instant - after <= timedelta(days=8)
    if wall.time() != at:
        # Only a time lost to a DST gap moves, and only to the end of that gap.
        asked = datetime.combine(day, at, tzinfo=ZoneInfo(zone))
        assert not _exists(asked)
        assert (
            timedelta(0)
            < wall.replace(tzinfo=None) - asked.replace(tzinfo=None)
            <= timedelta(hours=1)
        )
