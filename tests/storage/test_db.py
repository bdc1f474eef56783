from __future__ import annotations

import asyncio
import contextlib
import shutil
import sqlite3
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from bot.storage.db import Transaction
from bot.storage.errors import DatabaseTooNew, MigrationFailed, StorageError
from bot.storage.schema import Migration, bundled_migrations, load_migrations
from bot.storage.sqlite import CHECKPOINT_BYTES, SqliteDatabase


@pytest.fixture
async def db(db_path: Path) -> AsyncIterator[SqliteDatabase]:
    """These tests are about the SQLite backend itself: its file, WAL, readers and backups."""
    database = await SqliteDatabase.open(db_path)
    yield database
    await database.close()


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


async def test_fresh_database_gets_every_migration(db_path: Path) -> None:
    db = await SqliteDatabase.open(db_path)
    await db.close()
    latest = bundled_migrations()[-1].number
    assert user_version(db_path) == latest
    assert "members" in tables(db_path)


async def test_reopening_is_idempotent(db_path: Path) -> None:
    db = await SqliteDatabase.open(db_path)
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO members (user_id, created_at) VALUES (7, 'x')")
    await db.close()
    again = await SqliteDatabase.open(db_path)
    rows = await again.fetchall("SELECT user_id FROM members")
    await again.close()
    assert [r["user_id"] for r in rows] == [7]
    assert user_version(db_path) == bundled_migrations()[-1].number


async def test_connection_pragmas_are_set(db: SqliteDatabase) -> None:
    assert (await db.fetchone("PRAGMA journal_mode"))[0] == "wal"  # type: ignore[index]
    assert (await db.fetchone("PRAGMA foreign_keys"))[0] == 1  # type: ignore[index]
    assert (await db.fetchone("PRAGMA busy_timeout"))[0] == 5000  # type: ignore[index]


async def test_failing_migration_rolls_back_and_names_the_file(db_path: Path) -> None:
    good = Migration(1, "0001_a.sql", "CREATE TABLE a (x INTEGER);")
    bad = Migration(
        2, "0002_b.sql", "CREATE TABLE b (x INTEGER);\nINSERT INTO a VALUES (1);\nNOT SQL AT ALL;"
    )
    await (await SqliteDatabase.open(db_path, migrations=[good])).close()

    with pytest.raises(MigrationFailed) as info:
        await SqliteDatabase.open(db_path, migrations=[good, bad])

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
        await SqliteDatabase.open(db_path)
    assert user_version(db_path) == 999


