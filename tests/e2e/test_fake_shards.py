"""The fake Discord shards as Discord does: /gateway/bot, IDENTIFY's shard, and who hears what.

Driven with a plain WebSocket client (the `fake` fixture is the server, with no bot), so each
rule is seen on the wire: which guilds READY and GUILD_CREATE carry for a shard, which session
an event goes to, and the close code for a shard Discord would refuse.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from tests.e2e.fake_discord import FakeDiscord, openapi_check
from tests.e2e.fake_discord.payloads import shard_of
from tests.e2e.test_discord_schema import needs_spec


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def gateway_bot(fake: FakeDiscord, http: aiohttp.ClientSession) -> dict[str, Any]:
    async with http.get(f"{fake.api_base}/gateway/bot") as response:
        assert response.status == 200
        answer: dict[str, Any] = await response.json()
        return answer


async def identify(
    fake: FakeDiscord, http: aiohttp.ClientSession, shard: Any = None
) -> aiohttp.ClientWebSocketResponse:
    """A connection that has said HELLO and sent IDENTIFY (with `shard` unless None)."""
    ws = await http.ws_connect(fake.gateway_url)
    hello = await ws.receive_json()
    assert hello["op"] == 10
    data: dict[str, Any] = {"token": "fake-token", "intents": 0, "properties": {}}
    if shard is not None:
        data["shard"] = shard
    await ws.send_json({"op": 2, "d": data})
    return ws


async def events(ws: aiohttp.ClientWebSocketResponse, count: int) -> list[dict[str, Any]]:
    return [await ws.receive_json(timeout=5) for _ in range(count)]


async def test_gateway_bot_recommends_one_shard_and_counts_session_starts(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    answer = await gateway_bot(fake, http)
    assert answer["url"] == fake.gateway_url
    assert answer["shards"] == 1
    assert answer["session_start_limit"] == {
        "total": 1000,
        "remaining": 1000,
        "reset_after": 86_400_000,
        "max_concurrency": 1,
    }
    ws = await identify(fake, http)
    await events(ws, 2)
    assert (await gateway_bot(fake, http))["session_start_limit"]["remaining"] == 999
    await ws.close()


async def test_gateway_bot_recommends_the_shard_count_the_fake_is_given(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    fake.shard_count = 4
    assert (await gateway_bot(fake, http))["shards"] == 4


@needs_spec
async def test_gateway_bots_answer_is_valid_against_discords_schema(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    spec = openapi_check.load()
    assert spec is not None
    operation = spec.operation("GET", "/gateway/bot")
    assert operation is not None
    answer = await gateway_bot(fake, http)
    assert operation.response_problems(answer) == []
    # The check can fail: an answer without the count of shards is not Discord's.
    del answer["shards"]
    assert operation.response_problems(answer) == [
        "get_bot_gateway: $: 'shards' is a required property"
    ]


async def test_a_shard_sees_only_its_guilds_in_ready_and_guild_create(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    first = fake.guilds[fake.guild_id]
    other = 1 - shard_of(first.id, 2)
    mine = {
        fake.add_guild("One", shard=(other, 2)).id,
        fake.add_guild("Two", shard=(other, 2)).id,
    }
    ws = await identify(fake, http, [other, 2])
    ready, *creates = await events(ws, 3)
    assert ready["t"] == "READY"
    assert ready["d"]["shard"] == [other, 2]
    assert {g["id"] for g in ready["d"]["guilds"]} == mine
    assert [c["t"] for c in creates] == ["GUILD_CREATE", "GUILD_CREATE"]
    assert {c["d"]["id"] for c in creates} == mine
    assert fake.identified_shards == [(other, 2)]
    await ws.close()


async def test_a_guilds_events_go_to_its_shard_and_dms_to_shard_0(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    member = fake.add_member("ada")
    # A guild on each shard: the first guild where its id puts it, and one on the other.
    by_shard = {shard_of(fake.guild_id, 2): fake.guilds[fake.guild_id]}
    other = 1 - next(iter(by_shard))
    by_shard[other] = fake.add_guild("Other", shard=(other, 2))
    sessions = [await identify(fake, http, [shard, 2]) for shard in (0, 1)]
    for ws in sessions:
        assert [e["t"] for e in await events(ws, 2)] == ["READY", "GUILD_CREATE"]
    for shard in (0, 1):
        await fake.post_message(member, f"in the guild on {shard}", guild=by_shard[shard])
    await fake.post_message(member, "in a DM", dm=True)
    zero, one = [
        [e["d"]["content"] for e in await events(ws, n)]
        for ws, n in zip(sessions, (2, 1), strict=True)
    ]
    assert zero == ["in the guild on 0", "in a DM"]
    assert one == ["in the guild on 1"]
    # Nothing else is waiting on either session: the next event each reads is a marker.
    for shard, ws in enumerate(sessions):
        await fake.post_message(member, "marker", guild=by_shard[shard])
        assert (await events(ws, 1))[0]["d"]["content"] == "marker"
    for ws in sessions:
        await ws.close()


@pytest.mark.parametrize("shard", [[2, 2], [-1, 2], [0, 0], [0], [0, "2"], "0/2"])
async def test_a_shard_outside_its_count_is_closed_with_4010_invalid_shard(
    fake: FakeDiscord, http: aiohttp.ClientSession, shard: Any
) -> None:
    ws = await identify(fake, http, shard)
    closed = await ws.receive(timeout=5)
    assert closed.type is aiohttp.WSMsgType.CLOSE
    assert ws.close_code == 4010
    assert fake.refused == [(4010, shard)]
    assert fake.identify_count == 0


async def test_a_shard_count_other_than_the_fakes_is_closed_with_4010(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    fake.shard_count = 4
    ws = await identify(fake, http, [0, 2])
    await ws.receive(timeout=5)
    assert ws.close_code == 4010


async def test_one_session_for_more_guilds_than_a_shard_may_hold_is_closed_with_4011(
    fake: FakeDiscord, http: aiohttp.ClientSession
) -> None:
    fake.guild_count = 2501
    unsharded = await identify(fake, http)
    await unsharded.receive(timeout=5)
    assert unsharded.close_code == 4011
    one_of_one = await identify(fake, http, [0, 1])
    await one_of_one.receive(timeout=5)
    assert one_of_one.close_code == 4011
    # Two shards hold 2,501 guilds; each session is served.
    sharded = await identify(fake, http, [0, 2])
    assert (await events(sharded, 1))[0]["t"] == "READY"
    assert fake.refused == [(4011, None), (4011, [0, 1])]
    await sharded.close()
