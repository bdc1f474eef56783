"""The reminders service: what members do with reminders, in plain values. No Discord here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

from bot.clock import Clock
from bot.members.service import MembersService
from bot.questions.kb import Entry
from bot.reminders.models import GUILD_OWNER
from bot.reminders.results import (
    Answered,
    GuildReminderView,
    Pressed,
    ReminderAnswer,
    ReminderEdited,
    ReminderSet,
    ReminderView,
    view_of,
)
from bot.reminders.schedule import (
    ScheduleError,
    days_to_mask,
    describe_days,
    mask_to_days,
    next_occurrence,
    parse_days,
    parse_time,
    zone_problem,
)
from bot.reminders.shaping import Change, Editor, edit, one_off_at
from bot.replies import Reply
from bot.storage import outbox
from bot.storage import reminders as store
from bot.storage.db import Database
from bot.timezones import UnknownZone, local_date, resolve_zone

SNOOZE = timedelta(hours=1)
# Logs a check-in for (member, source key, guild) and says so. The check-ins area's, handed in by
# the composition root, so reminders don't depend on check-ins.
CheckIn = Callable[[int, str, int | None], Awaitable[Reply]]


@dataclass(frozen=True)
class Settings:
    default_zone: str
    max_per_member: int


class RemindersService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        members: MembersService,
        settings: Settings,
        prompts: Callable[[], tuple[Entry, ...]],
        check_in: CheckIn,
        wake: Callable[[], None] = lambda: None,
    ) -> None:
        self._db = db
        self._check_in = check_in
        self._clock = clock
        self._members = members
        self._settings = settings
        self._prompts = prompts
        # Wakes the dispatcher after any change, so it never waits out a stale sleep.
        self.wake = wake

    async def create(
        self,
        *,
        user_id: int,
        time_text: str,
        days_text: str = "",
        guild_id: int | None = None,
        channel_id: int | None = None,
        source_key: str | None = None,
    ) -> ReminderSet:
        """A new daily reminder. Bad input raises ScheduleError and stores nothing.

        The same `source_key` (an interaction id) returns the reminder it made the first time.
        """
        at = parse_time(time_text)
        days = parse_days(days_text)
        zone, zone_is_default = await self._usable_zone(user_id)
        now = self._clock.now()
        due, day = next_occurrence(zone, at, days, now)
        new_id = await store.insert(
            self._db,
            user_id=user_id,
            guild_id=guild_id,
            channel_id=channel_id,
            local_time=at,
            weekdays=days_to_mask(days),
            next_due=due,
            next_date=day,
            at=now,
            limit=self._settings.max_per_member,
            source_key=source_key,
        )
        return await self._made(new_id, zone_is_default)

    async def create_once(
        self,
        *,
        user_id: int,
        when_text: str,
        guild_id: int | None = None,
        channel_id: int | None = None,
        source_key: str | None = None,
    ) -> ReminderSet:
        """A one-off reminder (bot/reminders/when.py reads `when_text` in the member's zone):
        sent once through the same outbox as daily ones, then finished. A past time raises
        ScheduleError and stores nothing; `source_key` works as for create."""
        zone, zone_is_default = await self._usable_zone(user_id)
        now = self._clock.now()
        plan = one_off_at(when_text, zone, now)
        new_id = await store.insert(
            self._db,
            user_id=user_id,
            guild_id=guild_id,
            channel_id=channel_id,
            local_time=plan.at,
            weekdays=plan.weekdays,
            next_due=plan.due,
            next_date=plan.local.date(),
            at=now,
            limit=self._settings.max_per_member,
            source_key=source_key,
            once=True,
        )
        return await self._made(new_id, zone_is_default)

    async def edit(self, reminder_id: int, editor: Editor, change: Change) -> ReminderEdited:
        """/remind edit: a new time, days or destination for a reminder, keeping its id and
        history. Bad input, no such id or someone else's changes nothing (ScheduleError)."""
        reminder, kept = await edit(
            self._db,
            reminder_id=reminder_id,
            editor=editor,
            change=change,
            default_zone=self._settings.default_zone,
            now=self._clock.now(),
        )
        self.wake()
        return ReminderEdited(view_of(reminder), kept)

    async def _usable_zone(self, user_id: int) -> tuple[str, bool]:
        """The member's zone (and whether it is the default), refused if it no longer loads."""
        zone, zone_is_default = await self._zone(user_id)
        if zone_problem(zone) is not None:
            raise ScheduleError(
                f"Your time zone {zone!r} can't be used any more. Choose yours again with "
                "/timezone set, then set the reminder."
            )
        return zone, zone_is_default

    async def _made(self, new_id: int | None, zone_is_default: bool) -> ReminderSet:
        if new_id is None:
            raise ScheduleError(
                f"You already have {self._settings.max_per_member} reminders, the most allowed. "
                "Remove one with /remind off first."
            )
        self.wake()
        reminder = await store.get(self._db, new_id, self._settings.default_zone)
        assert reminder is not None
        return ReminderSet(**vars(view_of(reminder)), zone_is_default=zone_is_default)

    async def reminders_of(self, user_id: int) -> list[ReminderView]:
        return [
            view_of(r) for r in await store.for_user(self._db, user_id, self._settings.default_zone)
        ]

    async def remove(self, user_id: int, reminder_id: int) -> bool:
        removed = await store.delete(self._db, user_id, reminder_id)
        self.wake()
        return removed

    async def pause(self, user_id: int) -> int:
        changed = await store.set_paused(self._db, user_id, True)
        self.wake()
        return changed

    async def resume(self, user_id: int) -> int:
        """Resume from now: occurrences missed while paused are not sent."""
        changed = await store.set_paused(self._db, user_id, False)
        await self.reschedule_member(user_id)
        return changed

    async def reschedule_member(self, user_id: int) -> None:
        """Recompute the member's next occurrences from now (after a time-zone change, a resume)."""
        now = self._clock.now()
        reminders = await store.for_user(self._db, user_id, self._settings.default_zone)
        async with self._db.transaction() as tx:
            # A one-off keeps its instant through a zone change; one that came while paused
            # is finished unsent, as a daily one's missed days are.
            once = [r for r in reminders if r.once]
            await store.finish_many(tx, [r.id for r in once if r.next_due <= now], now)
            for r in reminders:
                if r.once:
                    continue
                if zone_problem(r.zone) is not None:
                    # Left as it is: the dispatcher stops it, saying why, when it comes due.
                    continue
                due, day = next_occurrence(r.zone, r.local_time, mask_to_days(r.weekdays), now)
                await store.reschedule(tx, r.id, due, day)
        self.wake()

    async def send_test(self, user_id: int, source_key: str) -> bool:
        """Queue one reminder to send now (the member's first); False if they have none.

        Once per `source_key` (an interaction id): a replayed interaction queues nothing more.
        """
        reminders = await store.for_user(self._db, user_id, self._settings.default_zone)
        if not reminders:
            return False
        first = reminders[0]
        now = self._clock.now()
        day = local_date(now, first.zone)
        await outbox.add_one_off(self._db, first.id, f"test:{source_key}", day, now)
        self.wake()
        return True

    async def mark_done(
        self, user_id: int, occurrence_id: int, guild_id: int | None = None
    ) -> Pressed:
        """Done pressed on a reminder: on the member's own, it answers it and logs the
        check-in; on the guild's shared one, it logs this member's check-in. `guild_id` is
        where it was pressed (the check-in's guild)."""
        return await self.press(user_id, occurrence_id, "done", guild_id)

    async def press(
        self,
        user_id: int,
        occurrence_id: int,
        pressed: ReminderAnswer,
        guild_id: int | None = None,
    ) -> Pressed:
        """One of a reminder's buttons, pressed by `user_id` (or its command typed)."""
        found = await outbox.occurrence_owner(self._db, occurrence_id)
        if found is None:
            return Pressed(pressed, refused="gone")
        owner = found[0]
        if owner == GUILD_OWNER and pressed == "done":
            # Everyone who presses Done on the shared message gets one check-in for it.
            own = await self._check_in(user_id, f"reminder:{occurrence_id}:{user_id}", guild_id)
            return Pressed(pressed, checkin=own, shared=True)
        if owner != user_id:
            return Pressed(pressed, refused="not yours")
        answered = await self._answer(user_id, occurrence_id, pressed)
        if answered is None:
            return Pressed(pressed, refused="gone")
        said: Reply | None = None
        if pressed == answered.answer == "done":
            # One check-in per reminder occurrence, however often Done is pressed.
            said = await self._check_in(user_id, f"reminder:{occurrence_id}", guild_id)
        return Pressed(pressed, answered, said)

    async def answer_done(self, user_id: int, occurrence_id: int) -> Answered | None:
        """Answer the reminder with Done, logging nothing. None if it isn't theirs."""
        return await self._answer(user_id, occurrence_id, "done")

    async def snooze(self, user_id: int, occurrence_id: int) -> Answered | None:
        """Answer the reminder with Snooze: it comes back in an hour. None if it isn't theirs."""
        return await self._answer(user_id, occurrence_id, "snoozed")

    async def skip_today(self, user_id: int, occurrence_id: int) -> Answered | None:
        """Answer the reminder with Skip: no more reminders on its day. None if it isn't theirs."""
        return await self._answer(user_id, occurrence_id, "skipped")

    async def _answer(
        self, user_id: int, occurrence_id: int, choice: ReminderAnswer
    ) -> Answered | None:
        """Record the first answer, and make sure what it asks for is done.

        The effects are idempotent (one snooze per occurrence, skipping a day twice changes
        nothing), so a repeated press, or one whose first attempt was cut short, finishes the
        first answer's work and adds none.
        """
        recorded = await outbox.answer(self._db, occurrence_id, user_id, choice)
        if recorded is None:
            return None
        answer, first, day, reminder_id = recorded
        until = None
        if answer == "snoozed":
            until, _ = await outbox.add_one_off(
                self._db,
                reminder_id,
                f"{day.isoformat()}#snooze-of-{occurrence_id}",
                day,
                self._clock.now() + SNOOZE,
            )
            self.wake()
        elif answer == "skipped":
            await outbox.skip_date(
                self._db, user_id, day, "skipped by the member", self._clock.now()
            )
            self.wake()
        # The column's CHECK admits only the three answers.
        return Answered(cast(ReminderAnswer, answer), first, day, until)

    async def set_guild_reminder(
        self,
        *,
        guild_id: int,
        channel_id: int,
        time_text: str,
        zone_name: str,
        days_text: str = "",
        role_id: int | None = None,
    ) -> GuildReminderView:
        """The guild's one channel reminder (replacing any before it; opt-ins are kept)."""
        at = parse_time(time_text)
        days = parse_days(days_text)
        try:
            # The same zone parser as /timezone: "berlin" is Europe/Berlin here too.
            zone_name = resolve_zone(zone_name)
        except UnknownZone as exc:
            raise ScheduleError(str(exc)) from None
        due, day = next_occurrence(zone_name, at, days, self._clock.now())
        await store.upsert_guild_reminder(
            self._db,
            guild_id=guild_id,
            channel_id=channel_id,
            local_time=at,
            weekdays=days_to_mask(days),
            zone=zone_name,
            role_id=role_id,
            next_due=due,
            next_date=day,
            at=self._clock.now(),
        )
        self.wake()
        view = await self.guild_reminder(guild_id)
        assert view is not None
        return view

    async def guild_reminder(self, guild_id: int) -> GuildReminderView | None:
        row = await store.guild_reminder(self._db, guild_id, self._settings.default_zone)
        if row is None:
            return None
        assert row.channel_id is not None
        active = not row.paused and row.disabled_reason is None
        return GuildReminderView(
            id=row.id,
            channel_id=row.channel_id,
            local_time=row.local_time,
            days=describe_days(mask_to_days(row.weekdays)),
            zone=row.zone,
            role_id=row.role_id,
            next_at=row.next_due if active else None,
            subscribers=len(await store.subscribers(self._db, row.id)),
            disabled_reason=row.disabled_reason,
        )

    async def remove_guild_reminder(self, guild_id: int) -> bool:
        removed = await store.delete_guild_reminder(self._db, guild_id)
        self.wake()
        return removed

    async def join_guild_reminder(self, guild_id: int, user_id: int, on: bool) -> bool:
        """Opt in or out of the guild's reminder; False if the guild has none."""
        row = await store.guild_reminder(self._db, guild_id, self._settings.default_zone)
        if row is None:
            return False
        await store.subscribe(self._db, row.id, user_id, on, self._clock.now())
        return True

    async def subscribers(self, reminder_id: int) -> list[int]:
        return await store.subscribers(self._db, reminder_id)

    async def remember_dm_channel(self, user_id: int, channel_id: int) -> None:
        """Keep the member's DM channel: later reminders, after a restart too, skip opening it."""
        await outbox.remember_dm_channel(self._db, user_id, channel_id)

    async def forget_dm_channel(self, user_id: int, channel_id: int) -> None:
        """Drop a stored DM channel that Discord no longer knows."""
        await outbox.forget_dm_channel(self._db, user_id, channel_id)

    async def next_wake(self) -> datetime | None:
        """The earliest moment a reminder has work due (the console steps its clock to it)."""
        return await outbox.next_wake(self._db)

    def prompt_for(self, reminder_id: int, day: date) -> Entry | None:
        """The exercise for this reminder on this day: the prompts rotate daily."""
        prompts = self._prompts()
        if not prompts:
            return None
        return prompts[(day.toordinal() + reminder_id) % len(prompts)]

    async def _zone(self, user_id: int) -> tuple[str, bool]:
        """The member's zone, and whether it is the server default (they have none)."""
        return await self._members.zone_for(user_id)
