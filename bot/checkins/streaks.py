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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

DAYS_PER_WEEK = 7
MILESTONES = (7, 30, 100, 365)


@dataclass(frozen=True)
class Streaks:
    current: int
    best: int
    active_days: int


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def streaks(active: Iterable[date], today: date, goal: int = DAYS_PER_WEEK) -> Streaks:
    """Current and best streak for the given active days, as of `today`."""
    if not 1 <= goal <= DAYS_PER_WEEK:
        raise ValueError("goal must be 1 to 7 days a week")
    days = {d for d in active if d <= today}
    if not days:
        return Streaks(0, 0, 0)
    per_week = Counter(week_start(d) for d in days)
    this_week = week_start(today)
    # Days of this week already over, without a check-in.
    missed_this_week = sum(
        1 for offset in range((today - this_week).days) if this_week + timedelta(offset) not in days
    )

    def excused(day: date) -> bool:
        if week_start(day) == this_week:
            return missed_this_week <= DAYS_PER_WEEK - goal
        return per_week[week_start(day)] >= goal

    run = best = 0
    day = min(days)
    while day < today:
        if day in days:
            run += 1
        elif not excused(day):
            run = 0
        best = max(best, run)
        day += timedelta(days=1)
    if today in days:
        run += 1
        best = max(best, run)
    return Streaks(current=run, best=best, active_days=len(days))


def week_progress(active: Iterable[date], today: date) -> int:
    """Active days so far in today's week."""
    start = week_start(today)
    return len({d for d in active if start <= d <= today})


def milestone_reached(before: int, after: int) -> int | None:
    """The milestone a check-in just crossed (7, 30, 100 or 365 days), if any."""
    crossed = [m for m in MILESTONES if before < m <= after]
    return crossed[-1] if crossed else None
