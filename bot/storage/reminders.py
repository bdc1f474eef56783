"""SQL for reminders and their occurrences."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time

from bot.storage.db import Database, Transaction


@dataclass(frozen=True)
class ReminderRow:
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
    kind: str = "member"
    role_id: int | None = None


@dataclass(frozen=True)
class Claimed:
    """An occurrence claimed for sending, with what the sender needs."""

    id: int
    reminder_id: int
    occurrence: str
    local_date: date
    late: bool
    attempts: int
    user_id: int
    guild_id: int | None
    channel_id: int | None
    kind: str = "member"
    role_id: int | None = None
    # The member's DM channel, if one was opened before: sending there takes one request.
    dm_channel_id: int | None = None


_REMINDER = """
    SELECT r.id, r.user_id, r.guild_id, r.channel_id, r.local_time, r.weekdays, r.paused,
           r.disabled_reason, r.skip_if_checked_in, r.next_due, r.next_date,
           coalesce(r.timezone, m.timezone, ?) AS zone, r.kind, r.role_id
    FROM reminders AS r LEFT JOIN members AS m ON m.user_id = r.user_id
"""


def _reminder(row: sqlite3.Row) -> ReminderRow:
    return ReminderRow(
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
) -> int | None:
    """Add a reminder unless the member already has `limit`; the check and insert are atomic.

    A `source_key` seen before returns the reminder it made, and adds nothing.
    """
    async with db.transaction() as tx:
        if source_key is not None:
            made = await tx.fetchone("SELECT id FROM reminders WHERE source_key = ?", (source_key,))
            if made is not None:
                return int(made["id"])
        row = await tx.fetchone(
            "SELECT count(*) AS n FROM reminders WHERE user_id = ? AND kind = 'member'",
            (user_id,),
        )
        if row is not None and row["n"] >= limit:
            return None
        return await tx.insert(
            """
            INSERT INTO reminders (user_id, guild_id, channel_id, local_time, weekdays,
                next_due, next_date, created_at, source_key, skip_if_checked_in)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
                coalesce((SELECT reminders_skip_if_done FROM members WHERE user_id = ?), 1))
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
                user_id,
            ),
        )


async def for_user(db: Database, user_id: int, default_zone: str) -> list[ReminderRow]:
    rows = await db.fetchall(
        _REMINDER + " WHERE r.user_id = ? AND r.kind = 'member' ORDER BY r.id",
        (default_zone, user_id),
    )
    return [_reminder(r) for r in rows]


async def get(db: Database, reminder_id: int, default_zone: str) -> ReminderRow | None:
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


# How the reason of a reminder stopped because its zone can't be loaded begins.
ZONE_UNAVAILABLE = "time zone unavailable"


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


async def due(tx: Transaction, now: datetime, default_zone: str, limit: int) -> list[ReminderRow]:
    rows = await tx.fetchall(
        _REMINDER + " WHERE r.paused = 0 AND r.disabled_reason IS NULL AND r.next_due <= ? "
        "ORDER BY r.next_due LIMIT ?",
        (default_zone, now.isoformat(), limit),
    )
    return [_reminder(r) for r in rows]


