"""SQL for check-ins and the member settings they use."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

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


async def note_guild(db: Database, guild_id: int, user_id: int, at: datetime) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT OR IGNORE INTO guild_members (guild_id, user_id, first_seen) VALUES (?, ?, ?)",
            (guild_id, user_id, at.isoformat()),
        )


async def settings(db: Database, user_id: int) -> MemberSettings:
    row = await db.fetchone(
        "SELECT timezone, goal_days, leaderboard_visible FROM members WHERE user_id = ?",
        (user_id,),
    )
    if row is None:
        return MemberSettings(None, 7, True)
    return MemberSettings(row["timezone"], row["goal_days"], bool(row["leaderboard_visible"]))


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


async def insert_checkin(
    db: Database,
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
) -> tuple[CheckinRow, bool]:
    """Store a check-in once per source key; return it and whether this call created it."""
    async with db.transaction() as tx:
        new_id = await tx.insert(
            """
            INSERT OR IGNORE INTO checkins (user_id, source_key, activity, sets, reps, minutes,
                note, local_date, timezone, created_at, guild_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (
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
            ),
        )
        row = await tx.fetchone(
            f"SELECT {_COLUMNS} FROM checkins WHERE source_key = ?", (source_key,)
        )
    assert row is not None
    return _checkin(row), new_id is not None


async def active_dates(db: Database, user_id: int) -> list[date]:
    rows = await db.fetchall(
        "SELECT DISTINCT local_date FROM checkins WHERE user_id = ? ORDER BY local_date",
        (user_id,),
    )
    return [date.fromisoformat(r["local_date"]) for r in rows]


async def totals_by_activity(db: Database, user_id: int) -> dict[str, int]:
    rows = await db.fetchall(
        "SELECT activity, count(*) AS n FROM checkins WHERE user_id = ? GROUP BY activity "
        "ORDER BY n DESC, activity",
        (user_id,),
    )
    return {r["activity"]: r["n"] for r in rows}


async def counts_by_date(db: Database, user_id: int, since: date) -> dict[date, int]:
    rows = await db.fetchall(
        "SELECT local_date, count(*) AS n FROM checkins WHERE user_id = ? AND local_date >= ? "
        "GROUP BY local_date",
        (user_id, since.isoformat()),
    )
    return {date.fromisoformat(r["local_date"]): r["n"] for r in rows}


async def latest(db: Database, user_id: int) -> CheckinRow | None:
    row = await db.fetchone(
        f"SELECT {_COLUMNS} FROM checkins WHERE user_id = ? ORDER BY created_at DESC, id DESC "
        "LIMIT 1",
        (user_id,),
    )
    return _checkin(row) if row else None


async def delete_checkin(db: Database, user_id: int, checkin_id: int) -> bool:
    async with db.transaction() as tx:
        return (
            await tx.execute(
                "DELETE FROM checkins WHERE id = ? AND user_id = ?", (checkin_id, user_id)
            )
            > 0
        )


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
    """Every visible member of the guild with check-ins, ranked: active days, then check-ins."""
    rows = await db.fetchall(
        """
        SELECT c.user_id, count(DISTINCT c.local_date) AS days, count(*) AS total
        FROM checkins AS c
        JOIN guild_members AS g ON g.user_id = c.user_id AND g.guild_id = ?
        LEFT JOIN members AS m ON m.user_id = c.user_id
        WHERE coalesce(m.leaderboard_visible, 1) = 1 AND (? IS NULL OR c.local_date >= ?)
        GROUP BY c.user_id
        ORDER BY days DESC, total DESC, c.user_id
        """,
        (guild_id, since and since.isoformat(), since and since.isoformat()),
    )
    return [BoardRow(r["user_id"], r["days"], r["total"]) for r in rows]


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
