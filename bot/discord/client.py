"""The discord.py client: intents, cog loading, and the central error handler."""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import App
from bot.discord.errors import answer_interaction_failure, answer_message_failure, member_message
from bot.discord.installs import SERVER_INSTALLS
from bot.discord.pacing import request_trace
from bot.discord.views import ActionButton, ActionHandler
from bot.errors import InputError

log = logging.getLogger(__name__)

# Every extension, in load order. The structural test checks this lists each module in cogs/.
COGS: tuple[str, ...] = (
    "bot.discord.cogs.help",
    "bot.discord.cogs.questions",
    "bot.discord.cogs.checkins",
    "bot.discord.cogs.reminders",
    "bot.discord.cogs.community",
    "bot.discord.cogs.streaks",
)


def intents_for(message_content: bool) -> discord.Intents:
    """The minimum we need. Questions come by /ask, @mention or DM, none of which needs the
    privileged Message Content intent; it is only for answering in a channel without a mention."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = message_content
    return intents


class SecondHeartTree(app_commands.CommandTree["SecondHeartBot"]):
    async def on_error(
        self, interaction: discord.Interaction[SecondHeartBot], error: app_commands.AppCommandError
    ) -> None:
        """A failed command takes the one error path that buttons and messages take too."""
        command = interaction.command.qualified_name if interaction.command else "?"
        interaction.client.count_interaction(f"/{command}", error)
        await answer_interaction_failure(
            interaction, error, f"command /{command}", f", options {interaction.namespace}"
        )


class SecondHeartBot(commands.Bot):
    def __init__(self, app: App, **options: Any) -> None:
        super().__init__(
            # Required by commands.Bot (for its cogs and extensions), but never used: on_message
            # routes nothing to prefix commands.
            command_prefix=commands.when_mentioned,
            intents=intents_for(app.config.discord.message_content),
            # Nothing we send may ping anyone unless a call site allows it explicitly.
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            tree_cls=SecondHeartTree,
            # Installed to servers unless a command says otherwise (bot/discord/installs.py).
            allowed_installs=SERVER_INSTALLS,
            # Reminder sends pay for each of their requests from one budget (pacing.py).
            http_trace=request_trace(),
            **options,
        )
        self.app = app
        # Button clicks by action name ("feedback", "topic"); each cog registers its own.
        self.action_handlers: dict[str, ActionHandler] = {}

    async def on_message(self, message: discord.Message, /) -> None:
        """Route nothing to prefix commands: there are none.

        commands.Bot would look the first word after a mention up as a command, and log every
        @mention question as CommandNotFound, an ERROR with a traceback. Questions are handled
        by the questions cog's own listener instead.
        """

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        """A listener that failed on a message (a mention, a DM) answers it with the apology;
        other events' failures are only logged, as discord.py does."""
        error = sys.exc_info()[1]
        message = args[0] if args else None
        if (
            event_method == "on_message"
            and isinstance(message, discord.Message)
            and error is not None
        ):
            await answer_message_failure(message, error)
            return
        await super().on_error(event_method, *args, **kwargs)

    async def run_action(self, interaction: discord.Interaction[Any], key: str) -> None:
        """Run the handler a cog registered for a button's key ("remind-done:12").

        discord.py only logs a failing button; here it takes the error path commands take.
        """
        name, *parts = key.split(":")
        # Only names a cog registered: a label for each key would grow without bound.
        button = f"button:{name if name in self.action_handlers else 'unknown'}"
        try:
            handler = self.action_handlers.get(name)
            if handler is None:
                # Answered as input the member can fix (press a newer button): refused.
                self.count_interaction(button, InputError("unknown button"))
                await interaction.response.send_message(
                    "That button no longer does anything.", ephemeral=True
                )
                return
            await handler(interaction, parts)
        except Exception as error:
            self.count_interaction(button, error)
            await answer_interaction_failure(interaction, error, f"button {key}")
        else:
            self.count_interaction(button)

    async def on_app_command_completion(
        self, interaction: discord.Interaction[Any], command: app_commands.Command[Any, ..., Any]
    ) -> None:
        """A slash command that ended without an error (the tree's on_error counts the rest)."""
        self.count_interaction(f"/{command.qualified_name}")

    def count_interaction(self, command: str, error: BaseException | None = None) -> None:
        """Count a command or a button press for the metrics, if they are on: ok, refused
        (an error the member was shown how to fix) or error (ours, answered with the apology)."""
        metrics = self.app.metrics
        if metrics is None:
            return
        if error is None:
            metrics.interaction(command, "ok")
        else:
            metrics.interaction(command, "refused" if member_message(error) else "error")

    async def setup_hook(self) -> None:
        # Registered before anything is sent, so buttons on old messages work after a restart.
        self.add_dynamic_items(ActionButton)
        await asyncio.to_thread(self.app.questions.triage.prepare)
        await load_cogs(self)


# Discord lets a bot start one gateway session per 5 seconds (session_start_limit.max_concurrency
# is 1 until Discord raises it for a large bot); discord.py waits as long between shards.
IDENTIFY_SPACING_SECONDS = 5.0


class ShardedSecondHeartBot(SecondHeartBot, commands.AutoShardedBot):
    """The same bot over one gateway connection per shard in `app.shards`.

    Only the base differs: commands.Bot and commands.AutoShardedBot add nothing to their shared
    BotBase but the client underneath, so listing AutoShardedBot second puts
    discord.AutoShardedClient's connection handling beneath SecondHeartBot's own methods.
    """

    def __init__(
        self, app: App, *, identify_spacing: float = IDENTIFY_SPACING_SECONDS, **options: Any
    ) -> None:
        plan = app.shards
        super().__init__(app, shard_count=plan.count, shard_ids=list(plan.ids), **options)
        self.identify_spacing = identify_spacing

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Wait out Discord's identify window before each shard after the first."""
        if not initial:
            await asyncio.sleep(self.identify_spacing)


async def load_cogs(bot: commands.Bot) -> list[str]:
    """Load every cog; one that fails is logged and skipped so the rest still serve."""
    loaded: list[str] = []
    for name in COGS:
        try:
            await bot.load_extension(name)
        except commands.ExtensionError:
            log.exception("could not load %s; continuing without it", name)
        else:
            loaded.append(name)
    return loaded