async def add_occurrence(
    tx: Transaction,
    *,
    reminder_id: int,
    occurrence: str,
    local_date: date,
    due_at: datetime,
    status: str,
    late: bool = False,
    reason: str | None = None,
    not_before: datetime,
) -> int | None:
    """Create an occurrence once; None if it already exists (a rerun or a restart)."""
    return await tx.insert(
        """
        INSERT OR IGNORE INTO reminder_occurrences
            (reminder_id, occurrence, local_date, due_at, status, late, reason, not_before)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (
            reminder_id,
            occurrence,
            local_date.isoformat(),
            due_at.isoformat(),
            status,
            int(late),
            reason,
            not_before.isoformat(),
        ),
    )


async def claim(db: Database, now: datetime, lease_until: datetime, limit: int) -> list[Claimed]:
    """Mark up to `limit` sendable occurrences as sending, with a lease; return them.

    Sendable: pending and not held back, or sending with an expired lease (its sender died).
    """
    async with db.transaction() as tx:
        rows = await tx.fetchall(
            """
            UPDATE reminder_occurrences
            SET status = 'sending', lease_until = ?, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM reminder_occurrences
                WHERE (status = 'pending' AND not_before <= ?)
                   OR (status = 'sending' AND lease_until < ?)
                ORDER BY due_at LIMIT ?
            )
            RETURNING id, reminder_id, occurrence, local_date, late, attempts
            """,
            (lease_until.isoformat(), now.isoformat(), now.isoformat(), limit),
        )
        claimed = []
        for row in rows:
            owner = await tx.fetchone(
                "SELECT r.user_id, r.guild_id, r.channel_id, r.kind, r.role_id, "
                "d.channel_id AS dm_channel_id FROM reminders AS r "
                "LEFT JOIN dm_channels AS d ON d.user_id = r.user_id WHERE r.id = ?",
                (row["reminder_id"],),
            )
            if owner is None:  # pragma: no cover - cascaded away between statements
                continue
            claimed.append(
                Claimed(
                    id=row["id"],
                    reminder_id=row["reminder_id"],
                    occurrence=row["occurrence"],
                    local_date=date.fromisoformat(row["local_date"]),
                    late=bool(row["late"]),
                    attempts=row["attempts"],
                    user_id=owner["user_id"],
                    guild_id=owner["guild_id"],
                    channel_id=owner["channel_id"],
                    kind=owner["kind"],
                    role_id=owner["role_id"],
                    dm_channel_id=owner["dm_channel_id"],
                )
            )
    return sorted(claimed, key=lambda c: c.id)


async def mark_sent(db: Database, occurrence_id: int, message_id: int, at: datetime) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE reminder_occurrences SET status = 'sent', message_id = ?, sent_at = ?, "
            "lease_until = NULL WHERE id = ? AND status = 'sending'",
            (message_id, at.isoformat(), occurrence_id),
        )


async def mark_retry(db: Database, occurrence_id: int, not_before: datetime, reason: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE reminder_occurrences SET status = 'pending', not_before = ?, reason = ?, "
            "lease_until = NULL WHERE id = ? AND status = 'sending'",
            (not_before.isoformat(), reason, occurrence_id),
        )


async def mark_failed(
    db: Database, occurrence_id: int, reason: str, *, disable_reminder: bool
) -> None:
    """Record a failed occurrence; for a permanent failure also stop its reminder.

    Nothing is deleted: the member can see why, and fix it.
    """
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE reminder_occurrences SET status = 'failed', reason = ?, lease_until = NULL "
            "WHERE id = ?",
            (reason, occurrence_id),
        )
        if disable_reminder:
            await tx.execute(
                "UPDATE reminders SET disabled_reason = ? WHERE id = "
                "(SELECT reminder_id FROM reminder_occurrences WHERE id = ?)",
                (reason, occurrence_id),
            )


async def skip_date(db: Database, user_id: int, day: date, reason: str, at: datetime) -> int:
    """Skip the member's reminders for `day`: pending ones now, later ones in advance."""
    async with db.transaction() as tx:
        changed = await tx.execute(
            "UPDATE reminder_occurrences SET status = 'skipped', reason = ? "
            "WHERE status = 'pending' AND local_date = ? AND reminder_id IN "
            "(SELECT id FROM reminders WHERE user_id = ?)",
            (reason, day.isoformat(), user_id),
        )
        # Occurrences not made yet: create them as skipped, so the dispatcher finds them taken.
        await tx.execute(
            "INSERT OR IGNORE INTO reminder_occurrences (reminder_id, occurrence, local_date, "
            "due_at, status, reason, not_before) "
            "SELECT id, next_date, next_date, next_due, 'skipped', ?, ? FROM reminders "
            "WHERE user_id = ? AND next_date = ?",
            (reason, at.isoformat(), user_id, day.isoformat()),
        )
        return changed


