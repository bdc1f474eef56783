"""The PostgreSQL backend's own rules: its migrations, its errors, placeholders and claims.

The areas' behaviour on PostgreSQL is covered by the service tests, which run on both backends
(conftest.py); these are what only PostgreSQL has.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from bot.storage import outbox
from bot.storage import questions as question_store
from bot.storage.db import open_database
from bot.storage.errors import DatabaseTooNew, MigrationFailed, StorageError
from bot.storage.postgres import PostgresDatabase, bundled_migrations, to_psycopg, without_password
from bot.storage.schema import Migration

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def url(postgres_url: str) -> str:
    return postgres_url


def versions(url: str) -> list[int]:
    with psycopg.connect(url) as conn:
        return [v for (v,) in conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]


def test_placeholders_become_psycopgs_outside_quoted_text() -> None:
    assert to_psycopg("SELECT ? WHERE a LIKE 'x%?' AND b = ?") == (
        "SELECT %s WHERE a LIKE 'x%%?' AND b = %s"
    )
    assert to_psycopg("SELECT 100 % 7") == "SELECT 100 %% 7"


def test_the_password_never_shows() -> None:
    assert without_password("postgresql://bot:s3cret@db.example:5433/heart") == (
        "postgresql://bot:***@db.example:5433/heart"
    )
    assert without_password("postgresql://bot@db/heart") == "postgresql://bot@db/heart"


async def test_a_fresh_database_gets_every_migration_once(url: str) -> None:
    first = await open_database(url)
    await first.close()
    again = await open_database(url)
    await again.close()
    assert versions(url) == [m.number for m in bundled_migrations()]
    assert again.schema_version == bundled_migrations()[-1].number


async def test_processes_starting_together_migrate_once(url: str) -> None:
    opened = await asyncio.gather(*(open_database(url) for _ in range(4)))
    for db in opened:
        assert db.schema_version == bundled_migrations()[-1].number
        await db.close()
    assert versions(url) == [m.number for m in bundled_migrations()]


async def test_a_failing_migration_changes_nothing_and_names_the_file(url: str) -> None:
    good = Migration(1, "0001_a.sql", "CREATE TABLE a (x INTEGER);")
    bad = Migration(
        2, "0002_b.sql", "CREATE TABLE b (x INTEGER);\nINSERT INTO a VALUES (1);\nNOT SQL;"
    )
    await (await PostgresDatabase.open(url, migrations=[good])).close()
    with pytest.raises(
        MigrationFailed, match=r"0002_b\.sql failed.*left unchanged at schema version 1"
    ):
        await PostgresDatabase.open(url, migrations=[good, bad])
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT to_regclass('b')").fetchone() == (None,)
        assert conn.execute("SELECT count(*) FROM a").fetchone() == (0,)
    assert versions(url) == [1]


async def test_a_newer_database_is_refused(url: str) -> None:
    await (await open_database(url)).close()
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (99, '0099_future.sql', 'x')")
    with pytest.raises(DatabaseTooNew, match="schema version 99"):
        await open_database(url)


async def test_an_unreachable_server_is_one_clear_line_without_the_password() -> None:
    with pytest.raises(StorageError) as caught:
        await open_database("postgresql://bot:s3cret@127.0.0.1:1/heart")
    message = str(caught.value)
    assert message.startswith("cannot open the database postgresql://bot:***@127.0.0.1:1/heart")
    assert "s3cret" not in message
    assert "\n" not in message


async def test_two_claimers_at_once_never_take_the_same_occurrence(url: str) -> None:
    """SKIP LOCKED: a second process claiming while the first holds its rows takes others."""
    db = await open_database(url)
    other = await open_database(url)
    try:
        async with db.transaction() as tx:
            for n in range(40):
                await tx.execute(
                    "INSERT INTO reminders (id, user_id, local_time, weekdays, next_due, "
                    "next_date, created_at) VALUES (?, ?, '08:00', 127, ?, '2026-03-02', ?)",
                    (n + 1, n + 1, NOW.isoformat(), NOW.isoformat()),
                )
                await outbox.add_occurrence(
                    tx,
                    reminder_id=n + 1,
                    occurrence="2026-03-02",
                    local_date=NOW.date(),
                    due_at=NOW,
                    status="pending",
                    not_before=NOW,
                )
        lease = NOW + timedelta(minutes=5)
        batches = await asyncio.gather(
            *(outbox.claim(d, NOW, lease, 8) for d in (db, other, db, other, db, other))
        )
        claimed = [c.id for batch in batches for c in batch]
        assert len(claimed) == len(set(claimed)) == 40
    finally:
        await db.close()
        await other.close()


async def test_a_nul_in_member_text_is_kept_visibly_not_refused(url: str) -> None:
    """PostgreSQL text cannot hold NUL; SQLite's can. A stray one must not fail the command."""
    db = await open_database(url)
    try:
        await question_store.record_unanswered(
            db, question="calf\x00raise?", question_key="calf raise", at=NOW
        )
        assert [
            r["question"] for r in await db.fetchall("SELECT question FROM unanswered_questions")
        ] == ["calf\ufffdraise?"]
    finally:
        await db.close()


