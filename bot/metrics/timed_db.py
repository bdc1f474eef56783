"""The storage interface with each operation timed: what `database_seconds` measures.

A wrapper, not a change to storage: a bot without metrics gives its services the database
itself and pays nothing. One clock reading on each side of an operation, never per row.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from contextlib import AbstractAsyncContextManager
from time import perf_counter
from types import TracebackType
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
        return _TimedTransaction(self._db.transaction(), self._transaction)

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


class _TimedTransaction:
    """A transaction's context, timed from entering to leaving: a plain class rather than
    @asynccontextmanager, whose generator machinery costs more than the timing itself."""

    __slots__ = ("_inner", "_observer", "_start")

    def __init__(self, inner: AbstractAsyncContextManager[Transaction], observer: Observer) -> None:
        self._inner = inner
        self._observer = observer
        self._start = 0.0

    async def __aenter__(self) -> Transaction:
        self._start = perf_counter()
        return await self._inner.__aenter__()

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool | None:
        try:
            return await self._inner.__aexit__(kind, error, traceback)
        finally:
            self._observer.observe(perf_counter() - self._start)
