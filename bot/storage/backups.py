"""SQLite backups: `python -m bot db backup PATH`, and the one written before each upgrade.

Both copy with SQLite's online backup API, which reads a consistent snapshot while the bot runs.
Before migrations change a database that is in use (schema version 1 or later; a new, empty one
has nothing to lose), a copy goes to `backups/` beside it, named after the file, the time and the
schema version it holds: `backups/second-heart.db.20261130T214400.123456Z.v11`. Only the newest
`database.backups_before_migration` of them are kept. If the copy can't be written, no migration
runs: upgrading without the way back is the one thing this exists to prevent.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

import aiosqlite

from bot.files import unwritable_reason
from bot.storage.errors import StorageError

BACKUP_FOLDER: Final = "backups"
# database.backups_before_migration: enough to step back over two upgrades and their retry.
DEFAULT_BACKUPS_KEPT: Final = 3
# The time is UTC to the microsecond, so names sort in the order they were written.
_STAMP_FORMAT: Final = "%Y%m%dT%H%M%S.%fZ"
_SUFFIX: Final = re.compile(r"^\d{8}T\d{6}\.\d{6}Z\.v\d+$")


async def write_backup(conn: aiosqlite.Connection, target: str | Path) -> None:
    """Copy the database `conn` is open on to `target`, a new file.

    An existing file is never overwritten (it may be the only good copy), and a copy that fails
    half-way is deleted: half a backup looks like a whole one later.
    """
    target = Path(target)
    if target.exists() or target.is_symlink():
        raise StorageError(f"{target} already exists; choose a new path")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = await aiosqlite.connect(str(target))
        try:
            await conn.backup(dest)
        finally:
            await dest.close()
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise StorageError(
            f"cannot write the backup to {target}: {unwritable_reason(exc, target.parent)}"
        ) from None


async def backup_before_migrating(
    conn: aiosqlite.Connection, path: str, version: int, keep: int, now: datetime
) -> Path:
    """Write the pre-migration backup of `path` (at schema `version`), then keep the newest
    `keep`; StorageError, with nothing migrated, if it can't be written."""
    stamp = now.astimezone(UTC).strftime(_STAMP_FORMAT)
    target = backup_folder(path) / f"{Path(path).name}.{stamp}.v{version}"
    try:
        await write_backup(conn, target)
    except StorageError as exc:
        raise StorageError(
            f"{exc}; no migration was applied, so {path} is unchanged at schema version "
            f"{version}. Fix the folder, or set database.backups_before_migration: 0 to upgrade "
            "without a backup"
        ) from None
    prune_backups(path, keep)
    return target


def backup_folder(path: str) -> Path:
    """Where the pre-migration backups of the database `path` go."""
    return Path(path).parent / BACKUP_FOLDER


def backups_of(path: str) -> list[Path]:
    """The pre-migration backups of `path`, oldest first (files of other names are not ours)."""
    folder = backup_folder(path)
    prefix = f"{Path(path).name}."
    if not folder.is_dir():
        return []
    return sorted(
        f
        for f in folder.iterdir()
        if f.name.startswith(prefix) and _SUFFIX.match(f.name[len(prefix) :]) and f.is_file()
    )


def prune_backups(path: str, keep: int) -> None:
    """Delete all but the newest `keep` pre-migration backups of `path`."""
    found = backups_of(path)
    for old in found[: max(len(found) - keep, 0)]:
        old.unlink(missing_ok=True)
