"""The one error path for everything a member does in Discord: commands, buttons and messages.

A failure the member can fix (an InputError, a cooldown, a missing permission) is answered with
its own message. Anything else is our fault: it is logged with what was being done, by whom and
where, and the member gets the short apology, so no click or question goes unanswered. Nothing
here raises: a failed apology is logged, because raising it into discord.py would only log it
again, without the context.

Commands reach it through the tree's on_error, buttons through SecondHeartBot.run_action, and
message listeners through the bot's on_error (all in client.py). A select or a modal added later
must call answer_interaction_failure from its own on_error: discord.py only logs there.
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.discord.render import embed_for, send_reply
from bot.errors import InputError
from bot.replies import APOLOGY, error_reply, slow_down_text

log = logging.getLogger(__name__)


async def answer_interaction_failure(
    interaction: discord.Interaction[Any], error: BaseException, action: str, detail: str = ""
) -> None:
    """Tell the member privately what went wrong with a command or a click.

    `action` names what failed for the log ("command /ask", "button remind-done:12"). The answer
    is a follow-up when the interaction was already answered (deferred, or its message updated).
    """
    message = member_message(error)
    if message is None:
        _log_failure(
            action, interaction.user.id, interaction.guild_id, interaction.channel_id, detail, error
        )
        message = APOLOGY
    try:
        await send_reply(interaction, error_reply(message))
    except Exception:  # the last resort: whatever stops the reply, it must not raise
        log.warning("could not tell user %s about an error", interaction.user.id)


async def answer_message_failure(message: discord.Message, error: BaseException) -> None:
    """Reply in the channel to a message (a mention, a DM) whose handling failed."""
    text = member_message(error)
    if text is None:
        guild_id = message.guild.id if message.guild else None
        _log_failure(
            f"message {message.id}", message.author.id, guild_id, message.channel.id, "", error
        )
        text = APOLOGY
    if message.author.bot:
        # Never answer a bot: two bots could apologise to each other for ever.
        return
    try:
        await message.reply(
            embed=embed_for(error_reply(text)),
            mention_author=False,
            allowed_mentions=discord.AllowedMentions.none(),
        )
    except Exception:  # the last resort: whatever stops the reply, it must not raise
        log.warning("could not answer message %s in channel %s", message.id, message.channel.id)


def _log_failure(
    action: str,
    user_id: int,
    guild_id: int | None,
    channel_id: int | None,
    detail: str,
    error: BaseException,
) -> None:
    # No message text: members' questions are about their health, and logs travel further.
    log.error(
        "%s failed (user %s, guild %s, channel %s%s)",
        action,
        user_id,
        guild_id,
        channel_id,
        detail,
        exc_info=error,
    )


def member_message(error: BaseException) -> str | None:
    """The message for an error the member can understand, or None for our own failures."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, InputError):
        return str(error)
    if isinstance(error, app_commands.CommandOnCooldown):
        return slow_down_text(error.retry_after)
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
