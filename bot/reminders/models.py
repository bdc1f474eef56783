"""The reminders area's values: what storage returns and the service, the dispatcher, replies
and front ends use. Plain dataclasses, so any storage backend can build them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Final, Literal

# A member's own reminder, a guild's one channel reminder (members opt in to its pings), a
# member's streak-at-risk nudge (bot/members/), or a community post: a guild's weekly recap or a
# challenge's end (bot/community/).
ReminderKind = Literal["member", "guild", "nudge", "recap"]

# A guild reminder belongs to no member: its `user_id` is this. Discord ids start far above 0,
# so it names nobody, and forget-me (which deletes by user id) never reaches a guild's reminder.
GUILD_OWNER: Final = 0

# How the reason of a reminder stopped because its zone can't be loaded begins: storage clears
# such a stop once the zone computes again.
ZONE_UNAVAILABLE: Final = "time zone unavailable"

# What an occurrence is, from made to done: "pending" until claimed, "sending" while a sender
# holds its lease, then "sent", "failed" or "skipped".
OccurrenceStatus = Literal["pending", "sending", "sent", "failed", "skipped"]


@dataclass(frozen=True)
class Reminder:
    id: int
    user_id: int
    guild_id: int | None
    channel_id: int | None
    local_time: time
    weekdays: int
    paused: bool
    disabled_reason: str | None
    skip_if_checked_in: bool
    # The next occurrence: its instant (UTC), when it is sent, and its local date.
    next_due: datetime
    next_date: date
    # The reminder's own zone (guild reminders), else the member's, else the default.
    zone: str
    kind: ReminderKind = "member"
    role_id: int | None = None
    # A one-off (/remind once): sent at next_due, then finished, never rescheduled.
    once: bool = False
    finished: bool = False


@dataclass(frozen=True)
class Claimed:
    """An occurrence claimed for sending, with what the sender needs."""

    id: int
    reminder_id: int
    occurrence: str
    local_date: date
    # When it came due (UTC): a send measures its lateness from here.
    due_at: datetime
    late: bool
    attempts: int
    user_id: int
    guild_id: int | None
    channel_id: int | None
    kind: ReminderKind = "member"
    role_id: int | None = None
    # The member's DM channel, if one was opened before: sending there takes one request.
    dm_channel_id: int | None = None


@dataclass(frozen=True)
class NewOccurrence:
    """An occurrence the dispatcher makes for a reminder that came due."""

    reminder_id: int
    local_date: date
    due_at: datetime
    status: OccurrenceStatus
    late: bool
    reason: str | None
