"""Pause rules (/streak pause): pure functions of local dates, like the streak maths they feed.

- A pause starts on the member's today and covers `days` local dates, today included. It ends
  by itself after its last day.
- Paused days are limited per calendar month (`streaks.pause_days_per_month`, 14 by default):
  a pause that runs into the next month counts each day in its own month. A request that
  would go over is refused whole, with how many days could be paused from today instead.
- One pause at a time: while a pause covers today, a new one is refused (resume first, then
  pause again for the new length). Since every pause starts on its day of asking, pauses
  never overlap, and a pause never changes a day already past.
- /streak resume ends the pause from today on: today becomes an ordinary day again (a check-in
  today counts, a missed today can break the streak), and the unused days are given back to
  the month's allowance. The days already paused stay paused.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from bot.members.models import Pause

# The most a single /streak pause can ask for; the monthly allowance is usually the tighter cap.
MAX_PAUSE_DAYS = 31


@dataclass(frozen=True)
class PausePlan:
    """What a /streak pause request comes to: the pause to store, or why not."""

    outcome: Literal["paused", "already_paused", "over_allowance"]
    today: date
    # The new pause; for "already_paused", the one covering today.
    pause: Pause | None
    # The most days that could be paused from today within the monthly allowance.
    available: int
    limit: int


def paused_dates(pauses: Iterable[Pause]) -> frozenset[date]:
    """Every local date the pauses cover."""
    return frozenset(day for pause in pauses for day in pause.days())


def covering(pauses: Iterable[Pause], day: date) -> Pause | None:
    """The pause that covers `day`, if any."""
    return next((p for p in pauses if p.first <= day <= p.last), None)


def available_days(pauses: Iterable[Pause], today: date, limit: int) -> int:
    """How many days in a row, from today, could be paused without any month going over
    `limit` paused days (at most MAX_PAUSE_DAYS)."""
    used = Counter((d.year, d.month) for d in paused_dates(pauses))
    count = 0
    day = today
    while count < MAX_PAUSE_DAYS:
        month = (day.year, day.month)
        if used[month] >= limit:
            break
        used[month] += 1
        count += 1
        day += timedelta(days=1)
    return count


def plan_pause(pauses: Iterable[Pause], today: date, days: int, limit: int) -> PausePlan:
    """The pause `days` long from `today`, given the member's pauses so far, or the refusal."""
    if not 1 <= days <= MAX_PAUSE_DAYS:
        raise ValueError(f"a pause is 1 to {MAX_PAUSE_DAYS} days")
    known = list(pauses)
    available = available_days(known, today, limit)
    current = covering(known, today)
    if current is not None:
        return PausePlan("already_paused", today, current, available, limit)
    if days > available:
        return PausePlan("over_allowance", today, None, available, limit)
    return PausePlan(
        "paused", today, Pause(today, today + timedelta(days=days - 1)), available, limit
    )


def after_resume(pause: Pause, today: date) -> Pause | None:
    """What is left of `pause` once resumed today: the days before today, or nothing."""
    if pause.first >= today:
        return None
    return Pause(pause.first, min(pause.last, today - timedelta(days=1)))
