"""The schema: numbered migrations (0001_name.sql, 0002_name.sql, …) in `migrations/`, tracked
in PRAGMA user_version, and the checks a database passes before the bot uses it.

Each migration runs in its own transaction, so a failed one leaves the database exactly as it
was. A file refused here is refused before SQLite would open it without complaint.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

from bot.files import unwritable_reason
from bot.storage.errors import DatabaseTooNew, MigrationFailed, StorageError

_MIGRATION_NAME = re.compile(r"^(?P<number>\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    return load_migrations(resources.files("bot.storage") / "migrations" / "sqlite")


def load_migrations(folder: Any) -> list[Migration]:
    """Read NNNN_name.sql files from `folder` (a Path or importlib Traversable), in order.

    Numbers must run 1, 2, 3… without gaps: a gap means a file was lost or misnamed.
    """
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match["number"]), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.number)
    for expected, migration in enumerate(found, start=1):
        if migration.number != expected:
            raise StorageError(f"migration {expected:04d} is missing (found {migration.name})")
    return found


async def schema_version(conn: aiosqlite.Connection) -> int:
    """The last migration applied to the database (PRAGMA user_version; 0 for a new one)."""
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def apply_migrations(
    conn: aiosqlite.Connection, path: str, migrations: list[Migration]
) -> int:
    current = await schema_version(conn)
    latest = migrations[-1].number if migrations else 0
    if current > latest:
        raise DatabaseTooNew(
            f"{path} is at schema version {current}, but this Second Heart knows versions up to "
            f"{latest}. Run a newer Second Heart, or restore a backup made by this version."
        )
    for migration in migrations[current:]:
        # executescript would COMMIT any open transaction first, so the transaction and the
        # version bump live inside the script itself; on failure we roll back what it began.
        script = (
            f"BEGIN IMMEDIATE;\n{migration.sql}\n;\n"
            f"PRAGMA user_version = {migration.number};\nCOMMIT;"
        )
        try:
            await conn.executescript(script)
        except sqlite3.Error as exc:
            if conn.in_transaction:
                await conn.rollback()
            raise MigrationFailed(
                f"migration {migration.name} failed: {exc}. "
                f"{path} was left unchanged at schema version {current}."
            ) from exc
        current = migration.number
    return current


def check_before_open(path: Path) -> None:
    """Refuse what SQLite would open without complaint but is not our database."""
    if path.is_dir():
        raise StorageError(
            f"{path} is a folder; database.path must name a file, such as "
            f"{path / 'second-heart.db'}"
        )
    # SQLite treats an empty file as a new database: a truncated copy would start again from
    # nothing, silently. A file we create never stays empty: opening it writes the header.
    if path.is_file() and path.stat().st_size == 0:
        raise StorageError(
            f"{path} is empty (0 bytes), not a Second Heart database. If it should hold data, "
            "restore it from a backup; to start afresh, delete it."
        )
    # SQLite would open a read-only file read-only without a word, and fail at the first write.
    if path.is_file() and not os.access(path, os.R_OK | os.W_OK):
        raise StorageError(
            f"{path} is read-only; Second Heart writes to it (check its permissions)"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"cannot create the database {path}: {unwritable_reason(exc, path.parent)}"
        ) from None


async def check_integrity(conn: aiosqlite.Connection, path: str) -> None:
    """PRAGMA quick_check: every page and index entry well formed (not index contents), in
    O(N), so a damaged database stops start-up instead of failing one query at a time."""
    rows = await conn.execute_fetchall("PRAGMA quick_check(5)")
    problems = integrity_problems(row[0] for row in rows)
    if problems:
        more = f", and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
        raise StorageError(
            f"{path} is damaged ({problems[0]}{more}). Stop every process using it and "
            "restore a backup (python -m bot db backup makes them)."
        )


def integrity_problems(results: Iterable[object]) -> list[str]:
    """The problems PRAGMA quick_check or integrity_check found, one line each ([] if "ok").

    A row may hold several lines ("*** in database main ***" first); the operator gets each.
    """
    return [
        line
        for result in results
        for line in str(result).splitlines()
        if line.strip() and line != "ok" and not line.startswith("***")
    ]


def open_failure(path: Path, exc: sqlite3.Error | OSError) -> StorageError:
    """The error SQLite or the OS gave on open, as one line saying what to fix."""
    if not os.access(path.parent, os.W_OK):
        return StorageError(
            f"the folder {path.parent} is read-only; SQLite needs to create "
            f"{path.name}-wal and {path.name}-shm beside the database ({exc})"
        )
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return StorageError(
            f"{path} is not a Second Heart database, or is damaged ({exc}). Check "
            "database.path; if it is the right file, restore a backup."
        )
    return StorageError(f"cannot open the database {path}: {exc}")
