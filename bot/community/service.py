"""The community service: a server's challenges and its weekly recap, for both front ends.

It takes plain values (a guild id, an admin's text) and returns the area's values; the
wording is bot/community/replies.py's. Posts (a recap, a challenge's end) are reminder rows of
kind 'recap': the reminder dispatcher sends them through its outbox, exactly once, and the
sender asks `post` what to say at send time, so a recap shows the week it is posted in.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from bot.checkins.charts import WEEKS, heatmap_png
from bot.checkins.streaks import streaks
from bot.clock import Clock
from bot.community.challenges import (
    METRICS,
    ChallengeError,
    Progress,
    check_target,
    period_of,
    progress,
)
from bot.community.models import (
    Challenge,
    Metric,
    PostTime,
    RecapSchedule,
    StreakHolder,
    WeekActivity,
)
from bot.reminders.schedule import WEEKDAY_NAMES, next_occurrence, wall_clock_instant
from bot.storage import community as store
from bot.storage.db import Database
from bot.timezones import UnknownZone, local_date, resolve_zone, zone

# A challenge's end is announced at noon, server time, the day after its last day: late
# enough that its last day is over for members in most zones, early enough to still be news.
ANNOUNCE_AT: Final = time(12, 0)
# How many current streaks a recap names.
STREAKS_SHOWN: Final = 5
# A member with no check-in for this long has no current streak under any goal (a goal of one
# day a week excuses at most the rest of one week and the next).
STREAK_LOOKBACK: Final = timedelta(days=14)


@dataclass(frozen=True)
class Recap:
    """A server's week, as the recap posts it."""

    guild_id: int
    # The seven local days before the recap's day.
    first: date
    last: date
    week: WeekActivity
    streaks: tuple[StreakHolder, ...]
    challenge: Progress | None
    # The server's check-ins a day over the last WEEKS weeks, as the /stats heat map draws it.
    chart: bytes


# What a community post says: a weekly recap, or the end of a challenge.
Post = Recap | Progress


