"""Which process sends what: a guild's channel reminders go out from the process whose shards
include the guild, DMs from any process, and on one database nothing goes out twice."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path

import msgspec
import pytest

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.config import Config
from bot.shards import shard_of
from bot.storage import outbox
from tests.helpers import config_for_tests, on_database, rows
from tests.reminders.test_dispatcher import StubSender


def guild_on(shard: int, serial: int) -> int:
    """A guild id (a snowflake) that Discord puts on `shard` of 2."""
    guild_id = ((2 * serial + shard) << 22) | serial
    assert shard_of(guild_id, 2) == shard
    return guild_id


def sharded(config: Config, url: str, ids: tuple[int, ...] | None) -> Config:
    """`config` on the database `url`, serving shards `ids` of 2 (None: unsharded)."""
    config = on_database(config, url)
    if not url.startswith("postgresql://"):
        database = msgspec.structs.replace(config.database, path=url)
        config = msgspec.structs.replace(config, database=database)
    discord = msgspec.structs.replace(
        config.discord, shard_count=None if ids is None else 2, shard_ids=ids
    )
    return msgspec.structs.replace(config, discord=discord)


OpenApp = Callable[[tuple[int, ...] | None], contextlib.AbstractAsyncContextManager[App]]


def apps_on(config: Config, url: str, clock: FakeClock) -> OpenApp:
    """Opens Apps on the one database `url`, each serving the shards of 2 it is given, as the
    processes of one bot do."""

    @contextlib.asynccontextmanager
    async def open_on(ids: tuple[int, ...] | None) -> AsyncIterator[App]:
        app = await open_app(sharded(config, url, ids), clock=clock)
        try:
            yield app
        finally:
            await app.close()

    return open_on


@pytest.fixture
def app_on(tmp_path: Path, clock: FakeClock, database_url: str) -> OpenApp:
    return apps_on(config_for_tests(tmp_path), database_url, clock)


async def add_reminders(app: App, guilds: dict[int, list[int]], dm_members: range) -> None:
    """A channel reminder in each guild (the guild's own, and a member's in its channel), and
    a DM reminder for each of `dm_members`, all due at 07:00 UTC."""
    for shard, ids in guilds.items():
        for guild_id in ids:
            await app.reminders.set_guild_reminder(
                guild_id=guild_id, channel_id=guild_id + 1, time_text="07:00", zone_name="UTC"
            )
            await app.reminders.create(
                user_id=1000 + guild_id % 1000 + shard,
                time_text="07:00",
                guild_id=guild_id,
                channel_id=guild_id + 2,
            )
    for user_id in dm_members:
        await app.reminders.create(user_id=user_id, time_text="07:00")


@pytest.mark.parametrize("shard", [0, 1])
async def test_a_sharded_process_sends_only_its_own_guilds_channel_reminders_and_every_dm(
    app_on: OpenApp, clock: FakeClock, shard: int
) -> None:
    guilds = {0: [guild_on(0, 1)], 1: [guild_on(1, 2)]}
    async with app_on((shard,)) as app:
        await add_reminders(app, guilds, range(1, 3))
        clock.advance(timedelta(days=1))
        sender = StubSender()
        assert await app.dispatcher(sender).tick() == 4
        channels = [d.guild_id for _, d in sender.messages.values() if d.channel_id is not None]
        assert channels == guilds[shard] * 2
        dms = sorted(d.user_id for _, d in sender.messages.values() if d.channel_id is None)
        assert dms == [1, 2]
        # The other shard's two wait, pending, for the process that serves it.
        assert rows(app, "SELECT count(*) FROM reminder_occurrences WHERE status = 'pending'") == [
            (2,)
        ]


async def test_an_unsharded_process_sends_every_guilds_channel_reminders(
    app_on: OpenApp, clock: FakeClock
) -> None:
    async with app_on(None) as app:
        await add_reminders(app, {0: [guild_on(0, 1)], 1: [guild_on(1, 2)]}, range(1, 2))
        clock.advance(timedelta(days=1))
        assert await app.dispatcher(StubSender()).tick() == 5


async def test_another_shards_waiting_reminder_does_not_wake_this_process(
    app_on: OpenApp, clock: FakeClock
) -> None:
    """Its occurrence is pending and due, but not this process's to claim: counting it, the
    dispatcher would wake at once, claim nothing, and wake again, without end."""
    async with app_on((0,)) as app:
        await add_reminders(app, {1: [guild_on(1, 2)]}, range(0))
        clock.advance(timedelta(days=1))
        assert await app.dispatcher(StubSender()).tick() == 0
        upcoming = await outbox.next_wake(app.db, shard_count=2, shard_ids=(0,))
        assert upcoming is not None
        assert upcoming > clock.now()
        # The process serving shard 1 has it due now.
        due = await outbox.next_wake(app.db, shard_count=2, shard_ids=(1,))
        assert due is not None
        assert due <= clock.now()


async def test_two_processes_on_one_database_send_every_reminder_once_each_from_its_shard(
    app_on: OpenApp, clock: FakeClock
) -> None:
    guilds = {shard: [guild_on(shard, serial) for serial in range(1, 6)] for shard in (0, 1)}
    async with app_on((0,)) as app_0, app_on((1,)) as app_1:
        await add_reminders(app_0, guilds, range(1, 41))
        clock.advance(timedelta(days=1))
        senders = {0: StubSender(), 1: StubSender()}
        dispatchers = [app_0.dispatcher(senders[0]), app_1.dispatcher(senders[1])]
        # Passes side by side, as the processes' dispatchers run, until neither finds work. The
        # first pass of one may make the occurrences while the other finds them not yet there,
        # and takes its own on its next pass.
        sent = 0
        for _ in range(5):
            passes = await asyncio.gather(*(d.tick() for d in dispatchers))
            if not any(passes):
                break
            sent += sum(passes)
        assert sent == 20 + 40
        for shard, sender in senders.items():
            channels = {d.guild_id for _, d in sender.messages.values() if d.channel_id}
            assert channels <= set(guilds[shard]), f"shard {shard} sent another shard's"
            assert len(sender.messages) == len(sender.attempts), "a send was repeated"
        assert {d.guild_id for s in senders.values() for _, d in s.messages.values()} >= {
            *guilds[0],
            *guilds[1],
        }
        nonces = [n for s in senders.values() for n in s.messages]
        assert len(nonces) == len(set(nonces)) == 60
        assert rows(app_0, "SELECT status, count(*) FROM reminder_occurrences GROUP BY status") == [
            ("sent", 60)
        ]
