"""SQL for the members area: the members table (zone, goal, privacy, reminder preference), what
the export lists beyond check-ins and reminders, and forget-me across every table."""

from __future__ import annotations

from datetime import datetime

from bot.members.models import DEFAULT_GOAL_DAYS, FeedbackRecord, MemberSettings
from bot.storage.db import Database, Row, Transaction

# The member columns `update_settings` may set.
SETTINGS_COLUMNS = frozenset({"timezone", "goal_days", "leaderboard_visible"})
SETTINGS_SQL = (
    "SELECT timezone, goal_days, leaderboard_visible, reminders_skip_if_done "
    "FROM members WHERE user_id = ?"
)


def settings_of(row: Row | None) -> MemberSettings:
    """The settings in a row of SETTINGS_SQL; the defaults for a member not stored yet."""
    if row is None:
        return MemberSettings(None, DEFAULT_GOAL_DAYS, True, True)
    return MemberSettings(
        row["timezone"],
        row["goal_days"],
        bool(row["leaderboard_visible"]),
        bool(row["reminders_skip_if_done"]),
    )


async def ensure_member(tx: Transaction, user_id: int, at: datetime) -> None:
    await tx.execute(
        "INSERT INTO members (user_id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (user_id, at.isoformat()),
    )


async def settings(db: Database, user_id: int) -> MemberSettings:
    return settings_of(await db.fetchone(SETTINGS_SQL, (user_id,)))


async def update_settings(db: Database, user_id: int, at: datetime, **values: object) -> None:
    """Set member columns (timezone, goal_days, leaderboard_visible), creating the member."""
    if not values or set(values) - SETTINGS_COLUMNS:
        raise ValueError(f"unknown member setting: {sorted(set(values) - SETTINGS_COLUMNS)}")
    assignments = ", ".join(f"{name} = ?" for name in values)
    async with db.transaction() as tx:
        await ensure_member(tx, user_id, at)
        await tx.execute(
            f"UPDATE members SET {assignments} WHERE user_id = ?", (*values.values(), user_id)
        )


async def set_skip_if_done(db: Database, user_id: int, skip: bool, at: datetime) -> None:
    """The member's preference, for their reminders now and those they add later."""
    async with db.transaction() as tx:
        await ensure_member(tx, user_id, at)
        await tx.execute(
            "UPDATE members SET reminders_skip_if_done = ? WHERE user_id = ?", (int(skip), user_id)
        )
        await tx.execute(
            "UPDATE reminders SET skip_if_checked_in = ? WHERE user_id = ? AND kind = 'member'",
            (int(skip), user_id),
        )


async def feedback(db: Database, user_id: int) -> list[FeedbackRecord]:
    rows = await db.fetchall(
        "SELECT entry_id, question, helpful, created_at FROM answer_feedback WHERE user_id = ? "
        "ORDER BY created_at",
        (user_id,),
    )
    return [
        FeedbackRecord(
            r["entry_id"],
            r["question"],
            bool(r["helpful"]),
            datetime.fromisoformat(r["created_at"]),
        )
        for r in rows
    ]


async def forget(db: Database, user_id: int) -> dict[str, int]:
    """Delete every row of the member in every table that names a user, in one transaction."""
    async with db.transaction() as tx:
        tables = await tx.fetchall(db.dialect.tables_with_column, ("user_id",))
        deleted: dict[str, int] = {}
        for table in sorted(t["name"] for t in tables):
            count = await tx.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
            if count:
                deleted[table] = count
        return deleted
