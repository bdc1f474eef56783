"""The check-ins area's values: what storage returns and services, replies and front ends use.

Plain dataclasses with no behaviour beyond a derived property, so storage can build them
without importing any of the area's logic (and a second storage backend can build the same).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from bot.members.models import MemberSettings


@dataclass(frozen=True)
class Checkin:
    id: int
    user_id: int
    activity: str
    sets: int | None
    reps: int | None
    minutes: int | None
    note: str | None
    local_date: date
    timezone: str
    created_at: datetime
    guild_id: int | None


@dataclass(frozen=True)
class BoardEntry:
    """One member's line on a guild's leaderboard."""

    user_id: int
    active_days: int
    checkins: int


@dataclass(frozen=True)
class Streaks:
    current: int
    best: int
    active_days: int


@dataclass(frozen=True)
class Settled:
    """The streak walk's state after every active day before `cut` (a Monday), for one goal.

    Kept per member so a check-in reads only the days since (see streaks.py).
    """

    goal: int
    cut: date
    run: int = 0
    best: int = 0
    active_days: int = 0
    last: date | None = None

    @property
    def reads_from(self) -> date:
        """The first day `resume` needs: the cut, or the Monday of the last settled day's week,
        whose count judges the gap after it."""
        if self.last is None:
            return self.cut
        return min(self.cut, self.last - timedelta(days=self.last.weekday()))


@dataclass(frozen=True)
class NewCheckin:
    """A check-in as the member logged it, before storage dates and counts it."""

    user_id: int
    source_key: str
    activity: str
    sets: int | None
    reps: int | None
    minutes: int | None
    note: str | None
    # 0 for today in the member's zone, 1 for yesterday.
    days_back: int
    guild_id: int | None
    # Also record the (guild, member) pair for the guild's leaderboard.
    note_guild: bool


class ActiveDays(Protocol):
    """The member's active days, read inside the check-in's transaction."""

    def since(self, first: date | None) -> list[date]:
        """Every active day from `first` on (all of them for None), oldest first."""
        ...


@dataclass(frozen=True)
class StreakUpdate:
    """What a check-in did to the streak: the state to keep, and the streak before and after."""

    state: Settled
    was: Streaks
    now: Streaks
    week_done: int


# The streak maths a check-in's transaction runs (streaks.after_checkin): given the kept state
# (if any), the goal, the member's today, the day this check-in added (None if its day was
# active already), the active days as they are now and the member's paused days.
StreakStep = Callable[
    [Settled | None, int, date, date | None, ActiveDays, frozenset[date]], StreakUpdate
]


@dataclass(frozen=True)
class RecordedCheckin:
    """What the check-in transaction read and wrote."""

    checkin: Checkin
    # False when this source key had been counted before.
    created: bool
    settings: MemberSettings
    zone: str
    today: date
    streak: StreakUpdate