class CommunityService:
    def __init__(self, db: Database, clock: Clock, default_zone: str) -> None:
        self._db = db
        self._clock = clock
        self._default_zone = default_zone
        # The dispatcher's wake-up, so a post moved to now goes now (bot/app.py wires it).
        self.wake: Callable[[], None] = lambda: None

    async def zone_of(self, guild_id: int) -> str:
        """The server's zone: its recap's, else its channel reminder's, else the default."""
        return await store.guild_zone(self._db, guild_id) or self._default_zone

    async def start_challenge(
        self,
        *,
        guild_id: int,
        metric: str,
        target: int,
        period_text: str,
        channel_id: int | None,
    ) -> Progress:
        """Start the server's one challenge; its end is announced in `channel_id`, or in the
        recap's channel. Bad input raises ChallengeError and stores nothing."""
        if metric not in METRICS:
            raise ChallengeError(f"The goal must be one of: {', '.join(METRICS)}.")
        chosen: Metric = metric  # type: ignore[assignment]
        zone_name = await self.zone_of(guild_id)
        now = self._clock.now()
        today = local_date(now, zone_name)
        start, end = period_of(period_text, today)
        check_target(chosen, target, start, end)
        if channel_id is None:
            recap = await store.recap_schedule(self._db, guild_id)
            if recap is None:
                raise ChallengeError(
                    "Pick the channel to announce its end in (channel:), or set up the weekly "
                    "recap first (/recap set): its channel is used."
                )
            channel_id = recap.channel_id
        day = end + timedelta(days=1)
        announce = PostTime(wall_clock_instant(day, ANNOUNCE_AT, zone(zone_name)), day, ANNOUNCE_AT)
        challenge = await store.start_challenge(
            self._db,
            guild_id=guild_id,
            metric=chosen,
            target=target,
            period=(start, end),
            zone=zone_name,
            channel_id=channel_id,
            announce=announce,
            today=today,
            at=now,
        )
        if challenge is None:
            raise ChallengeError(
                "A challenge is already running here: /challenge shows it, and /challenge-end "
                "ends it."
            )
        self.wake()
        return await self._progress_of(challenge, today)

    async def challenge(self, guild_id: int) -> Progress | None:
        """The server's running challenge, or its last one; None if it never had one."""
        challenge = await store.latest_challenge(self._db, guild_id)
        if challenge is None:
            return None
        return await self._progress_of(challenge, local_date(self._clock.now(), challenge.zone))

    async def end_challenge(self, guild_id: int) -> Progress:
        """End the running challenge now; its end is announced at once, through the outbox."""
        zone_name = await self.zone_of(guild_id)
        now = self._clock.now()
        today = local_date(now, zone_name)
        local = now.astimezone(zone(zone_name))
        announce = PostTime(now, today, local.time().replace(second=0, microsecond=0))
        ended = await store.end_challenge(self._db, guild_id, today, announce, now)
        if ended is None:
            raise ChallengeError("No challenge is running here. /challenge-start begins one.")
        self.wake()
        return await self._progress_of(ended, today)

    async def _progress_of(self, challenge: Challenge, today: date) -> Progress:
        parts, members = await store.contributions(self._db, challenge)
        return progress(challenge, parts, members, today)

    async def set_recap(
        self, *, guild_id: int, channel_id: int, hour: int, day: str, zone_text: str | None
    ) -> RecapSchedule:
        """Post the recap in `channel_id` every week on `day` at `hour`, local time."""
        if day not in WEEKDAY_NAMES:
            raise ChallengeError(f"The day must be one of {', '.join(WEEKDAY_NAMES)}.")
        if not 0 <= hour <= 23:
            raise ChallengeError("The hour must be 0 to 23 (the server's time).")
        try:
            zone_name = resolve_zone(zone_text) if zone_text else await self.zone_of(guild_id)
        except UnknownZone as exc:
            raise ChallengeError(str(exc)) from None
        now = self._clock.now()
        at = time(hour, 0)
        due, next_day = next_occurrence(zone_name, at, frozenset({WEEKDAY_NAMES.index(day)}), now)
        await store.set_recap(
            self._db, guild_id, channel_id, zone_name, PostTime(due, next_day, at), now
        )
        self.wake()
        schedule = await store.recap_schedule(self._db, guild_id)
        assert schedule is not None
        return schedule

    async def recap_schedule(self, guild_id: int) -> RecapSchedule | None:
        return await store.recap_schedule(self._db, guild_id)

    async def recap_off(self, guild_id: int) -> bool:
        return await store.delete_recap(self._db, guild_id)

    async def recap(self, guild_id: int, at: datetime | None = None) -> Recap:
        """The server's recap as of `at` (now): the seven days before that day, server time."""
        zone_name = await self.zone_of(guild_id)
        today = local_date(at or self._clock.now(), zone_name)
        first, last = today - timedelta(days=7), today - timedelta(days=1)
        week = await store.activity(self._db, guild_id, first, last)
        chart_from = today - timedelta(days=today.weekday() + 7 * (WEEKS - 1))
        counts = (await store.activity(self._db, guild_id, chart_from, today)).by_day
        title = f"{WEEKS} weeks of check-ins"
        chart = await asyncio.to_thread(heatmap_png, counts, today, title)
        latest = await store.latest_challenge(self._db, guild_id)
        running = None
        if latest is not None and latest.ended_at is None and latest.end >= first:
            running = await self._progress_of(latest, today)
        return Recap(
            guild_id=guild_id,
            first=first,
            last=last,
            week=week,
            streaks=await self._longest_streaks(guild_id, today),
            challenge=running,
            chart=chart,
        )

    async def _longest_streaks(self, guild_id: int, today: date) -> tuple[StreakHolder, ...]:
        found = await store.recent_visible_members(self._db, guild_id, today - STREAK_LOOKBACK)
        holders = [
            StreakHolder(user, streaks(days, today, goal).current) for user, goal, days in found
        ]
        ranked = sorted((h for h in holders if h.streak > 0), key=lambda h: (-h.streak, h.user_id))
        return tuple(ranked[:STREAKS_SHOWN])

    async def post(self, reminder_id: int, guild_id: int | None, at: datetime) -> Post:
        """What the community post `reminder_id`, due `at`, says: a challenge's end if it
        announces one, else the server's weekly recap."""
        challenge = await store.announced_challenge(self._db, reminder_id)
        if challenge is not None:
            return await self._progress_of(challenge, local_date(at, challenge.zone))
        assert guild_id is not None, "a recap belongs to a server"
        return await self.recap(guild_id, at)
