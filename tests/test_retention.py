"""Retention: old rows of the append-only tables go; unfinished work and fresh rows stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import retention
from bot.app import App
from bot.clock import FakeClock
from bot.reminders.models import Claimed
from bot.storage import questions as question_store
from tests.helpers import rows

FIRST = datetime(2026, 3, 3, 7, 5, tzinfo=UTC)


class Accepting:
    async def send(self, delivery: Claimed, nonce: str) -> int:
        return delivery.id

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        return None


async def daily_reminders(app: App, clock: FakeClock, days: int) -> None:
    """A 07:00 reminder for member 1, sent on each of `days` days from FIRST."""
    await app.reminders.create(user_id=1, time_text="07:00")
    dispatcher = app.dispatcher(Accepting())
    for day in range(days):
        clock._now = FIRST + timedelta(days=day)
        assert await dispatcher.tick() == 1


async def test_old_occurrences_are_pruned_but_pending_ones_stay(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small batches, so the prune takes several transactions.
    monkeypatch.setattr(retention, "PRUNE_BATCH", 4)
    await daily_reminders(app, clock, 40)
    # The two oldest are still being worked on: one waits for a retry, one is being sent.
    for status, day in (
        ("pending", "2026-03-03"),
        ("sending", "2026-03-04"),
        ("failed", "2026-03-05"),
    ):
        rows(app, "UPDATE reminder_occurrences SET status = ? WHERE local_date = ?", (status, day))

    pruned = await app.retention.prune()

    kept = [str(r[0]) for r in rows(app, "SELECT local_date FROM reminder_occurrences ORDER BY id")]
    cutoff = (clock.now() - timedelta(days=30)).date().isoformat()
    assert kept[:2] == ["2026-03-03", "2026-03-04"]
    assert min(kept[2:]) >= cutoff
    assert len(kept) == 2 + 30
    assert pruned == {"reminder_occurrences": 40 - len(kept)}
    # A second prune finds nothing more to do.
    assert await app.retention.prune() == {}


async def test_an_occurrence_id_is_never_used_twice_after_a_prune(
    app: App, clock: FakeClock
) -> None:
    await daily_reminders(app, clock, 3)
    [(newest,)] = rows(app, "SELECT max(id) FROM reminder_occurrences")
    # Long after: everything is past its retention. The newest row stays all the same, because
    # SQLite numbers a new row from the largest id left, and the id names the check-in, the
    # nonce and the buttons of a message already sent.
    clock._now = FIRST + timedelta(days=90)
    await app.retention.prune()
    assert rows(app, "SELECT id FROM reminder_occurrences") == [(newest,)]

    dispatcher = app.dispatcher(Accepting())
    assert await dispatcher.tick() == 1
    made = rows(app, f"SELECT id FROM reminder_occurrences WHERE id != {newest}")
    assert made
    assert min(made) > (newest,)


async def test_question_logs_older_than_kb_gaps_reads_are_pruned(
    app: App, clock: FakeClock
) -> None:
    now = clock.now()
    for age in (45, 31, 29, 1):
        at = now - timedelta(days=age)
        await question_store.record_unanswered(
            app.db, question=f"q{age}", question_key=f"q{age}", at=at
        )
        await question_store.record_feedback(
            app.db,
            user_id=age,
            entry_id="e",
            question=f"q{age}",
            question_key=f"q{age}",
            helpful=False,
            at=at,
        )

    pruned = await app.retention.prune()

    assert pruned == {"unanswered_questions": 2, "answer_feedback": 2}
    assert rows(app, "SELECT question FROM unanswered_questions ORDER BY id") == [("q29",), ("q1",)]
    assert rows(app, "SELECT question FROM answer_feedback ORDER BY id") == [("q29",), ("q1",)]
    # /kb gaps (30 days back) sees exactly what it saw before.
    assert {g.question for g in await app.questions.gaps()} == {"q29", "q1"}
