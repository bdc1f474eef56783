"""SQL for check-ins: the check-in transaction, active days, the settled streak state, history
and the leaderboard (with the guilds each member uses the bot in)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from bot.checkins.models import (
    BoardEntry,
    Checkin,
    NewCheckin,
    RecordedCheckin,
    Settled,
    StreakStep,
)
from bot.storage.db import Database, Row, Transaction
from bot.storage.members import SETTINGS_SQL, settings_of
from bot.storage.pauses import pauses_in
from bot.timezones import local_date

_COLUMNS = (
    "id, user_id, activity, sets, reps, minutes, note, local_date, timezone, created_at, guild_id"
)


def _checkin(row: Row) -> Checkin:
    return Checkin(
        id=row["id"],
        user_id=row["user_id"],
        activity=row["activity"],
        sets=row["sets"],
        reps=row["reps"],
        minutes=row["minutes"],
        note=row["note"],
        local_date=date.fromisoformat(row["local_date"]),
        timezone=row["timezone"],
        created_at=datetime.fromisoformat(row["created_at"]),
        guild_id=row["guild_id"],
    )


_NOTE_GUILD = (
    "INSERT INTO guild_members (guild_id, user_id, first_seen) VALUES (?, ?, ?) "
    "ON CONFLICT DO NOTHING"
)


async def note_guild(db: Database, guild_id: int, user_id: int, at: datetime) -> None:
    async with db.transaction() as tx:
        await tx.execute(_NOTE_GUILD, (guild_id, user_id, at.isoformat()))


_ACTIVE_DATES = "SELECT local_date FROM active_days WHERE user_id = ? ORDER BY local_date"
# An upsert that changes nothing but locks the member's summary row until the transaction ends.
_HOLD_MEMBER = (
    "INSERT INTO member_summary (user_id, active_days, checkins) VALUES (?, 0, 0) "
    "ON CONFLICT (user_id) DO UPDATE SET user_id = excluded.user_id"
)


def _dates(rows: Iterable[Row]) -> list[date]:
    return [date.fromisoformat(r["local_date"]) for r in rows]


async def record_checkin(
    db: Database, new: NewCheckin, *, at: datetime, default_zone: str, streak: StreakStep
) -> RecordedCheckin:
    """Store a check-in once per source key, and keep the member's streak state, in one short
    transaction: the zone it is dated in, the days the streak counts and the insert are read
    and written together.

    It runs as `Database.write_now`: a check-in is the hottest write there is. `streak` is the
    area's pure streak maths.
    """

    async def record(tx: Transaction) -> RecordedCheckin:
        if not db.dialect.one_process:
            # Processes on other shards may log this member's check-ins at the same moment:
            # take their summary row first, so the streak state read below is not stale when
            # it is written back. (SQLite's one writer already serialises this.)
            await tx.execute(_HOLD_MEMBER, (new.user_id,))
        settings = settings_of(await tx.fetchone(SETTINGS_SQL, (new.user_id,)))
        zone = settings.timezone or default_zone
        today = local_date(at, zone)
        kept = await _streak_state(tx, new.user_id)
        row, created, new_day = await _insert(
            tx, new, today - timedelta(days=new.days_back), zone, at
        )
        if new.note_guild and new.guild_id is not None:
            await tx.execute(_NOTE_GUILD, (new.guild_id, new.user_id, at.isoformat()))
        added = row.local_date if new_day else None
        # The pure step reads active days as it goes; read what it usually needs first (the days
        # from the kept state's walk on), and the whole history only when it asks for more.
        first = kept.reads_from if kept is not None and kept.goal == settings.goal_days else None
        days = _ActiveDays(await _active_dates(tx, new.user_id, first), first)
        # A member has a few pauses a month at most: all of them, one short read.
        paused = frozenset(d for p in await pauses_in(tx, new.user_id) for d in p.days())
        try:
            update = streak(kept, settings.goal_days, today, added, days, paused)
        except _NeedsEarlierDays:
            days = _ActiveDays(await _active_dates(tx, new.user_id, None), None)
            update = streak(kept, settings.goal_days, today, added, days, paused)
        if update.state is not kept:  # most check-ins leave it as it was: no write
            await _save_streak_state(tx, new.user_id, update.state)
        return RecordedCheckin(row, created, settings, zone, today, update)

    return await db.write_now(record)


class _NeedsEarlierDays(Exception):
    """The streak step asked for days before those read for it."""


class _ActiveDays:
    """The member's active days from `first` on (all of them for None), read beforehand."""

    def __init__(self, days: list[date], first: date | None) -> None:
        self._days = days
        self._first = first

    def since(self, first: date | None) -> list[date]:
        if self._first is not None and (first is None or first < self._first):
            raise _NeedsEarlierDays
        return self._days if first is None else [d for d in self._days if d >= first]


