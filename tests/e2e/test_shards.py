"""Sharded bots against the fake Discord: each shard's guilds, each guild's commands, refusals.

The real discord.py AutoShardedBot, started through run_discord, identifies once per shard; the
fake sends every shard only its own guilds and every guild's events only to its shard's session,
as Discord does, so a bot that served the wrong guilds would see them missing here.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import discord
import msgspec
import pytest
from discord.ext import commands

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.discord.client import SecondHeartBot
from bot.discord.start import SHARD_REFUSALS, run_discord
from bot.errors import StartupError
from bot.shards import ShardPlan, shard_of
from tests.e2e.conftest import e2e_config, running_bot
from tests.e2e.fake_discord import FakeDiscord, Guild
from tests.e2e.test_startup import bot_process, write_config_file

ASK = [{"name": "question", "type": 3, "value": "what causes calf cramps"}]


@pytest.fixture
def guilds(fake: FakeDiscord) -> dict[int, Guild]:
    """A guild on each of two shards: the fake's first guild where its id puts it, and another."""
    first = fake.guilds[fake.guild_id]
    home = shard_of(int(first.id), 2)
    return {home: first, 1 - home: fake.add_guild("Night Owls", shard=(1 - home, 2))}


ShardedApp = Callable[[str, tuple[int, ...]], contextlib.AbstractAsyncContextManager[App]]


@pytest.fixture
def sharded_app(tmp_path: Path, fake: FakeDiscord, clock: FakeClock) -> ShardedApp:
    """Open an App (in its own folder of `tmp_path`) that runs shards `ids` of 2."""

    @contextlib.asynccontextmanager
    async def open_sharded(folder: str, ids: tuple[int, ...]) -> AsyncIterator[App]:
        config = e2e_config(tmp_path / folder, fake)
        shards = msgspec.structs.replace(config.discord, shard_count=2, shard_ids=ids)
        app = await open_app(msgspec.structs.replace(config, discord=shards), clock=clock)
        try:
            yield app
        finally:
            await app.close()

    return open_sharded


def interactions_seen(bot: SecondHeartBot) -> list[int]:
    """The ids of the interactions `bot` receives from here on, as discord.py dispatches them."""
    seen: list[int] = []

    async def record(interaction: discord.Interaction[Any]) -> None:
        seen.append(interaction.id)

    bot.add_listener(record, "on_interaction")
    return seen


async def test_one_bot_on_both_shards_gets_every_guild_each_over_its_own_shard(
    sharded_app: ShardedApp, fake: FakeDiscord, member: dict[str, Any], guilds: dict[int, Guild]
) -> None:
    async with (
        sharded_app("both", (0, 1)) as app,
        running_bot(app, identify_spacing=0) as bot,
    ):
        assert isinstance(bot, commands.AutoShardedBot)
        assert app.shards == ShardPlan(2, (0, 1))
        assert fake.identified_shards == [(0, 2), (1, 2)]
        assert {g.id: g.shard_id for g in bot.guilds} == {int(g.id): s for s, g in guilds.items()}
        assert sorted(bot.shards) == [0, 1]
        for shard, guild in guilds.items():
            interaction = await fake.slash(member, "ask", ASK, guild=guild)
            reply = await fake.reply_to(interaction)
            assert reply["embeds"][0]["title"] == "Calf cramps"
            assert reply["channel_id"] == guild.channel_id, f"shard {shard}"
        limits = await bot.fetch_session_start_limits()  # GET /gateway/bot
        assert (limits.total, limits.remaining, limits.max_concurrency) == (1000, 998, 1)


async def test_two_bots_on_shards_0_and_1_each_serve_only_their_shards_guilds(
    sharded_app: ShardedApp, fake: FakeDiscord, member: dict[str, Any], guilds: dict[int, Guild]
) -> None:
    async with (
        # Each bot its own database: this shows the gateway side only.
        sharded_app("zero", (0,)) as app_0,
        sharded_app("one", (1,)) as app_1,
        running_bot(app_0) as bot_0,
        running_bot(app_1) as bot_1,
    ):
        assert set(fake.identified_shards) == {(0, 2), (1, 2)}
        assert [g.id for g in bot_0.guilds] == [int(guilds[0].id)]
        assert [g.id for g in bot_1.guilds] == [int(guilds[1].id)]
        assert app_1.shards.serves_guild(int(guilds[1].id))
        assert not app_0.shards.serves_guild(int(guilds[1].id))
        seen_0, seen_1 = interactions_seen(bot_0), interactions_seen(bot_1)
        interaction = await fake.slash(member, "ask", ASK, guild=guilds[1])
        reply = await fake.reply_to(interaction)
        assert reply["embeds"][0]["title"] == "Calf cramps"
        assert seen_1 == [int(interaction.id)]
        assert seen_0 == []
        # Answered once: a second answer would be a violation, and none came.
        assert interaction.answer_attempts == 1


async def test_a_shard_count_discord_refuses_stops_start_up_with_the_fix(
    sharded_app: ShardedApp, fake: FakeDiscord
) -> None:
    fake.shard_count = 4
    async with sharded_app("refused", (0,)) as app:
        with pytest.raises(StartupError) as raised:
            await asyncio.wait_for(run_discord(app, asyncio.Event()), timeout=15)
    assert str(raised.value) == SHARD_REFUSALS[4010]
    assert fake.refused == [(4010, [0, 2])]


async def test_an_unsharded_bot_in_too_many_servers_is_told_to_shard(
    e2e_app: App, fake: FakeDiscord
) -> None:
    fake.guild_count = 3000
    with pytest.raises(StartupError) as raised:
        await asyncio.wait_for(run_discord(e2e_app, asyncio.Event()), timeout=15)
    assert str(raised.value) == SHARD_REFUSALS[4011]
    assert "--shards" in str(raised.value)
    assert fake.refused == [(4011, None)]


async def test_python_m_bot_run_with_the_shards_flag_runs_that_shard_only(
    tmp_path: Path, fake: FakeDiscord, guilds: dict[int, Guild]
) -> None:
    user = fake.add_member("lin")
    write_config_file(tmp_path, e2e_config(tmp_path, fake))
    async with bot_process(tmp_path, "run", "--shards", "1/2"):
        await fake.wait_for(lambda: fake.identified.is_set(), seconds=30)
        assert fake.identified_shards == [(1, 2)]
        interaction = await fake.slash(user, "ask", ASK, guild=guilds[1])
        reply = await fake.reply_to(interaction, seconds=20)
        assert reply["embeds"][0]["title"] == "Calf cramps"
