"""Streak protection, a member's own: pauses for holidays or illness (/streak pause, resume,
status). The rules are in pauses.py (pure); this reads and writes them in one place.

A member setting like the zone: the check-ins area reads the paused days for the streak, the
reminders area skips a member's reminders on them, neither through the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.clock import Clock
from bot.members.models import Pause
from bot.members.pauses import (
    MAX_PAUSE_DAYS,
    PausePlan,
    after_resume,
    available_days,
    covering,
    paused_dates,
    plan_pause,
)
from bot.members.service import MemberError, MembersService
from bot.storage import pauses as store
from bot.storage.db import Database
from bot.timezones import local_date


@dataclass(frozen=True)
class PauseStatus:
    """What /streak status shows."""

    today: date
    # The pause covering today, if any.
    pause: Pause | None
    # Days that could be paused from today, within the monthly allowance.
    available: int
    limit: int


@dataclass(frozen=True)
class Resumed:
    """What /streak resume did: the pause it ended (None if there was none), and what of it
    stays (the days before today, or nothing if it began today)."""

    ended: Pause | None
    kept: Pause | None
    today: date


class StreakProtection:
    def __init__(
        self, db: Database, clock: Clock, members: MembersService, pause_days_per_month: int
    ) -> None:
        self._db = db
        self._clock = clock
        self._members = members
        self.pause_limit = pause_days_per_month

    async def today(self, user_id: int) -> date:
        """The member's local date now."""
        zone, _ = await self._members.zone_for(user_id)
        return local_date(self._clock.now(), zone)

    async def pause(self, user_id: int, days: int) -> PausePlan:
        """Pause from today for `days` local dates, or say why not (nothing is written then)."""
        if not 1 <= days <= MAX_PAUSE_DAYS:
            raise MemberError(f"A pause is 1 to {MAX_PAUSE_DAYS} days, starting today.")
        today = await self.today(user_id)
        return await store.add_pause(
            self._db,
            user_id,
            self._clock.now(),
            lambda pauses: plan_pause(pauses, today, days, self.pause_limit),
            lambda plan: plan.pause if plan.outcome == "paused" else None,
        )

    async def resume(self, user_id: int) -> Resumed:
        """End the member's pause from today on: today is an ordinary day again."""
        today = await self.today(user_id)
        ended = await store.end_pause(self._db, user_id, today, self._clock.now())
        return Resumed(ended, after_resume(ended, today) if ended else None, today)

    async def status(self, user_id: int) -> PauseStatus:
        today = await self.today(user_id)
        pauses = await store.pauses_of(self._db, user_id)
        return PauseStatus(
            today,
            covering(pauses, today),
            available_days(pauses, today, self.pause_limit),
            self.pause_limit,
        )

    async def paused_dates(self, user_id: int) -> frozenset[date]:
        """Every local date the member's pauses cover (for the streak maths)."""
        return paused_dates(await store.pauses_of(self._db, user_id))
