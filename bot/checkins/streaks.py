"""Streak maths: pure functions of local dates, so every rule can be tested directly.

Definitions (README § Check-ins):
- An *active day* is a local date with at least one check-in. Several check-ins on one day
  count once.
- A *paused day* is a local date inside one of the member's pauses (/streak pause) that has
  no check-in (a check-in on a paused day makes it an active day like any other). A paused day
  is never active, so it adds nothing to a streak, and it never breaks one.
- Weeks run Monday to Sunday. A member's goal is `goal` active days a week (1-7, default 7).
  A paused day is *excused*: it counts toward its week's goal as if it were active (a week of
  goal 5 with 3 active and 2 paused days met it), though not toward the streak.
- A *missed* day (neither active nor paused) does not break the streak if its week met the goal;
  for the current week, if the week can still meet it (no more than 7 - goal days missed so
  far). Today never breaks a streak: the day isn't over.
- The streak is the number of active days in the unbroken run that reaches today or
  yesterday (or an excused gap just before today). With goal 7 no missed day is excused, so it
  is the count of consecutive days, paused days bridged but not counted.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import pairwise

from bot.checkins.models import ActiveDays, Settled, Streaks, StreakUpdate

DAYS_PER_WEEK = 7
MILESTONES = (7, 30, 100, 365)
NO_PAUSES: frozenset[date] = frozenset()


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _Weeks:
    """Which gaps between active days are excused: each week's count of active and paused
    days, and the paused days themselves, as ordinals (whole numbers, several times cheaper to
    do arithmetic on than dates: this runs once per active day).

    `days` are the active days (sorted, none after `end`) whose weeks will be judged; `end` is
    today's ordinal, or None when every week judged is over (a settled walk).
    """

    def __init__(self, days: list[int], paused: Iterable[date], goal: int, end: int | None) -> None:
        self._goal = goal
        active = set(days)
        # Paused days before today: today and later can't break anything yet.
        self._paused = sorted(
            o for o in {d.toordinal() for d in paused} - active if end is None or o < end
        )
        self._covered = Counter(_monday(o) for o in days)
        self._covered.update(_monday(o) for o in self._paused)
        self._this_week: int | None = None
        self._this_week_excused = False
        if end is not None:
            this_week = _monday(end)
            # Days of this week already over, neither active nor paused.
            over = sum(1 for o in days if this_week <= o < end)
            over += len(self._paused) - bisect_left(self._paused, this_week)
            self._this_week = this_week
            self._this_week_excused = (end - this_week) - over <= DAYS_PER_WEEK - goal

    def excused(self, week: int) -> bool:
        """Whether the week (its Monday's ordinal) excuses its missed days."""
        if week == self._this_week:
            return self._this_week_excused
        return self._covered[week] >= self._goal

    def gap_excused(self, first: int, stop: int) -> bool:
        """Whether no day from `first` up to (not including) `stop` breaks the streak: in every
        week the gap touches, its days there are all paused, or the week excuses them."""
        for week in range(_monday(first), stop, DAYS_PER_WEEK):
            if self.excused(week):
                continue
            low, high = max(first, week), min(stop, week + DAYS_PER_WEEK)
            if bisect_left(self._paused, high) - bisect_left(self._paused, low) != high - low:
                return False
        return True


def streaks(
    active: Iterable[date],
    today: date,
    goal: int = DAYS_PER_WEEK,
    paused: Iterable[date] = NO_PAUSES,
) -> Streaks:
    """Current and best streak for the given active and paused days, as of `today`.

    It steps from one active day to the next and judges only the gaps between them, a week at a
    time, so its cost follows the number of active days rather than the calendar: a check-in
    computes it for the member's whole history.
    """
    if not 1 <= goal <= DAYS_PER_WEEK:
        raise ValueError("goal must be 1 to 7 days a week")
    end = today.toordinal()
    days = sorted({o for o in map(date.toordinal, active) if o <= end})
    if not days:
        return Streaks(0, 0, 0)
    weeks = _Weeks(days, paused, goal, end)
    run = best = 1
    for previous, day in pairwise(days):
        if day - previous > 1 and not weeks.gap_excused(previous + 1, day):
            run = 0
        run += 1
        best = max(best, run)
    # The days since the last check-in, up to today (today itself never breaks a streak).
    if days[-1] + 1 < end and not weeks.gap_excused(days[-1] + 1, end):
        run = 0
    return Streaks(current=run, best=best, active_days=len(days))


def _monday(ordinal: int) -> int:
    """The ordinal of the Monday starting this ordinal's week (day 1, 0001-01-01, was a Monday)."""
    return ordinal - (ordinal - 1) % DAYS_PER_WEEK


def at_stake(
    active: Iterable[date], today: date, goal: int, paused: Iterable[date] = NO_PAUSES
) -> bool:
    """Whether today decides the streak: there is one to keep, and if today passed without a
    check-in it would break (today missed, judged as of tomorrow, by the same rules).

    False on an active or paused day: nothing can break today then.
    """
    days, pauses = set(active), set(paused)
    if today in days or today in pauses:
        return False
    if streaks(days, today, goal, pauses).current == 0:
        return False
    return streaks(days, today + timedelta(days=1), goal, pauses).current == 0


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
# that week's count of active and paused days, which no longer changes (a backfill or an undo
# there resets the state; a pause only ever starts today and ends early only from today on, so
# it never changes a day before the cut). So the walk `streaks` makes over the active days can
# be stopped at a Monday in the past (the cut), its state kept, and resumed over the days
# since: `Settled`.

# The cut trails today by at least this many days and moves on once it trails by twice as many,
# so a check-in reads at most about three weeks of days.
CUT_LAG_DAYS = 7


def settle(
    active: Iterable[date], goal: int, cut: date, paused: Iterable[date] = NO_PAUSES
) -> Settled:
    """The state for every active day before `cut` (a Monday), walked from nothing."""
    return advance(Settled(goal, date.min), active, cut, paused)


def cut_for(today: date) -> date:
    """The Monday a state settled today stops at: CUT_LAG_DAYS or more before today's week."""
    return week_start(today) - timedelta(days=CUT_LAG_DAYS)


def advance(
    settled: Settled, recent: Iterable[date], cut: date, paused: Iterable[date] = NO_PAUSES
) -> Settled:
    """`settled` walked on over the days from its cut up to (not including) the new `cut`.

    `recent` holds every active day from `settled.reads_from` on (more is fine), `paused` every
    paused day from there on.
    """
    days = sorted({o for o in map(date.toordinal, recent) if settled.reads_from.toordinal() <= o})
    new = [o for o in days if settled.cut.toordinal() <= o < cut.toordinal()]
    run, best, last = _walk(settled, new, _Weeks(days, paused, settled.goal, None))
    return Settled(
        settled.goal,
        cut,
        run,
        best,
        settled.active_days + len(new),
        date.fromordinal(last) if last is not None else None,
    )


def resume(
    settled: Settled, recent: Iterable[date], today: date, paused: Iterable[date] = NO_PAUSES
) -> Streaks:
    """`streaks(all active days, today, goal, paused)`, from the state and the days since.

    `recent` holds every active day from `settled.reads_from` on, `paused` every paused day
    from there on; `today` is on or after the cut.
    """
    end = today.toordinal()
    if end < settled.cut.toordinal():
        raise ValueError("today is before the settled state's cut")
    first = settled.reads_from.toordinal()
    days = sorted({o for o in map(date.toordinal, recent) if first <= o <= end})
    weeks = _Weeks(days, paused, settled.goal, end)
    new = [o for o in days if o >= settled.cut.toordinal()]
    run, best, last = _walk(settled, new, weeks)
    if last is None:
        return Streaks(0, 0, 0)
    if last + 1 < end and not weeks.gap_excused(last + 1, end):
        run = 0
    return Streaks(current=run, best=best, active_days=settled.active_days + len(new))


def _walk(settled: Settled, days: list[int], weeks: _Weeks) -> tuple[int, int, int | None]:
    """The run, best run and last day after walking on from `settled` over sorted `days`."""
    run, best = settled.run, settled.best
    last = settled.last.toordinal() if settled.last else None
    for day in days:
        if last is not None and day - last > 1 and not weeks.gap_excused(last + 1, day):
            run = 0
        run += 1
        best = max(best, run)
        last = day
    return run, best, last


def after_checkin(
    kept: Settled | None,
    goal: int,
    today: date,
    added: date | None,
    days: ActiveDays,
    paused: frozenset[date] = NO_PAUSES,
) -> StreakUpdate:
    """The streak state and streaks after a check-in (a `StreakStep`), run inside its transaction.

    `kept` is the member's settled state, if any; `added` the day the check-in made active (None
    if that day was active already); `days` reads the active days, the check-in's included;
    `paused` holds the member's paused days. The walk reads from a recent Monday on: not the
    whole history, except to settle a new state.
    """

    def before(read: list[date]) -> list[date]:
        return [d for d in read if d != added]

    state = kept
    if state is None or state.goal != goal or today < state.cut:
        state = settle(before(days.since(None)), goal, cut_for(today), paused)
    after = days.since(state.reads_from)
    was = resume(state, before(after), today, paused)
    if added is not None and added < state.cut:
        # A day added before the cut: walk the whole history again, this once.
        state = settle(days.since(None), goal, state.cut, paused)
        after = days.since(state.reads_from)
    if cut_for(today) - state.cut >= timedelta(days=2 * CUT_LAG_DAYS):
        state = advance(state, after, cut_for(today), paused)
    now = resume(state, after, today, paused) if added is not None else was
    return StreakUpdate(state, was, now, week_progress(after, today))
