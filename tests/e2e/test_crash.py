"""Scenario 5: the bot is killed (SIGKILL) mid-burst and restarted; every reminder arrives once."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import yaml

from bench.reminders import seed
from bot.storage.sqlite import SqliteDatabase
from tests.e2e.conftest import e2e_config
from tests.e2e.fake_discord import FakeDiscord
from tests.helpers import start_bot

REMINDERS = 30


async def test_a_killed_bot_neither_loses_nor_doubles_reminders(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    database = tmp_path / "crash.db"
    await (await SqliteDatabase.open(database)).close()
    # Thirty reminders, all due now (so within the grace window when the bot starts).
    seed(database, REMINDERS, datetime.now(UTC) - timedelta(seconds=5))
    config = e2e_config(tmp_path, fake)
    config = msgspec.structs.replace(
        config, database=msgspec.structs.replace(config.database, path=str(database))
    )
    data = msgspec.to_builtins(config, enc_hook=lambda secret: secret.reveal())
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data))
    # Each message takes a tenth of a second, so the kill lands mid-burst.
    fake.fail("POST", r"/channels/\d+/messages", 200, times=10_000, delay=0.1)

    def delivered() -> int:
        return sum(len(fake.bot_messages(channel)) for channel in fake.dm_channels.values())

    # The environment overrides the file, and the test helper sets its own database.
    first = start_bot(tmp_path, "run", SECOND_HEART_DB=str(database))
    try:
        await fake.wait_for(lambda: delivered() >= 8, seconds=30)
    finally:
        first.send_signal(signal.SIGKILL)
        await asyncio.to_thread(first.communicate, timeout=30)
    assert first.returncode == -signal.SIGKILL
    assert delivered() < REMINDERS, "the burst finished before the kill; slow it down"

    second = start_bot(tmp_path, "run", SECOND_HEART_DB=str(database))
    try:
        await fake.wait_for(lambda: delivered() == REMINDERS, seconds=60)
    finally:
        second.send_signal(signal.SIGTERM)
        _, err = await asyncio.to_thread(second.communicate, timeout=30)
    assert second.returncode == 0, err

    per_member = [len(fake.bot_messages(c)) for c in fake.dm_channels.values()]
    assert sorted(per_member) == [1] * REMINDERS
    with sqlite3.connect(database) as conn:
        statuses = conn.execute(
            "SELECT status, count(*) FROM reminder_occurrences GROUP BY status"
        ).fetchall()
    assert statuses == [("sent", REMINDERS)]
