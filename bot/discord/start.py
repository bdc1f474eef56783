"""Starting Discord: the endpoints, the client, the session until stop, and command sync.

Everything that logs in to Discord starts here, so bot/runner.py (the lock, signals, and the
choice of front end) never touches discord.py, and a rejected token or intent becomes a
StartupError whose message tells the operator what to change.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import discord
import yarl

from bot.app import App, open_app
from bot.config import Config
from bot.discord.client import SecondHeartBot, ShardedSecondHeartBot
from bot.errors import StartupError
from bot.peers import holding_shards

log = logging.getLogger(__name__)

TOKEN_REJECTED = (
    "Discord rejected the token. Copy it again from the Developer Portal "
    "(Bot > Reset Token) into DISCORD_TOKEN."
)

# Gateway close codes for a shard Discord will not run (topics/opcodes-and-status-codes), as
# the operator's fix. discord.py raises ConnectionClosed for both without reconnecting.
SHARD_REFUSALS = {
    4010: (
        "Discord refused the shard as invalid (close code 4010): a shard id must be below the "
        "shard count, and the count one Discord accepts (GET /gateway/bot recommends one) and "
        "the same in every process. Check discord.shard_count and discord.shard_ids (or --shards)."
    ),
    4011: (
        "Discord requires this bot to shard (close code 4011): a session may serve at most 2,500 "
        "servers. Set discord.shard_count (or start with --shards, e.g. --shards 0-1/2)."
    ),
}


def apply_endpoints(api_base: str | None, gateway_url: str | None) -> None:
    """Point discord.py at another Discord-compatible server (the end-to-end fake, for one).

    discord.py reads Route.BASE for every REST call (the interaction webhook adapter included),
    and a non-sharded client connects to DEFAULT_GATEWAY without asking /gateway/bot, so both
    must be set, and before login.
    """
    if api_base:
        discord.http.Route.BASE = api_base.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def build_discord_bot(app: App, **options: Any) -> SecondHeartBot:
    """The Discord client for `app`, pointed at the configured endpoints: one connection, or
    one per shard when discord.shard_count (or --shards) names shards."""
    apply_endpoints(app.config.discord.api_base, app.config.discord.gateway_url)
    if app.config.discord.shard_plan is None:
        return SecondHeartBot(app, **options)
    return ShardedSecondHeartBot(app, **options)


async def run_discord(app: App, stop: asyncio.Event, bot: SecondHeartBot | None = None) -> None:
    """Connect and serve until `stop` is set. Tests pass a `bot` to watch it get ready.

    The process's shards are taken in the database before anything connects (bot/peers.py;
    entering `bot` only prepares it), and if it loses them it stops, raising ShardLockLost.
    """
    bot = bot or build_discord_bot(app)
    async with bot, serving_metrics(app, bot), holding_shards(app) as following:
        session = asyncio.create_task(bot.start(app.config.discord.token.reveal()))
        stopper = asyncio.create_task(stop.wait())
        pruning = asyncio.create_task(app.retention.run(stop))
        try:
            watched = {session, stopper, *([following] if following else [])}
            await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
            stopper.cancel()
            if session.done():
                _raise_startup_error(session)
            log.info("shutting down")
            await bot.close()
            with contextlib.suppress(asyncio.CancelledError):
                await session
            if following and following.done():
                following.result()  # ShardLockLost: exit with its message
        finally:
            # Disconnected before the shards are let go, however this ends.
            await bot.close()
            # A prune cut short rolls its batch back; the next start finishes it.
            pruning.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pruning


@contextlib.asynccontextmanager
async def serving_metrics(app: App, bot: SecondHeartBot) -> AsyncIterator[None]:
    """The metrics endpoint, if metrics.port is set, reading the gateway's state from `bot`."""
    if app.metrics is None or app.config.metrics.port is None:
        yield
        return
    from bot.metrics.server import serving

    app.metrics.watch_gateway(lambda: gateway_state(bot))
    async with serving(app.metrics, app.config.metrics.host, app.config.metrics.port):
        yield


def gateway_state(bot: discord.Client) -> list[tuple[int, float, bool]]:
    """Per shard: its id, its heartbeat latency, and whether its connection is up."""
    if isinstance(bot, discord.AutoShardedClient):
        return [(i, s.latency, not s.is_closed()) for i, s in bot.shards.items()]
    ws = bot.ws
    up = ws is not None and ws.open and bot.is_ready() and not bot.is_closed()
    return [(bot.shard_id or 0, bot.latency, up)]


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
    except discord.ConnectionClosed as exc:
        if exc.code in SHARD_REFUSALS:
            raise StartupError(SHARD_REFUSALS[exc.code]) from None
        raise


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
