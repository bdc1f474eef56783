"""Streak maths as pure functions, including the rest-day rule (README § Check-ins)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.checkins.models import Settled
from bot.checkins.streaks import (
    advance,
    after_checkin,
    milestone_reached,
    resume,
    settle,
    streaks,
    week_progress,
    week_start,
)

WED = date(2026, 3, 11)  # a Wednesday


def days_before(today: date, *offsets: int) -> list[date]:
    return [today - timedelta(days=n) for n in offsets]


def test_no_check_ins_is_no_streak() -> None:
    assert streaks([], WED) == streaks([], WED).__class__(0, 0, 0)


def test_consecutive_days_ending_today() -> None:
    assert streaks(days_before(WED, 0, 1, 2, 3), WED).current == 4


def test_today_not_yet_logged_does_not_break_the_streak() -> None:
    assert streaks(days_before(WED, 1, 2, 3), WED).current == 3


def test_a_missed_day_breaks_it_with_a_daily_goal() -> None:
    result = streaks(days_before(WED, 0, 1, 3, 4, 5), WED)
    assert (result.current, result.best, result.active_days) == (2, 3, 5)


def test_missing_yesterday_and_today_leaves_no_current_streak() -> None:
    assert streaks(days_before(WED, 2, 3, 4), WED).current == 0


def test_several_check_ins_on_one_day_count_once() -> None:
    assert streaks([WED, WED, WED], WED) == streaks([WED], WED)


def test_a_week_that_met_its_goal_excuses_its_rest_days() -> None:
    # Goal 5: last week (Mon 2 - Sun 8 March) had 5 active days and rests on Wed and Sat.
    last_week = [date(2026, 3, d) for d in (2, 3, 5, 6, 8)]
    this_week = [date(2026, 3, 9), date(2026, 3, 10), WED]
    assert streaks(last_week + this_week, WED, goal=5).current == 8
    assert streaks(last_week + this_week, WED, goal=7).current == 4


def test_a_week_that_missed_its_goal_breaks_at_its_gap() -> None:
    last_week = [date(2026, 3, d) for d in (2, 3, 5, 6)]  # 4 of 5: Sunday's gap breaks it
    this_week = [date(2026, 3, 9), date(2026, 3, 10), WED]
    result = streaks(last_week + this_week, WED, goal=5)
    assert (result.current, result.best) == (3, 3)


def test_the_current_week_is_excused_while_it_can_still_meet_the_goal() -> None:
    # Goal 5 allows 2 missed days: missing Mon is fine, missing Mon and Tue too...
    assert streaks([WED, date(2026, 3, 8)], WED, goal=5).current == 2
    # ...but goal 6 allows only one.
    assert streaks([WED, date(2026, 3, 8)], WED, goal=6).current == 1


def test_the_goal_must_be_one_to_seven() -> None:
    with pytest.raises(ValueError, match="1 to 7"):
        streaks([WED], WED, goal=0)


def test_week_progress_counts_this_weeks_active_days() -> None:
    assert week_progress(days_before(WED, 0, 1, 2, 3, 3), WED) == 3


def test_milestones() -> None:
    assert milestone_reached(6, 7) == 7
    assert milestone_reached(7, 8) is None
    assert milestone_reached(29, 30) == 30
    assert milestone_reached(99, 100) == 100
    assert milestone_reached(364, 365) == 365


# Properties.


def day_by_day(
    active: set[date], today: date, goal: int, paused: frozenset[date] = frozenset()
) -> tuple[int, int]:
    """The definition (module docstring) applied one calendar day at a time: slow and plain, the
    reference the real implementation must agree with. A paused day (one without a check-in,
    before today) is excused, and counts toward its week's goal."""
    rest = {d for d in paused if d not in active and d < today}
    covered = Counter(week_start(d) for d in active | rest)
    this_week = week_start(today)
    missed = sum(
        1 for n in range((today - this_week).days) if this_week + timedelta(n) not in active | rest
    )

    def excused(day: date) -> bool:
        if day in rest:
            return True
        if week_start(day) == this_week:
            return missed <= 7 - goal
        return covered[week_start(day)] >= goal

    run = best = 0
    day = min(active, default=today)
    while day < today:
        if day in active:
            run += 1
        elif not excused(day):
            run = 0
        best = max(best, run)
        day += timedelta(days=1)
    if today in active:
        run += 1
        best = max(best, run)
    return run, best


