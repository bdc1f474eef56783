"""A look at a database without opening it as the bot does, for `python -m bot health`.

Health runs beside a live bot, every 30 seconds in a container, so it must change nothing and
stop nothing: it never creates, migrates or writes a database. On SQLite the file is opened
read-only (`mode=ro`, so a missing file is not created either) and checked with
`PRAGMA quick_check`, the check start-up runs; in WAL mode a reader neither waits for the bot's
writes nor holds them up. On PostgreSQL it is one connection and two reads.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from bot.storage.errors import StorageError
from bot.storage.schema import integrity_problems

_BEATS: Final = "SELECT host, pid, beat_at FROM heartbeats"
_PROBLEMS_SHOWN: Final = 5


class DatabaseMissing(StorageError):
    """There is no database where the config points: no bot has run there."""


class DatabaseDamaged(StorageError):
    """The database can't be read, or fails its integrity check; the message says which."""


@dataclass(frozen=True)
class Beat:
    """One process's last heartbeat."""

    host: str
    pid: int
    at: datetime


@dataclass(frozen=True)
class Probe:
    # The database as messages name it (a PostgreSQL URL without its password).
    name: str
    schema_version: int
    # Every process's last heartbeat; empty if none beat yet, or the schema predates them.
    beats: tuple[Beat, ...]


def probe_sqlite(path: str) -> Probe:
    """Read `path` read-only: its integrity, schema version and heartbeats.

    Raises DatabaseMissing if there is no file, DatabaseDamaged if it fails the check or is not
    a database at all.
    """
    file = Path(path)
    if not file.is_file():
        raise DatabaseMissing(f"there is no database at {path}")
    if file.stat().st_size == 0:
        raise DatabaseDamaged(f"{path} is empty (0 bytes)")
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseDamaged(f"cannot open {path}: {exc}") from None
    try:
        checked = conn.execute(f"PRAGMA quick_check({_PROBLEMS_SHOWN})")
        problems = integrity_problems(text for (text,) in checked)
        if problems:
            raise DatabaseDamaged(f"{path}: {problems[0]}")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        has_beats = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'heartbeats'"
        ).fetchone()
        rows = conn.execute(_BEATS).fetchall() if has_beats else []
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path}: {exc}") from None
    finally:
        conn.close()
    beats = (Beat(str(h), int(p), datetime.fromisoformat(a)) for h, p, a in rows)
    return Probe(path, version, tuple(beats))


async def probe_postgres(url: str) -> Probe:
    """Connect to `url` and read its schema version and heartbeats; StorageError if the server
    can't be reached (the message never shows the password)."""
    import psycopg
    from psycopg.rows import DictRow

    from bot.storage.postgres import connect_once, reason, without_password

    name = without_password(url)
    try:
        async with await connect_once(url) as conn:
            cursor = await conn.execute(
                "SELECT to_regclass('schema_migrations') IS NOT NULL AS migrations, "
                "to_regclass('heartbeats') IS NOT NULL AS beats"
            )
            found = await cursor.fetchone()
            version = 0
            rows: list[DictRow] = []
            if found and found["migrations"]:
                cursor = await conn.execute(
                    "SELECT coalesce(max(version), 0) AS v FROM schema_migrations"
                )
                row = await cursor.fetchone()
                version = int(row["v"]) if row else 0
            if found and found["beats"]:
                rows = await (await conn.execute(_BEATS)).fetchall()
    except psycopg.Error as exc:
        raise StorageError(f"cannot reach the database {name}: {reason(exc)}") from None
    beats = (
        Beat(str(r["host"]), int(r["pid"]), datetime.fromisoformat(r["beat_at"])) for r in rows
    )
    return Probe(name, version, tuple(beats))
