"""Scenario 5: the bot is killed (SIGKILL) mid-burst and restarted; every reminder arrives once.

On SQLite and on PostgreSQL. They differ in when the restarted process takes over the dead one's
claims: on SQLite at once (the instance lock says no other process is alive), on PostgreSQL once
their lease has run out (another process may be sending them), so there the bots run with a
lease of seconds (short_lease_bot.py) and the test checks that nothing was resent before it.
"""

from __future__ import annotations

import asyncio
import signal
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import yaml

from bench.reminders import seed_due
from bot.storage.db import open_database
from tests.e2e import short_lease_bot
from tests.e2e.conftest import e2e_config, on_both_backends
from tests.e2e.fake_discord import FakeDiscord
from tests.helpers import rows_at, start_bot

REMINDERS = 30
# Longer than any request the killed bot had in flight takes to land (each takes 0.1 s).
IN_FLIGHT_LANDS = 0.5


async def seed_due_now(database: str) -> None:
    """Thirty reminders, all due now (so within the grace window when the bot starts)."""
    db = await open_database(database)
    try:
        await seed_due(db, REMINDERS, datetime.now(UTC) - timedelta(seconds=5))
    finally:
        await db.close()


def lease_ends(database: str) -> float:
    """When the first of the dead process's claims runs out, on this process's monotonic clock
    (the fake's): the lease is stored as wall-clock time."""
    [(first,)] = rows_at(
        database, "SELECT min(lease_until) FROM reminder_occurrences WHERE status = 'sending'"
    )
    assert isinstance(first, str), "the killed bot held no claim"
    left = datetime.fromisoformat(first) - datetime.now(UTC)
    return time.monotonic() + left.total_seconds()


@on_both_backends
async def test_a_killed_bot_neither_loses_nor_doubles_reminders(
    tmp_path: Path, fake: FakeDiscord, backend: str, e2e_database: str
) -> None:
    await seed_due_now(e2e_database)
    config = e2e_config(tmp_path, fake, e2e_database)
    data = msgspec.to_builtins(config, enc_hook=lambda secret: secret.reveal())
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
    # Each message takes a tenth of a second, so the kill lands mid-burst.
    fake.fail("POST", r"/channels/\d+/messages", 200, times=10_000, delay=0.1)

    def delivered() -> int:
        return sum(len(fake.bot_messages(channel)) for channel in fake.dm_channels.values())

    # The environment overrides the file, and the test helper sets its own database.
    if backend == "postgresql":
        env = {"SECOND_HEART_DATABASE_URL": e2e_database}
        launcher = "tests.e2e.short_lease_bot"
    else:
        env = {"SECOND_HEART_DB": e2e_database}
        launcher = "bot"
    first = start_bot(tmp_path, "run", module=launcher, **env)
    try:
        await fake.wait_for(lambda: delivered() >= 8, seconds=30)
    finally:
        first.send_signal(signal.SIGKILL)
        await asyncio.to_thread(first.communicate, timeout=30)
    assert first.returncode == -signal.SIGKILL
    assert delivered() < REMINDERS, "the burst finished before the kill; slow it down"
    await asyncio.sleep(IN_FLIGHT_LANDS)
    created_before_restart = len(fake.created_at)
    dead_lease_ends = lease_ends(e2e_database)

    second = start_bot(tmp_path, "run", module=launcher, **env)
    try:
        await fake.wait_for(lambda: delivered() == REMINDERS, seconds=60)
    finally:
        second.send_signal(signal.SIGTERM)
        _, err = await asyncio.to_thread(second.communicate, timeout=30)
    assert second.returncode == 0, err

    per_member = [len(fake.bot_messages(c)) for c in fake.dm_channels.values()]
    assert sorted(per_member) == [1] * REMINDERS
    statuses = rows_at(
        e2e_database, "SELECT status, count(*) FROM reminder_occurrences GROUP BY status"
    )
    assert statuses == [("sent", REMINDERS)]
    if backend == "postgresql":
        # The restarted bot was up while the dead one's claims still held, and sent none of
        # them until their lease had run out; then each once (counted above).
        assert fake.identified_at < dead_lease_ends, (
            f"restarted after the lease; lengthen {short_lease_bot.__name__}.LEASE"
        )
        resent = fake.created_at[created_before_restart:]
        assert resent, "the restarted bot sent nothing new"
        assert min(resent) >= dead_lease_ends
