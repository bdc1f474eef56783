"""Streak maths: pure functions of local dates, so every rule can be tested directly.

Definitions (README § Check-ins):
- An *active day* is a local date with at least one check-in. Several check-ins on one day
  count once.
- Weeks run Monday to Sunday. A member's goal is `goal` active days a week (1-7, default 7).
- A day without a check-in does not break the streak if its week met the goal; for the current
  week, if the week can still meet it (no more than 7 - goal days missed so far). Today never
  breaks a streak: the day isn't over.
- The streak is the number of active days in the unbroken run that reaches today or
  yesterday (or an excused gap just before today). With goal 7 no day is excused, so it is
  the ordinary count of consecutive days.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from itertools import pairwise

from bot.checkins.models import ActiveDays, Settled, Streaks, StreakUpdate

DAYS_PER_WEEK = 7
MILESTONES = (7, 30, 100, 365)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def streaks(active: Iterable[date], today: date, goal: int = DAYS_PER_WEEK) -> Streaks:
    """Current and best streak for the given active days, as of `today`.

    It steps from one active day to the next and judges only the gaps between them, a week at a
    time, so its cost follows the number of active days rather than the calendar: a check-in
    computes it for the member's whole history.
    """
    if not 1 <= goal <= DAYS_PER_WEEK:
        raise ValueError("goal must be 1 to 7 days a week")
    # Days as ordinals (whole numbers): the arithmetic below runs once per active day, and
    # integer arithmetic is several times cheaper than date arithmetic.
    end = today.toordinal()
    days = sorted({o for o in map(date.toordinal, active) if o <= end})
    if not days:
        return Streaks(0, 0, 0)
    per_week = Counter(_monday(o) for o in days)
    this_week = _monday(end)
    # Days of this week already over, without a check-in.
    missed_this_week = (end - this_week) - sum(1 for o in days if this_week <= o < end)
    this_week_excused = missed_this_week <= DAYS_PER_WEEK - goal

    def gap_excused(first: int, stop: int) -> bool:
        """Whether every day from `first` up to (not including) `stop` is an excused rest day:
        whether each week the gap touches met the goal (or, this week, still can)."""
        for week in range(_monday(first), stop, DAYS_PER_WEEK):
            if not (this_week_excused if week == this_week else per_week[week] >= goal):
                return False
        return True

    run = best = 1
    for previous, day in pairwise(days):
        if day - previous > 1 and not gap_excused(previous + 1, day):
            run = 0
        run += 1
        best = max(best, run)
    # The days since the last check-in, up to today (today itself never breaks a streak).
    if days[-1] + 1 < end and not gap_excused(days[-1] + 1, end):
        run = 0
    return Streaks(current=run, best=best, active_days=len(days))


def _monday(ordinal: int) -> int:
    """The ordinal of the Monday starting this ordinal's week (day 1, 0001-01-01, was a Monday)."""
    return ordinal - (ordinal - 1) % DAYS_PER_WEEK


def week_progress(active: Iterable[date], today: date) -> int:
    """Active days so far in today's week."""
    start = week_start(today)
    return len({d for d in active if start <= d <= today})


def milestone_reached(before: int, after: int) -> int | None:
    """The milestone a check-in just crossed (7, 30, 100 or 365 days), if any."""
    crossed = [m for m in MILESTONES if before < m <= after]
    return crossed[-1] if crossed else None


# Incremental streaks: a check-in's cost independent of the member's history.
#
# Every week before the current one is over, so whether a gap there is excused depends only on
# that week's count of active days, which no longer changes (a backfill or an undo there resets
# the state). So the walk `streaks` makes over the active days can be stopped at a Monday in the
# past (the cut), its state kept, and resumed over the days since: `Settled`.

# The cut trails today by at least this many days and moves on once it trails by twice as many,
# so a check-in reads at most about three weeks of days.
CUT_LAG_DAYS = 7


def settle(active: Iterable[date], goal: int, cut: date) -> Settled:
    """The state for every active day before `cut` (a Monday), walked from nothing."""
    return advance(Settled(goal, date.min), active, cut)


