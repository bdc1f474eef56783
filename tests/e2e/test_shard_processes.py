"""Sharded bots as processes (`python -m bot run --shards i/2`) on one PostgreSQL database.

Each channel reminder goes out from the process that runs its guild's shard, DMs from whichever
process claims them first, and every one arrives once, counted at the fake Discord. A third
process asking for a shard that is running is refused before it connects, and one that loses
its hold on its shards disconnects.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import open_app
from bot.config import Config
from bot.shards import shard_of
from bot.storage.errors import ShardLockLost
from tests.e2e.conftest import e2e_config, running_bot
from tests.e2e.fake_discord import FakeDiscord, Guild
from tests.e2e.test_startup import bot_process, write_config_file
from tests.helpers import on_database, printed_lines, rows, run_bot
from tests.reminders.test_shard_claims import sharded
from tests.storage.test_shard_locks import terminate_shard_holders

DM_MEMBERS = 6


def guilds_by_shard(fake: FakeDiscord) -> dict[int, Guild]:
    first = fake.guilds[fake.guild_id]
    home = shard_of(int(first.id), 2)
    return {home: first, 1 - home: fake.add_guild("Night Owls", shard=(1 - home, 2))}


async def seed(config: Config, guilds: dict[int, Guild], members: list[dict[str, Any]]) -> None:
    """A channel reminder in each guild and a DM reminder for each member, all due now."""
    app = await open_app(config)
    try:
        for guild in guilds.values():
            await app.reminders.set_guild_reminder(
                guild_id=int(guild.id),
                channel_id=int(guild.channel_id),
                time_text="07:00",
                zone_name="UTC",
            )
        for member in members:
            await app.reminders.create(user_id=int(member["id"]), time_text="07:00")
        due = (datetime.now(UTC) - timedelta(seconds=5)).isoformat()
        rows(app, "UPDATE reminders SET next_due = ?", (due,))
    finally:
        await app.close()


async def test_two_shard_processes_split_the_reminders_and_a_third_is_refused(
    tmp_path: Path, fake: FakeDiscord, postgres_url: str
) -> None:
    guilds = guilds_by_shard(fake)
    members = [fake.add_member(f"member{i}") for i in range(DM_MEMBERS)]
    config = on_database(e2e_config(tmp_path, fake), postgres_url)
    write_config_file(tmp_path, config)
    await seed(config, guilds, members)

    def in_channel(shard: int) -> int:
        return len(fake.bot_messages(guilds[shard].channel_id))

    def dms() -> int:
        return sum(len(fake.bot_messages(c)) for c in fake.dm_channels.values())

    async with bot_process(tmp_path, "run", "--shards", "1/2"):
        await fake.wait_for(lambda: in_channel(1) == 1 and dms() == DM_MEMBERS, seconds=30)
        # Shard 0's guild waits for its own process, however long this one runs.
        await asyncio.sleep(2)
        assert in_channel(0) == 0
        async with bot_process(tmp_path, "run", "--shards", "0/2"):
            await fake.wait_for(lambda: in_channel(0) == 1, seconds=30)
            refused = await asyncio.to_thread(run_bot, tmp_path, "run", "--shards", "0/2")
            assert refused.returncode == 1
            [line] = printed_lines(refused.stderr)
            assert line.startswith("error: shard 0 of 2 is already running on postgresql://")
            assert "stop that process first" in line

    assert (in_channel(0), in_channel(1), dms()) == (1, 1, DM_MEMBERS)
    per_member = sorted(len(fake.bot_messages(c)) for c in fake.dm_channels.values())
    assert per_member == [1] * DM_MEMBERS
    # The refused process never identified.
    assert fake.identified_shards == [(1, 2), (0, 2)]


async def test_a_bot_that_loses_its_shards_disconnects_and_says_why(
    tmp_path: Path, fake: FakeDiscord, postgres_url: str
) -> None:
    guilds_by_shard(fake)
    config = on_database(e2e_config(tmp_path, fake), postgres_url)
    app = await open_app(sharded(config, postgres_url, (0, 1)))

    async def serve_until_the_hold_is_lost() -> None:
        async with running_bot(app, identify_spacing=0) as bot:
            # The database drops the connection that holds the shards (a restart, a cut).
            assert terminate_shard_holders(postgres_url) == 1
            await fake.wait_for(bot.is_closed, seconds=15)

    try:
        with pytest.raises(ShardLockLost, match="no two processes serve one shard"):
            await serve_until_the_hold_is_lost()
    finally:
        await app.close()
