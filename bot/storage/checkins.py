"""SQL for check-ins and the member settings they use."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from bot.checkins.streaks import Settled
from bot.storage.db import Database, Transaction


@dataclass(frozen=True)
class CheckinRow:
    id: int
    user_id: int
    activity: str
    sets: int | None
    reps: int | None
    minutes: int | None
    note: str | None
    local_date: date
    timezone: str
    created_at: datetime
    guild_id: int | None


@dataclass(frozen=True)
class MemberSettings:
    timezone: str | None
    goal_days: int
    leaderboard_visible: bool


@dataclass(frozen=True)
class BoardRow:
    user_id: int
    active_days: int
    checkins: int


_COLUMNS = (
    "id, user_id, activity, sets, reps, minutes, note, local_date, timezone, created_at, guild_id"
)


def _checkin(row: sqlite3.Row) -> CheckinRow:
    return CheckinRow(
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


async def ensure_member(tx: Transaction, user_id: int, at: datetime) -> None:
    await tx.execute(
        "INSERT OR IGNORE INTO members (user_id, created_at) VALUES (?, ?)",
        (user_id, at.isoformat()),
    )


_NOTE_GUILD = "INSERT OR IGNORE INTO guild_members (guild_id, user_id, first_seen) VALUES (?, ?, ?)"


async def note_guild(db: Database, guild_id: int, user_id: int, at: datetime) -> None:
    async with db.transaction() as tx:
        await tx.execute(_NOTE_GUILD, (guild_id, user_id, at.isoformat()))


_SETTINGS = "SELECT timezone, goal_days, leaderboard_visible FROM members WHERE user_id = ?"
_ACTIVE_DATES = "SELECT local_date FROM active_days WHERE user_id = ? ORDER BY local_date"


def _settings(row: sqlite3.Row | None) -> MemberSettings:
    if row is None:
        return MemberSettings(None, 7, True)
    return MemberSettings(row["timezone"], row["goal_days"], bool(row["leaderboard_visible"]))


def _dates(rows: Iterable[sqlite3.Row]) -> list[date]:
    return [date.fromisoformat(r["local_date"]) for r in rows]


async def settings(db: Database, user_id: int) -> MemberSettings:
    return _settings(await db.fetchone(_SETTINGS, (user_id,)))


async def update_settings(db: Database, user_id: int, at: datetime, **values: object) -> None:
    """Set member columns (timezone, goal_days, leaderboard_visible), creating the member."""
    allowed = {"timezone", "goal_days", "leaderboard_visible"}
    if not values or set(values) - allowed:
        raise ValueError(f"unknown member setting: {sorted(set(values) - allowed)}")
    assignments = ", ".join(f"{name} = ?" for name in values)
    async with db.transaction() as tx:
        await ensure_member(tx, user_id, at)
        await tx.execute(
            f"UPDATE members SET {assignments} WHERE user_id = ?", (*values.values(), user_id)
        )


# The functions below that take a sqlite3.Connection run inside `Database.write_now`: one check-in
# is one short transaction, with no await inside it.


def settings_now(conn: sqlite3.Connection, user_id: int) -> MemberSettings:
    return _settings(conn.execute(_SETTINGS, (user_id,)).fetchone())


def active_dates_now(conn: sqlite3.Connection, user_id: int) -> list[date]:
    return _dates(conn.execute(_ACTIVE_DATES, (user_id,)))


def active_dates_since_now(conn: sqlite3.Connection, user_id: int, since: date) -> list[date]:
    """The member's active days from `since` on: a range the primary key serves."""
    return _dates(
        conn.execute(
            "SELECT local_date FROM active_days WHERE user_id = ? AND local_date >= ? "
            "ORDER BY local_date",
            (user_id, since.isoformat()),
        )
    )


def streak_state_now(conn: sqlite3.Connection, user_id: int) -> Settled | None:
    """The member's settled streak state, if one is kept (see streaks.Settled)."""
    row = conn.execute(
        "SELECT streak_goal, streak_cut, streak_run, streak_best, streak_days, streak_last "
        "FROM member_summary WHERE user_id = ? AND streak_cut IS NOT NULL",
        (user_id,),
    ).fetchone()
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


