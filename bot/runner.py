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
from typing import TYPE_CHECKING, Any, TextIO

import discord

from bot.app import App, open_app
from bot.clock import Clock
from bot.config import Config
from bot.console import Console, ConsoleSender, console_setup, stdin_lines
from bot.instance_lock import InstanceLock
from bot.storage.db import MEMORY

if TYPE_CHECKING:
    from bot.discord.client import SecondHeartBot

log = logging.getLogger(__name__)

NO_TOKEN_NOTICE = "no Discord token: starting the local console; see README § Discord setup"
TOKEN_REJECTED = (
    "Discord rejected the token. Copy it again from the Developer Portal "
    "(Bot > Reset Token) into DISCORD_TOKEN."
)


class StartupError(Exception):
    """A failure to start that the operator can fix; the message says how."""


@contextlib.asynccontextmanager
async def running_app(config: Config, clock: Clock | None = None) -> AsyncIterator[App]:
    """Hold the instance lock and an open App for the life of the block."""
    lock = InstanceLock(config.database.path) if config.database.path != MEMORY else None
    if lock:
        lock.acquire()
    try:
        app = await open_app(config, clock)
        try:
            if lock:
                # The database may have been created just now; from here a hard link can exist.
                lock.hold_database()
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


def build_discord_bot(app: App, **options: Any) -> SecondHeartBot:
    """The Discord client for `app`, pointed at the configured endpoints."""
    from bot.discord.client import SecondHeartBot, apply_endpoints

    apply_endpoints(app.config.discord.api_base, app.config.discord.gateway_url)
    return SecondHeartBot(app, **options)


async def run_discord(app: App, stop: asyncio.Event, bot: SecondHeartBot | None = None) -> None:
    """Connect and serve until `stop` is set. Tests pass a `bot` to watch it get ready."""
    bot = bot or build_discord_bot(app)
    async with bot:
        session = asyncio.create_task(bot.start(app.config.discord.token.reveal()))
        stopper = asyncio.create_task(stop.wait())
        pruning = asyncio.create_task(app.retention.run(stop))
        try:
            await asyncio.wait({session, stopper}, return_when=asyncio.FIRST_COMPLETED)
            stopper.cancel()
            if session.done():
                _raise_startup_error(session)
            log.info("shutting down")
            await bot.close()
            with contextlib.suppress(asyncio.CancelledError):
                await session
        finally:
            # A prune cut short rolls its batch back; the next start finishes it.
            pruning.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pruning


def _raise_startup_error(session: asyncio.Task[None]) -> None:
    try:
        session.result()
    except discord.LoginFailure:
        raise StartupError(TOKEN_REJECTED) from None
    except discord.PrivilegedIntentsRequired:
        raise StartupError(
            "Discord refused the Message Content intent. Enable it under Bot > Privileged "
            "Gateway Intents, or set discord.message_content: false."
        ) from None


async def sync(config: Config, guild_id: int | None, *, clear: bool = False) -> list[str]:
    """Register app commands with Discord, globally or to one guild (instant, for testing).

    With `clear`, remove every command from that scope instead: a server synced for testing
    and then globally shows each command twice until its guild copy is cleared.

    Owner-only by construction: it needs the bot token. Run it when commands change, not on
    every start, because Discord rate-limits command creation (200 a day per guild).
    """
    if not config.discord.token:
        raise StartupError("sync needs a Discord token (DISCORD_TOKEN or discord.token)")
    # No instance lock: syncing while the bot runs is normal, and sync delivers nothing.
    app = await open_app(config)
    try:
        async with build_discord_bot(app) as bot:
            await bot.login(config.discord.token.reveal())
            guild = discord.Object(id=guild_id) if guild_id else None
            if clear:
                # Syncing an empty tree is how Discord's bulk overwrite removes commands.
                bot.tree.clear_commands(guild=guild)
            elif guild:
                bot.tree.copy_global_to(guild=guild)
            commands = await bot.tree.sync(guild=guild)
    except discord.LoginFailure:
        raise StartupError(TOKEN_REJECTED) from None
    except discord.HTTPException as exc:
        # Most often 403: the bot was invited without the applications.commands scope.
        raise StartupError(
            f"Discord refused the sync ({exc.status}: {exc.text or 'no reason given'}); "
            "see README § Discord setup"
        ) from None
    finally:
        await app.close()
    return sorted(c.name for c in commands)
