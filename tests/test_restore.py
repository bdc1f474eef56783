"""`python -m bot db restore PATH`: refused while a bot runs, and for a backup that is damaged,
foreign or too new, each with one line and nothing changed; otherwise the database is replaced."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

from bot.instance_lock import InstanceLock
from bot.storage.schema import bundled_migrations
from tests.helpers import printed_lines, run_bot
from tests.test_startup_failures import damage_a_table, make_database

LATEST = bundled_migrations()[-1].number


def members(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [int(u) for (u,) in conn.execute("SELECT user_id FROM members ORDER BY user_id")]


def add_member(path: Path, user_id: int) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO members (user_id, created_at) VALUES (?, 'now')", (user_id,))


def refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    [line] = printed_lines(result.stderr)
    return line


def bot_with_a_backup(tmp_path: Path) -> tuple[Path, Path]:
    """The bot's database holding members 42 and 43, and a backup taken when it held 42."""
    live = tmp_path / "bot.db"
    assert run_bot(tmp_path, "db", "migrate").returncode == 0
    add_member(live, 42)
    assert run_bot(tmp_path, "db", "backup", "copy.db").returncode == 0
    add_member(live, 43)
    return live, tmp_path / "copy.db"


def test_restore_puts_the_backup_in_place_of_the_database(tmp_path: Path) -> None:
    live, backup = bot_with_a_backup(tmp_path)
    result = run_bot(tmp_path, "db", "restore", "copy.db")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"restored {live} from copy.db (schema version {LATEST})\n"
    assert members(live) == [42]
    assert members(backup) == [42]
    assert not Path(f"{live}.restoring").exists()
    # The bot starts on it as on any database.
    assert run_bot(tmp_path, "db", "migrate").returncode == 0


def test_restore_is_refused_while_a_bot_holds_the_database(tmp_path: Path) -> None:
    live, _ = bot_with_a_backup(tmp_path)
    with InstanceLock(str(live)):
        line = refused(run_bot(tmp_path, "db", "restore", "copy.db"))
    assert line == (
        f"error: another Second Heart is already running on {live} (pid {os.getpid()}); "
        "stop it first, then restore"
    )
    assert members(live) == [42, 43]


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    live, _ = bot_with_a_backup(tmp_path)
    damaged = make_database(tmp_path, "damaged.db")
    damage_a_table(damaged)
    line = refused(run_bot(tmp_path, "db", "restore", "damaged.db"))
    assert line.startswith("error: damaged.db is damaged (")
    assert line.endswith("); nothing restored")
    assert members(live) == [42, 43]


def test_a_backup_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    live, backup = bot_with_a_backup(tmp_path)
    with sqlite3.connect(backup) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    line = refused(run_bot(tmp_path, "db", "restore", "copy.db"))
    assert line == (
        f"error: copy.db is at schema version {LATEST + 1}, but this Second Heart knows versions "
        f"up to {LATEST}: restore it with the version that wrote it"
    )
    assert members(live) == [42, 43]


def test_a_file_that_is_not_a_second_heart_database_is_refused(tmp_path: Path) -> None:
    live, _ = bot_with_a_backup(tmp_path)
    (tmp_path / "notes.txt").write_text("my training notes\n" * 100)
    with sqlite3.connect(tmp_path / "other.db") as conn:
        conn.execute("CREATE TABLE t (x)")
    notes = refused(run_bot(tmp_path, "db", "restore", "notes.txt"))
    assert notes.startswith("error: notes.txt is not a SQLite database, or is damaged (")
    other = refused(run_bot(tmp_path, "db", "restore", "other.db"))
    assert other == "error: other.db is not a Second Heart database (it has no schema version)"
    missing = refused(run_bot(tmp_path, "db", "restore", "missing.db"))
    assert missing == "error: missing.db: no such file"
    assert members(live) == [42, 43]


def test_a_damaged_database_is_replaced_whole(tmp_path: Path) -> None:
    """The usual reason to restore: the live file is damaged, and its WAL must not be replayed
    into the restored one."""
    live = make_database(tmp_path)
    add_member(live, 7)
    assert run_bot(tmp_path, "db", "backup", "copy.db").returncode == 0
    damage_a_table(live)
    Path(f"{live}-wal").write_bytes(b"\x00" * 4096)
    result = run_bot(tmp_path, "db", "restore", "copy.db")
    assert result.returncode == 0, result.stderr
    assert not Path(f"{live}-wal").exists()
    with sqlite3.connect(live) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert members(live) == [7]
    assert run_bot(tmp_path, "console", stdin="/help\n").returncode == 0


def test_restore_on_postgresql_points_to_pg_restore(tmp_path: Path) -> None:
    result = run_bot(
        tmp_path,
        "db",
        "restore",
        "dump.sql",
        SECOND_HEART_DATABASE_URL="postgresql://heart@127.0.0.1:1/heart",
    )
    assert refused(result) == (
        "error: db restore replaces a SQLite file; for PostgreSQL use pg_restore "
        "(README § Backups and restore)"
    )
