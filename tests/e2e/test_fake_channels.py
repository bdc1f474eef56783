"""The fake Discord answers GET /channels/{id} as Discord does.

A process that holds only its own shards' guilds has no cached channel for a reminder whose
channel belongs to another shard's guild, so discord.py fetches it. The fake once had no such
route, and a test that happened to take that path failed on "unhandled route".
"""

from __future__ import annotations

import aiohttp

from tests.e2e.fake_discord import FakeDiscord


async def test_a_guild_channel_is_fetched_with_its_guild(fake: FakeDiscord) -> None:
    url = f"{fake.api_base}/channels/{fake.channel_id}"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert response.status == 200
        channel = await response.json()
    assert channel["id"] == fake.channel_id
    assert channel["type"] == 0
    assert channel["guild_id"] == fake.guild_id
    assert fake.violations == []


async def test_a_dm_channel_is_fetched_with_its_recipient(fake: FakeDiscord) -> None:
    async with aiohttp.ClientSession() as session:
        opened = f"{fake.api_base}/users/@me/channels"
        async with session.post(opened, json={"recipient_id": "4242"}) as response:
            dm = await response.json()
        async with session.get(f"{fake.api_base}/channels/{dm['id']}") as response:
            assert response.status == 200
            channel = await response.json()
    assert channel["type"] == 1
    assert [user["id"] for user in channel["recipients"]] == ["4242"]
    assert fake.violations == []


async def test_a_channel_discord_does_not_know_is_unknown_channel(fake: FakeDiscord) -> None:
    url = f"{fake.api_base}/channels/123456789"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert response.status == 404
        error = await response.json()
    assert error["code"] == 10003
    assert fake.violations == []
