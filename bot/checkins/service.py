"""The check-ins service: log a workout once, and everything members see about it.

Plain values in, plain results out; nothing here knows about Discord.
"""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final, Literal

from bot.checkins.charts import WEEKS, chart_title, heatmap_png
from bot.checkins.streaks import (
    CUT_LAG_DAYS,
    Streaks,
    advance,
    cut_for,
    milestone_reached,
    resume,
    settle,
    streaks,
    week_progress,
)
from bot.clock import Clock
from bot.questions.triage import Level, Triage, TriageResult
from bot.reminders.schedule import describe_days, mask_to_days
from bot.replies import InputError
from bot.storage import checkins as store
from bot.storage import reminders as reminder_store
from bot.storage.checkins import BoardRow, CheckinRow, MemberSettings
from bot.storage.db import Database
from bot.timezones import UnknownZone, local_date, resolve_zone

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
    checkin: CheckinRow
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
class _Recorded:
    """What the check-in transaction read and wrote."""

    row: CheckinRow
    created: bool
    settings: MemberSettings
    zone: str
    today: date
    # The streak before this check-in (for milestones) and after it.
    was: Streaks
    now: Streaks
    week_done: int


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
    top: list[BoardRow]
    viewer_rank: int | None
    viewer_row: BoardRow | None
    viewer_hidden: bool


@dataclass(frozen=True)
class HistoryPage:
    rows: list[CheckinRow]
    page: int
    pages: int


