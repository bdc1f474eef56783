"""Storage errors: each message is fit for the operator, naming the file and what to do."""

from __future__ import annotations


class StorageError(Exception):
    """A database problem with a message fit for the operator."""


class MigrationFailed(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


class ShardsHeld(StorageError):
    """Another process on the database holds one of the shards this one asked for, or splits
    the shards by another count; the message names them and what to do."""

    def __init__(
        self,
        database: str,
        count: int,
        *,
        held: dict[int, str] | None = None,
        other_counts: tuple[int, ...] = (),
    ) -> None:
        self.held = held or {}
        self.other_counts = other_counts
        if other_counts:
            message = (
                f"another process on {database} splits the bot into "
                f"{' or '.join(map(str, other_counts))} shards, and this one into {count}: every "
                "process must use the same discord.shard_count (the N in --shards …/N), or two of "
                "them would serve the same servers"
            )
        else:
            one = len(self.held) == 1
            who = "; ".join(
                holder if one else f"shard {shard}: {holder}"
                for shard, holder in self.held.items()
                if holder
            )
            message = (
                f"{'shard' if one else 'shards'} {', '.join(map(str, self.held))} of {count} "
                f"{'is' if one else 'are'} already running on {database}"
                f"{f' ({who})' if who else ''}. Two processes on one shard would both answer its "
                "servers: stop that process first, or start this one on shards no process runs "
                "(--shards or discord.shard_ids). A process that died lets go of its shards "
                "by itself."
            )
        super().__init__(message)


class ShardLockLost(StorageError):
    """The connection holding this process's shard locks broke, so the locks are gone."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"lost the database connection that holds this process's shards ({reason}); "
            "stopping, so that no two processes serve one shard. Start it again once the "
            "database is reachable."
        )
