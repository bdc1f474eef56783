"""The check-ins service: log a workout once, and everything members see about it.

Plain values in, plain results out; nothing here knows about Discord.
"""

from __future__ import annotations

import asyncio
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final, Literal

from bot.checkins.charts import WEEKS, chart_title, heatmap_png
from bot.checkins.models import BoardEntry, Checkin, NewCheckin, Streaks
from bot.checkins.streaks import (
    after_checkin,
    at_stake,
    milestone_reached,
    streaks,
    week_progress,
)
from bot.clock import Clock
from bot.errors import InputError
from bot.members.pauses import paused_dates
from bot.members.service import MembersService
from bot.questions.triage import Level, Triage, TriageResult
from bot.storage import checkins as store
from bot.storage import pauses as pause_store
from bot.storage.db import Database
from bot.timezones import local_date

if TYPE_CHECKING:
    from bot.questions.batching import Embedder

ACTIVITIES: Final = ("calf raises", "walk", "lunges", "squats", "stairs", "cycling", "other")
BOUNDS: Final = {"sets": (1, 50), "reps": (1, 500), "minutes": (1, 600)}
NOTE_LIMIT: Final = 300
UNDO_WINDOW: Final = timedelta(hours=24)
LEADERBOARD_SIZE: Final = 10
HISTORY_PAGE: Final = 10
MAX_HISTORY_PAGE: Final = 2**31
Day = Literal["today", "yesterday"]
Period = Literal["week", "month", "all"]


class CheckinError(InputError):
    """Check-in input the member can fix; the message says how."""


@dataclass(frozen=True)
class CheckinResult:
    checkin: Checkin
    # False when this interaction (or reminder occurrence) had already been counted.
    created: bool
    streak: Streaks
    week_done: int
    goal: int
    milestone: int | None
    zone: str
    zone_is_default: bool
    # Logged for yesterday rather than today.
    backfilled: bool
    # A warning sign described in the note ("calf swollen and hot since the flight"): the
    # check-in is still recorded, and the reply leads with the warning.
    warning: TriageResult | None = None
    emergency_number: str = ""


@dataclass(frozen=True)
class Stats:
    user_id: int
    streak: Streaks
    week_done: int
    goal: int
    totals: dict[str, int]
    # Check-ins per local date over the chart's 12 weeks.
    recent: dict[date, int]
    today: date


@dataclass(frozen=True)
class Leaderboard:
    period: Period
    top: list[BoardEntry]
    viewer_rank: int | None
    viewer_row: BoardEntry | None
    viewer_hidden: bool


@dataclass(frozen=True)
class HistoryPage:
    rows: list[Checkin]
    page: int
    pages: int


