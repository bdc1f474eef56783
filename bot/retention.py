"""Retention: rows of the append-only tables are deleted once old enough, so the database
stays the same size however long the bot runs.

Once an hour (and at start-up), each table is pruned in batches of PRUNE_BATCH rows, each its
own short transaction: a big prune (the first after an upgrade, say) never holds the writer for
long, and a check-in or a reminder claim waiting for it gets in between two batches. What is
kept, and for how long, is in the README (Reminders > Retention).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.storage import retention as store
from bot.storage.db import Database

log = logging.getLogger(__name__)

PRUNE_EVERY = timedelta(hours=1)
# About a millisecond of deleting per transaction on this machine.
PRUNE_BATCH = 500


@dataclass(frozen=True)
class Settings:
    # Reminder occurrences (the outbox and its audit log), from their due time.
    occurrences: timedelta
    # Declined questions and answer feedback, from when they were recorded.
    question_logs: timedelta


class Retention:
    def __init__(self, db: Database, clock: Clock, settings: Settings) -> None:
        self._db = db
        self._clock = clock
        self._kept = (
            (store.OCCURRENCES, settings.occurrences),
            (store.UNANSWERED, settings.question_logs),
            (store.FEEDBACK, settings.question_logs),
        )

    async def prune(self) -> dict[str, int]:
        """Delete every row past its retention now; return how many went, by table."""
        now = self._clock.now()
        pruned: dict[str, int] = {}
        for kept, age in self._kept:
            total = 0
            while True:
                count = await store.prune_batch(self._db, kept, now - age, PRUNE_BATCH)
                total += count
                if count < PRUNE_BATCH:
                    break
                # Let whatever waits for the writer go first.
                await asyncio.sleep(0)
            if total:
                pruned[kept.table] = total
        return pruned

    async def run(self, stop: asyncio.Event) -> None:
        """Prune now and then every PRUNE_EVERY, until `stop` is set."""
        while not stop.is_set():
            try:
                pruned = await self.prune()
            except Exception:
                log.exception("pruning old rows failed; trying again in an hour")
            else:
                if pruned:
                    log.info("pruned old rows: %s", pruned)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), PRUNE_EVERY.total_seconds())