async def test_processes_materialising_at_once_share_the_work(url: str) -> None:
    """SKIP LOCKED on due reminders: two dispatchers working the same due reminders at once
    make each occurrence once, and between them handle each reminder once."""
    from bot.clock import FakeClock
    from bot.reminders.dispatcher import Dispatcher, Settings

    class Nothing:
        async def send(self, delivery: object, nonce: str) -> int:
            raise AssertionError("materialising sends nothing")

        async def notify_disabled(self, delivery: object, reason: str) -> None:
            return None

    db, other = await open_database(url), await open_database(url)
    try:
        async with db.transaction() as tx:
            for n in range(1, 301):
                await tx.execute(
                    "INSERT INTO reminders (user_id, local_time, weekdays, next_due, next_date, "
                    "created_at) VALUES (?, '09:00', 127, ?, '2026-03-02', ?)",
                    (n, NOW.isoformat(), NOW.isoformat()),
                )
        settings = Settings(timedelta(hours=2), "UTC", requests_per_second=50)
        clock = FakeClock(NOW + timedelta(seconds=5))
        first, second = (Dispatcher(d, clock, Nothing(), settings) for d in (db, other))

        async def handled_by(dispatcher: Dispatcher) -> int:
            total = 0
            while (batch := await dispatcher.materialise_batch())[0]:
                total += batch[0]
            return total

        handled = await asyncio.gather(handled_by(first), handled_by(second))
        # Without SKIP LOCKED the second waits for the first's rows, then handles them again.
        assert sum(handled) == 300
        rows = await db.fetchall("SELECT count(*) AS n FROM reminder_occurrences")
        assert rows[0]["n"] == 300
    finally:
        await db.close()
        await other.close()


async def test_check_ins_from_two_processes_at_once_keep_one_streak(
    url: str, tmp_path: Path
) -> None:
    """Two processes (two apps on one database) log one member's check-ins at the same moments,
    today and yesterday: the kept streak state stays that of the whole history."""
    from bot.app import open_app
    from bot.checkins.streaks import streaks
    from bot.clock import FakeClock
    from tests.helpers import config_for_tests, on_database

    clock = FakeClock(NOW)
    config = on_database(config_for_tests(tmp_path), url)
    first, second = await open_app(config, clock=clock), await open_app(config, clock=clock)
    try:
        for day in range(40):
            clock.advance(timedelta(days=1 if day % 7 else 3))
            await asyncio.gather(
                first.checkins.checkin(user_id=7, source_key=f"a{day}", day="today"),
                second.checkins.checkin(user_id=7, source_key=f"b{day}", day="yesterday"),
            )
        db = first.db
        active = [
            date.fromisoformat(r["local_date"])
            for r in await db.fetchall("SELECT local_date FROM active_days WHERE user_id = 7")
        ]
        final = await first.checkins.checkin(user_id=7, source_key="last", day="today")
        assert final.streak == streaks(active, clock.now().date(), final.goal)
    finally:
        await first.close()
        await second.close()


async def test_without_the_driver_a_postgres_url_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """psycopg is an optional extra: a bot configured for PostgreSQL without it gets one line
    naming the extra, not an ImportError traceback."""
    import sys

    monkeypatch.delitem(sys.modules, "bot.storage.postgres", raising=False)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # what an absent package looks like
    with pytest.raises(StorageError, match=r"pip install 'second-heart\[postgres\]'"):
        await open_database("postgresql://bot@127.0.0.1:1/heart")
