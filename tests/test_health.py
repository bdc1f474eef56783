"""`python -m bot health`: healthy only with an intact database, a live bot holding it, and a
recent heartbeat; otherwise exit 1 and one line saying which failed."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.config import Config
from bot.health import check_health
from bot.heartbeat import BEAT_EVERY, STALE_AFTER, Heartbeat, ProcessId
from bot.instance_lock import InstanceLock
from bot.storage.db import open_database
from tests.conftest import START
from tests.helpers import config_for_tests, on_database, printed_lines, run_bot, start_bot
from tests.test_startup_failures import damage_a_table, make_database


def health(tmp_path: Path, url: str = "") -> subprocess.CompletedProcess[str]:
    """`python -m bot health` on the bot's SQLite file, or on PostgreSQL at `url`."""
    return run_bot(tmp_path, "health", SECOND_HEART_DATABASE_URL=url)


def unhealthy_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    [line] = printed_lines(result.stderr)
    assert line.startswith("unhealthy: ")
    return line


def healthy_within(tmp_path: Path, seconds: float, url: str = "") -> str:
    """The healthy line, once health says so (a starting bot beats within a second or two)."""
    deadline = time.monotonic() + seconds
    while True:
        result = health(tmp_path, url)
        if result.returncode == 0 or time.monotonic() > deadline:
            assert result.returncode == 0, result.stderr
            return result.stdout.strip()
        time.sleep(0.5)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_running_console_is_healthy_and_unhealthy_once_it_stops(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    url = request.getfixturevalue("postgres_url") if backend == "postgresql" else ""
    process = start_bot(tmp_path, "console", SECOND_HEART_DATABASE_URL=url)
    try:
        line = healthy_within(tmp_path, 60, url)
        assert line.startswith(f"healthy: pid {process.pid} on ")
        assert "last heartbeat " in line
    finally:
        # End of input ends the console.
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "no bot is running on " in unhealthy_line(health(tmp_path, url))


def test_no_bot_running_is_unhealthy_and_creates_nothing(tmp_path: Path) -> None:
    line = unhealthy_line(health(tmp_path))
    assert line == (
        f"unhealthy: no bot is running on {tmp_path / 'bot.db'}: the database doesn't exist yet"
    )
    assert not (tmp_path / "bot.db").exists()
    assert not (tmp_path / "bot.db.lock").exists()


def test_a_database_nobody_holds_is_unhealthy_and_left_unmigrated(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE members (user_id INTEGER PRIMARY KEY)")
        conn.execute("PRAGMA user_version = 1")
    line = unhealthy_line(health(tmp_path))
    assert line == f"unhealthy: no bot is running on {path} (nothing holds its lock)"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)


def test_a_damaged_database_is_unhealthy_saying_so(tmp_path: Path) -> None:
    path = make_database(tmp_path)
    root = damage_a_table(path)
    line = unhealthy_line(health(tmp_path))
    assert line.startswith(f"unhealthy: the database is damaged: {path}: On tree page {root} ")


def test_a_file_that_is_not_a_database_is_unhealthy(tmp_path: Path) -> None:
    (tmp_path / "bot.db").write_text("my training notes\n" * 100)
    line = unhealthy_line(health(tmp_path))
    assert line.startswith("unhealthy: the database is damaged: ")
    assert "not a database" in line


async def test_a_stale_heartbeat_is_unhealthy_and_a_recent_one_healthy(tmp_path: Path) -> None:
    config = config_for_tests(tmp_path)
    clock = FakeClock(START)
    db = await open_database(config.database.path)
    try:
        with InstanceLock(config.database.path):
            await Heartbeat(db, clock).beat()
            clock.advance(BEAT_EVERY)
            verdict = await check_health(config, clock)
            assert verdict.healthy, verdict.line
            assert verdict.line == (
                f"healthy: pid {os.getpid()} on {config.database.path}, last heartbeat 30 s ago "
                "(2026-03-02T09:00:00+00:00)"
            )
            clock.advance(STALE_AFTER)
            verdict = await check_health(config, clock)
    finally:
        await db.close()
    assert not verdict.healthy
    assert verdict.line == (
        "unhealthy: the bot's last heartbeat was 2 minutes ago (2026-03-02T09:00:00+00:00), over "
        f"90 s: pid {os.getpid()} on {config.database.path} holds the database but its event "
        "loop seems stuck"
    )


async def test_a_bot_that_never_beat_is_unhealthy(tmp_path: Path) -> None:
    config = config_for_tests(tmp_path)
    db = await open_database(config.database.path)
    await db.close()
    with InstanceLock(config.database.path):
        verdict = await check_health(config, FakeClock(START))
    assert not verdict.healthy
    assert "has written no heartbeat" in verdict.line


def dead_pid() -> int:
    """The pid of a process that has exited (and was reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def postgres_config(tmp_path: Path, url: str) -> Config:
    return on_database(config_for_tests(tmp_path), url)


async def test_on_postgresql_a_live_process_on_this_host_with_a_recent_beat_is_healthy(
    tmp_path: Path, postgres_url: str
) -> None:
    config = postgres_config(tmp_path, postgres_url)
    clock = FakeClock(START)
    db = await open_database(postgres_url)
    try:
        await Heartbeat(db, clock).beat()
        assert (await check_health(config, clock)).healthy
        clock.advance(STALE_AFTER + timedelta(seconds=1))
        stale = await check_health(config, clock)
    finally:
        await db.close()
    assert not stale.healthy
    assert stale.line.startswith("unhealthy: the bot's last heartbeat was 91 s ago")


@pytest.mark.parametrize("elsewhere", ["a dead pid", "another host"])
async def test_on_postgresql_a_beat_from_a_dead_process_or_another_host_is_no_bot(
    tmp_path: Path, postgres_url: str, elsewhere: str
) -> None:
    config = postgres_config(tmp_path, postgres_url)
    if elsewhere == "a dead pid":
        process = ProcessId(pid=dead_pid())
    else:
        process = ProcessId(host=f"not-{socket.gethostname()}")
    clock = FakeClock(START)
    db = await open_database(postgres_url)
    try:
        await Heartbeat(db, clock, process).beat()
        verdict = await check_health(config, clock)
    finally:
        await db.close()
    assert not verdict.healthy
    assert verdict.line.startswith("unhealthy: no bot is running on postgresql://")
    assert verdict.line.endswith(f"from this host ({socket.gethostname()})")


async def test_on_postgresql_an_unreachable_server_is_unhealthy(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://heart:secret@127.0.0.1:{port}/heart"
    verdict = await check_health(postgres_config(tmp_path, url), FakeClock(START))
    assert not verdict.healthy
    assert verdict.line.startswith(
        f"unhealthy: cannot reach the database postgresql://heart:***@127.0.0.1:{port}/heart: "
    )
    assert "secret" not in verdict.line
