"""SQL for the questions area: answer feedback and declined questions."""

from __future__ import annotations

from datetime import datetime

from bot.questions.models import Gap
from bot.storage.db import Database


async def record_feedback(
    db: Database,
    *,
    user_id: int,
    entry_id: str,
    question: str,
    question_key: str,
    helpful: bool,
    at: datetime,
) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            """
            INSERT INTO answer_feedback
                (user_id, entry_id, question, question_key, helpful, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id, entry_id, question_key)
            DO UPDATE SET helpful = excluded.helpful, created_at = excluded.created_at
            """,
            (user_id, entry_id, question, question_key, int(helpful), at.isoformat()),
        )


async def record_unanswered(
    db: Database, *, question: str, question_key: str, at: datetime
) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO unanswered_questions (question, question_key, created_at) "
            "VALUES (?, ?, ?)",
            (question, question_key, at.isoformat()),
        )


async def gaps(db: Database, *, since: datetime, limit: int) -> list[Gap]:
    """The most frequent declined or "not helpful" questions since `since`."""
    rows = await db.fetchall(
        """
        SELECT min(question) AS question, count(*) AS asked
        FROM (
            SELECT question, question_key FROM unanswered_questions WHERE created_at >= ?
            UNION ALL
            SELECT question, question_key FROM answer_feedback
            WHERE helpful = 0 AND created_at >= ?
        ) AS declined
        GROUP BY question_key
        ORDER BY asked DESC, question
        LIMIT ?
        """,
        (since.isoformat(), since.isoformat(), limit),
    )
    return [Gap(row["question"], row["asked"]) for row in rows]