def test_a_gap_in_migration_numbers_is_refused(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_c.sql").write_text("SELECT 1;")
    with pytest.raises(StorageError, match="migration 0002 is missing"):
        load_migrations(tmp_path)


async def test_transaction_rolls_back_on_error(db: SqliteDatabase) -> None:
    async def write_then_fail() -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO members (user_id, created_at) VALUES (1, 'x')")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await write_then_fail()
    assert await db.fetchall("SELECT * FROM members") == []


async def test_backup_never_overwrites_an_existing_file(db: SqliteDatabase, tmp_path: Path) -> None:
    target = tmp_path / "keep.db"
    target.write_text("precious")
    with pytest.raises(StorageError, match="already exists"):
        await db.backup(target)
    assert target.read_text() == "precious"


async def test_backup_is_a_readable_copy(db: SqliteDatabase, tmp_path: Path) -> None:
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO members (user_id, created_at) VALUES (3, 'x')")
    target = tmp_path / "backups" / "copy.db"
    await db.backup(target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT user_id FROM members").fetchall() == [(3,)]


async def test_a_transaction_cancelled_as_it_begins_leaves_none_open(db: SqliteDatabase) -> None:
    """Shutdown cancels the pruning and reminder tasks wherever they are; the writes after it
    (the heartbeat's last one) must still begin."""

    async def write() -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO members (user_id, created_at) VALUES (1, 'x')")

    task = asyncio.create_task(write())
    await asyncio.sleep(0)  # it now waits for BEGIN IMMEDIATE on the worker thread
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO members (user_id, created_at) VALUES (2, 'x')")
    assert [r["user_id"] for r in await db.fetchall("SELECT user_id FROM members")] == [2]


async def test_close_waits_for_a_write_in_flight(db: SqliteDatabase) -> None:
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


def wal_size(db: SqliteDatabase) -> int:
    return Path(f"{db.path}-wal").stat().st_size


def add_member(user_id: int) -> Callable[[Transaction], Coroutine[Any, Any, int]]:
    async def work(tx: Transaction) -> int:
        await tx.execute("INSERT INTO members (user_id, created_at) VALUES (?, 'x')", (user_id,))
        return user_id

    return work


async def test_write_now_commits_and_returns_what_the_work_returned(db: SqliteDatabase) -> None:
    assert await db.write_now(add_member(4)) == 4
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT user_id FROM members").fetchall() == [(4,)]


async def test_write_now_leaves_nothing_half_written(db: SqliteDatabase) -> None:
    async def write_then_fail(tx: Transaction) -> None:
        await add_member(1)(tx)
        await tx.execute("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        await db.write_now(write_then_fail)
    assert await db.fetchall("SELECT * FROM members") == []
    # The connection is usable afterwards, with its busy timeout restored.
    await db.write_now(add_member(2))
    assert (await db.fetchone("PRAGMA busy_timeout"))[0] == 5000  # type: ignore[index]


async def test_write_now_waits_for_another_process_off_the_event_loop(db: SqliteDatabase) -> None:
    """While another connection holds the write lock, the loop keeps running; the write lands
    once the lock is released."""
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    async def release_later() -> None:
        await asyncio.sleep(0.3)
        other.execute("COMMIT")

    ticking = asyncio.create_task(ticker())
    releasing = asyncio.create_task(release_later())
    await db.write_now(add_member(5))
    await releasing
    ticking.cancel()
    other.close()
    # 0.3 s of waiting with the loop free: the ticker ran about 30 times, not once.
    assert ticks >= 10
    assert [r["user_id"] for r in await db.fetchall("SELECT user_id FROM members")] == [5]


async def test_a_growing_wal_is_checkpointed_into_the_database_file(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    """Commits never checkpoint (that is what waits for the disk); the database does it on the
    worker thread once the WAL passes CHECKPOINT_BYTES. Seen from outside: the main file alone,
    copied without its WAL, holds the rows only after a checkpoint."""

    written = 0

    def rows(count: int) -> Callable[[Transaction], Coroutine[Any, Any, None]]:
        async def work(tx: Transaction) -> None:
            nonlocal written
            await tx.executemany(
                "INSERT INTO answer_feedback (user_id, entry_id, question, question_key, "
                "helpful, created_at) VALUES (?, 'walking', ?, 'q', 1, 'x')",
                [(written + n, "x" * 500) for n in range(count)],
            )
            written += count

        return work

    def rows_in_main_file() -> int:
        copy = tmp_path / "main-file-only.db"
        copy.unlink(missing_ok=True)
        shutil.copyfile(db.path, copy)
        with contextlib.closing(sqlite3.connect(copy)) as conn:
            return int(conn.execute("SELECT count(*) FROM answer_feedback").fetchone()[0])

    await db.write_now(rows(100))
    assert rows_in_main_file() == 0
    while wal_size(db) < CHECKPOINT_BYTES:
        await db.write_now(rows(2_000))
    await asyncio.sleep(0)  # the checkpoint task starts and takes the write lock
    async with db.transaction():  # queued behind it: begins once it is done
        pass
    assert rows_in_main_file() == written
    # The WAL was emptied, so its size measures new writes again: no checkpoint after each one.
    assert wal_size(db) == 0


SLOW_READ = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) "
    "SELECT count(*) FROM n"
)


async def test_a_slow_read_does_not_hold_up_a_write(db: SqliteDatabase) -> None:
    slow = asyncio.create_task(db.fetchone(SLOW_READ))
    await asyncio.sleep(0.02)  # the read is under way on its connection
    await db.write_now(add_member(1))
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO members (user_id, created_at) VALUES (2, 'x')")
    assert not slow.done()
    assert (await slow)[0] == 3_000_000  # type: ignore[index]


async def test_a_read_sees_the_last_commit(db: SqliteDatabase) -> None:
    await db.write_now(add_member(3))
    assert [r["user_id"] for r in await db.fetchall("SELECT user_id FROM members")] == [3]


async def test_a_read_connection_refuses_to_write(db: SqliteDatabase) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        await db.fetchall("INSERT INTO members (user_id, created_at) VALUES (4, 'x')")


async def test_close_waits_for_a_read_in_flight(db: SqliteDatabase) -> None:
    slow = asyncio.create_task(db.fetchone(SLOW_READ))
    await asyncio.sleep(0.02)
    await db.close()
    assert (await slow)[0] == 3_000_000  # type: ignore[index]
    with pytest.raises(StorageError, match="closed"):
        await db.fetchone("SELECT 1")


async def test_write_now_refuses_work_that_waits_for_something_else(db: SqliteDatabase) -> None:
    """The work runs without the event loop, so a wait of its own would never end: it is
    refused, and nothing it wrote before is kept."""

    async def waits(tx: Transaction) -> None:
        await add_member(8)(tx)
        await asyncio.sleep(0)

    with pytest.raises(RuntimeError, match="awaited something other than its transaction"):
        await db.write_now(waits)
    assert await db.fetchall("SELECT * FROM members") == []