async def occurrence_owner(db: Database, occurrence_id: int) -> tuple[int, date, int] | None:
    """(user id, local date, reminder id) of an occurrence."""
    row = await db.fetchone(
        "SELECT r.user_id, o.local_date, o.reminder_id FROM reminder_occurrences AS o "
        "JOIN reminders AS r ON r.id = o.reminder_id WHERE o.id = ?",
        (occurrence_id,),
    )
    if row is None:
        return None
    return row["user_id"], date.fromisoformat(row["local_date"]), row["reminder_id"]


async def answer(
    db: Database, occurrence_id: int, user_id: int, choice: str
) -> tuple[str, bool, date, int] | None:
    """Record `choice` as the member's answer to their occurrence, unless it has one already.

    Returns (the answer it has, whether this call gave it, its local date, its reminder id), or
    None if the occurrence isn't one of the member's own reminders.
    """
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT o.answer, o.local_date, o.reminder_id FROM reminder_occurrences AS o "
            "JOIN reminders AS r ON r.id = o.reminder_id "
            "WHERE o.id = ? AND r.user_id = ? AND r.kind = 'member'",
            (occurrence_id, user_id),
        )
        if row is None:
            return None
        given = row["answer"] is None
        if given:
            await tx.execute(
                "UPDATE reminder_occurrences SET answer = ? WHERE id = ?", (choice, occurrence_id)
            )
        return (
            choice if given else row["answer"],
            given,
            date.fromisoformat(row["local_date"]),
            row["reminder_id"],
        )


async def add_one_off(
    db: Database, reminder_id: int, occurrence: str, day: date, due_at: datetime
) -> tuple[datetime, bool]:
    """A one-off occurrence, once per key: (when it is due, whether this call made it).

    The key carries what asked for it (an interaction, the occurrence snoozed), so asking twice
    returns the first one.
    """
    async with db.transaction() as tx:
        made = await add_occurrence(
            tx,
            reminder_id=reminder_id,
            occurrence=occurrence,
            local_date=day,
            due_at=due_at,
            status="pending",
            not_before=due_at,
        )
        if made is not None:
            return due_at, True
        row = await tx.fetchone(
            "SELECT due_at FROM reminder_occurrences WHERE reminder_id = ? AND occurrence = ?",
            (reminder_id, occurrence),
        )
        assert row is not None
        return datetime.fromisoformat(row["due_at"]), False


async def next_wake(db: Database) -> datetime | None:
    """The earliest moment the dispatcher has work: a reminder due, a retry, a lease expiring."""
    row = await db.fetchone(
        """
        SELECT min(t) AS t FROM (
            SELECT min(next_due) AS t FROM reminders
                WHERE paused = 0 AND disabled_reason IS NULL
            UNION ALL SELECT min(not_before) FROM reminder_occurrences WHERE status = 'pending'
            UNION ALL SELECT min(lease_until) FROM reminder_occurrences WHERE status = 'sending'
        )
        """
    )
    return datetime.fromisoformat(row["t"]) if row and row["t"] else None


