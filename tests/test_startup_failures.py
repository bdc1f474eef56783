"""What an operator can get wrong at start-up, through `python -m bot` as a real subprocess.

Each gives one clear line on stderr and exit status 2 (configuration) or 1 (anything else), no
traceback, and changes nothing on disk.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from tests.helpers import printed_lines, run_bot, write_test_config

SECRET = "secret-part-of-the-token"


def one_line(result: subprocess.CompletedProcess[str], status: int) -> str:
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    lines = printed_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    return lines[0]


def make_database(tmp_path: Path, name: str = "bot.db") -> Path:
    """A migrated database with enough rows in one table that its root page is an index page."""
    result = run_bot(tmp_path, "db", "migrate", SECOND_HEART_DB=str(tmp_path / name))
    assert result.returncode == 0, result.stderr
    path = tmp_path / name
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO unanswered_questions (question, question_key, created_at) "
            "VALUES (?, ?, '2026-01-01T00:00:00')",
            [(f"question number {n} " * 5, f"key {n}") for n in range(3000)],
        )
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def damage_a_table(path: Path) -> int:
    """Garble the root page of `make_database`'s big table; return that page's number."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        [root] = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'unanswered_questions'"
        ).fetchone()
    with path.open("r+b") as file:
        # Keep the page header, garble its cells: what a torn write or a bad disk leaves.
        file.seek((root - 1) * page_size + 8)
        file.write(b"\xa5" * (page_size - 8))
    return int(root)


def test_a_damaged_page_stops_start_up_with_one_line(tmp_path: Path) -> None:
    path = make_database(tmp_path)
    root = damage_a_table(path)
    line = one_line(run_bot(tmp_path, "console", stdin="/help\n"), 1)
    assert line.startswith(f"error: {path} is damaged (On tree page {root} ")
    assert "restore a backup" in line


def test_an_empty_file_is_refused_not_made_a_new_database(tmp_path: Path) -> None:
    empty = tmp_path / "bot.db"
    empty.touch()
    line = one_line(run_bot(tmp_path, "console", stdin="/help\n"), 1)
    assert line == (
        f"error: {empty} is empty (0 bytes), not a Second Heart database. If it should hold "
        "data, restore it from a backup; to start afresh, delete it."
    )
    assert empty.stat().st_size == 0


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "bot.db"
    notes.write_text("my training notes\n" * 100)
    line = one_line(run_bot(tmp_path, "console", stdin="/help\n"), 1)
    assert line.startswith(f"error: {notes} is not a Second Heart database, or is damaged")
    assert notes.read_text() == "my training notes\n" * 100


def test_a_folder_as_the_database_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    line = one_line(run_bot(tmp_path, "console", SECOND_HEART_DB=str(folder)), 1)
    assert line == (
        f"error: {folder} is a folder; database.path must name a file, such as "
        f"{folder / 'second-heart.db'}"
    )


def test_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    result = run_bot(
        tmp_path, "console", SECOND_HEART_DB=str(folder / "bot.db"), honour_permissions=True
    )
    line = one_line(result, 1)
    assert f"the folder {folder} is read-only" in line
    assert list(folder.iterdir()) == []


def test_a_read_only_database_file_is_one_line(tmp_path: Path) -> None:
    path = make_database(tmp_path)
    path.chmod(0o444)
    line = one_line(run_bot(tmp_path, "console", stdin="/help\n", honour_permissions=True), 1)
    assert line.startswith(f"error: {path} is read-only; Second Heart writes to it")


def test_a_log_file_that_cannot_be_written_is_a_config_error(tmp_path: Path) -> None:
    write_test_config(tmp_path)
    with (tmp_path / "config.yaml").open("a") as config:
        config.write(f"logging:\n  file: {tmp_path / 'missing' / 'bot.log'}\n")
    line = one_line(run_bot(tmp_path, "console", stdin="/help\n"), 2)
    assert line == (
        f"config error: logging.file: cannot write to {tmp_path / 'missing' / 'bot.log'}: "
        "No such file or directory"
    )


def test_a_token_with_a_line_break_is_a_config_error_that_never_shows_it(
    tmp_path: Path,
) -> None:
    result = run_bot(tmp_path, "run", DISCORD_TOKEN=f"first-line\n{SECRET}")
    line = one_line(result, 2)
    assert line.startswith("config error: environment variable DISCORD_TOKEN: contains a space")
    assert SECRET not in result.stderr + result.stdout


def test_a_backup_into_a_read_only_folder_is_one_line_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    make_database(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o555)
    result = run_bot(tmp_path, "db", "backup", str(folder / "copy.db"), honour_permissions=True)
    line = one_line(result, 1)
    assert line == (
        f"error: cannot write the backup to {folder / 'copy.db'}: the folder {folder} is read-only"
    )
    assert list(folder.iterdir()) == []


def test_a_backup_under_a_file_is_one_line(tmp_path: Path) -> None:
    make_database(tmp_path)
    (tmp_path / "notes.txt").write_text("not a folder")
    result = run_bot(tmp_path, "db", "backup", str(tmp_path / "notes.txt" / "copy.db"))
    line = one_line(result, 1)
    assert line.endswith(f"{tmp_path / 'notes.txt'} is a file, not a folder")
