"""The community area's values: what storage returns and the service, replies and front ends
use. Plain dataclasses, so any storage backend can build them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

# What a challenge counts: calf raises (sets × reps of calf-raise check-ins), check-ins, or
# members reaching a number of active days ("every member 3 active days this week").
Metric = Literal["calf-raises", "check-ins", "active-days"]


@dataclass(frozen=True)
class Challenge:
    id: int
    guild_id: int
    metric: Metric
    target: int
    # The period, as local dates in the server's zone, both included.
    start: date
    end: date
    zone: str
    # Where its end is announced.
    channel_id: int
    # Set when it was ended early with /challenge-end; a challenge whose end date has passed
    # is over without it.
    ended_at: datetime | None


@dataclass(frozen=True)
class Contribution:
    """One member's part in a challenge: raises, check-ins or active days in its period."""

    user_id: int
    amount: int
    # Hidden from rankings (/privacy leaderboard): counted, never named.
    visible: bool


@dataclass(frozen=True)
class RecapSchedule:
    """A server's weekly recap: where, which weekday (0 = Monday) and local hour, in which zone."""

    guild_id: int
    channel_id: int
    weekday: int
    hour: time
    zone: str
    next_due: datetime


@dataclass(frozen=True)
class StreakHolder:
    """A member's current streak, for the recap's list of the longest."""

    user_id: int
    streak: int


@dataclass(frozen=True)
class WeekActivity:
    """What a server's members did over some days: the recap's numbers and chart."""

    active_days: int
    checkins: int
    members: int
    # Check-ins a day, over the chart's weeks.
    by_day: dict[date, int]


@dataclass(frozen=True)
class PostTime:
    """When a community post is next due: the instant (UTC), its local date and time."""

    due: datetime
    day: date
    local_time: time
