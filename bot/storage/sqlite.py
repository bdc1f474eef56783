"""The SQLite backend (the embedded default): with schema.py, the only module that imports
aiosqlite.

On open it sets WAL, foreign keys and a busy timeout, checks the file, then applies the numbered
migrations (schema.py).

Writes go through one connection guarded by an asyncio lock: a transaction spans several
awaits, and without the lock another coroutine's statement could land inside it. Reads outside a
transaction (`fetchone`, `fetchall`) go to a small pool of read-only connections instead: in WAL
mode a reader sees the last commit and neither waits for the writer nor holds it up, so a
leaderboard that reads for a while delays no check-in (bench/checkins.py measures it).

Most work reaches the connection through aiosqlite's worker thread. `write_now` is the exception,
for short hot write transactions such as a check-in: it runs them on the event loop's thread,
because here a hand-off to the worker thread and back costs about 50 µs, twice what the
transaction itself costs. That is safe to do on the loop because, in WAL mode with
synchronous=NORMAL, a commit appends to the WAL in the OS page cache and never waits for the disk.
The one step that does wait, the checkpoint, is turned off on commit and run on the worker thread
instead, once the WAL passes 4 MiB (see `_after_write`).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, TypeVar

import aiosqlite

from bot.files import MEMORY
from bot.storage.backups import DEFAULT_BACKUPS_KEPT, backup_before_migrating, write_backup
from bot.storage.db import Dialect, Params, Transaction
from bot.storage.errors import StorageError
from bot.storage.schema import (
    Migration,
    apply_migrations,
    bundled_migrations,
    check_before_open,
    check_integrity,
    open_failure,
    schema_version,
)

# Checkpoint once the WAL passes SQLite's own default trigger (1,000 pages of 4 KiB).
CHECKPOINT_BYTES: Final = 4 * 1024 * 1024
# Read connections: two slow reads at once still leave the writer alone, on a 2-core host.
READERS: Final = 2
T = TypeVar("T")

DIALECT: Final = Dialect(
    name="sqlite",
    one_process=True,
    skip_locked="",
    tables_with_column=(
        "SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND c.name = ?"
    ),
)


class SqliteTransaction:
    """Statements inside one BEGIN IMMEDIATE … COMMIT."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    # Cursors are closed as soon as they are read: a statement left open would stop the next
    # COMMIT, and aiosqlite's worker thread keeps the last cursor alive until its next job.

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        async with self._conn.execute(sql, params) as cursor:
            return cursor.rowcount

    async def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        """Run one statement for many rows; return how many rows changed in all."""
        async with self._conn.executemany(sql, rows) as cursor:
            return cursor.rowcount

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        async with self._conn.execute(sql, params) as cursor:
            row: sqlite3.Row | None = await cursor.fetchone()
            return row

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        rows = await self._conn.execute_fetchall(sql, params)
        return list(rows)


