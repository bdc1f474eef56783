"""SQL for retention: deleting rows of the append-only tables once they are old enough."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from bot.storage.db import Database


@dataclass(frozen=True)
class Kept:
    """A table whose rows go once `column` (a UTC ISO time) is older than its retention."""

    table: str
    column: str
    # Rows that must stay whatever their age (SQL over the table's own columns).
    keep: str = "false"


OCCURRENCES: Final = Kept(
    "reminder_occurrences",
    "due_at",
    # Work not finished yet stays. So does the newest row: SQLite gives a new row the largest id
    # plus one (PostgreSQL's sequence never goes back; the rule costs it nothing), and an
    # occurrence id must never be reused, because a check-in's source key, a
    # nonce and the buttons on a message already sent all name it.
    keep="status IN ('pending', 'sending') OR id = (SELECT max(id) FROM reminder_occurrences)",
)
UNANSWERED: Final = Kept("unanswered_questions", "created_at")
FEEDBACK: Final = Kept("answer_feedback", "created_at")


async def prune_batch(db: Database, kept: Kept, before: datetime, limit: int) -> int:
    """Delete up to `limit` rows of `kept.table` older than `before`, in one short transaction;
    return how many went. The age column is indexed, so the search is a range scan."""
    async with db.transaction() as tx:
        return await tx.execute(
            f"DELETE FROM {kept.table} WHERE id IN (SELECT id FROM {kept.table} "
            f"WHERE {kept.column} < ? AND NOT ({kept.keep}) LIMIT ?)",
            (before.isoformat(), limit),
        )
