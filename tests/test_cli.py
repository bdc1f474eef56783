"""The command line, run as a newcomer would: real subprocesses, real files."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.__main__ import build_parser, with_shards
from bot.catalog import COMMANDS
from bot.config import Config, DiscordConfig
from bot.runner import NO_TOKEN_NOTICE
from bot.shards import ShardPlan
from bot.storage.schema import bundled_migrations
from tests.helpers import REPO, run_bot, start_bot


def test_console_through_a_pipe_lists_every_command(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "run", stdin="/help\n")
    assert result.returncode == 0, result.stderr
    for command in COMMANDS:
        assert command.usage in result.stdout
    assert NO_TOKEN_NOTICE in result.stderr


def test_no_subcommand_means_run(tmp_path: Path) -> None:
    result = run_bot(tmp_path, stdin="/help\n")
    assert result.returncode == 0, result.stderr
    assert "/help" in result.stdout


def test_end_of_input_exits_zero_with_no_output(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "console", stdin="")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_unknown_console_command_is_explained(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "console", stdin="/frobnicate\n")
    assert result.returncode == 0
    assert "There is no /frobnicate command. Type /help" in result.stdout


def test_config_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("logging:\n  levl: INFO\n")
    result = run_bot(tmp_path, "--config", "bad.yaml", "run")
    assert result.returncode == 2
    assert result.stderr.strip() == "config error: bad.yaml: logging.levl: unknown key " + (
        "(check the spelling against config.example.yaml)"
    )
    assert "Traceback" not in result.stderr


def test_config_option_works_after_the_subcommand(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text("default_timezone: Nowhere/Land\n")
    result = run_bot(tmp_path, "console", "--config", "c.yaml")
    assert result.returncode == 2
    assert "c.yaml: default_timezone: unknown time zone" in result.stderr


@pytest.mark.parametrize("zone", ["Europe", "x" * 300])
def test_a_default_timezone_that_is_a_folder_or_too_long_exits_2_in_one_line(
    tmp_path: Path, zone: str
) -> None:
    (tmp_path / "c.yaml").write_text(f"default_timezone: {zone}\n")
    result = run_bot(tmp_path, "--config", "c.yaml", "console", stdin="/help\n")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("config error: c.yaml: default_timezone: unknown time zone")


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["run"],
        ["console"],
        ["sync"],
        ["ask"],
        ["kb"],
        ["kb", "check"],
        ["db"],
        ["db", "migrate"],
        ["db", "backup"],
        ["db", "copy"],
    ],
)
def test_every_subcommand_has_help(tmp_path: Path, args: list[str]) -> None:
    result = run_bot(tmp_path, *args, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m bot")
    assert "--config" in result.stdout


def test_db_migrate_reports_the_version(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "db", "migrate")
    assert result.returncode == 0, result.stderr
    latest = bundled_migrations()[-1].number
    assert result.stdout.strip().endswith(f"schema version {latest}")


def test_db_backup_writes_a_consistent_copy(tmp_path: Path) -> None:
    run_bot(tmp_path, "db", "migrate")
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        conn.execute("INSERT INTO members (user_id, created_at) VALUES (42, 'now')")
    result = run_bot(tmp_path, "db", "backup", "copy.db")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        assert conn.execute("SELECT user_id FROM members").fetchall() == [(42,)]


def test_db_backup_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "copy.db").write_text("precious")
    result = run_bot(tmp_path, "db", "backup", "copy.db")
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert (tmp_path / "copy.db").read_text() == "precious"


def test_db_copy_copies_into_postgresql_once_and_never_shows_the_password(
    tmp_path: Path, postgres_url: str
) -> None:
    run_bot(tmp_path, "db", "migrate")
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        conn.execute("INSERT INTO members (user_id, created_at) VALUES (42, 'now')")
    # The test server trusts 127.0.0.1, so the password is never asked for; the URL holds one.
    to = postgres_url.replace("://postgres@", "://postgres:hunter2@")
    assert "hunter2" in to
    first = run_bot(tmp_path, "db", "copy", "--to", to)
    again = run_bot(tmp_path, "db", "copy", "--to", to)
    assert first.returncode == 0, first.stderr
    assert again.returncode == 0, again.stderr
    assert "members: 1 row, 1 copied" in first.stdout.splitlines()
    assert "members: 1 row, 0 copied (1 already there)" in again.stdout.splitlines()
    assert first.stdout.splitlines()[-1].startswith(
        f"copied 1 of 1 row in 13 tables from {tmp_path / 'bot.db'} to postgresql://postgres:***@"
    )
    assert "hunter2" not in first.stdout + first.stderr + again.stdout + again.stderr


def test_db_copy_refuses_while_the_bot_runs_on_the_file(tmp_path: Path) -> None:
    first = start_bot(tmp_path, "console")
    try:
        wait_for_lock(tmp_path / "bot.db.lock")
        copy = run_bot(tmp_path, "db", "copy", "--to", "postgresql://heart@127.0.0.1:1/heart")
        assert copy.returncode == 1
        assert (
            f"another Second Heart is already running on {tmp_path / 'bot.db'} (pid {first.pid}); "
            "stop it first" in copy.stderr
        )
        assert copy.stdout == ""
    finally:
        first.kill()
        first.communicate()


def test_db_copy_of_a_missing_file_exits_1_and_creates_nothing(tmp_path: Path) -> None:
    copy = run_bot(tmp_path, "db", "copy", "--to", "postgresql://heart@127.0.0.1:1/heart")
    assert copy.returncode == 1
    assert f"error: there is no SQLite database at {tmp_path / 'bot.db'} to copy" in copy.stderr
    assert not (tmp_path / "bot.db").exists()


def test_sync_without_a_token_says_what_is_missing(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "sync")
    assert result.returncode == 1
    assert "sync needs a Discord token" in result.stderr


def wait_for_lock(path: Path, timeout: float = 20) -> None:
    """Wait until `path` exists and isn't empty."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size:
            return
        time.sleep(0.05)
    raise AssertionError(f"{path} was never written")


