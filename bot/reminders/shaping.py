"""Reminders members shape after setting them: /remind edit and one-offs (/remind once).

Plain functions over storage, called by the reminders service (service.py), which wakes the
dispatcher afterwards. Every check runs before the one write, so bad input, no such id or
someone else's id changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.reminders.models import Reminder
from bot.reminders.schedule import (
    ScheduleError,
    days_to_mask,
    mask_to_days,
    next_free_occurrence,
    next_occurrence,
    parse_days,
    parse_time,
    zone_info,
    zone_problem,
)
from bot.reminders.when import parse_when
from bot.storage import reminders as store
from bot.storage.db import Database, Transaction

EDIT_EXAMPLE = "/remind edit id:3 time:08:00"


@dataclass(frozen=True)
class Where:
    """Where a reminder goes: a channel of a guild, or the member's DMs (channel_id None)."""

    guild_id: int | None
    channel_id: int | None


@dataclass(frozen=True)
class Change:
    """What /remind edit changes; None keeps that part as it is."""

    time_text: str | None = None
    days_text: str | None = None
    where: Where | None = None


@dataclass(frozen=True)
class Editor:
    """Who edits, and from where: a guild's channel reminder is theirs to change only in that
    guild, with the permission that setting it needs (Manage Server)."""

    user_id: int
    guild_id: int | None = None
    manages_guild: bool = False


@dataclass(frozen=True)
class OneOff:
    """A one-off's schedule as its reminder row holds it: the instant it is due, and the local
    time and weekday it falls on (what /remind list and export show)."""

    due: datetime
    local: datetime

    @property
    def at(self) -> time:
        return self.local.time().replace(second=0, microsecond=0)

    @property
    def weekdays(self) -> int:
        return days_to_mask(frozenset({self.local.weekday()}))


def one_off_at(when_text: str, zone: str, now: datetime) -> OneOff:
    """When a one-off typed in `zone` is due. Raises ScheduleError (past, unreadable)."""
    due = parse_when(when_text, zone, now)
    return OneOff(due, due.astimezone(zone_info(zone)))


async def edit(
    db: Database,
    *,
    reminder_id: int,
    editor: Editor,
    change: Change,
    default_zone: str,
    now: datetime,
) -> tuple[Reminder, date | None]:
    """Change a reminder's time, days or destination on its own row, keeping its id and
    history. Returns it changed, and the local date passed over because that day's reminder
    was already made (see next_free_occurrence), if any."""
    if change == Change():
        raise ScheduleError(f"Say what to change: time, days or where. For example {EDIT_EXAMPLE}.")
    async with db.transaction() as tx:
        found = await store.locked(tx, reminder_id, default_zone, db.dialect.name)
        reminder = _editable(found, reminder_id, editor)
        where = _where(reminder, change.where)
        if reminder.once:
            plan, kept = _one_off_change(reminder, change, now), None
        else:
            plan, kept = await _daily_change(tx, reminder, change, now)
        await store.change(
            tx,
            reminder.id,
            local_time=plan.at,
            weekdays=plan.weekdays,
            guild_id=where.guild_id,
            channel_id=where.channel_id,
            next_due=plan.due,
            next_date=plan.day,
        )
    edited = await store.get(db, reminder_id, default_zone)
    assert edited is not None
    return edited, kept


@dataclass(frozen=True)
class _Plan:
    at: time
    weekdays: int
    due: datetime
    day: date


def _editable(reminder: Reminder | None, reminder_id: int, editor: Editor) -> Reminder:
    """The reminder if `editor` may change it. Someone else's reads as no such reminder, so a
    guessed id doesn't tell whether it exists."""
    missing = ScheduleError(f"You have no reminder #{reminder_id}. /remind list shows yours.")
    if reminder is None:
        raise missing
    if reminder.kind == "guild":
        if reminder.guild_id is None or reminder.guild_id != editor.guild_id:
            raise missing
        if not editor.manages_guild:
            raise ScheduleError(
                f"Reminder #{reminder_id} is this server's channel reminder: changing it needs "
                "the Manage Server permission."
            )
    elif reminder.user_id != editor.user_id:
        raise missing
    if zone_problem(reminder.zone) is not None:
        raise ScheduleError(
            f"The time zone {reminder.zone!r} can't be used any more. Choose yours again with "
            "/timezone set, then edit the reminder."
        )
    return reminder


def _where(reminder: Reminder, asked: Where | None) -> Where:
    where = asked or Where(reminder.guild_id, reminder.channel_id)
    if reminder.kind == "guild" and (
        where.channel_id is None or where.guild_id != reminder.guild_id
    ):
        raise ScheduleError(
            "The channel reminder posts in a channel of this server: use where:here in the "
            "channel it should move to."
        )
    return where


def _one_off_change(reminder: Reminder, change: Change, now: datetime) -> _Plan:
    if change.days_text is not None:
        raise ScheduleError("A one-off has no days. Change its time, or where it goes.")
    if reminder.finished:
        raise ScheduleError(
            f"One-off #{reminder.id} has already come. Set a new one with /remind once."
        )
    if change.time_text is None:
        return _Plan(reminder.local_time, reminder.weekdays, reminder.next_due, reminder.next_date)
    plan = one_off_at(change.time_text, reminder.zone, now)
    return _Plan(plan.at, plan.weekdays, plan.due, plan.local.date())


async def _daily_change(
    tx: Transaction, reminder: Reminder, change: Change, now: datetime
) -> tuple[_Plan, date | None]:
    at = reminder.local_time if change.time_text is None else parse_time(change.time_text)
    days = mask_to_days(reminder.weekdays)
    if change.days_text is not None:
        days = parse_days(change.days_text)
    # From yesterday: a late occurrence of yesterday's local date may still be in the outbox.
    today = now.astimezone(zone_info(reminder.zone)).date()
    taken = await store.taken_dates(tx, reminder.id, today - timedelta(days=1))
    due, day = next_free_occurrence(reminder.zone, at, days, now, taken)
    first = next_occurrence(reminder.zone, at, days, now)[1]
    return _Plan(at, days_to_mask(days), due, day), (first if first != day else None)
