"""The members area's values: a member's settings and what the export lists about them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

DEFAULT_GOAL_DAYS: Final = 7


@dataclass(frozen=True)
class MemberSettings:
    # None until the member chooses one: the server default applies.
    timezone: str | None
    goal_days: int = DEFAULT_GOAL_DAYS
    leaderboard_visible: bool = True
    # Whether new reminders skip days the member has already checked in.
    reminders_skip_if_done: bool = True


@dataclass(frozen=True)
class FeedbackRecord:
    """One answer the member rated, for their export."""

    entry_id: str
    question: str
    helpful: bool
    created_at: datetime


@dataclass(frozen=True)
class Pause:
    """A member's pause (/streak pause): the local dates `first` to `last`, both included.

    A member setting, like the zone: check-ins read it for the streak, reminders to skip days.
    """

    first: date
    last: date

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]
