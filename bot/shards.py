"""Discord shards: which shard a guild is on, and which shards this process serves.

Pure values and functions, with no discord import, so the core (the reminder dispatcher, say) can
ask whether a guild is this process's without knowing how the gateway connects. Discord puts a
guild on shard `(guild_id >> 22) % shard_count` and sends direct messages to shard 0
(discord.com/developers/docs/events/gateway#sharding).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bot.errors import InputError

FLAG_EXAMPLES = "'0-3/8' (shards 0 to 3 of 8), '1/2' or '0,2/4'"
_FLAG = re.compile(r"^(?P<ids>[0-9,\- ]+)/(?P<count>[0-9]+)$")
_RANGE = re.compile(r"^(?P<first>[0-9]+)(?:-(?P<last>[0-9]+))?$")


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard Discord delivers `guild_id`'s events on, out of `shard_count`."""
    return (guild_id >> 22) % shard_count


@dataclass(frozen=True)
class ShardPlan:
    """The shards one process runs: `ids` out of `count` shards in all."""

    count: int
    ids: tuple[int, ...]

    def __post_init__(self) -> None:
        problem = shard_problem(self.count, self.ids)
        if problem:
            raise InputError(problem)

    @classmethod
    def unsharded(cls) -> ShardPlan:
        """One connection for every guild: what Discord calls shard 0 of 1."""
        return cls(1, (0,))

    def serves_guild(self, guild_id: int) -> bool:
        return shard_of(guild_id, self.count) in self.ids

    def receives_direct_messages(self) -> bool:
        """Whether DM events (a member's DM to the bot) reach this process: Discord delivers
        them on shard 0 only. Sending a DM needs no gateway, so any process may."""
        return 0 in self.ids

    def __str__(self) -> str:
        return f"shards {', '.join(map(str, self.ids))} of {self.count}"


def shard_problem(count: int, ids: tuple[int, ...]) -> str | None:
    """What is wrong with running shards `ids` of `count`, said for the operator; None if
    nothing is. Discord closes a session that identifies with a shard outside 0..count-1."""
    if count < 1:
        return f"a shard count must be at least 1, not {count}"
    if not ids:
        return "name at least one shard to run"
    outside = sorted({i for i in ids if not 0 <= i < count})
    if outside:
        return (
            f"shard {', '.join(map(str, outside))} is outside 0-{count - 1} "
            f"(shard ids count from 0, below the shard count {count})"
        )
    repeated = sorted(i for i, times in Counter(ids).items() if times > 1)
    if repeated:
        return f"shard {', '.join(map(str, repeated))} is named twice"
    return None


def parse_shards(text: str) -> ShardPlan:
    """The `--shards` flag: shard ids (single ids and ranges, comma-separated) over a count.

    Raises InputError with an example when `text` is not such a list or names a shard that
    cannot exist.
    """
    match = _FLAG.match(text.strip())
    if not match:
        raise InputError(f"--shards must look like {FLAG_EXAMPLES}, not {text!r}")
    ids: list[int] = []
    for part in match["ids"].split(","):
        item = _RANGE.match(part.strip())
        if not item:
            raise InputError(f"--shards: {part.strip()!r} is not a shard id or a range like 0-3")
        first = int(item["first"])
        last = int(item["last"]) if item["last"] is not None else first
        if last < first:
            raise InputError(f"--shards: the range {first}-{last} runs backwards")
        ids.extend(range(first, last + 1))
    return ShardPlan(int(match["count"]), tuple(ids))