class SqliteDatabase:
    dialect = DIALECT

    def __init__(
        self,
        conn: aiosqlite.Connection,
        raw: sqlite3.Connection,
        path: str,
        schema_version: int,
        busy_timeout_ms: int,
    ) -> None:
        self._conn = conn
        # The same connection that `_conn` wraps, for `write_now`. The lock keeps the two threads
        # from ever using it at the same time.
        self._raw = raw
        self.path = path
        self.name = path
        self.schema_version = schema_version
        self._busy_timeout_ms = busy_timeout_ms
        self._wal = None if path == MEMORY else Path(f"{path}-wal")
        self._lock = asyncio.Lock()
        self._closed = False
        self._checkpoint: asyncio.Task[None] | None = None
        # The WAL's size when the last checkpoint ended: 0 unless a reader held it back.
        self._wal_after_checkpoint = 0
        # Idle read connections; None for an in-memory database, which exists once per
        # connection, so there the writer reads too.
        self._readers: asyncio.Queue[aiosqlite.Connection] | None = None
        self._reader_count = 0

    @classmethod
    async def open(
        cls,
        path: str | Path,
        *,
        busy_timeout_ms: int = 5000,
        migrations: list[Migration] | None = None,
        backups_kept: int = DEFAULT_BACKUPS_KEPT,
    ) -> SqliteDatabase:
        """Open (creating if needed), check and migrate the database at `path`.

        Before migrating a database in use, a backup goes beside it, and the newest
        `backups_kept` are kept (0: none is written; backups.py).

        Every failure is a StorageError whose message names the file and what to do: a folder,
        an empty or damaged file, or one this user can't write.
        """
        path = str(path)
        if path != MEMORY:
            check_before_open(Path(path))
        try:
            return await cls._open(path, busy_timeout_ms, migrations, backups_kept)
        except (sqlite3.Error, OSError) as exc:
            raise open_failure(Path(path), exc) from None

    @classmethod
    async def _open(
        cls, path: str, busy_timeout_ms: int, migrations: list[Migration] | None, backups_kept: int
    ) -> SqliteDatabase:
        opened: list[sqlite3.Connection] = []

        def connect() -> sqlite3.Connection:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves rather than let sqlite3 guess.
            # check_same_thread=False: `write_now` uses it from the loop's thread, under the lock.
            raw = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            opened.append(raw)
            return raw

        conn = await aiosqlite.Connection(connect, iter_chunk_size=64)
        try:
            conn.row_factory = sqlite3.Row
            await conn.execute_fetchall(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            await conn.execute_fetchall("PRAGMA journal_mode = WAL")
            await conn.execute_fetchall("PRAGMA foreign_keys = ON")
            # With WAL, NORMAL is durable across application crashes and much faster than FULL.
            await conn.execute_fetchall("PRAGMA synchronous = NORMAL")
            # No checkpoint inside a commit: that is the step that waits for the disk, and a
            # commit may run on the event loop. `_after_write` checkpoints on the worker thread.
            await conn.execute_fetchall("PRAGMA wal_autocheckpoint = 0")
            await check_integrity(conn, path)
            migrations = bundled_migrations() if migrations is None else migrations
            current = await schema_version(conn)
            # A new database (version 0) has nothing to lose; one newer than the code is refused.
            if path != MEMORY and backups_kept and 0 < current < len(migrations):
                # The file's name, not a rule: the wall clock, as PostgreSQL's applied_at.
                now = datetime.now(UTC)
                await backup_before_migrating(conn, path, current, backups_kept, now)
            version = await apply_migrations(conn, path, migrations)
            # Start with everything, migrations included, in the database file itself.
            await conn.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            await conn.close()
            raise
        database = cls(conn, opened[0], path, version, int(busy_timeout_ms))
        if path != MEMORY:
            try:
                await database._open_readers(READERS)
            except BaseException:
                await database.close()
                raise
        return database

    async def _open_readers(self, count: int) -> None:
        self._readers = asyncio.Queue()
        for _ in range(count):
            reader = await aiosqlite.connect(self.path, iter_chunk_size=64)
            self._readers.put_nowait(reader)
            self._reader_count += 1
            reader.row_factory = sqlite3.Row
            await reader.execute_fetchall(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
            await reader.execute_fetchall("PRAGMA foreign_keys = ON")
            # A read connection that tried to write would take the write lock behind our back.
            await reader.execute_fetchall("PRAGMA query_only = ON")

    @asynccontextmanager
    async def _reading(self) -> AsyncIterator[aiosqlite.Connection]:
        """A connection for one read: a reader from the pool, or the writer in memory."""
        if self._readers is None:
            async with self._lock:
                self._check_open()
                yield self._conn
            return
        self._check_open()
        reader = await self._readers.get()
        try:
            yield reader
        finally:
            self._readers.put_nowait(reader)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqliteTransaction]:
        """A write transaction: committed if the block ends normally, rolled back otherwise."""
        async with self._lock:
            self._check_open()
            try:
                # Inside the try: a task cancelled while it waits for BEGIN (a shutdown) leaves
                # the worker thread to run it anyway, and only the rollback, queued behind it,
                # ends that transaction before the next writer begins.
                await self._conn.execute("BEGIN IMMEDIATE")
                yield SqliteTransaction(self._conn)
            except BaseException:
                await self._conn.rollback()
                raise
            await self._conn.commit()
        self._after_write()

    async def write_now(self, work: Callable[[Transaction], Coroutine[Any, Any, T]]) -> T:
        """Run `work(transaction)` as one write transaction on the event loop's thread.

        For short transactions of a few statements only: nothing else runs on the loop meanwhile.
        `work` is a coroutine function, so the same code runs on PostgreSQL; here its statements
        complete without suspending (`_ImmediateTransaction`), so it runs to its end in one step.
        Committed if `work` returns, rolled back if it raises. If another process holds the write
        lock, the transaction moves to a worker thread and waits there (up to the busy timeout),
        so the loop never waits on another process.
        """
        async with self._lock:
            self._check_open()
            raw = self._raw
            raw.execute("PRAGMA busy_timeout = 0")
            try:
                result = _transact(raw, work)
                busy = False
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY:
                    raise
                busy = True
            finally:
                raw.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
            if busy:
                result = await asyncio.to_thread(_transact, raw, work)
        self._after_write()
        return result

    def _after_write(self) -> None:
        """Start a checkpoint on the worker thread once the WAL has grown past CHECKPOINT_BYTES.

        The checkpoint truncates the WAL, so its size measures what was written since. If a
        reader in another process keeps it from finishing, the WAL stays long; the next attempt
        waits until it has grown further, rather than retrying after every write.
        """
        if self._checkpoint and not self._checkpoint.done():
            return
        size = self._wal_size()
        if size >= max(CHECKPOINT_BYTES, self._wal_after_checkpoint + CHECKPOINT_BYTES // 4):
            self._checkpoint = asyncio.get_running_loop().create_task(self.checkpoint())

    async def checkpoint(self) -> None:
        """Copy the WAL into the database file and truncate it, on the worker thread."""
        async with self._lock:
            if self._closed:
                return
            # TRUNCATE copies every page no reader still needs, then empties the WAL file if no
            # reader is left in it. It doesn't wait for readers (busy timeout 0): it holds the
            # write lock, and a long read would stall every write behind it. What a reader held
            # back is copied on a later attempt, once the WAL has grown further.
            await self._conn.execute_fetchall("PRAGMA busy_timeout = 0")
            try:
                await self._conn.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                await self._conn.execute_fetchall(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
            self._wal_after_checkpoint = self._wal_size()

    def _wal_size(self) -> int:
        """The WAL file's size in bytes: a stat call, a microsecond or two."""
        if self._wal is None:
            return 0
        try:
            return self._wal.stat().st_size
        except FileNotFoundError:
            return 0

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """One row, read from the last commit without waiting for a write in progress."""
        async with self._reading() as conn:
            return await SqliteTransaction(conn).fetchone(sql, params)

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Every row, read from the last commit without waiting for a write in progress."""
        async with self._reading() as conn:
            return await SqliteTransaction(conn).fetchall(sql, params)

    async def backup(self, target: str | Path) -> None:
        """Copy the live database to `target` with SQLite's online backup API (backups.py).

        Safe while the bot runs: the backup sees a consistent snapshot. An existing file is never
        overwritten: it may be the only good copy.
        """
        async with self._lock:
            self._check_open()
            await write_backup(self._conn, Path(target))

    async def link(self, shard_count: int, shard_ids: Sequence[int]) -> None:
        """Nothing to hold: the instance lock (bot/instance_lock.py) keeps every other process
        off the file, whatever shards it would run."""

    async def close(self) -> None:
        """Wait for any write or checkpoint in flight to finish, then close.

        SQLite checkpoints the whole WAL when the last connection closes.
        """
        async with self._lock:
            if self._closed:
                return
            self._closed = True
            # Each reader closes once the read it serves returns to the pool.
            for _ in range(self._reader_count):
                assert self._readers is not None
                await (await self._readers.get()).close()
            self._reader_count = 0
            await self._conn.close()

    def _check_open(self) -> None:
        if self._closed:
            raise StorageError(f"database {self.path} is closed")


class _ImmediateTransaction:
    """A transaction on the raw connection whose statements run as they are awaited, without
    suspending: `write_now` drives the work with no event loop in between (`_run_to_end`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        return self._conn.execute(sql, params).rowcount

    async def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        return self._conn.executemany(sql, rows).rowcount

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self._conn.execute(sql, params).fetchone()
        return row

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return list(self._conn.execute(sql, params).fetchall())


def _transact(conn: sqlite3.Connection, work: Callable[[Transaction], Coroutine[Any, Any, T]]) -> T:
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = _run_to_end(work(_ImmediateTransaction(conn)))
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return result


def _run_to_end(coroutine: Coroutine[Any, Any, T]) -> T:
    """The result of a coroutine that never suspends, run here and now without a loop."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        result: T = done.value
        return result
    coroutine.close()
    raise RuntimeError("write_now work awaited something other than its transaction")