class CheckinService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        members: MembersService,
        *,
        triage: Triage | None = None,
        embedder: Embedder | None = None,
        emergency_number: str = "",
    ) -> None:
        self._triage = triage or Triage()
        self._embedder = embedder
        self._emergency_number = emergency_number
        self._db = db
        self._clock = clock
        self._members = members
        self._known_guild_members: set[tuple[int, int]] = set()
        # Told of every check-in result, a replay's too (`created` says which); bot/metrics
        # counts them. Empty, it costs nothing.
        self.on_checkin: list[Callable[[CheckinResult], None]] = []

    async def note_guild(self, guild_id: int, user_id: int) -> None:
        """Remember that the member uses the bot in this guild (for its leaderboard)."""
        # The write is idempotent; remembering pairs already written saves a transaction
        # per check-in. Forget-me clears the member's pairs from it too (forget_guilds_of).
        if (guild_id, user_id) in self._known_guild_members:
            return
        await store.note_guild(self._db, guild_id, user_id, self._clock.now())
        self._known_guild_members.add((guild_id, user_id))

    async def checkin(
        self,
        *,
        user_id: int,
        source_key: str,
        activity: str = "calf raises",
        sets: int | None = None,
        reps: int | None = None,
        minutes: int | None = None,
        note: str | None = None,
        day: str = "today",
        guild_id: int | None = None,
    ) -> CheckinResult:
        """Log one workout. The same `source_key` (an interaction id, a reminder occurrence)
        never counts twice. Bad input raises CheckinError and stores nothing."""
        activity = activity.strip().lower()
        if activity not in ACTIVITIES:
            raise CheckinError(f"Activity must be one of: {', '.join(ACTIVITIES)}.")
        numbers = {"sets": sets, "reps": reps, "minutes": minutes}
        for name, value in numbers.items():
            low, high = BOUNDS[name]
            if value is not None and not low <= value <= high:
                raise CheckinError(f"{name.capitalize()} must be between {low} and {high}.")
        note = _clean_note(note)
        now = self._clock.now()
        days_back = _DAYS_BACK.get(day.strip().lower())
        if days_back is None:
            # A date: how far back depends on the member's today.
            zone_now, _ = await self._members.zone_for(user_id)
            days_back = _days_back(day, local_date(now, zone_now))
        # A (guild, member) pair to record for the leaderboard, unless it is known already.
        new_pair = (guild_id, user_id) if guild_id is not None else None
        note_guild = new_pair is not None and new_pair not in self._known_guild_members
        done = await store.record_checkin(
            self._db,
            NewCheckin(
                user_id=user_id,
                source_key=source_key,
                activity=activity,
                sets=sets,
                reps=reps,
                minutes=minutes,
                note=note,
                days_back=days_back,
                guild_id=guild_id,
                note_guild=note_guild,
            ),
            at=now,
            default_zone=self._members.default_zone,
            streak=after_checkin,
        )
        if note_guild and new_pair:
            self._known_guild_members.add(new_pair)
        row, today, goal = done.checkin, done.today, done.settings.goal_days
        warning = await self._note_warning(row.note)
        result = CheckinResult(
            checkin=row,
            created=done.created,
            streak=done.streak.now,
            week_done=done.streak.week_done,
            goal=goal,
            milestone=milestone_reached(done.streak.was.current, done.streak.now.current)
            if done.created
            else None,
            zone=done.zone,
            zone_is_default=done.settings.timezone is None,
            backfilled=row.local_date < today,
            warning=warning,
            emergency_number=self._emergency_number,
        )
        for hook in self.on_checkin:
            hook(result)
        return result

    async def _note_warning(self, note: str | None) -> TriageResult | None:
        """A warning sign the note describes; a note isn't a question, so no "info" level."""
        if not note:
            return None
        rules = self._triage.rules(note)
        if rules.wants_bank and self._embedder is not None:
            # The model runs off the event loop; the bank then finds the note's vector.
            await self._embedder.prime([note])
        warning = self._triage.check(note, rules)
        return warning if warning is not None and warning.level >= Level.SEE_GP else None

    async def undo_candidate(self, user_id: int) -> Checkin | None:
        """The check-in /checkin undo would remove: the latest, if under 24 hours old."""
        latest = await store.latest(self._db, user_id)
        if latest is None or self._clock.now() - latest.created_at > UNDO_WINDOW:
            return None
        return latest

    async def undo(self, user_id: int, checkin_id: int) -> bool:
        """Remove a check-in, if it is still the member's latest and under 24 hours old."""
        candidate = await self.undo_candidate(user_id)
        if candidate is None or candidate.id != checkin_id:
            return False
        return await store.delete_checkin(self._db, user_id, checkin_id)

    async def can_view(self, viewer_id: int, target_id: int, guild_id: int | None) -> bool:
        """Another member's stats are visible only within a guild both use the bot in."""
        if viewer_id == target_id:
            return True
        if guild_id is None:
            return False
        return await store.in_guild(self._db, guild_id, target_id)

    async def stats(self, user_id: int) -> Stats:
        zone_name, _ = await self._members.zone_for(user_id)
        today = local_date(self._clock.now(), zone_name)
        active = await store.active_dates(self._db, user_id)
        goal = (await self._members.settings(user_id)).goal_days
        paused = paused_dates(await pause_store.pauses_of(self._db, user_id))
        since = today - timedelta(days=today.weekday()) - timedelta(weeks=WEEKS - 1)
        return Stats(
            user_id=user_id,
            streak=streaks(active, today, goal, paused),
            week_done=week_progress(active, today),
            goal=goal,
            totals=await store.totals_by_activity(self._db, user_id),
            recent=await store.counts_by_date(self._db, user_id, since),
            today=today,
        )

    async def decides_streak(self, user_id: int, day: date) -> bool:
        """Whether `day` is the member's today and decides their streak: no check-in or pause
        yet, a streak to keep, and it would break if the day passed (the nudge's rule)."""
        zone_name, _ = await self._members.zone_for(user_id)
        today = local_date(self._clock.now(), zone_name)
        if today != day:
            return False
        goal = (await self._members.settings(user_id)).goal_days
        paused = paused_dates(await pause_store.pauses_of(self._db, user_id))
        return at_stake(await store.active_dates(self._db, user_id), today, goal, paused)

    async def chart(self, stats: Stats, title: str | None = None) -> bytes:
        """The 12-week heat map as PNG bytes, drawn off the event loop; titled with its active
        days unless a `title` is given."""
        title = title or chart_title(stats.streak.active_days, stats.recent)
        return await asyncio.to_thread(heatmap_png, stats.recent, stats.today, title)

    async def leaderboard(self, guild_id: int, period: Period, viewer_id: int) -> Leaderboard:
        zone_name, _ = await self._members.zone_for(viewer_id)
        today = local_date(self._clock.now(), zone_name)
        since = {
            "week": today - timedelta(days=today.weekday()),
            "month": today.replace(day=1),
            "all": None,
        }[period]
        rows = await store.leaderboard(self._db, guild_id, since)
        rank = next((i for i, r in enumerate(rows, 1) if r.user_id == viewer_id), None)
        hidden = not (await self._members.settings(viewer_id)).leaderboard_visible
        return Leaderboard(
            period=period,
            top=rows[:LEADERBOARD_SIZE],
            viewer_rank=rank,
            viewer_row=rows[rank - 1] if rank else None,
            viewer_hidden=hidden,
        )

    async def history(self, user_id: int, page: int) -> HistoryPage:
        # Past the last page means the last; clamped first, so the offset stays within
        # SQLite's 64-bit integers whatever number a front end passes.
        page = min(max(page, 1), MAX_HISTORY_PAGE)
        rows, total = await store.page(self._db, user_id, (page - 1) * HISTORY_PAGE, HISTORY_PAGE)
        pages = max(1, -(-total // HISTORY_PAGE))
        if page > pages:
            return await self.history(user_id, pages)
        return HistoryPage(rows, page, pages)

    def forget_guilds_of(self, user_id: int) -> None:
        """Forget-me deleted the member's guild pairs: drop them from the cache too."""
        self._known_guild_members = {p for p in self._known_guild_members if p[1] != user_id}


def _clean_note(note: str | None) -> str | None:
    if note is None:
        return None
    note = note.strip()
    if not note:
        return None
    if len(note) > NOTE_LIMIT:
        raise CheckinError(f"Notes are at most {NOTE_LIMIT} characters; yours has {len(note)}.")
    if any(unicodedata.category(c) == "Cc" for c in note):
        raise CheckinError("Notes can't contain control characters such as tabs or line breaks.")
    return note


_DAYS_BACK: Final = {"today": 0, "": 0, "yesterday": 1}
_FUTURE_DAY = "That day hasn't come yet: you can't log a future day."


def _days_back(day: str, today: date) -> int:
    """How many days before today a dated check-in is for: 0 or 1, or a message saying why not."""
    text = day.strip().lower()
    if text == "tomorrow":
        raise CheckinError(_FUTURE_DAY)
    try:
        asked = date.fromisoformat(text)
    except ValueError:
        raise CheckinError("Day is today or yesterday.") from None
    back = (today - asked).days
    if back < 0:
        raise CheckinError(_FUTURE_DAY)
    if back > 1:
        raise CheckinError(
            f"{asked.isoformat()} is too far back: a check-in can be for today or yesterday."
        )
    return back
