"""The console's database and clock: a file of its own, and a clock it can move forward."""

from __future__ import annotations

import os
from pathlib import Path

import msgspec

from bot.clock import AdjustableClock, Clock, SystemClock
from bot.config import Config
from bot.files import MEMORY


def console_setup(config: Config) -> tuple[Config, Clock]:
    """The console's config and clock: its own database, no shards, no metrics, and a clock it
    can move forward.

    On the bot's own database the clock stays put: simulated time would date check-ins and
    reminders in the future in the file the Discord bot serves from.
    """
    database = config.database
    on_console_db = msgspec.structs.replace(database, path=database.console_path)
    clock = SystemClock() if _same_file(database.path, database.console_path) else AdjustableClock()
    # The console serves no Discord shards: every reminder, any guild's, is its to show.
    unsharded = msgspec.structs.replace(config.discord, shard_count=None, shard_ids=None)
    # Nor metrics: only the Discord bot serves them, and nothing would scrape a console.
    unmeasured = msgspec.structs.replace(config.metrics, port=None)
    return msgspec.structs.replace(
        config, database=on_console_db, discord=unsharded, metrics=unmeasured
    ), clock


def _same_file(first: str, second: str) -> bool:
    if MEMORY in (first, second):
        return False
    try:
        # Links included: a symlink or a hard link to the bot's file is the bot's file.
        return os.path.samefile(first, second)
    except OSError:
        return Path(first).resolve() == Path(second).resolve()