def save_streak_state_now(conn: sqlite3.Connection, user_id: int, state: Settled) -> None:
    conn.execute(
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


def insert_checkin_now(
    conn: sqlite3.Connection,
    *,
    user_id: int,
    source_key: str,
    activity: str,
    sets: int | None,
    reps: int | None,
    minutes: int | None,
    note: str | None,
    local_date: date,
    timezone: str,
    at: datetime,
    guild_id: int | None,
) -> tuple[CheckinRow, bool, bool]:
    """Store a check-in once per source key; return it, whether this call created it, and
    whether it made its day an active day.

    A new check-in also counts towards its day in `active_days` and the member's totals.
    """
    values = (
        user_id,
        source_key,
        activity,
        sets,
        reps,
        minutes,
        note,
        local_date.isoformat(),
        timezone,
        at.isoformat(),
        guild_id,
    )
    cursor = conn.execute(
        """
        INSERT OR IGNORE INTO checkins (user_id, source_key, activity, sets, reps, minutes, note,
            local_date, timezone, created_at, guild_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        values,
    )
    if cursor.rowcount == 0:
        # Already counted (a retried interaction, a second click): report the original.
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM checkins WHERE source_key = ?", (source_key,)
        ).fetchone()
        return _checkin(row), False, False
    (day_count,) = conn.execute(
        "INSERT INTO active_days (user_id, local_date, checkins) VALUES (?, ?, 1) "
        "ON CONFLICT DO UPDATE SET checkins = checkins + 1 RETURNING checkins",
        (user_id, values[7]),
    ).fetchone()
    new_day = day_count == 1
    conn.execute(
        "INSERT INTO member_summary (user_id, active_days, checkins) VALUES (?, ?, 1) "
        "ON CONFLICT DO UPDATE SET active_days = active_days + excluded.active_days, "
        "checkins = checkins + 1",
        (user_id, int(new_day)),
    )
    assert cursor.lastrowid is not None
    created = CheckinRow(
        cursor.lastrowid,
        user_id,
        activity,
        sets,
        reps,
        minutes,
        note,
        local_date,
        timezone,
        at,
        guild_id,
    )
    return created, True, new_day


def note_guild_now(conn: sqlite3.Connection, guild_id: int, user_id: int, at: datetime) -> None:
    conn.execute(_NOTE_GUILD, (guild_id, user_id, at.isoformat()))


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


async def latest(db: Database, user_id: int) -> CheckinRow | None:
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


async def page(db: Database, user_id: int, offset: int, limit: int) -> tuple[list[CheckinRow], int]:
    """One page of a member's check-ins, newest first, and how many there are in all."""
    rows = await db.fetchall(
        f"SELECT {_COLUMNS} FROM checkins WHERE user_id = ? "
        "ORDER BY local_date DESC, created_at DESC, id DESC LIMIT ? OFFSET ?",
        (user_id, limit, offset),
    )
    total = await db.fetchone("SELECT count(*) AS n FROM checkins WHERE user_id = ?", (user_id,))
    return [_checkin(r) for r in rows], int(total["n"]) if total else 0


async def all_checkins(db: Database, user_id: int) -> list[CheckinRow]:
    rows = await db.fetchall(
        f"SELECT {_COLUMNS} FROM checkins WHERE user_id = ? ORDER BY created_at, id", (user_id,)
    )
    return [_checkin(r) for r in rows]


async def in_guild(db: Database, guild_id: int, user_id: int) -> bool:
    row = await db.fetchone(
        "SELECT 1 FROM guild_members WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
    )
    return row is not None


async def leaderboard(db: Database, guild_id: int, since: date | None) -> list[BoardRow]:
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
    return [BoardRow(r["user_id"], r["days"], r["total"]) for r in rows]


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


async def feedback_rows(db: Database, user_id: int) -> list[sqlite3.Row]:
    return await db.fetchall(
        "SELECT entry_id, question, helpful, created_at FROM answer_feedback WHERE user_id = ? "
        "ORDER BY created_at",
        (user_id,),
    )


async def forget(db: Database, user_id: int) -> dict[str, int]:
    """Delete every row of the member in every table that names a user, in one transaction."""
    async with db.transaction() as tx:
        tables = await tx.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        deleted: dict[str, int] = {}
        for table in sorted(t["name"] for t in tables):
            columns = await tx.fetchall(f"PRAGMA table_info({table})")
            if any(c["name"] == "user_id" for c in columns):
                count = await tx.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
                if count:
                    deleted[table] = count
        return deleted