def test_a_second_instance_on_the_same_database_is_refused(tmp_path: Path) -> None:
    first = start_bot(tmp_path, "console")
    try:
        wait_for_lock(tmp_path / "bot.db.lock")
        second = run_bot(tmp_path, "run", stdin="/help\n")
        assert second.returncode == 1
        assert (
            f"another Second Heart is already running on {tmp_path / 'bot.db'} (pid {first.pid})"
            in second.stderr
        )
        assert second.stdout == ""
    finally:
        first.kill()
        first.communicate()


def test_sigterm_exits_zero_and_frees_the_lock(tmp_path: Path) -> None:
    first = start_bot(tmp_path, "console")
    wait_for_lock(tmp_path / "bot.db.lock")
    first.send_signal(signal.SIGTERM)
    _, err = first.communicate(timeout=20)
    assert first.returncode == 0, err
    assert (tmp_path / "bot.db.lock").read_text() == ""
    again = run_bot(tmp_path, "console", stdin="/help\n")
    assert again.returncode == 0, again.stderr


def test_ask_json_prints_one_object_and_records_nothing(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "ask", "what causes calf cramps at night", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["id"] == "calf-cramps"
    assert data["urgent"] is False
    assert data["sources"]
    assert not (tmp_path / "bot.db").exists()


def test_ask_json_flags_a_warning_sign(tmp_path: Path) -> None:
    data = json.loads(run_bot(tmp_path, "ask", "my chest feels tight", "--json").stdout)
    assert data["urgent"] is True
    assert data["id"] is None


def test_ask_as_text(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "ask", "recommend", "a", "good", "anime")
    assert result.returncode == 0
    assert "I don't have an answer for that" in result.stdout


def test_console_answers_a_question_from_a_pipe(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "console", stdin="what causes calf cramps at night\n")
    assert result.returncode == 0, result.stderr
    assert "Calf cramps" in result.stdout


def test_a_broken_knowledge_base_stops_start_up_with_every_problem(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "a.yaml").write_text("area: A\nentries: [oops\n")
    (tmp_path / "config.yaml").write_text(f"knowledge:\n  path: {folder}\n")
    result = run_bot(tmp_path, "console", stdin="/help\n")
    assert result.returncode == 1
    assert f"{folder / 'a.yaml'}:3: YAML syntax error" in result.stderr
    assert "python -m bot kb check" in result.stderr


@pytest.mark.parametrize("kind", ["symlink", "hard link"])
def test_a_second_instance_through_another_name_for_the_database_is_refused(
    tmp_path: Path, kind: str
) -> None:
    first = start_bot(tmp_path, "console")
    try:
        wait_for_lock(tmp_path / "bot.db.lock")
        # The lock comes first, then the database: a hard link needs the file.
        wait_for_lock(tmp_path / "bot.db")
        other = tmp_path / "other" / "same.db"
        other.parent.mkdir()
        if kind == "symlink":
            other.symlink_to(tmp_path / "bot.db")
        else:
            other.hardlink_to(tmp_path / "bot.db")
        second = run_bot(tmp_path, "run", stdin="/help\n", SECOND_HEART_DB=str(other))
        assert second.returncode == 1
        assert "another Second Heart is already running on" in second.stderr
        assert f"(pid {first.pid})" in second.stderr
        assert second.stdout == ""
    finally:
        first.kill()
        first.communicate()


def test_the_console_starts_without_importing_discord_or_matplotlib() -> None:
    """Start-up cost: discord.py and matplotlib take most of a second to import between them;
    the console (the embedded default) needs neither until a chart is drawn."""
    probe = (
        "import sys, bot.__main__, bot.runner, bot.console, bot.app; "
        "print(sorted(m for m in ('discord', 'matplotlib') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.strip() == "[]"


def test_run_refuses_a_shards_flag_naming_a_shard_that_cannot_exist(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "run", "--shards", "0-2/2")
    assert result.returncode == 2
    assert "argument --shards: shard 2 is outside 0-1" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_shards_flag_overrides_the_configured_shards() -> None:
    args = build_parser().parse_args(["run", "--shards", "0,2/4"])
    configured = Config(discord=DiscordConfig(shard_count=2, shard_ids=(1,)))
    assert with_shards(configured, args.shards).discord.shard_plan == ShardPlan(4, (0, 2))
    # Without the flag, the configured shards stand.
    assert with_shards(configured, None).discord.shard_plan == ShardPlan(2, (1,))
