"""Challenge rules, pure: periods, targets, progress and the bar."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.community.challenges import (
    BAR_WIDTH,
    MAX_DAYS,
    TOP,
    ChallengeError,
    bar,
    check_target,
    period_of,
    progress,
)
from bot.community.models import Challenge, Contribution, Metric

TODAY = date(2026, 12, 2)  # a Wednesday


def challenge(
    metric: Metric = "calf-raises",
    target: int = 1000,
    start: date = date(2026, 12, 1),
    end: date = date(2026, 12, 31),
    ended_at: datetime | None = None,
) -> Challenge:
    return Challenge(1, 555, metric, target, start, end, "UTC", 9, ended_at)


def test_week_is_monday_to_sunday_around_today() -> None:
    assert period_of("week", TODAY) == (date(2026, 11, 30), date(2026, 12, 6))


def test_month_is_its_first_to_last_day() -> None:
    assert period_of("this month", date(2027, 2, 10)) == (date(2027, 2, 1), date(2027, 2, 28))


@pytest.mark.parametrize("typed", ["2026-12-01..2026-12-24", " 2026-12-01 to 2026-12-24 "])
def test_dates_name_a_period_both_days_included(typed: str) -> None:
    assert period_of(typed, TODAY) == (date(2026, 12, 1), date(2026, 12, 24))


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("fortnight", "Period must be"),
        ("2026-12-10..2026-12-01", "end on or after"),
        ("2026-11-01..2026-11-30", "ended on 2026-11-30"),
        ("2026-02-30..2026-03-03", "doesn't exist"),
        ("2026-12-01..2028-12-01", f"at most {MAX_DAYS} days"),
    ],
)
def test_a_bad_period_is_refused_with_what_to_type(typed: str, says: str) -> None:
    with pytest.raises(ChallengeError, match=says):
        period_of(typed, TODAY)


def test_an_active_day_target_longer_than_the_period_is_refused() -> None:
    with pytest.raises(ChallengeError, match="can't be met"):
        check_target("active-days", 8, date(2026, 11, 30), date(2026, 12, 6))
    check_target("active-days", 7, date(2026, 11, 30), date(2026, 12, 6))


@pytest.mark.parametrize("target", [0, -5, 1_000_001])
def test_a_target_out_of_range_is_refused(target: int) -> None:
    with pytest.raises(ChallengeError, match="target must be"):
        check_target("check-ins", target, TODAY, TODAY)


def test_a_shared_total_sums_everyone_and_names_the_visible_first_by_amount() -> None:
    parts = [
        Contribution(1, 300, True),
        Contribution(2, 500, False),  # hidden: counted, never named
        Contribution(3, 400, True),
        Contribution(4, 0, True),  # nothing yet: neither counted nor named
    ]
    result = progress(challenge(), parts, members=10, today=TODAY)
    assert (result.done, result.goal, result.contributors) == (1200, 1000, 3)
    assert [p.user_id for p in result.top] == [3, 1]
    assert result.met
    assert result.fraction == 1.0
    assert not result.over


def test_every_member_counts_members_who_reached_the_days_out_of_all_members() -> None:
    parts = [Contribution(1, 3, True), Contribution(2, 2, True), Contribution(3, 5, False)]
    result = progress(challenge("active-days", 3), parts, members=4, today=TODAY)
    assert (result.done, result.goal) == (2, 4)
    assert result.fraction == 0.5
    assert not result.met


def test_only_the_top_few_are_named() -> None:
    parts = [Contribution(n, n, True) for n in range(1, 20)]
    assert len(progress(challenge(), parts, 19, TODAY).top) == TOP


def test_a_challenge_is_over_after_its_last_day_or_once_ended() -> None:
    assert not progress(challenge(), [], 1, date(2026, 12, 31)).over
    assert progress(challenge(), [], 1, date(2027, 1, 1)).over
    ended = challenge(ended_at=datetime(2026, 12, 5, tzinfo=UTC))
    assert progress(ended, [], 1, TODAY).over


def test_a_server_without_members_has_no_progress_rather_than_a_division_by_zero() -> None:
    assert progress(challenge("active-days", 3), [], 0, TODAY).fraction == 0.0


@given(st.floats(min_value=-1, max_value=2, allow_nan=False))
def test_the_bar_always_has_its_width_and_is_full_only_when_done(fraction: float) -> None:
    drawn = bar(fraction)
    assert len(drawn) == BAR_WIDTH
    assert (drawn == "█" * BAR_WIDTH) == (fraction >= 1)
