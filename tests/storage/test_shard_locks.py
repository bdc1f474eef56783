"""Shard locks, on PostgreSQL only: one process per shard, none left behind by a dead one,
and the knowledge-reload notices that travel on the same connection (postgres_link.py)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import psycopg
import pytest

from bot.storage.db import Database, ProcessLink, open_database
from bot.storage.errors import ShardLockLost, ShardsHeld


@pytest.fixture
async def databases(postgres_url: str) -> AsyncIterator[list[Database]]:
    """Three processes' handles on the one database."""
    opened = [await open_database(postgres_url) for _ in range(3)]
    yield opened
    for database in opened:
        await database.close()


async def link(database: Database, count: int, ids: tuple[int, ...]) -> ProcessLink:
    held = await database.link(count, ids)
    assert held is not None
    return held


def terminate_shard_holders(url: str) -> int:
    """Kill the server side of every link, as a crash or a network cut ends it."""
    with psycopg.connect(url, autocommit=True) as conn:
        killed = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name LIKE 'second-heart %'"
        ).fetchall()
    return len(killed)


async def next_reload(held: ProcessLink, seconds: float = 10) -> None:
    await asyncio.wait_for(anext(aiter(held.knowledge_reloads())), seconds)


async def test_a_second_process_asking_for_a_held_shard_is_refused_naming_it(
    databases: list[Database],
) -> None:
    first, second, _ = databases
    holder = await link(first, 2, (0, 1))
    with pytest.raises(ShardsHeld) as refused:
        await second.link(2, (1,))
    assert refused.value.held.keys() == {1}
    # Named with the database, the holder's host and pid, and what to do.
    assert str(refused.value).startswith(
        f"shard 1 of 2 is already running on {second.name} "
        f"(second-heart {os.uname().nodename} pid {os.getpid()}). "
    )
    assert "stop that process first" in str(refused.value)
    await holder.close()


async def test_a_refused_process_keeps_none_of_the_shards_it_did_get(
    databases: list[Database],
) -> None:
    first, second, third = databases
    holder = await link(first, 2, (1,))
    with pytest.raises(ShardsHeld):
        await second.link(2, (0, 1))
    # Shard 0 was free, and taken on the way; the refusal let it go again.
    other = await link(third, 2, (0,))
    await other.close()
    await holder.close()


async def test_a_closed_link_lets_go_of_its_shards(databases: list[Database]) -> None:
    first, second, _ = databases
    holder = await link(first, 4, (0, 1, 2, 3))
    await holder.close()
    successor = await link(second, 4, (0, 1, 2, 3))
    await successor.close()


async def test_a_dead_connection_lets_go_of_its_shards_and_its_process_hears_it(
    postgres_url: str, databases: list[Database]
) -> None:
    first, second, _ = databases
    holder = await link(first, 2, (0,))
    assert terminate_shard_holders(postgres_url) == 1
    with pytest.raises(ShardLockLost) as lost:
        await next_reload(holder)
    assert "no two processes serve one shard" in str(lost.value)
    successor = await link(second, 2, (0,))
    await successor.close()
    await holder.close()


async def test_processes_splitting_the_shards_by_different_counts_are_refused(
    databases: list[Database],
) -> None:
    first, second, _ = databases
    holder = await link(first, 2, (0,))
    with pytest.raises(ShardsHeld) as refused:
        # Shard 1 of 4 holds servers that shard 0 or 1 of 2 also holds.
        await second.link(4, (1,))
    assert refused.value.other_counts == (2,)
    assert "the same discord.shard_count" in str(refused.value)
    await holder.close()


async def test_a_knowledge_reload_reaches_every_other_process_but_not_its_own(
    databases: list[Database],
) -> None:
    links = [await link(d, 3, (i,)) for i, d in enumerate(databases)]
    heard = [asyncio.create_task(next_reload(held, seconds=2)) for held in links]
    await asyncio.sleep(0.1)  # each is listening
    await links[0].announce_knowledge_reload()
    await asyncio.gather(heard[1], heard[2])
    with pytest.raises(TimeoutError):
        await heard[0]
    for held in links:
        await held.close()


async def test_sqlite_has_no_shards_to_hold(tmp_path: Path) -> None:
    """Its instance lock already keeps a second process off the file."""
    database = await open_database(str(tmp_path / "one.db"))
    assert await database.link(2, (0,)) is None
    await database.close()
