"""The members service: a member's settings, export and forget-me, in plain values.

Check-ins and reminders depend on this area, never on each other: a new zone reaches the
reminders through `on_timezone_change`, and forget-me reaches the caches other areas keep
through `on_forget`, both wired in the composition root (bot/app.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.clock import Clock
from bot.errors import InputError
from bot.members.export import export_csv
from bot.members.models import MemberSettings
from bot.storage import members as store
from bot.storage.db import Database
from bot.timezones import UnknownZone, resolve_zone


class MemberError(InputError):
    """A setting the member can fix; the message says how."""


class MembersService:
    def __init__(self, db: Database, clock: Clock, default_zone: str) -> None:
        self._db = db
        self._clock = clock
        self.default_zone = default_zone
        # Called with the member's id after they change time zone (reminders move with them).
        self.on_timezone_change: list[Callable[[int], Awaitable[None]]] = []
        # Called with the member's id once everything about them is deleted.
        self.on_forget: list[Callable[[int], None]] = []

    async def settings(self, user_id: int) -> MemberSettings:
        return await store.settings(self._db, user_id)

    async def zone_for(self, user_id: int) -> tuple[str, bool]:
        """The member's time zone, and whether it is the server default (not set yet)."""
        settings = await store.settings(self._db, user_id)
        if settings.timezone:
            return settings.timezone, False
        return self.default_zone, True

    async def set_timezone(self, user_id: int, zone_name: str) -> str:
        try:
            name = resolve_zone(zone_name)
        except UnknownZone as exc:
            raise MemberError(str(exc)) from None
        await store.update_settings(self._db, user_id, self._clock.now(), timezone=name)
        for hook in self.on_timezone_change:
            await hook(user_id)
        return name

    async def set_goal(self, user_id: int, days: int) -> int:
        if not 1 <= days <= 7:
            raise MemberError("The weekly goal is a number of days from 1 to 7.")
        await store.update_settings(self._db, user_id, self._clock.now(), goal_days=days)
        return days

    async def set_leaderboard_visible(self, user_id: int, visible: bool) -> None:
        await store.update_settings(
            self._db, user_id, self._clock.now(), leaderboard_visible=int(visible)
        )

    async def set_skip_if_done(self, user_id: int, skip: bool) -> None:
        """Whether the member's reminders skip days they've already checked in: those they
        have now and those they add later."""
        await store.set_skip_if_done(self._db, user_id, skip, self._clock.now())

    async def export_csv(self, user_id: int) -> bytes:
        """Everything stored about the member, as one CSV (see members/export.py)."""
        return await export_csv(self._db, user_id, self.default_zone)

    async def forget(self, user_id: int) -> dict[str, int]:
        """Delete everything about the member, in one transaction; report what went."""
        deleted = await store.forget(self._db, user_id)
        for hook in self.on_forget:
            hook(user_id)
        return deleted
