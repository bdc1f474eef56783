"""The heartbeat: every BEAT_EVERY the running bot (or console) writes one row saying it is
alive, and `python -m bot health` (bot/health.py) calls it stuck once the row is older than
STALE_AFTER.

It lives in the database, not in a file beside it, because only the database is shared on both
backends: on PostgreSQL there is no file beside it, the processes may run on several machines,
and the health check of each reads its own process's row by host and pid.

What it costs: one upsert of one ~100-byte row every 30 seconds. On SQLite that is a WAL append
in the page cache (about 0.1 ms; a check-in's transaction costs as much), on PostgreSQL one round
trip from the pool. Nothing else reads or waits for it.

The clock is the wall clock even in the console, whose own clock can run ahead (/clock +1d):
health compares the beat with real time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Final

from bot.clock import Clock, SystemClock
from bot.storage import heartbeats as store
from bot.storage.db import Database

log = logging.getLogger(__name__)

BEAT_EVERY: Final = timedelta(seconds=30)
# Three intervals: one late beat (a long checkpoint, a busy timeout of 5 s, a paused VM) is
# not a stuck bot; two missed in a row are. It matches a container HEALTHCHECK every 30 s.
STALE_AFTER: Final = 3 * BEAT_EVERY
# Rows of processes silent this long are deleted at start-up: they are long dead.
FORGET_AFTER: Final = timedelta(days=1)


@dataclass(frozen=True)
class ProcessId:
    """Which process beats: its host and pid, as `health` on the same machine sees them."""

    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)

    @property
    def key(self) -> str:
        return f"{self.host} pid {self.pid}"


class Heartbeat:
    def __init__(self, db: Database, clock: Clock, process: ProcessId | None = None) -> None:
        self._db = db
        self._clock = clock
        self.process = process or ProcessId()
        self._started_at = clock.now()

    async def beat(self) -> None:
        """Record that this process is alive now."""
        p = self.process
        await store.record_beat(self._db, p.key, p.host, p.pid, self._started_at, self._clock.now())

    async def run(self, stop: asyncio.Event) -> None:
        """Beat now and every BEAT_EVERY until `stop` is set, then remove this process's row."""
        with contextlib.suppress(Exception):
            await store.forget_beats_before(self._db, self._clock.now() - FORGET_AFTER)
        while not stop.is_set():
            try:
                await self.beat()
            except Exception:
                # A missed beat is what health reports; the bot itself carries on.
                log.exception("could not write the heartbeat; trying again in %s", BEAT_EVERY)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), BEAT_EVERY.total_seconds())
        try:
            await store.forget_beat(self._db, self.process.key)
        except Exception as exc:
            # Harmless: once the lock is released (SQLite) or the pid gone (PostgreSQL), health
            # says no bot runs whatever the row says.
            log.warning("could not remove the heartbeat on the way out: %s", exc)


@contextlib.asynccontextmanager
async def beating(db: Database) -> AsyncIterator[Heartbeat]:
    """Beat on `db` for the life of the block, on the wall clock."""
    stop = asyncio.Event()
    heart = Heartbeat(db, SystemClock())
    task = asyncio.create_task(heart.run(stop), name="heartbeat")
    try:
        yield heart
    finally:
        stop.set()
        await task
