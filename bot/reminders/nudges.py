"""The streak-at-risk nudge (/streak nudge): opt-in, one short DM some hours before the
member's local midnight, on a day that decides their streak.

It is a reminder row of kind 'nudge' (one per member, every day, by DM), so the dispatcher
makes, claims and sends it through the same outbox as any reminder: once per local date by the
occurrence's unique key, exactly once across restarts by the claim, lease and nonce. Before
sending, the dispatcher asks whether the day is still at stake (`Dispatcher(nudge_due=...)`,
wired in bot/app.py to the check-ins' streak maths): a check-in, a pause, no streak to keep,
or a day already over, and it is recorded as skipped instead. It is the only unsolicited DM
the bot sends, and it says how to turn it off.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, time

from bot.clock import Clock
from bot.errors import InputError
from bot.members.service import MembersService
from bot.reminders.schedule import mask_to_days, next_occurrence, zone_problem
from bot.storage import reminders as store
from bot.storage.db import Database

# Whether a member's nudge for a local date is still worth sending: given to the Dispatcher.
NudgeDue = Callable[[int, date], Awaitable[bool]]

# How many hours before local midnight a member may choose.
NUDGE_HOURS = (1, 12)
EVERY_DAY = 127


class NudgeError(InputError):
    """A nudge setting the member can fix; the message says how."""


@dataclass(frozen=True)
class NudgeSetting:
    on: bool
    # Hours before local midnight (the bot's default while off).
    hours: int


def nudge_time(hours: int) -> time:
    """The local time `hours` before midnight."""
    return time(24 - hours)


def hours_before_midnight(at: time) -> int:
    return 24 - at.hour


class NudgeService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        members: MembersService,
        default_hours: int,
    ) -> None:
        self._db = db
        self._clock = clock
        self._members = members
        self.default_hours = default_hours
        # Set by App.dispatcher: a new nudge time may come before the dispatcher's next look.
        self.wake: Callable[[], None] = lambda: None

    async def setting(self, user_id: int) -> NudgeSetting:
        row = await store.nudge_of(self._db, user_id, self._members.default_zone)
        if row is None or row.disabled_reason is not None:
            return NudgeSetting(False, self.default_hours)
        return NudgeSetting(True, hours_before_midnight(row.local_time))

    async def set(self, user_id: int, on: bool, hours: int | None = None) -> NudgeSetting:
        """Turn the member's nudge on (at `hours` before midnight, the default if None) or off."""
        if not on:
            await store.remove_nudge(self._db, user_id)
            return NudgeSetting(False, hours or self.default_hours)
        hours = self.default_hours if hours is None else hours
        low, high = NUDGE_HOURS
        if not low <= hours <= high:
            raise NudgeError(f"Hours before midnight must be {low} to {high}; for example 3.")
        await self._schedule(user_id, nudge_time(hours))
        return NudgeSetting(True, hours)

    async def reschedule(self, user_id: int) -> None:
        """The member's zone changed: the nudge follows it (bot/app.py wires this). One stopped
        (DMs closed) stays stopped until the member turns it on again."""
        row = await store.nudge_of(self._db, user_id, self._members.default_zone)
        if row is not None and row.disabled_reason is None:
            await self._schedule(user_id, row.local_time)

    async def _schedule(self, user_id: int, at: time) -> None:
        zone, _ = await self._members.zone_for(user_id)
        if zone_problem(zone) is not None:
            raise NudgeError(
                "Your time zone can't be loaded here; set it again with /timezone set."
            )
        now = self._clock.now()
        due, day = next_occurrence(zone, at, mask_to_days(EVERY_DAY), now)
        await store.set_nudge(self._db, user_id, at, due, day, now)
        self.wake()
