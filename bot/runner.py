"""Starting and stopping: the instance lock, signals, and the choice of Discord or console.

SIGINT and SIGTERM set one event; whichever front end is running then closes the gateway,
the database waits for any write in flight, the lock is released, and the process exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import AsyncIterator
from typing import TextIO

from bot.app import App, open_app
from bot.clock import Clock
from bot.config import Config
from bot.console import Console, ConsoleSender, console_setup, stdin_lines
from bot.files import MEMORY
from bot.heartbeat import beating
from bot.instance_lock import InstanceLock
from bot.storage.db import is_postgres_url, sqlite_path

log = logging.getLogger(__name__)

NO_TOKEN_NOTICE = "no Discord token: starting the local console; see README § Discord setup"


@contextlib.asynccontextmanager
async def running_app(config: Config, clock: Clock | None = None) -> AsyncIterator[App]:
    """Hold the instance lock and an open App for the life of the block."""
    # One process per SQLite file; PostgreSQL takes several (README § Running at scale).
    target = config.database.target
    file = None if is_postgres_url(target) else sqlite_path(target)
    lock = InstanceLock(file) if file is not None and file != MEMORY else None
    if lock:
        lock.acquire()
    try:
        app = await open_app(config, clock)
        try:
            if lock:
                # The database may have been created just now; from here a hard link can exist.
                lock.hold_database()
            # `python -m bot health` reads it: this process is alive and its loop runs.
            async with beating(app.db):
                yield app
        finally:
            await app.close()
    finally:
        if lock:
            lock.release()


def stop_on_signals() -> asyncio.Event:
    """An event set by SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def run(config: Config, *, console: bool = False) -> int:
    """`python -m bot run` (console=False) and `python -m bot console` (console=True)."""
    # Handlers first: a signal that arrives while we start up must still mean a clean exit.
    stop = stop_on_signals()
    if not console and not config.discord.token:
        print(NO_TOKEN_NOTICE, file=sys.stderr)
        console = True
    # The console has its own database, and a clock it can move forward (/clock +2h).
    async with running_app(*console_setup(config) if console else (config, None)) as app:
        if console:
            await run_console(app, stop, sys.stdin, sys.stdout)
        else:
            # Imported here: discord.py takes a third of a second to import, and the console,
            # the embedded default, never needs it.
            from bot.discord.start import run_discord

            await run_discord(app, stop)
    return 0


async def run_console(app: App, stop: asyncio.Event, stdin: TextIO, stdout: TextIO) -> None:
    shell = Console(app)
    dispatcher = app.dispatcher(ConsoleSender(shell, stdout))
    shell.run_reminders = dispatcher.tick
    reminders = asyncio.create_task(dispatcher.run(stop))
    pruning = asyncio.create_task(app.retention.run(stop))
    session = asyncio.create_task(shell.run(stdin_lines(stdin), stdout, prompt=stdin.isatty()))
    stopper = asyncio.create_task(stop.wait())
    await asyncio.wait({session, stopper}, return_when=asyncio.FIRST_COMPLETED)
    stop.set()
    stopper.cancel()
    if not session.done():
        session.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await session
    await reminders
    await pruning
