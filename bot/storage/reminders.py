"""SQL for reminders: members' own, each guild's channel reminder and who opted into it.

Their occurrences, from made to sent, are the outbox's (outbox.py).
"""

from __future__ import annotations

from datetime import date, datetime, time

from bot.reminders.models import GUILD_OWNER, ZONE_UNAVAILABLE, Reminder
from bot.storage.db import Database, Row, Transaction, insert_returning_id

_REMINDER = """
    SELECT r.id, r.user_id, r.guild_id, r.channel_id, r.local_time, r.weekdays, r.paused,
           r.disabled_reason, r.skip_if_checked_in, r.next_due, r.next_date,
           coalesce(r.timezone, m.timezone, ?) AS zone, r.kind, r.role_id, r.once, r.finished_at
    FROM reminders AS r LEFT JOIN members AS m ON m.user_id = r.user_id
"""


def _reminder(row: Row) -> Reminder:
    return Reminder(
        id=row["id"],
        user_id=row["user_id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        local_time=time.fromisoformat(row["local_time"]),
        weekdays=row["weekdays"],
        paused=bool(row["paused"]),
        disabled_reason=row["disabled_reason"],
        skip_if_checked_in=bool(row["skip_if_checked_in"]),
        next_due=datetime.fromisoformat(row["next_due"]),
        next_date=date.fromisoformat(row["next_date"]),
        zone=row["zone"],
        kind=row["kind"],
        role_id=row["role_id"],
        once=bool(row["once"]),
        finished=row["finished_at"] is not None,
    )


async def insert(
    db: Database,
    *,
    user_id: int,
    guild_id: int | None,
    channel_id: int | None,
    local_time: time,
    weekdays: int,
    next_due: datetime,
    next_date: date,
    at: datetime,
    limit: int,
    source_key: str | None = None,
    once: bool = False,
) -> int | None:
    """Add a reminder unless the member already has `limit`; the check and insert are atomic.

    A `source_key` seen before returns the reminder it made, and adds nothing. A finished
    one-off doesn't count toward the limit: it will never send again.
    """
    async with db.transaction() as tx:
        if source_key is not None:
            made = await tx.fetchone("SELECT id FROM reminders WHERE source_key = ?", (source_key,))
            if made is not None:
                return int(made["id"])
        row = await tx.fetchone(
            "SELECT count(*) AS n FROM reminders "
            "WHERE user_id = ? AND kind = 'member' AND finished_at IS NULL",
            (user_id,),
        )
        if row is not None and row["n"] >= limit:
            return None
        return await insert_returning_id(
            tx,
            """
            INSERT INTO reminders (user_id, guild_id, channel_id, local_time, weekdays,
                next_due, next_date, created_at, source_key, once, skip_if_checked_in)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                coalesce((SELECT reminders_skip_if_done FROM members WHERE user_id = ?), 1))
            RETURNING id
            """,
            (
                user_id,
                guild_id,
                channel_id,
                local_time.strftime("%H:%M"),
                weekdays,
                next_due.isoformat(),
                next_date.isoformat(),
                at.isoformat(),
                source_key,
                int(once),
                user_id,
            ),
        )


async def for_user(db: Database, user_id: int, default_zone: str) -> list[Reminder]:
    rows = await db.fetchall(
        _REMINDER + " WHERE r.user_id = ? AND r.kind = 'member' ORDER BY r.id",
        (default_zone, user_id),
    )
    return [_reminder(r) for r in rows]


async def get(db: Database, reminder_id: int, default_zone: str) -> Reminder | None:
    row = await db.fetchone(_REMINDER + " WHERE r.id = ?", (default_zone, reminder_id))
    return _reminder(row) if row else None


async def delete(db: Database, user_id: int, reminder_id: int) -> bool:
    async with db.transaction() as tx:
        return (
            await tx.execute(
                "DELETE FROM reminders WHERE id = ? AND user_id = ?", (reminder_id, user_id)
            )
            > 0
        )


async def set_paused(db: Database, user_id: int, paused: bool) -> int:
    async with db.transaction() as tx:
        return await tx.execute(
            "UPDATE reminders SET paused = ? WHERE user_id = ? AND disabled_reason IS NULL",
            (int(paused), user_id),
        )


async def reschedule(tx: Transaction, reminder_id: int, due: datetime, day: date) -> None:
    """Move the reminder's next occurrence. It was computed, so its zone loads: a reminder
    stopped because its zone couldn't be loaded runs again."""
    await tx.execute(
        "UPDATE reminders SET next_due = ?, next_date = ?, disabled_reason = CASE "
        "WHEN disabled_reason LIKE ? THEN NULL ELSE disabled_reason END WHERE id = ?",
        (due.isoformat(), day.isoformat(), ZONE_UNAVAILABLE + ":%", reminder_id),
    )


async def disable_many(tx: Transaction, rows: list[tuple[int, str]]) -> None:
    """Stop these reminders, each with the reason the member will see: (reminder id, reason)."""
    await tx.executemany(
        "UPDATE reminders SET disabled_reason = ? WHERE id = ?",
        [(reason, reminder_id) for reminder_id, reason in rows],
    )


async def due(
    tx: Transaction, now: datetime, default_zone: str, limit: int, skip_locked: str = ""
) -> list[Reminder]:
    """Up to `limit` reminders due by `now`. `skip_locked` (the dialect's, for the alias r) lets
    several processes materialise at once, each taking reminders the others are not."""
    rows = await tx.fetchall(
        _REMINDER + " WHERE r.paused = 0 AND r.disabled_reason IS NULL AND r.finished_at IS NULL "
        "AND r.next_due <= ? ORDER BY r.next_due LIMIT ?" + skip_locked,
        (default_zone, now.isoformat(), limit),
    )
    return [_reminder(r) for r in rows]


async def reschedule_many(tx: Transaction, rows: list[tuple[int, datetime, date]]) -> None:
    """(reminder id, next due, its local date) for many reminders at once."""
    await tx.executemany(
        "UPDATE reminders SET next_due = ?, next_date = ? WHERE id = ?",
        [(due.isoformat(), day.isoformat(), rid) for rid, due, day in rows],
    )


async def finish_many(tx: Transaction, reminder_ids: list[int], at: datetime) -> None:
    """Mark one-offs finished: their one occurrence is made (or dropped), so never due again."""
    await tx.executemany(
        "UPDATE reminders SET finished_at = ? WHERE id = ? AND once = 1",
        [(at.isoformat(), rid) for rid in reminder_ids],
    )


async def locked(
    tx: Transaction, reminder_id: int, default_zone: str, dialect_name: str
) -> Reminder | None:
    """The reminder, its row locked until the transaction ends (on PostgreSQL; SQLite's
    transaction holds the one write lock already), so the dispatcher can't advance it while an
    edit decides its next occurrence."""
    lock = " FOR UPDATE OF r" if dialect_name == "postgresql" else ""
    row = await tx.fetchone(_REMINDER + " WHERE r.id = ?" + lock, (default_zone, reminder_id))
    return _reminder(row) if row else None


async def taken_dates(tx: Transaction, reminder_id: int, since: date) -> set[date]:
    """The local dates from `since` on that already have their daily occurrence (made, sent,
    being sent or skipped). Snoozes and tests are keyed otherwise and don't count."""
    rows = await tx.fetchall(
        "SELECT local_date FROM reminder_occurrences "
        "WHERE reminder_id = ? AND occurrence = local_date AND local_date >= ?",
        (reminder_id, since.isoformat()),
    )
    return {date.fromisoformat(r["local_date"]) for r in rows}


async def change(
    tx: Transaction,
    reminder_id: int,
    *,
    local_time: time,
    weekdays: int,
    guild_id: int | None,
    channel_id: int | None,
    next_due: datetime,
    next_date: date,
) -> None:
    """An edit: the new schedule and destination on the same row, so its id, its occurrences
    and its opt-ins stay."""
    await tx.execute(
        "UPDATE reminders SET local_time = ?, weekdays = ?, guild_id = ?, channel_id = ?, "
        "next_due = ?, next_date = ? WHERE id = ?",
        (
            local_time.strftime("%H:%M"),
            weekdays,
            guild_id,
            channel_id,
            next_due.isoformat(),
            next_date.isoformat(),
            reminder_id,
        ),
    )


async def upsert_guild_reminder(
    db: Database,
    *,
    guild_id: int,
    channel_id: int,
    local_time: time,
    weekdays: int,
    zone: str,
    role_id: int | None,
    next_due: datetime,
    next_date: date,
    at: datetime,
) -> int:
    """Create or replace the guild's one reminder, keeping who opted in."""
    async with db.transaction() as tx:
        existing = await tx.fetchone(
            "SELECT id FROM reminders WHERE guild_id = ? AND kind = 'guild'", (guild_id,)
        )
        values = (
            channel_id,
            local_time.strftime("%H:%M"),
            weekdays,
            zone,
            role_id,
            next_due.isoformat(),
            next_date.isoformat(),
        )
        if existing is not None:
            await tx.execute(
                "UPDATE reminders SET channel_id = ?, local_time = ?, weekdays = ?, timezone = ?, "
                "role_id = ?, next_due = ?, next_date = ?, disabled_reason = NULL, "
                "paused = 0 WHERE id = ?",
                (*values, existing["id"]),
            )
            return int(existing["id"])
        new_id = await insert_returning_id(
            tx,
            "INSERT INTO reminders (user_id, guild_id, channel_id, local_time, weekdays, timezone, "
            "role_id, next_due, next_date, created_at, kind, skip_if_checked_in) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'guild', 0) RETURNING id",
            (GUILD_OWNER, guild_id, *values, at.isoformat()),
        )
        assert new_id is not None
        return new_id


async def guild_reminder(db: Database, guild_id: int, default_zone: str) -> Reminder | None:
    row = await db.fetchone(
        _REMINDER + " WHERE r.guild_id = ? AND r.kind = 'guild'", (default_zone, guild_id)
    )
    return _reminder(row) if row else None


async def delete_guild_reminder(db: Database, guild_id: int) -> bool:
    async with db.transaction() as tx:
        return (
            await tx.execute(
                "DELETE FROM reminders WHERE guild_id = ? AND kind = 'guild'", (guild_id,)
            )
            > 0
        )


async def subscribe(db: Database, reminder_id: int, user_id: int, on: bool, at: datetime) -> None:
    async with db.transaction() as tx:
        if on:
            await tx.execute(
                "INSERT INTO reminder_subscribers (reminder_id, user_id, joined_at) "
                "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                (reminder_id, user_id, at.isoformat()),
            )
        else:
            await tx.execute(
                "DELETE FROM reminder_subscribers WHERE reminder_id = ? AND user_id = ?",
                (reminder_id, user_id),
            )


async def subscribers(db: Database, reminder_id: int) -> list[int]:
    rows = await db.fetchall(
        "SELECT user_id FROM reminder_subscribers WHERE reminder_id = ? "
        "ORDER BY joined_at, user_id",
        (reminder_id,),
    )
    return [r["user_id"] for r in rows]


async def subscriptions_of(db: Database, user_id: int) -> list[int]:
    """The guilds whose channel reminder the member opted into."""
    rows = await db.fetchall(
        "SELECT r.guild_id FROM reminder_subscribers AS s JOIN reminders AS r "
        "ON r.id = s.reminder_id WHERE s.user_id = ? ORDER BY r.guild_id",
        (user_id,),
    )
    return [r["guild_id"] for r in rows]


# The streak-at-risk nudge: the member's one reminder row of kind 'nudge', by DM, every day.


async def set_nudge(
    db: Database, user_id: int, local_time: time, next_due: datetime, next_date: date, at: datetime
) -> None:
    """Turn the member's nudge on at `local_time`, or move it there; a stopped one starts again."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO reminders (user_id, local_time, weekdays, next_due, next_date, "
            "created_at, kind, skip_if_checked_in) VALUES (?, ?, 127, ?, ?, ?, 'nudge', 1) "
            "ON CONFLICT (user_id) WHERE kind = 'nudge' DO UPDATE SET "
            "local_time = excluded.local_time, next_due = excluded.next_due, "
            "next_date = excluded.next_date, paused = 0, disabled_reason = NULL",
            (
                user_id,
                local_time.strftime("%H:%M"),
                next_due.isoformat(),
                next_date.isoformat(),
                at.isoformat(),
            ),
        )


async def remove_nudge(db: Database, user_id: int) -> bool:
    async with db.transaction() as tx:
        removed = await tx.execute(
            "DELETE FROM reminders WHERE user_id = ? AND kind = 'nudge'", (user_id,)
        )
        return removed > 0


async def nudge_of(db: Database, user_id: int, default_zone: str) -> Reminder | None:
    row = await db.fetchone(
        _REMINDER + " WHERE r.user_id = ? AND r.kind = 'nudge'", (default_zone, user_id)
    )
    return _reminder(row) if row else None
