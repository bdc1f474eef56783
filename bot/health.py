"""`python -m bot health`: is a bot running on the configured database, and is it well?

Healthy means all three, checked in this order, and the first that fails is the one line said:
1. the database opens and is intact (read-only: bot/storage/probe.py);
2. a live bot holds it. On SQLite, a process holds the instance lock (the console holds the same
   lock), seen in /proc/locks without taking it. On PostgreSQL there is no such lock: the shard
   locks say some process holds shards, but not that it is this machine's, and the console holds
   none. So there it means a process on this host, whose pid is alive, has written a heartbeat.
3. that bot's last heartbeat is under STALE_AFTER old: its event loop still runs.

The clock is a parameter, so staleness is tested without waiting.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.config import Config
from bot.files import MEMORY
from bot.heartbeat import BEAT_EVERY, STALE_AFTER
from bot.instance_lock import LockError, lock_holder
from bot.storage.db import is_postgres_url, sqlite_path
from bot.storage.errors import StorageError
from bot.storage.probe import Beat, DatabaseDamaged, DatabaseMissing, probe_postgres, probe_sqlite


@dataclass(frozen=True)
class Verdict:
    healthy: bool
    # One line for the operator (and a container's health log).
    line: str


def unhealthy(why: str) -> Verdict:
    return Verdict(False, f"unhealthy: {why}")


async def check_health(config: Config, clock: Clock) -> Verdict:
    """Whether a live bot with a recent heartbeat runs on `config`'s database."""
    target = config.database.target
    if is_postgres_url(target):
        return await _check_postgres(target, clock)
    return _check_sqlite(sqlite_path(target), clock)


def _check_sqlite(path: str, clock: Clock) -> Verdict:
    if path == MEMORY:
        return unhealthy("the database is in memory (:memory:), where no other process can look")
    try:
        probe = probe_sqlite(path)
    except DatabaseMissing:
        return unhealthy(f"no bot is running on {path}: the database doesn't exist yet")
    except DatabaseDamaged as exc:
        return unhealthy(f"the database is damaged: {exc}")
    try:
        holder = lock_holder(path)
    except LockError as exc:
        return unhealthy(str(exc))
    if holder is None:
        return unhealthy(f"no bot is running on {path} (nothing holds its lock)")
    who = f"pid {holder.pid}" if holder.pid else "a bot (pid unknown)"
    # One process at a time holds the file, so the newest beat is the lock holder's.
    return _judge(max(probe.beats, key=lambda b: b.at, default=None), who, path, clock)


async def _check_postgres(url: str, clock: Clock) -> Verdict:
    try:
        probe = await probe_postgres(url)
    except StorageError as exc:
        return unhealthy(str(exc))
    name = probe.name
    host = socket.gethostname()
    here = [b for b in probe.beats if b.host == host and _alive(b.pid)]
    if not here:
        return unhealthy(f"no bot is running on {name} from this host ({host})")
    newest = max(here, key=lambda b: b.at)
    return _judge(newest, f"pid {newest.pid}", name, clock)


def _judge(beat: Beat | None, who: str, database: str, clock: Clock) -> Verdict:
    if beat is None:
        return unhealthy(
            f"the bot on {database} ({who}) has written no heartbeat; it writes one every "
            f"{_said(BEAT_EVERY)} from start-up"
        )
    age = max(clock.now() - beat.at, timedelta(0))
    when = f"{_said(age)} ago ({beat.at.isoformat(timespec='seconds')})"
    if age > STALE_AFTER:
        return unhealthy(
            f"the bot's last heartbeat was {when}, over {_said(STALE_AFTER)}: {who} on "
            f"{database} holds the database but its event loop seems stuck"
        )
    return Verdict(True, f"healthy: {who} on {database}, last heartbeat {when}")


def _alive(pid: int) -> bool:
    """Whether a process with this pid exists here (signal 0 checks without sending)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _said(span: timedelta) -> str:
    """A span as an operator reads it: '40 s', '3 minutes', '2 hours'."""
    seconds = int(span.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 2 * 3600:
        return f"{seconds // 60} minutes"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} hours"
    return f"{seconds // 86400} days"