async def set_skip_if_done(db: Database, user_id: int, skip: bool, at: datetime) -> None:
    """The member's preference, for their reminders now and those they add later."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT OR IGNORE INTO members (user_id, created_at) VALUES (?, ?)",
            (user_id, at.isoformat()),
        )
        await tx.execute(
            "UPDATE members SET reminders_skip_if_done = ? WHERE user_id = ?", (int(skip), user_id)
        )
        await tx.execute(
            "UPDATE reminders SET skip_if_checked_in = ? WHERE user_id = ? AND kind = 'member'",
            (int(skip), user_id),
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
        new_id = await tx.insert(
            "INSERT INTO reminders (user_id, guild_id, channel_id, local_time, weekdays, timezone, "
            "role_id, next_due, next_date, created_at, kind, skip_if_checked_in) "
            "VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'guild', 0)",
            (guild_id, *values, at.isoformat()),
        )
        assert new_id is not None
        return new_id


async def guild_reminder(db: Database, guild_id: int, default_zone: str) -> ReminderRow | None:
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
                "INSERT OR IGNORE INTO reminder_subscribers (reminder_id, user_id, joined_at) "
                "VALUES (?, ?, ?)",
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


@dataclass(frozen=True)
class NewOccurrence:
    reminder_id: int
    local_date: date
    due_at: datetime
    status: str
    late: bool
    reason: str | None


async def add_occurrences(tx: Transaction, rows: list[NewOccurrence], now: datetime) -> int:
    """Create many occurrences at once (each only once); return how many were new."""
    return await tx.executemany(
        "INSERT OR IGNORE INTO reminder_occurrences "
        "(reminder_id, occurrence, local_date, due_at, status, late, reason, not_before) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                r.reminder_id,
                r.local_date.isoformat(),
                r.local_date.isoformat(),
                r.due_at.isoformat(),
                r.status,
                int(r.late),
                r.reason,
                now.isoformat(),
            )
            for r in rows
        ],
    )


async def reschedule_many(tx: Transaction, rows: list[tuple[int, datetime, date]]) -> None:
    """(reminder id, next due, its local date) for many reminders at once."""
    await tx.executemany(
        "UPDATE reminders SET next_due = ?, next_date = ? WHERE id = ?",
        [(due.isoformat(), day.isoformat(), rid) for rid, due, day in rows],
    )


async def checked_in_days(tx: Transaction, wanted: set[tuple[int, date]]) -> set[tuple[int, date]]:
    """Which of these (member, local date) pairs have a check-in, in one query."""
    if not wanted:
        return set()
    users = sorted({u for u, _ in wanted})
    days = sorted({d.isoformat() for _, d in wanted})
    rows = await tx.fetchall(
        f"SELECT user_id, local_date FROM active_days "
        f"WHERE user_id IN ({','.join('?' * len(users))}) "
        f"AND local_date IN ({','.join('?' * len(days))})",
        (*users, *days),
    )
    found = {(r["user_id"], date.fromisoformat(r["local_date"])) for r in rows}
    return found & wanted


async def release_claims(db: Database) -> int:
    """Return every claimed-but-unacknowledged occurrence to pending (see Dispatcher.run)."""
    async with db.transaction() as tx:
        return await tx.execute(
            "UPDATE reminder_occurrences SET status = 'pending', lease_until = NULL "
            "WHERE status = 'sending'"
        )


async def subscriptions_of(db: Database, user_id: int) -> list[int]:
    """The guilds whose channel reminder the member opted into."""
    rows = await db.fetchall(
        "SELECT r.guild_id FROM reminder_subscribers AS s JOIN reminders AS r "
        "ON r.id = s.reminder_id WHERE s.user_id = ? ORDER BY r.guild_id",
        (user_id,),
    )
    return [r["guild_id"] for r in rows]


async def skip_if_done(db: Database, user_id: int) -> bool:
    row = await db.fetchone(
        "SELECT reminders_skip_if_done FROM members WHERE user_id = ?", (user_id,)
    )
    return bool(row["reminders_skip_if_done"]) if row else True


async def remember_dm_channel(db: Database, user_id: int, channel_id: int) -> None:
    """The DM channel Discord opened for the member, for every later reminder."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO dm_channels (user_id, channel_id) VALUES (?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET channel_id = excluded.channel_id",
            (user_id, channel_id),
        )


async def forget_dm_channel(db: Database, user_id: int, channel_id: int) -> None:
    """Drop a DM channel Discord no longer knows, unless a newer one was stored meanwhile."""
    async with db.transaction() as tx:
        await tx.execute(
            "DELETE FROM dm_channels WHERE user_id = ? AND channel_id = ?", (user_id, channel_id)
        )