async def _active_dates(tx: Transaction, user_id: int, first: date | None) -> list[date]:
    if first is None:
        return _dates(await tx.fetchall(_ACTIVE_DATES, (user_id,)))
    # A range the primary key serves.
    return _dates(
        await tx.fetchall(
            "SELECT local_date FROM active_days WHERE user_id = ? AND local_date >= ? "
            "ORDER BY local_date",
            (user_id, first.isoformat()),
        )
    )


async def _streak_state(tx: Transaction, user_id: int) -> Settled | None:
    """The member's settled streak state, if one is kept (see models.Settled)."""
    row = await tx.fetchone(
        "SELECT streak_goal, streak_cut, streak_run, streak_best, streak_days, streak_last "
        "FROM member_summary WHERE user_id = ? AND streak_cut IS NOT NULL",
        (user_id,),
    )
    if row is None:
        return None
    last = row["streak_last"]
    return Settled(
        goal=row["streak_goal"],
        cut=date.fromisoformat(row["streak_cut"]),
        run=row["streak_run"],
        best=row["streak_best"],
        active_days=row["streak_days"],
        last=date.fromisoformat(last) if last else None,
    )


async def _save_streak_state(tx: Transaction, user_id: int, state: Settled) -> None:
    await tx.execute(
        "UPDATE member_summary SET streak_goal = ?, streak_cut = ?, streak_run = ?, "
        "streak_best = ?, streak_days = ?, streak_last = ? WHERE user_id = ?",
        (
            state.goal,
            state.cut.isoformat(),
            state.run,
            state.best,
            state.active_days,
            state.last.isoformat() if state.last else None,
            user_id,
        ),
    )


async def _insert(
    tx: Transaction, new: NewCheckin, day: date, zone: str, at: datetime
) -> tuple[Checkin, bool, bool]:
    """Store a check-in once per source key; return it, whether this call created it, and
    whether it made its day an active day.

    A new check-in also counts towards its day in `active_days` and the member's totals.
    """
    values = (
        new.user_id,
        new.source_key,
        new.activity,
        new.sets,
        new.reps,
        new.minutes,
        new.note,
        day.isoformat(),
        zone,
        at.isoformat(),
        new.guild_id,
    )
    inserted = await tx.fetchone(
        """
        INSERT INTO checkins (user_id, source_key, activity, sets, reps, minutes, note,
            local_date, timezone, created_at, guild_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING RETURNING id
        """,
        values,
    )
    if inserted is None:
        # Already counted (a retried interaction, a second click): report the original.
        row = await tx.fetchone(
            f"SELECT {_COLUMNS} FROM checkins WHERE source_key = ?", (new.source_key,)
        )
        assert row is not None
        return _checkin(row), False, False
    counted = await tx.fetchone(
        "INSERT INTO active_days (user_id, local_date, checkins) VALUES (?, ?, 1) "
        "ON CONFLICT (user_id, local_date) DO UPDATE SET checkins = active_days.checkins + 1 "
        "RETURNING checkins",
        (new.user_id, values[7]),
    )
    assert counted is not None
    new_day = counted["checkins"] == 1
    await tx.execute(
        "INSERT INTO member_summary (user_id, active_days, checkins) VALUES (?, ?, 1) "
        "ON CONFLICT (user_id) DO UPDATE SET "
        "active_days = member_summary.active_days + excluded.active_days, "
        "checkins = member_summary.checkins + 1",
        (new.user_id, int(new_day)),
    )
    created = Checkin(
        int(inserted["id"]),
        new.user_id,
        new.activity,
        new.sets,
        new.reps,
        new.minutes,
        new.note,
        day,
        zone,
        at,
        new.guild_id,
    )
    return created, True, new_day


async def active_dates(db: Database, user_id: int) -> list[date]:
    return _dates(await db.fetchall(_ACTIVE_DATES, (user_id,)))


async def totals_by_activity(db: Database, user_id: int) -> dict[str, int]:
    rows = await db.fetchall(
        "SELECT activity, count(*) AS n FROM checkins WHERE user_id = ? GROUP BY activity "
        "ORDER BY n DESC, activity",
        (user_id,),
    )
    return {r["activity"]: r["n"] for r in rows}


