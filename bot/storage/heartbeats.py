"""SQL for the heartbeat: each running process's row in `heartbeats`, rewritten in place.

The writer is bot/heartbeat.py; `python -m bot health` reads the rows without opening the
database as the bot does (bot/storage/probe.py).
"""

from __future__ import annotations

from datetime import datetime

from bot.storage.db import Database


async def record_beat(
    db: Database, process: str, host: str, pid: int, started_at: datetime, now: datetime
) -> None:
    """Say that `process` was alive at `now`: one upsert of one short row."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO heartbeats (process, host, pid, started_at, beat_at) "
            "VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (process) DO UPDATE SET beat_at = excluded.beat_at",
            (process, host, pid, started_at.isoformat(), now.isoformat()),
        )


async def forget_beats_before(db: Database, before: datetime) -> int:
    """Delete the rows of processes silent since before `before` (long dead): how many went."""
    async with db.transaction() as tx:
        return await tx.execute("DELETE FROM heartbeats WHERE beat_at < ?", (before.isoformat(),))


async def forget_beat(db: Database, process: str) -> None:
    """Delete `process`'s row: it is stopping cleanly, so nobody should take it for alive."""
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM heartbeats WHERE process = ?", (process,))