def cut_for(today: date) -> date:
    """The Monday a state settled today stops at: CUT_LAG_DAYS or more before today's week."""
    return week_start(today) - timedelta(days=CUT_LAG_DAYS)


def advance(settled: Settled, recent: Iterable[date], cut: date) -> Settled:
    """`settled` walked on over the days from its cut up to (not including) the new `cut`.

    `recent` holds every active day from `settled.reads_from` on (more is fine).
    """
    days = sorted({o for o in map(date.toordinal, recent) if settled.reads_from.toordinal() <= o})
    per_week = Counter(_monday(o) for o in days)
    new = [o for o in days if settled.cut.toordinal() <= o < cut.toordinal()]
    run, best, last = _walk(settled, new, lambda week: per_week[week] >= settled.goal)
    return Settled(
        settled.goal,
        cut,
        run,
        best,
        settled.active_days + len(new),
        date.fromordinal(last) if last is not None else None,
    )


def resume(settled: Settled, recent: Iterable[date], today: date) -> Streaks:
    """`streaks(all active days, today, goal)`, from the state and the days since.

    `recent` holds every active day from `settled.reads_from` on; `today` is on or after the cut.
    """
    end = today.toordinal()
    if end < settled.cut.toordinal():
        raise ValueError("today is before the settled state's cut")
    days = sorted({o for o in map(date.toordinal, recent) if o <= end})
    days = [o for o in days if o >= settled.reads_from.toordinal()]
    per_week = Counter(_monday(o) for o in days)
    this_week = _monday(end)
    missed_this_week = (end - this_week) - sum(1 for o in days if this_week <= o < end)
    this_week_excused = missed_this_week <= DAYS_PER_WEEK - settled.goal

    def excused(week: int) -> bool:
        return this_week_excused if week == this_week else per_week[week] >= settled.goal

    new = [o for o in days if o >= settled.cut.toordinal()]
    run, best, last = _walk(settled, new, excused)
    if last is None:
        return Streaks(0, 0, 0)
    if last + 1 < end and not _gap_excused(last + 1, end, excused):
        run = 0
    return Streaks(current=run, best=best, active_days=settled.active_days + len(new))


def _walk(
    settled: Settled, days: list[int], excused: Callable[[int], bool]
) -> tuple[int, int, int | None]:
    """The run, best run and last day after walking on from `settled` over sorted `days`."""
    run, best = settled.run, settled.best
    last = settled.last.toordinal() if settled.last else None
    for day in days:
        if last is not None and day - last > 1 and not _gap_excused(last + 1, day, excused):
            run = 0
        run += 1
        best = max(best, run)
        last = day
    return run, best, last


def _gap_excused(first: int, stop: int, excused: Callable[[int], bool]) -> bool:
    """Whether every week from `first`'s up to `stop` (not included) excuses its rest days."""
    return all(excused(week) for week in range(_monday(first), stop, DAYS_PER_WEEK))


def after_checkin(
    kept: Settled | None, goal: int, today: date, added: date | None, days: ActiveDays
) -> StreakUpdate:
    """The streak state and streaks after a check-in (a `StreakStep`), run inside its transaction.

    `kept` is the member's settled state, if any; `added` the day the check-in made active (None
    if that day was active already); `days` reads the active days, the check-in's included. The
    walk reads from a recent Monday on: not the whole history, except to settle a new state.
    """

    def before(read: list[date]) -> list[date]:
        return [d for d in read if d != added]

    state = kept
    if state is None or state.goal != goal or today < state.cut:
        state = settle(before(days.since(None)), goal, cut_for(today))
    after = days.since(state.reads_from)
    was = resume(state, before(after), today)
    if added is not None and added < state.cut:
        # A day added before the cut: walk the whole history again, this once.
        state = settle(days.since(None), goal, state.cut)
        after = days.since(state.reads_from)
    if cut_for(today) - state.cut >= timedelta(days=2 * CUT_LAG_DAYS):
        state = advance(state, after, cut_for(today))
    now = resume(state, after, today) if added is not None else was
    return StreakUpdate(state, was, now, week_progress(after, today))
