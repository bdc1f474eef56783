"""The discord.py client: intents, cog loading, and the central error handler."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import App
from bot.discord.pacing import request_trace
from bot.discord.render import send_reply
from bot.discord.views import ActionButton, ActionHandler
from bot.replies import APOLOGY, InputError, error_reply

log = logging.getLogger(__name__)

# Every extension, in load order. The structural test checks this lists each module in cogs/.
COGS: tuple[str, ...] = (
    "bot.discord.cogs.help",
    "bot.discord.cogs.questions",
    "bot.discord.cogs.checkins",
    "bot.discord.cogs.reminders",
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
        """One place turns every failure into a short private message for the member."""
        message = member_message(error)
        if message is None:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error(
                "command /%s failed (user %s, guild %s, channel %s, options %s)",
                command,
                interaction.user.id,
                interaction.guild_id,
                interaction.channel_id,
                interaction.namespace,
                exc_info=error,
            )
            message = APOLOGY
        try:
            await send_reply(interaction, error_reply(message))
        except discord.HTTPException:
            log.warning("could not tell user %s about an error", interaction.user.id)


def member_message(error: app_commands.AppCommandError) -> str | None:
    """The message for an error the member can understand, or None for our own failures."""
    if isinstance(error, app_commands.CommandInvokeError) and isinstance(
        error.original, InputError
    ):
        return str(error.original)
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.MissingPermissions):
        needed = ", ".join(permission_name(p) for p in error.missing_permissions)
        return f"You need the {needed} permission to use this."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command works in a server, not in DMs."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here."
    if isinstance(error, app_commands.TransformerError):
        return f"That value isn't valid: {error.value!r}."
    return None


# discord.py's names where Discord's own interface says something else.
_PERMISSION_NAMES = {
    "manage_guild": "Manage Server",
    "administrator": "Administrator",
    "manage_channels": "Manage Channels",
    "manage_roles": "Manage Roles",
}


def permission_name(permission: str) -> str:
    """A permission as members see it in Discord: manage_guild is "Manage Server"."""
    return _PERMISSION_NAMES.get(permission, permission.replace("_", " ").title())


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

    async def setup_hook(self) -> None:
        # Registered before anything is sent, so buttons on old messages work after a restart.
        self.add_dynamic_items(ActionButton)
        await load_cogs(self)


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
