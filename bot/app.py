"""The composition root: config -> storage -> services. Nothing else builds long-lived objects.

Both front ends (the Discord client and the console) receive a ready `App` and only render.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.storage.db import Database

log = logging.getLogger(__name__)


@dataclass
class App:
    config: Config
    db: Database
    clock: Clock = field(default_factory=SystemClock)

    async def close(self) -> None:
        await self.db.close()


async def open_app(config: Config, clock: Clock | None = None) -> App:
    """Open storage and build every service from `config`."""
    db = await Database.open(config.database.path, busy_timeout_ms=config.database.busy_timeout_ms)
    log.info("database %s at schema version %d", db.path, db.schema_version)
    return App(config=config, db=db, clock=clock or SystemClock())
