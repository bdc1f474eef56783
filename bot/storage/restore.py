"""`python -m bot db restore PATH`: put a backup back in place of the SQLite database.

The caller holds the instance lock throughout, so no bot starts mid-restore. The backup is
checked before anything is touched: SQLite's full `integrity_check`, and a schema version this
code knows (a backup from a newer version would be refused at start-up anyway, after the good
database was gone). It is then copied with the online backup API into a new file beside the
database, and renamed over it: the path names the old database or the whole new one, never half
of one, and a damaged database (the usual reason to restore) need not be readable as a target.
The old database's WAL goes first: left beside the new file, SQLite would replay it into it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from bot.files import unwritable_reason
from bot.storage.errors import StorageError
from bot.storage.schema import bundled_migrations, integrity_problems

_PROBLEMS_SHOWN = 5


def check_restorable(source: Path, live: str) -> int:
    """The schema version of `source` if it is an intact Second Heart database this code can
    run; otherwise StorageError saying why, with nothing changed."""
    if not source.is_file():
        raise StorageError(f"{source}: no such file")
    with contextlib.suppress(OSError):
        if source.samefile(live):
            raise StorageError(f"{source} is the database itself; name a backup of it")
    if source.stat().st_size == 0:
        raise StorageError(f"{source} is empty (0 bytes), not a Second Heart database")
    latest = bundled_migrations()[-1].number
    try:
        with contextlib.closing(_read_only(source)) as conn:
            checked = conn.execute(f"PRAGMA integrity_check({_PROBLEMS_SHOWN})")
            problems = integrity_problems(text for (text,) in checked)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{source} is not a SQLite database, or is damaged ({exc})") from None
    if problems:
        raise StorageError(f"{source} is damaged ({problems[0]}); nothing restored")
    if version == 0:
        raise StorageError(f"{source} is not a Second Heart database (it has no schema version)")
    if version > latest:
        raise StorageError(
            f"{source} is at schema version {version}, but this Second Heart knows versions up "
            f"to {latest}: restore it with the version that wrote it"
        )
    return version


def restore_file(source: Path, live: str) -> None:
    """Replace the database `live` with a copy of `source` (checked by `check_restorable`)."""
    target = Path(live)
    fresh = target.with_name(f"{target.name}.restoring")
    try:
        fresh.unlink(missing_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            contextlib.closing(_read_only(source)) as src,
            contextlib.closing(sqlite3.connect(fresh)) as dest,
        ):
            src.backup(dest)
        with fresh.open("rb") as file:
            os.fsync(file.fileno())
        for leftover in (f"{live}-wal", f"{live}-shm"):
            Path(leftover).unlink(missing_ok=True)
        os.replace(fresh, target)
        # The rename itself is durable once the folder is.
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            fresh.unlink(missing_ok=True)
        raise StorageError(
            f"cannot restore into {live}: {unwritable_reason(exc, target.parent)}"
        ) from None


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
