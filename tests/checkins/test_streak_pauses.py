"""Paused days in the streak maths (README § Check-ins, /streak pause): a paused day never breaks
a streak, never counts as active, and counts toward its week's goal. The whole-history walk and
the incremental one a check-in runs must agree with pauses anywhere, whatever the goal and
weekday; and today's stake (the nudge's rule) follows from the same maths."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.checkins.models import Settled
from bot.checkins.streaks import (
    advance,
    after_checkin,
    at_stake,
    resume,
    settle,
    streaks,
    week_start,
)
from tests.checkins.test_streaks import ListedDays, day_by_day

WED = date(2026, 3, 11)  # a Wednesday


def days_before(today: date, *offsets: int) -> set[date]:
    return {today - timedelta(days=n) for n in offsets}


day_offsets = st.sets(st.integers(min_value=0, max_value=60), max_size=40)
# Pauses are runs of days (start, length), up to two weeks each, here or in the future.
pauses = st.lists(
    st.tuples(st.integers(min_value=-5, max_value=60), st.integers(min_value=1, max_value=14)),
    max_size=4,
)
goals = st.integers(min_value=1, max_value=7)
weekdays = st.integers(min_value=0, max_value=6)


def paused_days(today: date, runs: list[tuple[int, int]]) -> set[date]:
    """The days of pauses starting `back` days before today (in the future if negative)."""
    return {
        today - timedelta(days=back) + timedelta(days=n)
        for back, n_days in runs
        for n in range(n_days)
    }


def on(weekday: int) -> date:
    return WED + timedelta(days=weekday - WED.weekday())


@given(day_offsets, pauses, goals, weekdays)
def test_agrees_with_the_day_by_day_definition_with_pauses(
    offsets: set[int], runs: list[tuple[int, int]], goal: int, weekday: int
) -> None:
    today = on(weekday)
    active, paused = days_before(today, *offsets), paused_days(today, runs)
    result = streaks(active, today, goal, paused)
    assert (result.current, result.best) == day_by_day(active, today, goal, frozenset(paused))


@given(day_offsets, pauses, pauses, goals, weekdays)
def test_adding_a_pause_never_lowers_the_streak(
    offsets: set[int],
    runs: list[tuple[int, int]],
    more: list[tuple[int, int]],
    goal: int,
    weekday: int,
) -> None:
    today = on(weekday)
    active, paused = days_before(today, *offsets), paused_days(today, runs)
    before = streaks(active, today, goal, paused)
    after = streaks(active, today, goal, paused | paused_days(today, more))
    assert after.current >= before.current
    assert after.best >= before.best
    assert after.active_days == before.active_days


@given(
    st.integers(min_value=1, max_value=20),
    st.integers(min_value=1, max_value=14),
    st.integers(min_value=0, max_value=20),
    weekdays,
)
def test_a_pause_covering_a_gap_gives_the_streak_without_the_gap_days(
    before_gap: int, gap: int, after_gap: int, weekday: int
) -> None:
    """Goal 7: days active, then a paused gap, then days active up to today, is the streak of
    the active days alone, as if the gap's days had never been on the calendar."""
    today = on(weekday)
    recent = days_before(today, *range(after_gap))
    paused = days_before(today, *range(after_gap, after_gap + gap))
    earlier = days_before(today, *range(after_gap + gap, after_gap + gap + before_gap))
    result = streaks(recent | earlier, today, 7, paused)
    assert result.current == before_gap + after_gap
    # Without the pause the gap breaks it (unless nothing came after it yet, today included).
    if after_gap > 0:
        assert streaks(recent | earlier, today, 7).current == after_gap


@given(
    day_offsets,
    pauses,
    goals,
    weekdays,
    st.lists(st.integers(min_value=0, max_value=10), min_size=1, max_size=3),
)
def test_a_settled_state_resumed_gives_the_whole_history_streak_with_pauses(
    offsets: set[int], runs: list[tuple[int, int]], goal: int, weekday: int, cut_weeks: list[int]
) -> None:
    today = on(weekday)
    active, paused = sorted(days_before(today, *offsets)), paused_days(today, runs)
    cuts = sorted(week_start(today) - timedelta(weeks=n) for n in set(cut_weeks))
    state = settle(active, goal, cuts[0], paused)
    for cut in cuts[1:]:
        state = advance(state, [d for d in active if d >= state.reads_from], cut, paused)
    recent = [d for d in active if d >= state.reads_from]
    assert resume(state, recent, today, paused) == streaks(active, today, goal, paused)


