"""Backups before migrations (SQLite): a database in use is copied beside itself before a new
version changes its schema, the newest N are kept, and no copy means no migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

from bot.config import ConfigError, load_config
from bot.storage.backups import backup_folder, backups_of
from bot.storage.db import open_database
from bot.storage.errors import StorageError
from bot.storage.schema import Migration, bundled_migrations
from tests.helpers import run_bot

MIGRATIONS = bundled_migrations()
LATEST = MIGRATIONS[-1].number


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def contents(path: Path) -> bytes:
    return path.read_bytes()


async def at_version(path: Path, migrations: list[Migration], **options: int) -> None:
    """Open `path` as a Second Heart knowing only `migrations` would, then close it."""
    db = await open_database(str(path), migrations=migrations, **options)
    await db.close()


async def test_a_database_in_use_is_backed_up_before_it_is_migrated(db_path: Path) -> None:
    await at_version(db_path, MIGRATIONS[:-1])
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO members (user_id, created_at) VALUES (42, 'then')")
    await at_version(db_path, MIGRATIONS)
    [backup] = backups_of(str(db_path))
    assert backup.parent == db_path.parent / "backups"
    assert backup.name.startswith(f"{db_path.name}.")
    assert backup.name.endswith(f".v{LATEST - 1}")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT user_id FROM members").fetchall() == [(42,)]
    assert user_version(backup) == LATEST - 1
    assert user_version(db_path) == LATEST


async def test_a_new_database_gets_no_backup(db_path: Path) -> None:
    await at_version(db_path, MIGRATIONS)
    assert not backup_folder(str(db_path)).exists()


async def test_a_database_already_up_to_date_gets_no_backup(db_path: Path) -> None:
    await at_version(db_path, MIGRATIONS[:-1])
    await at_version(db_path, MIGRATIONS)
    await at_version(db_path, MIGRATIONS)
    assert len(backups_of(str(db_path))) == 1


async def test_only_the_newest_backups_are_kept(db_path: Path) -> None:
    await at_version(db_path, MIGRATIONS[:1])
    for known in range(2, 7):
        await at_version(db_path, MIGRATIONS[:known], backups_kept=3)
    kept = backups_of(str(db_path))
    # Backups of versions 1 to 5 were written; the three newest hold versions 3, 4 and 5.
    assert [user_version(b) for b in kept] == [3, 4, 5]
    assert [b.name.rsplit(".", 1)[1] for b in kept] == ["v3", "v4", "v5"]


async def test_other_files_in_the_backup_folder_are_left_alone(db_path: Path) -> None:
    folder = backup_folder(str(db_path))
    folder.mkdir()
    mine = folder / "before-the-move.db"
    mine.write_text("an admin's own copy")
    other = folder / "console.db.20200101T000000.000000Z.v1"
    other.write_text("another database's backup")
    await at_version(db_path, MIGRATIONS[:1])
    for known in range(2, 5):
        await at_version(db_path, MIGRATIONS[:known], backups_kept=1)
    assert len(backups_of(str(db_path))) == 1
    assert mine.read_text() == "an admin's own copy"
    assert other.read_text() == "another database's backup"


async def test_a_backup_that_cannot_be_written_stops_the_migration_and_changes_nothing(
    db_path: Path,
) -> None:
    await at_version(db_path, MIGRATIONS[:-1])
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO members (user_id, created_at) VALUES (42, 'then')")
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = contents(db_path)
    # A file where the backup folder should be: the folder can't be made.
    backup_folder(str(db_path)).write_text("not a folder")
    with pytest.raises(StorageError) as info:
        await at_version(db_path, MIGRATIONS)
    folder = backup_folder(str(db_path))
    assert str(info.value) == (
        f"cannot write the backup to {backups_target_in(info.value)}: {folder} is a file, not a "
        f"folder; no migration was applied, so {db_path} is unchanged at schema version "
        f"{LATEST - 1}. Fix the folder, or set database.backups_before_migration: 0 to upgrade "
        "without a backup"
    )
    assert user_version(db_path) == LATEST - 1
    assert contents(db_path) == before
    assert folder.read_text() == "not a folder"


def backups_target_in(error: StorageError) -> str:
    """The backup path a 'cannot write the backup to PATH: …' message names."""
    return str(error).removeprefix("cannot write the backup to ").split(": ", 1)[0]


async def test_no_backup_when_turned_off(db_path: Path) -> None:
    await at_version(db_path, MIGRATIONS[:-1])
    await at_version(db_path, MIGRATIONS, backups_kept=0)
    assert not backup_folder(str(db_path)).exists()
    assert user_version(db_path) == LATEST


@pytest.mark.parametrize("value", [-1, 101, "three"])
def test_the_number_kept_is_checked_by_the_config_schema(tmp_path: Path, value: object) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"database": {"backups_before_migration": value}}))
    with pytest.raises(ConfigError, match=r"database\.backups_before_migration"):
        load_config(config, env={})


def test_db_migrate_backs_up_as_many_as_the_config_keeps(tmp_path: Path) -> None:
    db_path = tmp_path / "bot.db"
    with sqlite3.connect(db_path) as conn:
        conn.executescript(MIGRATIONS[0].sql)
        conn.execute("PRAGMA user_version = 1")
    (tmp_path / "config.yaml").write_text(
        yaml.safe_dump(
            {
                "database": {"backups_before_migration": 1},
                "knowledge": {"path": str(Path(__file__).parents[2] / "knowledge")},
            }
        )
    )
    result = run_bot(tmp_path, "db", "migrate")
    assert result.returncode == 0, result.stderr
    [backup] = backups_of(str(db_path))
    assert user_version(backup) == 1
    assert user_version(db_path) == LATEST
