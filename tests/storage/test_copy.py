"""Moving a community: a SQLite database copied into PostgreSQL reads back the same through
the services, a second copy changes nothing, and each refusal leaves PostgreSQL as it was."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.reminders.models import Claimed
from bot.storage.copy import BOOKKEEPING, copy_into_postgres, copy_source
from bot.storage.db import open_database
from bot.storage.errors import DatabaseTooNew, StorageError
from bot.storage.postgres import to_psycopg
from tests.helpers import GUILD, config_for_tests, log, on_database

USERS = (1, 2, 3)


class Accepting:
    """A sender whose every message Discord accepts, numbered 1001, 1002, …"""

    def __init__(self) -> None:
        self.sent = 0

    async def send(self, delivery: Claimed, nonce: str) -> int:
        self.sent += 1
        return 1000 + self.sent

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        return None


async def fill(app: App, clock: FakeClock) -> None:
    """A small community in every table, made through the services as members make it."""
    await app.members.set_timezone(1, "Europe/Berlin")
    await app.members.set_goal(2, 3)
    await app.members.set_leaderboard_visible(3, False)
    await app.reminders.create(user_id=1, time_text="07:30")
    await app.reminders.create(
        user_id=2, time_text="18:00", days_text="weekdays", guild_id=GUILD, channel_id=9
    )
    await app.reminders.set_guild_reminder(
        guild_id=GUILD, channel_id=9, time_text="08:00", zone_name="UTC"
    )
    await app.reminders.join_guild_reminder(GUILD, 2, True)
    await app.reminders.remember_dm_channel(1, 777)
    await app.community.set_recap(guild_id=GUILD, channel_id=9, hour=9, day="mon", zone_text=None)
    await app.community.start_challenge(
        guild_id=GUILD, metric="calf-raises", target=1000, period_text="month", channel_id=9
    )
    dispatcher = app.dispatcher(Accepting())
    for day in range(10):
        for user in USERS[: 1 + day % 3]:
            await log(app, user=user, sets=3, reps=15, note=f"day {day}")
        clock.advance(timedelta(hours=12))
        await dispatcher.tick()
        clock.advance(timedelta(hours=12))
    await app.questions.record_feedback(
        user_id=1, entry_id="walking", question="walk?", helpful=True
    )
    await app.questions.ask("how much protein should i eat")
    await app.protection.pause(3, 2)
    await app.nudges.set(2, True)


@pytest.fixture
async def community(tmp_path: Path, clock: FakeClock) -> Path:
    """The SQLite file of a community, closed, as the bot leaves it when stopped."""
    config = config_for_tests(tmp_path)
    app = await open_app(config, clock=clock)
    try:
        await fill(app, clock)
    finally:
        await app.close()
    return Path(config.database.path)


def columns_of(path: Path) -> dict[str, list[str]]:
    """Each community table of the SQLite file and its columns, read with plain sqlite3: every
    table but the backends' own bookkeeping, which the copy leaves behind on purpose (tested in
    test_the_sqlite_bots_heartbeats_stay_behind)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        return {
            table: sorted(
                c for (c,) in conn.execute("SELECT name FROM pragma_table_info(?)", (table,))
            )
            for (table,) in tables
            if table not in BOOKKEEPING
        }


def sqlite_contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, columns in name order, rows sorted."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {
            table: sorted(conn.execute(f"SELECT {', '.join(cs)} FROM {table}").fetchall(), key=repr)
            for table, cs in columns_of(path).items()
        }


