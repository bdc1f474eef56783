"""SQL for streak pauses (/streak pause): a member's runs of paused local dates.

A member has a few pauses a month at most (the monthly allowance caps them), so reading all of
a member's pauses is cheap wherever they are needed: a check-in, /stats, the export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import TypeVar

from bot.members.models import Pause
from bot.storage.db import Database, Row, Transaction
from bot.storage.members import ensure_member

T = TypeVar("T")

_PAUSES = "SELECT first_day, last_day FROM streak_pauses WHERE user_id = ? ORDER BY first_day"


def _pause(row: Row) -> Pause:
    return Pause(date.fromisoformat(row["first_day"]), date.fromisoformat(row["last_day"]))


async def pauses_in(tx: Transaction, user_id: int) -> list[Pause]:
    """The member's pauses, oldest first, read inside a transaction."""
    return [_pause(r) for r in await tx.fetchall(_PAUSES, (user_id,))]


async def pauses_of(db: Database, user_id: int) -> list[Pause]:
    return [_pause(r) for r in await db.fetchall(_PAUSES, (user_id,))]


async def _hold_member(tx: Transaction, user_id: int, at: datetime) -> None:
    """Lock the member's row until the transaction ends, so two requests at once (a double
    click, two processes) can't both pass the allowance check. SQLite's one writer already
    serialises them; on PostgreSQL the no-op update takes the row lock."""
    await ensure_member(tx, user_id, at)
    await tx.execute("UPDATE members SET user_id = user_id WHERE user_id = ?", (user_id,))


async def add_pause(
    db: Database,
    user_id: int,
    at: datetime,
    plan: Callable[[list[Pause]], T],
    chosen: Callable[[T], Pause | None],
) -> T:
    """Decide on a pause from the member's pauses (`plan`, pure) and store the one it chose,
    in one transaction."""
    async with db.transaction() as tx:
        await _hold_member(tx, user_id, at)
        decided = plan(await pauses_in(tx, user_id))
        pause = chosen(decided)
        if pause is not None:
            await tx.execute(
                "INSERT INTO streak_pauses (user_id, first_day, last_day, created_at) "
                "VALUES (?, ?, ?, ?)",
                (user_id, pause.first.isoformat(), pause.last.isoformat(), at.isoformat()),
            )
        return decided


async def end_pause(db: Database, user_id: int, today: date, at: datetime) -> Pause | None:
    """End the member's pause from `today` on; return the pause as it was, if one covered today.

    The days before today stay paused: the row keeps them, or goes if the pause began today.
    """
    async with db.transaction() as tx:
        await _hold_member(tx, user_id, at)
        row = await tx.fetchone(
            "SELECT id, first_day, last_day FROM streak_pauses "
            "WHERE user_id = ? AND first_day <= ? AND last_day >= ?",
            (user_id, today.isoformat(), today.isoformat()),
        )
        if row is None:
            return None
        if row["first_day"] == today.isoformat():
            await tx.execute("DELETE FROM streak_pauses WHERE id = ?", (row["id"],))
        else:
            await tx.execute(
                "UPDATE streak_pauses SET last_day = ? WHERE id = ?",
                ((today - timedelta(days=1)).isoformat(), row["id"]),
            )
        return _pause(row)


async def paused_pairs(
    tx: Transaction, wanted: Iterable[tuple[int, date]]
) -> set[tuple[int, date]]:
    """Which of these (member, local date) pairs fall in one of the member's pauses."""
    wanted = set(wanted)
    if not wanted:
        return set()
    users = sorted({u for u, _ in wanted})
    rows = await tx.fetchall(
        "SELECT user_id, first_day, last_day FROM streak_pauses "
        f"WHERE user_id IN ({','.join('?' * len(users))}) AND last_day >= ?",
        (*users, min(d for _, d in wanted).isoformat()),
    )
    pauses = [(r["user_id"], _pause(r)) for r in rows]
    return {
        (user, day)
        for user, day in wanted
        if any(u == user and p.first <= day <= p.last for u, p in pauses)
    }
