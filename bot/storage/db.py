"""The storage interface every area's SQL runs through, and how a database is chosen.

Two backends implement it: SQLite (sqlite.py, the embedded default: one file, one process) and
PostgreSQL (postgres.py, for a bot that runs as several processes). The areas' SQL is written
once, in the subset both engines share: `?` placeholders, `INSERT … ON CONFLICT DO NOTHING`,
`RETURNING`, ISO-8601 text for times and dates. What differs per engine is named in its `Dialect`.

`database.url` (or SECOND_HEART_DATABASE_URL) picks the backend: `sqlite:///path` or a plain
path for SQLite, `postgresql://…` for PostgreSQL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any, Final, Protocol, TypeVar

from bot.storage.errors import StorageError
from bot.storage.schema import Migration

T = TypeVar("T")
Params = Sequence[Any]

SQLITE_SCHEME: Final = "sqlite://"
POSTGRES_SCHEMES: Final = ("postgresql://", "postgres://")


class Row(Protocol):
    """A result row, read by column name (sqlite3.Row, or a dict from PostgreSQL)."""

    def __getitem__(self, key: str, /) -> Any: ...


@dataclass(frozen=True)
class Dialect:
    """The SQL that differs between the engines, for the few statements that need it."""

    name: str
    # Whether one process at a time uses the database (SQLite's instance lock): then claims
    # found at start-up were a dead process's. On PostgreSQL they may be a live one's.
    one_process: bool
    # Appended to a SELECT that picks rows to claim: other processes skip rows a claim holds
    # instead of waiting for it. SQLite has one writer at a time, so nothing to add there.
    skip_locked: str
    # The tables that have a column named by the one parameter, as rows with `name`.
    tables_with_column: str

    def skip_locked_of(self, alias: str) -> str:
        """`skip_locked` for the rows of one table in a join (PostgreSQL won't lock the
        nullable side of an outer join)."""
        return self.skip_locked.replace("FOR UPDATE", f"FOR UPDATE OF {alias}")


class Transaction(Protocol):
    """Statements inside one write transaction."""

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; return the number of rows it changed."""

    async def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        """Run one statement for many rows; return how many rows changed in all."""

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None: ...

    async def fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]: ...


class ProcessLink(Protocol):
    """This process's own line to a database other processes share: it holds the process's
    Discord shards for as long as it is open, and carries the others' knowledge reloads."""

    def knowledge_reloads(self) -> AsyncIterator[None]:
        """One item per knowledge reload another process made. Never ends on its own: it raises
        ShardLockLost when the line breaks, because the shards went with it."""

    async def announce_knowledge_reload(self) -> None:
        """Tell the other processes that this one reloaded its knowledge base."""

    async def close(self) -> None:
        """Let go of the shards."""


class Database(Protocol):
    """A migrated database: write transactions, and reads of the last commit."""

    dialect: Dialect
    # What the operator configured (a path or a URL without its password), for messages.
    name: str
    schema_version: int

    def transaction(self) -> AbstractAsyncContextManager[Transaction]:
        """A write transaction: committed if the block ends normally, rolled back otherwise."""

    async def write_now(self, work: Callable[[Transaction], Coroutine[Any, Any, T]]) -> T:
        """Run `work` as one short write transaction, as fast as the engine allows.

        `work` must await nothing but the transaction's own statements: on SQLite it runs on the
        event loop's thread without a hand-off (see sqlite.py), on PostgreSQL as any other.
        """

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None: ...

    async def fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]: ...

    async def link(self, shard_count: int, shard_ids: Sequence[int]) -> ProcessLink | None:
        """Hold shards `shard_ids` of `shard_count` for this process, or raise ShardsHeld.

        None where one process is all the database allows (SQLite: its instance lock), so
        there is nothing to hold and nobody else to hear from.
        """

    async def close(self) -> None: ...


async def insert_returning_id(tx: Transaction, sql: str, params: Params = ()) -> int | None:
    """Run an INSERT that ends `RETURNING id`; the new id, or None if a conflict skipped it."""
    row = await tx.fetchone(sql, params)
    return int(row["id"]) if row is not None else None


def is_postgres_url(url: str) -> bool:
    return url.startswith(POSTGRES_SCHEMES)


def sqlite_path(url: str) -> str:
    """The file a `sqlite:///path` URL (or a bare path) names."""
    if url.startswith(SQLITE_SCHEME):
        path = url[len(SQLITE_SCHEME) :]
        # sqlite:///data/x.db is relative, sqlite:////srv/x.db absolute, as SQLAlchemy reads them.
        if not path.startswith("/"):
            raise StorageError(f"{url}: expected sqlite:///path/to/file.db")
        return path[1:]
    if "://" in url:
        raise StorageError(
            f"database.url {url.split('://')[0]}:// is not supported; "
            "use sqlite:///path or postgresql://user@host/dbname"
        )
    return url


async def open_database(
    url: str,
    *,
    busy_timeout_ms: int = 5000,
    migrations: list[Migration] | None = None,
    backups_kept: int | None = None,
) -> Database:
    """Open and migrate the database `url` names: SQLite for a path, PostgreSQL for a URL.

    On SQLite a database in use is backed up before it is migrated, keeping the newest
    `backups_kept` (None: the default, 3; 0: none). PostgreSQL is backed up with its own tools.

    PostgreSQL's driver is imported only here, so a SQLite bot never loads it.
    """
    if is_postgres_url(url):
        try:
            from bot.storage.postgres import PostgresDatabase
        except ImportError as exc:
            raise StorageError(
                f"database.url is PostgreSQL, but its driver is not installed ({exc.name}): "
                "pip install 'second-heart[postgres]'"
            ) from None
        database: Database = await PostgresDatabase.open(url, migrations=migrations)
        return database
    from bot.storage.backups import DEFAULT_BACKUPS_KEPT
    from bot.storage.sqlite import SqliteDatabase

    return await SqliteDatabase.open(
        sqlite_path(url),
        busy_timeout_ms=busy_timeout_ms,
        migrations=migrations,
        backups_kept=DEFAULT_BACKUPS_KEPT if backups_kept is None else backups_kept,
    )
