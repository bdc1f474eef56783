"""The PostgreSQL backend, for a bot that runs as several processes on one database.

psycopg 3 with its async connection pool. The areas' SQL is the same as on SQLite (db.py):
`?` placeholders become psycopg's `%s` here, once per statement text. Rows come back as dicts.

Each write transaction takes a pooled connection for its length. Reads outside one run on any
pooled connection in autocommit, and see the last commit, as SQLite's readers do.

Migrations (migrations/postgresql/) are numbered apart from SQLite's, recorded in
`schema_migrations`, and run one transaction each under an advisory lock, so processes that
start together migrate once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib import resources
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool

from bot.storage.db import Dialect, Params, Transaction
from bot.storage.errors import DatabaseTooNew, MigrationFailed, StorageError
from bot.storage.postgres_link import PostgresLink
from bot.storage.schema import Migration, load_migrations

T = TypeVar("T")

DIALECT: Final = Dialect(
    name="postgresql",
    one_process=False,
    skip_locked=" FOR UPDATE SKIP LOCKED",
    tables_with_column=(
        "SELECT table_name AS name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND column_name = ?"
    ),
)
# Connections per process: a write transaction holds one, so this bounds writes in flight.
POOL_SIZE: Final = 8
CONNECT_TIMEOUT_S: Final = 10
# pg_advisory_lock key for migrations: any fixed number no other lock of ours uses.
MIGRATION_LOCK: Final = 0x5EC0_4EA7

_PLACEHOLDER = re.compile(r"'[^']*'|\?|%")


def bundled_migrations() -> list[Migration]:
    return load_migrations(resources.files("bot.storage") / "migrations" / "postgresql")


@functools.lru_cache(maxsize=512)
def to_psycopg(sql: str) -> str:
    """`?` placeholders as psycopg's `%s`, and a literal `%` doubled, outside quoted strings."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%")

    return _PLACEHOLDER.sub(swap, sql)


def without_password(url: str) -> str:
    """The URL for logs and messages: the password never leaves the config."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _bindable(params: Params) -> Params:
    """PostgreSQL text cannot hold NUL (SQLite's can): a member's stray \\x00 becomes U+FFFD,
    so what they typed is kept, visibly, rather than failing the whole command."""
    if not any(isinstance(p, str) and "\x00" in p for p in params):
        return params
    return [p.replace("\x00", "\ufffd") if isinstance(p, str) else p for p in params]


class PostgresTransaction:
    """Statements on one connection inside one transaction."""

    def __init__(self, conn: psycopg.AsyncConnection[DictRow]) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        cursor = await self._conn.execute(to_psycopg(sql), _bindable(params))
        return cursor.rowcount

    async def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        async with self._conn.cursor() as cursor:
            await cursor.executemany(to_psycopg(sql), [_bindable(row) for row in rows])
            return cursor.rowcount

    async def fetchone(self, sql: str, params: Params = ()) -> DictRow | None:
        cursor = await self._conn.execute(to_psycopg(sql), _bindable(params))
        return await cursor.fetchone()

    async def fetchall(self, sql: str, params: Params = ()) -> list[DictRow]:
        cursor = await self._conn.execute(to_psycopg(sql), _bindable(params))
        return await cursor.fetchall()


class PostgresDatabase:
    dialect = DIALECT

    def __init__(
        self,
        pool: AsyncConnectionPool[psycopg.AsyncConnection[DictRow]],
        name: str,
        version: int,
        url: str,
    ) -> None:
        self._pool = pool
        self._url = url
        self.name = name
        self.schema_version = version

    @classmethod
    async def open(cls, url: str, *, migrations: list[Migration] | None = None) -> PostgresDatabase:
        """Connect, migrate, and open the pool; every failure is a StorageError naming the
        server (never the password) and what went wrong."""
        name = without_password(url)
        try:
            async with await connect_once(url) as conn:
                version = await _migrate(
                    conn, name, bundled_migrations() if migrations is None else migrations
                )
            pool: AsyncConnectionPool[psycopg.AsyncConnection[DictRow]] = AsyncConnectionPool(
                url,
                min_size=1,
                max_size=POOL_SIZE,
                kwargs={"autocommit": True, "row_factory": dict_row},
                connection_class=psycopg.AsyncConnection[DictRow],
                open=False,
                timeout=CONNECT_TIMEOUT_S,
            )
            await pool.open(wait=True, timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as exc:
            raise StorageError(f"cannot open the database {name}: {reason(exc)}") from None
        return cls(pool, name, version, url)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PostgresTransaction]:
        """A write transaction: committed if the block ends normally, rolled back otherwise."""
        async with self._pool.connection() as conn, conn.transaction():
            yield PostgresTransaction(conn)

    async def write_now(self, work: Callable[[Transaction], Coroutine[Any, Any, T]]) -> T:
        async with self.transaction() as tx:
            return await work(tx)

    async def fetchone(self, sql: str, params: Params = ()) -> DictRow | None:
        async with self._pool.connection() as conn:
            return await PostgresTransaction(conn).fetchone(sql, params)

    async def fetchall(self, sql: str, params: Params = ()) -> Sequence[DictRow]:
        async with self._pool.connection() as conn:
            return await PostgresTransaction(conn).fetchall(sql, params)

    async def link(self, shard_count: int, shard_ids: Sequence[int]) -> PostgresLink:
        """Hold the shards on a connection of the link's own, apart from the pool: a session's
        advisory locks last as long as it does (postgres_link.py)."""
        try:
            return await PostgresLink.open(self._url, self, shard_count, shard_ids)
        except psycopg.Error as exc:
            raise StorageError(f"cannot hold shards on {self.name}: {reason(exc)}") from None

    async def close(self) -> None:
        await self._pool.close()


async def connect_once(url: str) -> psycopg.AsyncConnection[DictRow]:
    """One connection outside the pool, in autocommit: for migrating, and for `health`, which
    must not open (and so migrate) the database as the bot does."""
    return await psycopg.AsyncConnection.connect(
        url, autocommit=True, row_factory=dict_row, connect_timeout=CONNECT_TIMEOUT_S
    )


async def _migrate(
    conn: psycopg.AsyncConnection[DictRow], name: str, migrations: list[Migration]
) -> int:
    """Apply what is missing, each migration in its own transaction; return the version."""
    await conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
    try:
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        cursor = await conn.execute("SELECT coalesce(max(version), 0) AS v FROM schema_migrations")
        row = await cursor.fetchone()
        current = int(row["v"]) if row else 0
        latest = migrations[-1].number if migrations else 0
        if current > latest:
            raise DatabaseTooNew(
                f"{name} is at schema version {current}, but this Second Heart knows versions "
                f"up to {latest}. Run a newer Second Heart, or restore a backup made by this "
                "version."
            )
        for migration in migrations[current:]:
            try:
                async with conn.transaction():
                    await conn.execute(migration.sql.encode())
                    await conn.execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) "
                        "VALUES (%s, %s, %s)",
                        (migration.number, migration.name, datetime.now(UTC).isoformat()),
                    )
            except psycopg.Error as exc:
                raise MigrationFailed(
                    f"migration {migration.name} failed: {reason(exc)}. "
                    f"{name} was left unchanged at schema version {current}."
                ) from exc
            current = migration.number
        return current
    finally:
        await conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))


def reason(exc: psycopg.Error) -> str:
    """psycopg's message on one line (a connection failure spans several)."""
    return " ".join(str(exc).split()) or type(exc).__name__