async def counts_by_date(db: Database, user_id: int, since: date) -> dict[date, int]:
    rows = await db.fetchall(
        "SELECT local_date, checkins FROM active_days WHERE user_id = ? AND local_date >= ?",
        (user_id, since.isoformat()),
    )
    return {date.fromisoformat(r["local_date"]): r["checkins"] for r in rows}


async def latest(db: Database, user_id: int) -> Checkin | None:
    row = await db.fetchone(
        f"SELECT {_COLUMNS} FROM checkins WHERE user_id = ? ORDER BY created_at DESC, id DESC "
        "LIMIT 1",
        (user_id,),
    )
    return _checkin(row) if row else None


async def delete_checkin(db: Database, user_id: int, checkin_id: int) -> bool:
    """Delete one of the member's check-ins, and its count in `active_days`."""
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT local_date FROM checkins WHERE id = ? AND user_id = ?", (checkin_id, user_id)
        )
        if row is None:
            return False
        await tx.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))
        day = (user_id, row["local_date"])
        # The last check-in of a day removes the day; otherwise the day counts one fewer.
        removed_day = await tx.execute(
            "DELETE FROM active_days WHERE user_id = ? AND local_date = ? AND checkins = 1", day
        )
        if not removed_day:
            await tx.execute(
                "UPDATE active_days SET checkins = checkins - 1 "
                "WHERE user_id = ? AND local_date = ?",
                day,
            )
        await tx.execute(
            "UPDATE member_summary SET active_days = active_days - ?, checkins = checkins - 1 "
            "WHERE user_id = ?",
            (removed_day, user_id),
        )
        # A day gone from before the streak's cut: the settled state no longer holds.
        await tx.execute(
            "UPDATE member_summary SET streak_cut = NULL WHERE user_id = ? AND streak_cut > ?",
            (user_id, row["local_date"]),
        )
        return True


async def page(db: Database, user_id: int, offset: int, limit: int) -> tuple[list[Checkin], int]:
    """One page of a member's check-ins, newest first, and how many there are in all."""
    rows = await db.fetchall(
        f"SELECT {_COLUMNS} FROM checkins WHERE user_id = ? "
        "ORDER BY local_date DESC, created_at DESC, id DESC LIMIT ? OFFSET ?",
        (user_id, limit, offset),
    )
    total = await db.fetchone("SELECT count(*) AS n FROM checkins WHERE user_id = ?", (user_id,))
    return [_checkin(r) for r in rows], int(total["n"]) if total else 0


async def all_checkins(db: Database, user_id: int) -> list[Checkin]:
    rows = await db.fetchall(
        f"SELECT {_COLUMNS} FROM checkins WHERE user_id = ? ORDER BY created_at, id", (user_id,)
    )
    return [_checkin(r) for r in rows]


async def in_guild(db: Database, guild_id: int, user_id: int) -> bool:
    row = await db.fetchone(
        "SELECT 1 FROM guild_members WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
    )
    return row is not None


async def leaderboard(db: Database, guild_id: int, since: date | None) -> list[BoardEntry]:
    """Every visible member of the guild with check-ins, ranked: active days, then check-ins.

    Since a date: a range of each member's active days that the primary key serves. All time:
    the running totals, one row a member, so the cost doesn't grow with the history.
    """
    if since is None:
        rows = await db.fetchall(_BOARD.format(counts=_ALL_TIME, days=""), (guild_id,))
    else:
        rows = await db.fetchall(
            _BOARD.format(counts=_SINCE, days="AND d.local_date >= ?"),
            (guild_id, since.isoformat()),
        )
    return [BoardEntry(r["user_id"], r["days"], r["total"]) for r in rows]


_SINCE = (
    "SELECT d.user_id, count(*) AS days, sum(d.checkins) AS total FROM active_days AS d "
    "JOIN guild_members AS g ON g.user_id = d.user_id AND g.guild_id = ?"
)
_ALL_TIME = (
    "SELECT d.user_id, d.active_days AS days, d.checkins AS total FROM member_summary AS d "
    "JOIN guild_members AS g ON g.user_id = d.user_id AND g.guild_id = ?"
)
_BOARD = """
    {counts}
    LEFT JOIN members AS m ON m.user_id = d.user_id
    WHERE coalesce(m.leaderboard_visible, 1) = 1 AND d.checkins > 0 {days}
    GROUP BY d.user_id
    ORDER BY days DESC, total DESC, d.user_id
"""