class CheckinService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        default_zone: str,
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
        self._default_zone = default_zone
        self._known_guild_members: set[tuple[int, int]] = set()
        # Called with the member's id after they change time zone (reminders move with them).
        self.on_timezone_change: list[Callable[[int], Awaitable[None]]] = []

    async def zone_for(self, user_id: int) -> tuple[str, bool]:
        """The member's time zone, and whether it is the server default (not set yet)."""
        settings = await store.settings(self._db, user_id)
        if settings.timezone:
            return settings.timezone, False
        return self._default_zone, True

    async def set_timezone(self, user_id: int, zone_name: str) -> str:
        try:
            name = resolve_zone(zone_name)
        except UnknownZone as exc:
            raise CheckinError(str(exc)) from None
        await store.update_settings(self._db, user_id, self._clock.now(), timezone=name)
        for hook in self.on_timezone_change:
            await hook(user_id)
        return name

    async def set_goal(self, user_id: int, days: int) -> int:
        if not 1 <= days <= 7:
            raise CheckinError("The weekly goal is a number of days from 1 to 7.")
        await store.update_settings(self._db, user_id, self._clock.now(), goal_days=days)
        return days

    async def set_leaderboard_visible(self, user_id: int, visible: bool) -> None:
        await store.update_settings(
            self._db, user_id, self._clock.now(), leaderboard_visible=int(visible)
        )

    async def note_guild(self, guild_id: int, user_id: int) -> None:
        """Remember that the member uses the bot in this guild (for its leaderboard)."""
        # The write is idempotent; remembering pairs already written saves a transaction
        # per check-in. forget() clears the member's pairs from this cache too.
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
            zone_now, _ = await self.zone_for(user_id)
            days_back = _days_back(day, local_date(now, zone_now))
        # A (guild, member) pair to record for the leaderboard, unless it is known already.
        new_pair = (guild_id, user_id) if guild_id is not None else None
        if new_pair in self._known_guild_members:
            new_pair = None
        # The whole check-in is one short transaction: the zone it is dated in, the days the
        # streak counts and the insert are read and written together.

        def record(conn: sqlite3.Connection) -> _Recorded:
            settings = store.settings_now(conn, user_id)
            zone_name = settings.timezone or self._default_zone
            today = local_date(now, zone_name)
            goal = settings.goal_days
            # The streak walked up to a recent Monday, and the days since: not the whole history.
            kept = store.streak_state_now(conn, user_id)
            state = kept
            if state is None or state.goal != goal or today < state.cut:
                state = settle(store.active_dates_now(conn, user_id), goal, cut_for(today))
            before = store.active_dates_since_now(conn, user_id, state.reads_from)
            row, created, new_day = store.insert_checkin_now(
                conn,
                user_id=user_id,
                source_key=source_key,
                activity=activity,
                sets=sets,
                reps=reps,
                minutes=minutes,
                note=note,
                local_date=today - timedelta(days=days_back),
                timezone=zone_name,
                at=now,
                guild_id=guild_id,
            )
            if new_pair:
                store.note_guild_now(conn, *new_pair, now)
            was = resume(state, before, today)
            after = [*before, row.local_date] if new_day else before
            if new_day and row.local_date < state.cut:
                # A day added before the cut: walk the whole history again, this once.
                state = settle(store.active_dates_now(conn, user_id), goal, state.cut)
                after = store.active_dates_since_now(conn, user_id, state.reads_from)
            if cut_for(today) - state.cut >= timedelta(days=2 * CUT_LAG_DAYS):
                state = advance(state, after, cut_for(today))
            if state is not kept:  # most check-ins leave it as it was: no write
                store.save_streak_state_now(conn, user_id, state)
            streak = resume(state, after, today) if new_day else was
            done_this_week = week_progress(after, today)
            return _Recorded(row, created, settings, zone_name, today, was, streak, done_this_week)

        done = await self._db.write_now(record)
        if new_pair:
            self._known_guild_members.add(new_pair)
        row, today, goal = done.row, done.today, done.settings.goal_days
        warning = await self._note_warning(row.note)
        return CheckinResult(
            checkin=row,
            created=done.created,
            streak=done.now,
            week_done=done.week_done,
            goal=goal,
            milestone=milestone_reached(done.was.current, done.now.current)
            if done.created
            else None,
            zone=done.zone,
            zone_is_default=done.settings.timezone is None,
            backfilled=row.local_date < today,
            warning=warning,
            emergency_number=self._emergency_number,
        )

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

    async def undo_candidate(self, user_id: int) -> CheckinRow | None:
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
        zone_name, _ = await self.zone_for(user_id)
        today = local_date(self._clock.now(), zone_name)
        active = await store.active_dates(self._db, user_id)
        goal = (await store.settings(self._db, user_id)).goal_days
        since = today - timedelta(days=today.weekday()) - timedelta(weeks=WEEKS - 1)
        return Stats(
            user_id=user_id,
            streak=streaks(active, today, goal),
            week_done=week_progress(active, today),
            goal=goal,
            totals=await store.totals_by_activity(self._db, user_id),
            recent=await store.counts_by_date(self._db, user_id, since),
            today=today,
        )

    async def chart(self, stats: Stats, title: str | None = None) -> bytes:
        """The 12-week heat map as PNG bytes, drawn off the event loop; titled with its active
        days unless a `title` is given."""
        title = title or chart_title(stats.streak.active_days, stats.recent)
        return await asyncio.to_thread(heatmap_png, stats.recent, stats.today, title)

    async def leaderboard(self, guild_id: int, period: Period, viewer_id: int) -> Leaderboard:
        zone_name, _ = await self.zone_for(viewer_id)
        today = local_date(self._clock.now(), zone_name)
        since = {
            "week": today - timedelta(days=today.weekday()),
            "month": today.replace(day=1),
            "all": None,
        }[period]
        rows = await store.leaderboard(self._db, guild_id, since)
        rank = next((i for i, r in enumerate(rows, 1) if r.user_id == viewer_id), None)
        hidden = not (await store.settings(self._db, viewer_id)).leaderboard_visible
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

    async def export_csv(self, user_id: int) -> bytes:
        """Everything stored about the member, as one CSV: one row per record, each value under
        the heading that names it (EXPORT_FIELDS says which headings each kind of record uses).
        """
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
        settings = await store.settings(self._db, user_id)
        zone_name, default = await self.zone_for(user_id)
        skip_if_done = await reminder_store.skip_if_done(self._db, user_id)
        for name, value in (
            ("timezone", "" if default else zone_name),
            ("goal_days", settings.goal_days),
            ("leaderboard_visible", int(settings.leaderboard_visible)),
            ("reminders_skip_if_done", int(skip_if_done)),
        ):
            writer.writerow({"record": "setting", "setting": name, "value": value})
        for reminder in await reminder_store.for_user(self._db, user_id, self._default_zone):
            status = "paused" if reminder.paused else "on"
            if reminder.disabled_reason:
                status = f"stopped: {reminder.disabled_reason}"
            writer.writerow(
                {
                    "record": "reminder",
                    "id": reminder.id,
                    "time": reminder.local_time.strftime("%H:%M"),
                    "days": describe_days(mask_to_days(reminder.weekdays)),
                    "where": "dm"
                    if reminder.channel_id is None
                    else f"channel {reminder.channel_id}",
                    "timezone": reminder.zone,
                    "status": status,
                }
            )
        for guild_id in await reminder_store.subscriptions_of(self._db, user_id):
            writer.writerow({"record": "channel-reminder", "guild_id": guild_id})
        for row in await store.all_checkins(self._db, user_id):
            writer.writerow(
                {
                    "record": "checkin",
                    "id": row.id,
                    "created_at": row.created_at.isoformat(),
                    "local_date": row.local_date.isoformat(),
                    "activity": row.activity,
                    "sets": _blank(row.sets),
                    "reps": _blank(row.reps),
                    "minutes": _blank(row.minutes),
                    "note": row.note or "",
                    "timezone": row.timezone,
                }
            )
        for fb in await store.feedback_rows(self._db, user_id):
            writer.writerow(
                {
                    "record": "feedback",
                    "created_at": fb["created_at"],
                    "topic": fb["entry_id"],
                    "question": fb["question"],
                    "helpful": "yes" if fb["helpful"] else "no",
                }
            )
        return buffer.getvalue().encode("utf-8")

    async def forget(self, user_id: int) -> dict[str, int]:
        """Delete everything about the member, in one transaction; report what went."""
        deleted = await store.forget(self._db, user_id)
        self._known_guild_members = {p for p in self._known_guild_members if p[1] != user_id}
        return deleted


# The export's headings, and which of them each kind of record fills.
EXPORT_COLUMNS: Final = {
    "checkin": (
        "id",
        "created_at",
        "local_date",
        "activity",
        "sets",
        "reps",
        "minutes",
        "note",
        "timezone",
    ),
    "reminder": ("id", "time", "days", "where", "timezone", "status"),
    "setting": ("setting", "value"),
    "channel-reminder": ("guild_id",),
    "feedback": ("created_at", "topic", "question", "helpful"),
}
EXPORT_FIELDS: Final = ("record", *dict.fromkeys(c for cs in EXPORT_COLUMNS.values() for c in cs))


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


def _blank(value: int | None) -> str | int:
    return "" if value is None else value
