"""The storage interface with each operation timed: what `database_seconds` measures.

A wrapper, not a change to storage: a bot without metrics gives its services the database
itself and pays nothing. One clock reading on each side of an operation, never per row.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from time import perf_counter
from typing import Any, Protocol, TypeVar

from bot.storage.db import Database, Params, ProcessLink, Row, Transaction

T = TypeVar("T")


class Observer(Protocol):
    """One histogram's child (prometheus_client's, with its label set)."""

    def observe(self, amount: float) -> None: ...


class TimedDatabase:
    """`Database`, each transaction, quick write and read timed into its own observer."""

    def __init__(
        self, db: Database, *, transaction: Observer, write_now: Observer, read: Observer
    ) -> None:
        self._db = db
        self.dialect = db.dialect
        self.name = db.name
        self.schema_version = db.schema_version
        self._transaction = transaction
        self._write_now = write_now
        self._read = read

    def transaction(self) -> AbstractAsyncContextManager[Transaction]:
        return self._timed_transaction()

    @asynccontextmanager
    async def _timed_transaction(self) -> AsyncIterator[Transaction]:
        start = perf_counter()
        try:
            async with self._db.transaction() as tx:
                yield tx
        finally:
            self._transaction.observe(perf_counter() - start)

    async def write_now(self, work: Callable[[Transaction], Coroutine[Any, Any, T]]) -> T:
        start = perf_counter()
        try:
            return await self._db.write_now(work)
        finally:
            self._write_now.observe(perf_counter() - start)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        start = perf_counter()
        try:
            return await self._db.fetchone(sql, params)
        finally:
            self._read.observe(perf_counter() - start)

    async def fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]:
        start = perf_counter()
        try:
            return await self._db.fetchall(sql, params)
        finally:
            self._read.observe(perf_counter() - start)

    async def link(self, shard_count: int, shard_ids: Sequence[int]) -> ProcessLink | None:
        return await self._db.link(shard_count, shard_ids)

    async def close(self) -> None:
        await self._db.close()