@given(
    day_offsets,
    pauses,
    goals,
    weekdays,
    st.integers(min_value=0, max_value=1),
    st.one_of(st.none(), st.integers(min_value=1, max_value=10)),
)
def test_the_check_in_step_gives_the_whole_history_streak_with_pauses(
    offsets: set[int],
    runs: list[tuple[int, int]],
    goal: int,
    weekday: int,
    back: int,
    kept_weeks_back: int | None,
) -> None:
    """The incremental path a check-in runs (kept state or none) equals the full walk."""
    today = on(weekday)
    before, paused = days_before(today, *offsets), frozenset(paused_days(today, runs))
    day = today - timedelta(days=back)
    added = None if day in before else day
    after = before | {day}
    kept: Settled | None = None
    if kept_weeks_back is not None:
        kept = settle(before, goal, week_start(today) - timedelta(weeks=kept_weeks_back), paused)
    update = after_checkin(kept, goal, today, added, ListedDays(after), paused)
    assert update.was == streaks(before, today, goal, paused)
    assert update.now == (streaks(after, today, goal, paused) if added else update.was)


def test_a_weeks_paused_days_count_toward_its_goal() -> None:
    """Goal 5, last week: Mon-Wed active, Thu-Fri paused, weekend off: the week met its goal,
    so its rest days keep the run going into this week."""
    monday = week_start(WED) - timedelta(weeks=1)
    active = {monday + timedelta(days=n) for n in (0, 1, 2, 7, 8)}
    paused = {monday + timedelta(days=n) for n in (3, 4)}
    assert streaks(active, WED, 5, paused).current == 5
    assert streaks(active, WED, 5).current == 2


def test_a_check_in_on_a_paused_day_counts_as_active() -> None:
    assert streaks({WED}, WED, 7, {WED}).current == 1


# Today's stake: what the nudge asks before it is sent.


def test_today_is_at_stake_with_a_daily_goal_and_a_streak() -> None:
    assert at_stake(days_before(WED, 1, 2), WED, 7)


def test_nothing_is_at_stake_without_a_streak() -> None:
    assert not at_stake(days_before(WED, 3), WED, 7)


def test_nothing_is_at_stake_once_today_is_active_or_paused() -> None:
    assert not at_stake(days_before(WED, 0, 1), WED, 7)
    assert not at_stake(days_before(WED, 1), WED, 7, {WED})


def test_a_rest_day_the_week_can_afford_is_not_at_stake() -> None:
    # Goal 5, Monday and Tuesday active: missing Wednesday leaves 4 days to find 3.
    assert not at_stake(days_before(WED, 1, 2), WED, 5)


def test_the_day_the_weeks_goal_would_become_unreachable_is_at_stake() -> None:
    """Goal 5, last week met, this week Monday missed and Tuesday missed: missing Wednesday
    too would leave 4 days for 5."""
    last_week = {week_start(WED) - timedelta(days=n) for n in range(1, 8)}
    assert at_stake(last_week, WED, 5)
    assert not at_stake(last_week, WED - timedelta(days=1), 5)


@given(day_offsets, pauses, goals, weekdays)
def test_at_stake_means_missing_today_would_end_the_streak(
    offsets: set[int], runs: list[tuple[int, int]], goal: int, weekday: int
) -> None:
    today = on(weekday)
    active = days_before(today, *(o for o in offsets if o > 0))
    paused = paused_days(today, runs)
    stake = at_stake(active, today, goal, paused)
    now = streaks(active, today, goal, paused).current
    tomorrow = streaks(active, today + timedelta(days=1), goal, paused).current
    assert stake == (today not in paused and now > 0 and tomorrow == 0)
