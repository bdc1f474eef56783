"""What the reminders service returns: plain values the replies are built from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

from bot.reminders.models import Reminder
from bot.reminders.schedule import describe_days, mask_to_days
from bot.replies import Reply

# What a member's reminder can be answered with, one of its buttons.
ReminderAnswer = Literal["done", "snoozed", "skipped"]


@dataclass(frozen=True)
class Answered:
    """A reminder's answer: the first of its buttons pressed. Later presses only see it."""

    answer: ReminderAnswer
    # Whether this press gave the answer; False when it had been given before.
    first: bool
    # The occurrence's local date.
    day: date
    # For a snooze: when the reminder comes back.
    until: datetime | None = None


@dataclass(frozen=True)
class Pressed:
    """What pressing one of a reminder's buttons (or typing its command) did."""

    pressed: ReminderAnswer
    # The member's own reminder's answer; None for the guild's reminder, or when refused.
    answered: Answered | None = None
    # What the check-in said, when a Done logged one (or found it logged already).
    checkin: Reply | None = None
    # Why nothing happened: the occurrence is another member's, or no longer exists.
    refused: Literal["not yours", "gone"] | None = None
    # The guild's shared message, which every member may answer for themselves.
    shared: bool = False


@dataclass(frozen=True)
class ReminderView:
    id: int
    local_time: time
    days: str
    # Where it goes: None for a DM, else the channel id.
    channel_id: int | None
    # The next send, in UTC (None when paused or stopped).
    next_at: datetime | None
    zone: str
    paused: bool
    disabled_reason: str | None
    # A one-off (/remind once): sent at its one time; finished once that came.
    once: bool = False
    finished: bool = False


@dataclass(frozen=True)
class ReminderSet(ReminderView):
    """A reminder just set, with what the reply says about it."""

    # The member has no zone of their own: the reminder follows the server default.
    zone_is_default: bool = False


@dataclass(frozen=True)
class GuildReminderView:
    id: int
    channel_id: int
    local_time: time
    days: str
    zone: str
    role_id: int | None
    next_at: datetime | None
    subscribers: int
    disabled_reason: str | None


@dataclass(frozen=True)
class ReminderEdited:
    """A reminder after /remind edit, with what the reply says about the change."""

    view: ReminderView
    # A local date the new schedule would have fallen on but that already had its reminder
    # (sent, being sent or skipped): the change starts after it. None if nothing was passed over.
    kept: date | None = None


def view_of(reminder: Reminder) -> ReminderView:
    """How a member's reminder (or a guild's) is shown: the next time only while it runs."""
    active = not reminder.paused and reminder.disabled_reason is None and not reminder.finished
    return ReminderView(
        id=reminder.id,
        local_time=reminder.local_time,
        days=describe_days(mask_to_days(reminder.weekdays)),
        channel_id=reminder.channel_id,
        next_at=reminder.next_due if active else None,
        zone=reminder.zone,
        paused=reminder.paused,
        disabled_reason=reminder.disabled_reason,
        once=reminder.once,
        finished=reminder.finished,
    )
