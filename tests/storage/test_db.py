from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.storage.db import (
    Database,
    DatabaseTooNew,
    Migration,
    MigrationFailed,
    StorageError,
    bundled_migrations,
    load_migrations,
)


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


async def test_fresh_database_gets_every_migration(db_path: Path) -> None:
    db = await Database.open(db_path)
    await db.close()
    latest = bundled_migrations()[-1].number
    assert user_version(db_path) == latest
    assert "members" in tables(db_path)


async def test_reopening_is_idempotent(db_path: Path) -> None:
    db = await Database.open(db_path)
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO members (user_id, created_at) VALUES (7, 'x')")
    await db.close()
    again = await Database.open(db_path)
    rows = await again.fetchall("SELECT user_id FROM members")
    await again.close()
    assert [r["user_id"] for r in rows] == [7]
    assert user_version(db_path) == bundled_migrations()[-1].number


async def test_connection_pragmas_are_set(db: Database) -> None:
    assert (await db.fetchone("PRAGMA journal_mode"))[0] == "wal"  # type: ignore[index]
    assert (await db.fetchone("PRAGMA foreign_keys"))[0] == 1  # type: ignore[index]
    assert (await db.fetchone("PRAGMA busy_timeout"))[0] == 5000  # type: ignore[index]


async def test_failing_migration_rolls_back_and_names_the_file(db_path: Path) -> None:
    good = Migration(1, "0001_a.sql", "CREATE TABLE a (x INTEGER);")
    bad = Migration(
        2, "0002_b.sql", "CREATE TABLE b (x INTEGER);\nINSERT INTO a VALUES (1);\nNOT SQL AT ALL;"
    )
    await (await Database.open(db_path, migrations=[good])).close()

    with pytest.raises(MigrationFailed) as info:
        await Database.open(db_path, migrations=[good, bad])

    assert "0002_b.sql" in str(info.value)
    assert "unchanged at schema version 1" in str(info.value)
    assert user_version(db_path) == 1
    assert tables(db_path) == {"a"}
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM a").fetchone()[0] == 0


async def test_newer_database_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(DatabaseTooNew, match="schema version 999"):
        await Database.open(db_path)
    assert user_version(db_path) == 999


def test_a_gap_in_migration_numbers_is_refused(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_c.sql").write_text("SELECT 1;")
    with pytest.raises(StorageError, match="migration 0002 is missing"):
        load_migrations(tmp_path)


async def test_transaction_rolls_back_on_error(db: Database) -> None:
    async def write_then_fail() -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO members (user_id, created_at) VALUES (1, 'x')")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await write_then_fail()
    assert await db.fetchall("SELECT * FROM members") == []


async def test_backup_never_overwrites_an_existing_file(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "keep.db"
    target.write_text("precious")
    with pytest.raises(StorageError, match="already exists"):
        await db.backup(target)
    assert target.read_text() == "precious"


async def test_backup_is_a_readable_copy(db: Database, tmp_path: Path) -> None:
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO members (user_id, created_at) VALUES (3, 'x')")
    target = tmp_path / "backups" / "copy.db"
    await db.backup(target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT user_id FROM members").fetchall() == [(3,)]


async def test_close_waits_for_a_write_in_flight(db: Database) -> None:
    import asyncio

    started = asyncio.Event()

    async def slow_write() -> None:
        async with db.transaction() as tx:
            started.set()
            await asyncio.sleep(0.05)
            await tx.execute("INSERT INTO members (user_id, created_at) VALUES (9, 'x')")

    writer = asyncio.create_task(slow_write())
    await started.wait()
    await db.close()
    await writer
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT user_id FROM members").fetchall() == [(9,)]