day_offsets = st.sets(st.integers(min_value=0, max_value=120), max_size=60)
goals = st.integers(min_value=1, max_value=7)


@given(day_offsets, goals)
def test_a_streak_never_exceeds_the_active_days(offsets: set[int], goal: int) -> None:
    result = streaks(days_before(WED, *offsets), WED, goal)
    assert 0 <= result.current <= result.best <= result.active_days == len(offsets)


@given(day_offsets, st.integers(min_value=0, max_value=1), goals)
def test_adding_a_check_in_never_lowers_the_streak(
    offsets: set[int], extra: int, goal: int
) -> None:
    before = streaks(days_before(WED, *offsets), WED, goal)
    after = streaks(days_before(WED, *offsets, extra), WED, goal)
    assert after.current >= before.current
    assert after.best >= before.best


@given(day_offsets, goals, st.integers(min_value=0, max_value=6))
def test_agrees_with_the_day_by_day_definition(offsets: set[int], goal: int, weekday: int) -> None:
    today = WED + timedelta(days=weekday - WED.weekday())
    active = set(days_before(today, *offsets))
    result = streaks(active, today, goal)
    assert (result.current, result.best) == day_by_day(active, today, goal)


@given(day_offsets)
def test_with_a_daily_goal_the_streak_is_the_run_of_consecutive_days(offsets: set[int]) -> None:
    run = 0
    start = 0 if 0 in offsets else 1
    while start + run in offsets:
        run += 1
    assert streaks(days_before(WED, *offsets), WED, 7).current == run


@given(
    day_offsets,
    goals,
    st.integers(min_value=0, max_value=6),
    st.lists(st.integers(min_value=0, max_value=20), min_size=1, max_size=3),
)
def test_a_settled_state_resumed_gives_the_whole_history_streak(
    offsets: set[int], goal: int, weekday: int, cut_weeks_back: list[int]
) -> None:
    """Settled at one Monday, walked on to later ones, resumed today: the same as `streaks`
    over every day, whatever the goal, the weekday and where the cuts fall."""
    today = WED + timedelta(days=weekday - WED.weekday())
    active = days_before(today, *offsets)
    # Cuts in the past, earliest first; the current week is never settled.
    cuts = sorted(week_start(today) - timedelta(weeks=n) for n in set(cut_weeks_back))
    state = settle(active, goal, cuts[0])
    for cut in cuts[1:]:
        state = advance(state, [d for d in active if d >= state.reads_from], cut)
    recent = [d for d in active if d >= state.reads_from]
    assert resume(state, recent, today) == streaks(active, today, goal)
    assert state.active_days == sum(1 for d in set(active) if d < cuts[-1])


def test_resuming_before_the_cut_is_refused() -> None:
    state = settle([WED], 7, week_start(WED))
    with pytest.raises(ValueError, match="before"):
        resume(state, [], week_start(WED) - timedelta(days=1))


class ListedDays:
    """Active days held in a list, as storage reads them inside the check-in's transaction."""

    def __init__(self, days: set[date]) -> None:
        self.days = sorted(days)

    def since(self, first: date | None) -> list[date]:
        return [d for d in self.days if first is None or d >= first]


@given(
    day_offsets,
    goals,
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=1),
    st.one_of(st.none(), st.integers(min_value=1, max_value=20), st.just(-1)),
)
def test_the_step_a_check_in_runs_gives_the_whole_history_streak_before_and_after(
    offsets: set[int], goal: int, weekday: int, back: int, kept_weeks_back: int | None
) -> None:
    """after_checkin, from no kept state, a kept one (of this goal or another) or one cut
    after today, agrees with `streaks` over every day before the check-in and after it."""
    today = WED + timedelta(days=weekday - WED.weekday())
    before = set(days_before(today, *offsets))
    day = today - timedelta(days=back)
    added = None if day in before else day
    after = before | {day}
    kept: Settled | None = None
    if kept_weeks_back == -1:  # a state cut after today (the member's zone moved back)
        kept = settle(before, goal, week_start(today) + timedelta(weeks=1))
    elif kept_weeks_back is not None:
        other_goal = goal if kept_weeks_back % 2 else goal % 7 + 1
        kept = settle(before, other_goal, week_start(today) - timedelta(weeks=kept_weeks_back))
    update = after_checkin(kept, goal, today, added, ListedDays(after))
    assert update.was == streaks(before, today, goal)
    assert update.now == (streaks(after, today, goal) if added else update.was)
    assert update.week_done == week_progress(after, today)
    assert update.state.goal == goal
