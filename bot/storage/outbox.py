"""SQL for the occurrence outbox: each reminder occurrence made once, claimed with a lease,
acknowledged once sent (or retried, or failed), and the members' answers to it.

One row per (reminder, occurrence key), so a rerun or a restart never makes one twice; the
lease makes a dead sender's work claimable again. The dispatcher drives it (bot/reminders/
dispatcher.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot.reminders.models import Claimed, NewOccurrence, OccurrenceStatus
from bot.storage.db import Database, Params, Transaction, insert_returning_id


async def add_occurrence(
    tx: Transaction,
    *,
    reminder_id: int,
    occurrence: str,
    local_date: date,
    due_at: datetime,
    status: OccurrenceStatus,
    late: bool = False,
    reason: str | None = None,
    not_before: datetime,
) -> int | None:
    """Create an occurrence once; None if it already exists (a rerun or a restart)."""
    return await insert_returning_id(
        tx,
        """
        INSERT INTO reminder_occurrences
            (reminder_id, occurrence, local_date, due_at, status, late, reason, not_before)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING RETURNING id
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


async def add_occurrences(tx: Transaction, rows: list[NewOccurrence], now: datetime) -> int:
    """Create many occurrences at once (each only once); return how many were new."""
    return await tx.executemany(
        "INSERT INTO reminder_occurrences "
        "(reminder_id, occurrence, local_date, due_at, status, late, reason, not_before) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
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


def _served(shard_count: int, shard_ids: Sequence[int]) -> tuple[str, Params]:
    """A condition that occurrence `o` is this process's to send, and its parameters: a DM goes
    from any process, a channel reminder only from the process whose shards include its guild
    (Discord's rule for a guild's shard, bot/shards.py). Unsharded, all are."""
    if shard_count == 1:
        return "", ()
    return (
        " AND EXISTS (SELECT 1 FROM reminders AS r WHERE r.id = o.reminder_id AND "
        "(r.channel_id IS NULL OR r.guild_id IS NULL "
        f"OR (r.guild_id >> 22) % ? IN ({','.join('?' * len(shard_ids))})))",
        (shard_count, *shard_ids),
    )


async def claim(
    db: Database,
    now: datetime,
    lease_until: datetime,
    limit: int,
    *,
    shard_count: int = 1,
    shard_ids: Sequence[int] = (0,),
) -> list[Claimed]:
    """Mark up to `limit` sendable occurrences as sending, with a lease; return them.

    Sendable: pending and not held back, or sending with an expired lease (its sender died);
    and this process's to send, as the shards it serves (`shard_ids` of `shard_count`) decide.
    """
    served, served_params = _served(shard_count, shard_ids)
    async with db.transaction() as tx:
        rows = await tx.fetchall(
            f"""
            UPDATE reminder_occurrences
            SET status = 'sending', lease_until = ?, attempts = attempts + 1
            WHERE id IN (
                SELECT o.id FROM reminder_occurrences AS o
                WHERE ((o.status = 'pending' AND o.not_before <= ?)
                   OR (o.status = 'sending' AND o.lease_until < ?)){served}
                ORDER BY o.due_at LIMIT ?{db.dialect.skip_locked}
            )
            RETURNING id, reminder_id, occurrence, local_date, due_at, late, attempts
            """,
            (lease_until.isoformat(), now.isoformat(), now.isoformat(), *served_params, limit),
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
                    due_at=datetime.fromisoformat(row["due_at"]),
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


async def release_claims(db: Database) -> int:
    """Return every claimed-but-unacknowledged occurrence to pending (see Dispatcher.run)."""
    async with db.transaction() as tx:
        return await tx.execute(
            "UPDATE reminder_occurrences SET status = 'pending', lease_until = NULL "
            "WHERE status = 'sending'"
        )


async def mark_sent(db: Database, occurrence_id: int, message_id: int, at: datetime) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE reminder_occurrences SET status = 'sent', message_id = ?, sent_at = ?, "
            "lease_until = NULL WHERE id = ? AND status = 'sending'",
            (message_id, at.isoformat(), occurrence_id),
        )


async def mark_skipped(db: Database, occurrence_id: int, reason: str) -> None:
    """A claimed occurrence found not worth sending after all (a nudge whose day is safe)."""
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE reminder_occurrences SET status = 'skipped', reason = ?, lease_until = NULL "
            "WHERE id = ? AND status = 'sending'",
            (reason, occurrence_id),
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


async def next_wake(
    db: Database, *, shard_count: int = 1, shard_ids: Sequence[int] = (0,)
) -> datetime | None:
    """The earliest moment the dispatcher has work: a reminder due, a retry, a lease expiring.

    Only occurrences this process may claim count: another shard's, waiting for its own
    process, would wake this one again and again for nothing.
    """
    served, params = _served(shard_count, shard_ids)
    row = await db.fetchone(
        f"""
        SELECT min(t) AS t FROM (
            SELECT min(next_due) AS t FROM reminders
                WHERE paused = 0 AND disabled_reason IS NULL AND finished_at IS NULL
            UNION ALL SELECT min(o.not_before) FROM reminder_occurrences AS o
                WHERE o.status = 'pending'{served}
            UNION ALL SELECT min(o.lease_until) FROM reminder_occurrences AS o
                WHERE o.status = 'sending'{served}
        ) AS wake
        """,
        (*params, *params),
    )
    return datetime.fromisoformat(row["t"]) if row and row["t"] else None


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
            "INSERT INTO reminder_occurrences (reminder_id, occurrence, local_date, "
            "due_at, status, reason, not_before) "
            "SELECT id, next_date, next_date, next_due, 'skipped', ?, ? FROM reminders "
            "WHERE user_id = ? AND next_date = ? ON CONFLICT DO NOTHING",
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
            "WHERE o.id = ? AND r.user_id = ? AND r.kind <> 'guild'",
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
