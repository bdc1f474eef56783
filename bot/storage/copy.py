"""Moving a community: copy a SQLite database into PostgreSQL (`python -m bot db copy --to …`).

Both databases are opened through `open_database`, so both stand at this code's schema before a
row moves (the SQLite file is migrated as a start would migrate it). Then:
- Their tables and columns must match exactly: a column only one side has would be lost or
  invented, so the copy refuses and names each difference.
- Every table is read in primary-key order, in batches, inside one SQLite transaction: a
  consistent snapshot, although the caller holds the instance lock so nothing writes anyway.
- Everything is written in one PostgreSQL transaction: all or nothing. A table that another
  references goes first, so each row's foreign keys hold when it lands.
- Each row goes in with `ON CONFLICT DO NOTHING`, so a second run copies nothing twice. A row
  that was already there must equal the SQLite one: different data under the same key (or under
  another unique key) means the target is not an earlier copy of this file, and nothing is copied.
- Each table must end with as many rows in PostgreSQL as in the SQLite file.
- Each identity sequence moves past the largest id copied, or the bot's next insert on
  PostgreSQL would take an id a copied row already has.
"""

from __future__ import annotations

import graphlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from bot.files import MEMORY
from bot.storage.db import Database, Row, Transaction, is_postgres_url, open_database, sqlite_path
from bot.storage.errors import StorageError
from bot.storage.postgres import without_password

# Rows per INSERT batch: large enough that round trips don't dominate, small enough that a batch
# of notes (up to 300 characters each) stays well under a megabyte.
BATCH_ROWS: Final = 1000
# Each backend's own records, not the community's data: its migrations (SQLite keeps the version
# in PRAGMA user_version instead), and its processes' heartbeats (the bot on SQLite is stopped
# for the copy, and a row of its would read as a bot on PostgreSQL).
BOOKKEEPING: Final = frozenset({"schema_migrations", "heartbeats"})
POSTGRES_PORT: Final = 5432


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    # The primary key's columns, in key order: the order rows are read and batches are cut in.
    key: tuple[str, ...]


@dataclass(frozen=True)
class TableCopied:
    table: str
    # Rows in the SQLite file; each table ends with as many in PostgreSQL.
    rows: int
    # Of those, the ones this run inserted; the rest were there already, identical.
    copied: int

    def line(self) -> str:
        already = self.rows - self.copied
        there = f" ({already:,} already there)" if already else ""
        return f"{self.table}: {_counted(self.rows, 'row')}, {self.copied:,} copied{there}"


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    tables: tuple[TableCopied, ...]

    def lines(self) -> list[str]:
        copied = sum(t.copied for t in self.tables)
        rows = sum(t.rows for t in self.tables)
        return [
            *(t.line() for t in self.tables),
            f"copied {copied:,} of {_counted(rows, 'row')} in {len(self.tables)} tables from "
            f"{self.source} to {self.target}; every table has as many rows in both",
        ]


def copy_source(configured: str, to: str) -> str:
    """The SQLite file to copy from (the configured database), or a StorageError saying why
    this copy cannot be made. Checked before anything is opened, so a refusal changes nothing."""
    if not is_postgres_url(to):
        raise StorageError(
            f"--to {without_password(to)}: db copy copies into PostgreSQL; "
            "give a postgresql://user@host/dbname URL"
        )
    if is_postgres_url(configured):
        if _same_server_database(configured, to):
            raise StorageError(
                f"the configured database is already {without_password(to)}: there is nothing "
                "to copy. Point database.path (or database.url) at the SQLite file to copy"
            )
        raise StorageError(
            f"the configured database is PostgreSQL ({without_password(configured)}); db copy "
            "copies a SQLite file, so point database.path (or database.url) at it"
        )
    path = sqlite_path(configured)
    if path == MEMORY or not Path(path).is_file():
        raise StorageError(
            f"there is no SQLite database at {path} to copy; point database.path (or "
            "database.url) at the bot's file"
        )
    return path


