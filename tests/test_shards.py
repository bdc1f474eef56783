"""Shards in the core: Discord's guild-to-shard rule, the --shards flag, and a process's plan."""

from __future__ import annotations

import pytest

from bot.errors import InputError
from bot.shards import ShardPlan, parse_shards, shard_of

# A guild id whose timestamp part (the bits from 22 up) is 5: shard 5 % count.
GUILD_ON_5 = (5 << 22) | 0x3FFFFF


def test_a_guild_is_on_the_shard_of_its_timestamp_bits_modulo_the_count() -> None:
    assert shard_of(GUILD_ON_5, 2) == 1
    assert shard_of(GUILD_ON_5, 4) == 1
    assert shard_of(GUILD_ON_5, 8) == 5
    assert shard_of(GUILD_ON_5, 1) == 0
    # The low 22 bits (worker, process, increment) never move a guild.
    assert shard_of(5 << 22, 8) == 5


@pytest.mark.parametrize(
    ("flag", "count", "ids"),
    [
        ("0-3/8", 8, (0, 1, 2, 3)),
        ("1/2", 2, (1,)),
        ("0,2/4", 4, (0, 2)),
        ("0-1,5-6/8", 8, (0, 1, 5, 6)),
        (" 0 , 3 /4", 4, (0, 3)),
        ("0/1", 1, (0,)),
    ],
)
def test_the_shards_flag_reads_ids_and_ranges_over_a_count(
    flag: str, count: int, ids: tuple[int, ...]
) -> None:
    assert parse_shards(flag) == ShardPlan(count, ids)


@pytest.mark.parametrize(
    ("flag", "message"),
    [
        ("", "--shards must look like '0-3/8'"),
        ("0-3", "--shards must look like '0-3/8'"),
        ("/4", "--shards must look like"),
        ("a/2", "--shards must look like"),
        ("1/-2", "--shards must look like"),
        ("0,,1/2", "'' is not a shard id or a range like 0-3"),
        ("0-1-2/4", "'0-1-2' is not a shard id or a range like 0-3"),
        ("3-1/4", "the range 3-1 runs backwards"),
        ("2/2", "shard 2 is outside 0-1"),
        ("0-8/8", "shard 8 is outside 0-7"),
        ("0,1,0/2", "shard 0 is named twice"),
        ("0-2,1/4", "shard 1 is named twice"),
        ("0/0", "a shard count must be at least 1, not 0"),
    ],
)
def test_a_shards_flag_that_names_no_real_shard_is_refused_with_the_reason(
    flag: str, message: str
) -> None:
    with pytest.raises(InputError) as raised:
        parse_shards(flag)
    assert message in str(raised.value)


def test_a_plan_serves_the_guilds_on_its_shards_and_dms_only_with_shard_0() -> None:
    first, second = ShardPlan(2, (0,)), ShardPlan(2, (1,))
    assert not first.serves_guild(GUILD_ON_5)
    assert second.serves_guild(GUILD_ON_5)
    assert first.receives_direct_messages()
    assert not second.receives_direct_messages()
    assert str(ShardPlan(8, (0, 2))) == "shards 0, 2 of 8"


def test_unsharded_serves_every_guild_and_every_dm() -> None:
    plan = ShardPlan.unsharded()
    assert plan == ShardPlan(1, (0,))
    assert all(plan.serves_guild(guild) for guild in (GUILD_ON_5, 1 << 22, 7 << 40))
    assert plan.receives_direct_messages()


def test_a_plan_with_no_shards_is_refused() -> None:
    with pytest.raises(InputError, match="name at least one shard"):
        ShardPlan(2, ())
