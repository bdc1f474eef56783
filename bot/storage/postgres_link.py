"""One process's own connection to a PostgreSQL database that other processes share.

It does two things no pooled connection can, because both live exactly as long as a session:
- **Holds the process's Discord shards**: a session-level advisory lock per shard id, taken with
  `pg_try_advisory_lock` at start-up, so a second process asking for a held shard is refused
  rather than made to wait. PostgreSQL drops a session's advisory locks when its connection ends,
  however it ends (the process killed with -9, its machine gone once TCP keepalives notice), so
  a crash leaves no stale lock, and nothing is ever unlocked by hand.
- **Hears the others' knowledge reloads**: `LISTEN` on one channel; a `/kb reload` anywhere sends
  `NOTIFY` with its process's token, and every other process reloads from its own disk.

The same connection reading notices is also how a lost lock is noticed: when it breaks, the
notices stop with ShardLockLost, and the process must stop serving its shards.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import AsyncIterator, Sequence
from typing import Final

import psycopg
from psycopg.rows import DictRow, dict_row

from bot.storage.db import Database
from bot.storage.errors import ShardLockLost, ShardsHeld

# Advisory lock keys, the two-number form (namespace, value): fixed numbers no other lock of
# ours uses (postgres.py's migration lock is a one-number key, which PostgreSQL keeps apart).
SHARD_LOCKS: Final = 0x5EC0_5A4D
# Held shared, with the shard count as the value: every process must split the same count.
SHARD_COUNTS: Final = 0x5EC0_5C47
KNOWLEDGE_CHANNEL: Final = "second_heart_knowledge_reloaded"
CONNECT_TIMEOUT_S: Final = 10
# Seconds until a silent peer is probed, between probes, and probes unanswered before the
# connection counts as dead: about half a minute, on both ends, instead of the system's hours.
KEEPALIVE: Final = (10, 5, 4)

_HOLDERS = """
SELECT l.objid::text::bigint AS value, coalesce(a.application_name, '') AS holder
FROM pg_locks AS l LEFT JOIN pg_stat_activity AS a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid = %s::bigint::oid AND l.pid <> pg_backend_pid()
"""


class PostgresLink:
    """The shards this process holds and the notices it hears, on one connection of its own."""

    def __init__(self, conn: psycopg.AsyncConnection[DictRow], notifier: Database) -> None:
        self._conn = conn
        # Notices go out on a pooled connection: this one is busy listening.
        self._notifier = notifier
        # Identifies this process's own notices, which it has acted on already.
        self._token = uuid.uuid4().hex

    @classmethod
    async def open(
        cls, url: str, notifier: Database, shard_count: int, shard_ids: Sequence[int]
    ) -> PostgresLink:
        """Connect and take every shard in `shard_ids` (of `shard_count`), or none.

        Raises ShardsHeld, naming who holds what, if another process has one of them or splits
        the shards by another count; psycopg.Error if the server can't be reached.
        """
        idle, interval, count = KEEPALIVE
        conn = await psycopg.AsyncConnection.connect(
            url,
            autocommit=True,
            row_factory=dict_row,
            connect_timeout=CONNECT_TIMEOUT_S,
            # Who holds a shard, for the message a refused process prints.
            application_name=f"second-heart {socket.gethostname()} pid {os.getpid()}"[:63],
            keepalives=1,
            keepalives_idle=idle,
            keepalives_interval=interval,
            keepalives_count=count,
        )
        try:
            await _stay_connected(conn)
            await _take(conn, notifier.name, shard_count, shard_ids)
            await conn.execute(f"LISTEN {KNOWLEDGE_CHANNEL}")
        except BaseException:
            # Closing the session lets go of whatever it took.
            await conn.close()
            raise
        return cls(conn, notifier)

    async def knowledge_reloads(self) -> AsyncIterator[None]:
        """One item per knowledge reload another process made, as it happens.

        Never ends on its own: it raises ShardLockLost when the connection breaks, since the
        shard locks went with it.
        """
        try:
            async for notice in self._conn.notifies():
                if notice.payload != self._token:
                    yield None
        except psycopg.OperationalError as exc:
            raise ShardLockLost(" ".join(str(exc).split())) from None

    async def announce_knowledge_reload(self) -> None:
        """Tell every other process that this one reloaded its knowledge base."""
        await self._notifier.fetchone(
            "SELECT pg_notify(?, ?) AS sent", (KNOWLEDGE_CHANNEL, self._token)
        )

    async def close(self) -> None:
        """Let go of the shards (ending the session releases its locks) and stop listening."""
        await self._conn.close()


async def _stay_connected(conn: psycopg.AsyncConnection[DictRow]) -> None:
    """Keep the server from closing this idle session, and have it notice a vanished client as
    soon as the client notices a vanished server."""
    idle, interval, count = KEEPALIVE
    await conn.execute(
        # A server's idle_session_timeout (PostgreSQL 14 and later) would end the session, and
        # the locks with it, while the bot runs; the row is missing on older servers.
        "SELECT set_config(name, '0', false) FROM pg_settings WHERE name = 'idle_session_timeout'"
    )
    for name, value in (
        ("tcp_keepalives_idle", idle),
        ("tcp_keepalives_interval", interval),
        ("tcp_keepalives_count", count),
    ):
        await conn.execute("SELECT set_config(%s, %s, false)", (name, str(value)))


async def _take(
    conn: psycopg.AsyncConnection[DictRow], database: str, count: int, ids: Sequence[int]
) -> None:
    # The count first, shared with every process splitting the same count, then a check for any
    # other count. Two processes with different counts starting together each see the other.
    await conn.execute("SELECT pg_advisory_lock_shared(%s, %s)", (SHARD_COUNTS, count))
    counts = await (await conn.execute(_HOLDERS, (SHARD_COUNTS,))).fetchall()
    other_counts = sorted({int(r["value"]) for r in counts} - {count})
    if other_counts:
        raise ShardsHeld(database, count, other_counts=tuple(other_counts))
    taken: list[int] = []
    for shard in ids:
        cursor = await conn.execute(
            "SELECT pg_try_advisory_lock(%s, %s) AS taken", (SHARD_LOCKS, shard)
        )
        row = await cursor.fetchone()
        if not (row and row["taken"]):
            taken.append(shard)
    if taken:
        holders = await (await conn.execute(_HOLDERS, (SHARD_LOCKS,))).fetchall()
        by_shard = {int(r["value"]): r["holder"] for r in holders}
        raise ShardsHeld(database, count, held={s: by_shard.get(s, "") for s in taken})