async def copy_into_postgres(
    sqlite_file: str, url: str, *, busy_timeout_ms: int = 5000, batch_rows: int = BATCH_ROWS
) -> CopyReport:
    """Open (and migrate) both databases, copy every table, and check the counts.

    The caller holds the SQLite file's instance lock: a bot writing during the copy would leave
    PostgreSQL behind the file it then keeps writing to.
    """
    source = await open_database(sqlite_file, busy_timeout_ms=busy_timeout_ms)
    try:
        target = await open_database(url)
        try:
            tables = await copy_database(source, target, batch_rows=batch_rows)
        finally:
            await target.close()
    finally:
        await source.close()
    return CopyReport(source.name, target.name, tables)


async def copy_database(
    source: Database, target: Database, *, batch_rows: int = BATCH_ROWS
) -> tuple[TableCopied, ...]:
    """Copy every table of the SQLite `source` into the PostgreSQL `target`, all or nothing."""
    async with source.transaction() as reading, target.transaction() as writing:
        tables = await _sqlite_tables(reading)
        differences = _schema_differences(
            {t.name: set(t.columns) for t in tables}, await _postgres_columns(writing)
        )
        if differences:
            raise StorageError(
                f"the schemas of {source.name} and {target.name} differ, so a copy would lose "
                f"or invent data: {'; '.join(differences)}. Both were migrated by this Second "
                "Heart, so one was changed by hand: undo that, or copy into a new database"
            )
        copied: list[TableCopied] = []
        conflicts: list[str] = []
        for table in tables:
            done, differing = await _copy_table(reading, writing, table, batch_rows)
            copied.append(done)
            if differing:
                conflicts.append(f"{_counted(differing, 'row')} of {table.name}")
        if conflicts:
            raise StorageError(
                f"{target.name} already holds different data under the same keys: "
                f"{', '.join(conflicts)}. It is not an earlier copy of {source.name}, so nothing "
                "was copied; copy into a new, empty database"
            )
        for table in tables:
            await _check_count(reading, writing, table, source.name, target.name)
        for table in tables:
            await _move_sequence(writing, table)
    return tuple(copied)


async def _sqlite_tables(tx: Transaction) -> list[Table]:
    """The SQLite file's tables, each after the tables its foreign keys reference."""
    names = [
        str(row["name"])
        for row in await tx.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
        if row["name"] not in BOOKKEEPING
    ]
    found: dict[str, Table] = {}
    order: graphlib.TopologicalSorter[str] = graphlib.TopologicalSorter()
    for name in names:
        columns = await tx.fetchall(
            "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid", (name,)
        )
        key = tuple(str(c["name"]) for c in sorted(columns, key=lambda c: int(c["pk"])) if c["pk"])
        if not key:
            raise StorageError(f"table {name} has no primary key, so a copy could not be re-run")
        found[name] = Table(name, tuple(str(c["name"]) for c in columns), key)
        parents = await tx.fetchall(
            'SELECT DISTINCT "table" AS parent FROM pragma_foreign_key_list(?)', (name,)
        )
        order.add(name, *(str(p["parent"]) for p in parents if p["parent"] != name))
    return [found[name] for name in order.static_order() if name in found]


async def _postgres_columns(tx: Transaction) -> dict[str, set[str]]:
    rows = await tx.fetchall(
        "SELECT c.table_name AS t, c.column_name AS c FROM information_schema.columns AS c "
        "JOIN information_schema.tables AS t "
        "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
    )
    columns: dict[str, set[str]] = {}
    for row in rows:
        if row["t"] not in BOOKKEEPING:
            columns.setdefault(str(row["t"]), set()).add(str(row["c"]))
    return columns


def _schema_differences(sqlite: dict[str, set[str]], postgres: dict[str, set[str]]) -> list[str]:
    """Each table or column only one side has, in words."""
    found = [f"table {t} is only in SQLite" for t in sorted(sqlite.keys() - postgres.keys())]
    found += [f"table {t} is only in PostgreSQL" for t in sorted(postgres.keys() - sqlite.keys())]
    for table in sorted(sqlite.keys() & postgres.keys()):
        found += [
            f"column {table}.{c} is only in SQLite" for c in sorted(sqlite[table] - postgres[table])
        ]
        found += [
            f"column {table}.{c} is only in PostgreSQL"
            for c in sorted(postgres[table] - sqlite[table])
        ]
    return found