def postgres_contents(url: str, path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The same tables and columns as the SQLite file at `path`, read from PostgreSQL."""
    with psycopg.connect(url) as conn:
        return {
            table: sorted(conn.execute(f"SELECT {', '.join(cs)} FROM {table}").fetchall(), key=repr)
            for table, cs in columns_of(path).items()
        }


def postgres(url: str, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows read (or written, and committed) on a connection of the test's own."""
    with psycopg.connect(url) as conn:
        cursor = conn.execute(to_psycopg(sql), params)
        return list(cursor.fetchall()) if cursor.description else []


async def view_of(app: App) -> dict[str, object]:
    """What members see of the community, through the services."""
    return {
        "settings": [await app.members.settings(u) for u in USERS],
        "stats": [await app.checkins.stats(u) for u in USERS],
        "history": [await app.checkins.history(u, 1) for u in USERS],
        "leaderboards": [
            await app.checkins.leaderboard(GUILD, period, viewer)
            for period in ("week", "month", "all")
            for viewer in USERS
        ],
        "reminders": [await app.reminders.reminders_of(u) for u in USERS],
        "guild reminder": await app.reminders.guild_reminder(GUILD),
        "gaps": await app.questions.gaps(),
        "exports": [await app.members.export_csv(u) for u in USERS],
        "next wake": await app.reminders.next_wake(),
    }


async def test_a_copied_community_reads_back_the_same_through_the_services(
    community: Path, postgres_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    # Batches of 4 rows: every table of more than 4 rows is copied over several batches.
    report = await copy_into_postgres(str(community), postgres_url, batch_rows=4)
    source = sqlite_contents(community)
    assert all(source.values()), "fill() leaves a table empty: give it rows, so it is tested"
    assert postgres_contents(postgres_url, community) == source
    assert {t.table: (t.rows, t.copied) for t in report.tables} == {
        table: (len(rows), len(rows)) for table, rows in source.items()
    }
    before = await open_app(config_for_tests(tmp_path), clock=clock)
    after = await open_app(on_database(config_for_tests(tmp_path), postgres_url), clock=clock)
    try:
        assert await view_of(after) == await view_of(before)
    finally:
        await before.close()
        await after.close()


async def test_the_sqlite_bots_heartbeats_stay_behind(community: Path, postgres_url: str) -> None:
    """A heartbeat says a process runs on that database: copied, the stopped SQLite bot would
    look alive on PostgreSQL to `python -m bot health`."""
    with sqlite3.connect(community) as conn:
        conn.execute(
            "INSERT INTO heartbeats (process, host, pid, started_at, beat_at) "
            "VALUES ('here pid 1', 'here', 1, '2026-03-02T09:00:00', '2026-03-02T09:00:00')"
        )
    report = await copy_into_postgres(str(community), postgres_url)
    assert "heartbeats" not in {t.table for t in report.tables}
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM heartbeats").fetchone() == (0,)


async def test_tables_are_copied_after_the_tables_they_reference(
    community: Path, postgres_url: str
) -> None:
    report = await copy_into_postgres(str(community), postgres_url)
    order = [t.table for t in report.tables]
    assert order.index("reminders") < order.index("reminder_occurrences")
    assert order.index("reminders") < order.index("reminder_subscribers")


async def test_a_second_copy_copies_nothing_and_ends_with_the_same_counts(
    community: Path, postgres_url: str
) -> None:
    first = await copy_into_postgres(str(community), postgres_url, batch_rows=4)
    second = await copy_into_postgres(str(community), postgres_url, batch_rows=4)
    assert [(t.table, t.rows, 0) for t in first.tables] == [
        (t.table, t.rows, t.copied) for t in second.tables
    ]
    assert second.lines()[-1].startswith(f"copied 0 of {sum(t.rows for t in first.tables):,} rows")
    assert postgres_contents(postgres_url, community) == sqlite_contents(community)


async def test_rows_made_on_postgresql_after_the_copy_get_fresh_ids(
    community: Path, postgres_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    await copy_into_postgres(str(community), postgres_url)
    copied = sqlite_contents(community)
    app = await open_app(on_database(config_for_tests(tmp_path), postgres_url), clock=clock)
    try:
        result = await log(app, user=4)
        made = await app.reminders.create(user_id=4, time_text="06:00")
        await app.questions.ask("what should i eat before a marathon")
    finally:
        await app.close()
    assert result.created
    assert result.checkin.id == len(copied["checkins"]) + 1
    assert made.id == len(copied["reminders"]) + 1
    assert postgres(postgres_url, "SELECT max(id) FROM unanswered_questions") == [
        (len(copied["unanswered_questions"]) + 1,)
    ]


def test_a_target_that_is_not_postgresql_is_refused(community: Path) -> None:
    with pytest.raises(StorageError, match=r"--to sqlite:///other\.db: db copy copies into Post"):
        copy_source(str(community), "sqlite:///other.db")


def test_a_source_on_postgresql_is_refused_without_showing_its_password() -> None:
    with pytest.raises(
        StorageError, match=r"is already postgres://heart:\*\*\*@db:5432/heart: there is nothing"
    ) as same:
        copy_source("postgresql://heart:hunter2@db/heart", "postgres://heart:hunter2@db:5432/heart")
    with pytest.raises(StorageError, match="configured database is PostgreSQL") as other:
        copy_source("postgresql://heart:hunter2@db/old", "postgresql://heart@db/heart")
    assert "hunter2" not in f"{same.value} {other.value}"


def test_a_missing_sqlite_file_is_refused_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "second-heart.db"
    with pytest.raises(StorageError, match=f"no SQLite database at {missing} to copy"):
        copy_source(f"sqlite:///{missing}", "postgresql://heart@db/heart")
    assert not missing.exists()


async def test_different_data_under_the_same_key_refuses_and_copies_nothing(
    community: Path, postgres_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    await copy_into_postgres(str(community), postgres_url)
    postgres(postgres_url, "UPDATE checkins SET note = 'changed' WHERE id = 1")
    postgres(postgres_url, "UPDATE dm_channels SET channel_id = 778")
    with contextlib.closing(sqlite3.connect(community)) as conn, conn:
        conn.execute("INSERT INTO members (user_id, created_at) VALUES (99, '2026-03-20')")
    with pytest.raises(StorageError) as refused:
        await copy_into_postgres(str(community), postgres_url)
    assert "already holds different data under the same keys: " in str(refused.value)
    assert "1 row of checkins, 1 row of dm_channels." in str(refused.value)
    assert postgres(postgres_url, "SELECT count(*) FROM members WHERE user_id = 99") == [(0,)]


async def test_a_row_that_clashes_on_another_unique_key_is_refused(
    community: Path, postgres_url: str
) -> None:
    """A check-in already in PostgreSQL under another id, with the same source key."""
    await (await open_database(postgres_url)).close()
    with contextlib.closing(sqlite3.connect(community)) as conn:
        first = conn.execute(
            "SELECT user_id, source_key, activity, local_date, timezone, created_at "
            "FROM checkins WHERE id = 1"
        ).fetchone()
    postgres(
        postgres_url,
        "INSERT INTO checkins (id, user_id, source_key, activity, local_date, timezone, "
        "created_at) VALUES (500, ?, ?, ?, ?, ?, ?)",
        first,
    )
    with pytest.raises(StorageError, match="different data under the same keys: 1 row of checkins"):
        await copy_into_postgres(str(community), postgres_url)
    assert postgres(postgres_url, "SELECT count(*) FROM members") == [(0,)]


async def test_rows_only_postgresql_holds_are_refused_naming_the_counts(
    community: Path, postgres_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    await copy_into_postgres(str(community), postgres_url)
    app = await open_app(on_database(config_for_tests(tmp_path), postgres_url), clock=clock)
    try:
        await app.questions.ask("how much protein should i eat after running")
    finally:
        await app.close()
    held = len(sqlite_contents(community)["unanswered_questions"])
    with pytest.raises(
        StorageError,
        match=rf"unanswered_questions has {held} rows in {community} but would have {held + 1} "
        r"in postgresql://\S+: PostgreSQL holds rows the SQLite file does not",
    ):
        await copy_into_postgres(str(community), postgres_url)


async def test_schemas_that_differ_are_refused_naming_each_difference(
    community: Path, postgres_url: str
) -> None:
    await (await open_database(postgres_url)).close()
    postgres(postgres_url, "ALTER TABLE checkins ADD COLUMN mood TEXT")
    postgres(postgres_url, "CREATE TABLE notes (id BIGINT PRIMARY KEY)")
    with contextlib.closing(sqlite3.connect(community)) as conn, conn:
        conn.execute("ALTER TABLE reminders DROP COLUMN role_id")
    with pytest.raises(StorageError, match=r"the schemas of .* differ") as refused:
        await copy_into_postgres(str(community), postgres_url)
    assert (
        "table notes is only in PostgreSQL; column checkins.mood is only in PostgreSQL; "
        "column reminders.role_id is only in PostgreSQL."
    ) in str(refused.value)
    assert postgres(postgres_url, "SELECT count(*) FROM checkins") == [(0,)]


async def test_a_target_newer_than_the_code_is_refused(community: Path, postgres_url: str) -> None:
    await (await open_database(postgres_url)).close()
    postgres(
        postgres_url,
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, '0099_x.sql', 'x')",
    )
    with pytest.raises(DatabaseTooNew, match="is at schema version 99, but this Second Heart"):
        await copy_into_postgres(str(community), postgres_url)
    assert postgres(postgres_url, "SELECT count(*) FROM checkins") == [(0,)]


async def test_a_table_without_a_primary_key_is_refused(community: Path, postgres_url: str) -> None:
    """Without a key, a second run could not tell a copied row from a new one."""
    await (await open_database(postgres_url)).close()
    postgres(postgres_url, "CREATE TABLE scratch (note TEXT)")
    with contextlib.closing(sqlite3.connect(community)) as conn, conn:
        conn.execute("CREATE TABLE scratch (note TEXT)")
    with pytest.raises(StorageError, match="table scratch has no primary key"):
        await copy_into_postgres(str(community), postgres_url)