async def _copy_table(
    reading: Transaction, writing: Transaction, table: Table, batch_rows: int
) -> tuple[TableCopied, int]:
    """Copy one table in key order; the rows copied, and how many conflict with other data."""
    columns = _names(table.columns)
    key = _names(table.key)
    name = _quoted(table.name)
    insert = (
        f"INSERT INTO {name} ({columns}) VALUES ({_marks(len(table.columns))}) "
        "ON CONFLICT DO NOTHING"
    )
    after: tuple[Any, ...] = ()
    rows = copied = differing = 0
    while True:
        where = f" WHERE ({key}) > ({_marks(len(table.key))})" if after else ""
        batch = [
            _values(row, table.columns)
            for row in await reading.fetchall(
                f"SELECT {columns} FROM {name}{where} ORDER BY {key} LIMIT ?", (*after, batch_rows)
            )
        ]
        if not batch:
            break
        inserted = await writing.executemany(insert, batch)
        if inserted < len(batch):
            differing += await _count_differing(writing, table, batch)
        rows += len(batch)
        copied += inserted
        after = _key_of(table, batch[-1])
    return TableCopied(table.name, rows, copied), differing


async def _count_differing(writing: Transaction, table: Table, batch: list[tuple[Any, ...]]) -> int:
    """How many of `batch` the target doesn't hold as they are: a row kept out by a conflict
    was either there already, identical (fine), or differs from ours (not an earlier copy)."""
    key = _names(table.key)
    marks = _marks(len(table.key))
    held = await writing.fetchall(
        f"SELECT {_names(table.columns)} FROM {_quoted(table.name)} "
        f"WHERE ({key}) >= ({marks}) AND ({key}) <= ({marks})",
        (*_key_of(table, batch[0]), *_key_of(table, batch[-1])),
    )
    there = {_key_of(table, values): values for values in (_values(r, table.columns) for r in held)}
    return sum(1 for values in batch if there.get(_key_of(table, values)) != values)


async def _check_count(
    reading: Transaction, writing: Transaction, table: Table, source: str, target: str
) -> None:
    """Each table's rows counted on both sides, apart from what the copy itself read."""
    had, holds = [await _count(tx, table) for tx in (reading, writing)]
    if holds != had:
        why = (
            "PostgreSQL holds rows the SQLite file does not (has the bot run on it since an "
            "earlier copy?)"
            if holds > had
            else "rows were lost on the way"
        )
        raise StorageError(
            f"{table.name} has {had:,} rows in {source} but would have {holds:,} in {target}: "
            f"{why}. Nothing was copied; copy into a new, empty database"
        )


async def _count(tx: Transaction, table: Table) -> int:
    row = await tx.fetchone(f"SELECT count(*) AS n FROM {_quoted(table.name)}")
    return int(row["n"]) if row is not None else 0


async def _move_sequence(writing: Transaction, table: Table) -> None:
    """Set a table's identity sequence to its largest id, so the next insert takes the one after.

    setval is not undone by a rollback, so this runs once every check has passed; moving a
    sequence forward is harmless even if the commit then fails.
    """
    if len(table.key) != 1:
        return
    row = await writing.fetchone(
        "SELECT pg_get_serial_sequence(?, ?) AS sequence", (_quoted(table.name), table.key[0])
    )
    if row is None or row["sequence"] is None:
        return
    await writing.execute(
        f"SELECT setval(CAST(? AS regclass), top) FROM (SELECT max({_quoted(table.key[0])}) "
        f"AS top FROM {_quoted(table.name)}) AS m WHERE top IS NOT NULL",
        (row["sequence"],),
    )


def _same_server_database(a: str, b: str) -> bool:
    """Whether two PostgreSQL URLs name one database (the user and password aside)."""

    def where(url: str) -> tuple[str | None, int, str]:
        parts = urlsplit(url)
        return parts.hostname, parts.port or POSTGRES_PORT, parts.path

    return where(a) == where(b)


def _counted(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _values(row: Row, columns: Sequence[str]) -> tuple[Any, ...]:
    return tuple(row[c] for c in columns)


def _key_of(table: Table, values: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(values[table.columns.index(c)] for c in table.key)


def _quoted(name: str) -> str:
    """An identifier quoted for SQL: table and column names come from the file being copied."""
    return '"' + name.replace('"', '""') + '"'


def _names(names: Sequence[str]) -> str:
    return ", ".join(_quoted(n) for n in names)


def _marks(count: int) -> str:
    return ", ".join("?" * count)
