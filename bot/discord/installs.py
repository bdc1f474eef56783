"""Where each command can be used: installed to a server, or to a member's own account.

Discord lets a member add an app to their account (a "user install") and use its commands in
DMs and in servers the bot is not in. Personal commands allow that; server commands (the
leaderboard, the channel reminder, /kb) stay installed to servers only. Which is which is listed
once, in bot/catalog.py (ANYWHERE); the structural test checks the cogs agree with it.

A command used where the bot is not installed can only answer through its interaction: the bot
cannot post in that server's channels, nor see who else is there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Final, TypeVar

import discord
from discord import app_commands

from bot.replies import Reply

T = TypeVar("T")

# What a command gets unless it says otherwise: installed to servers only. The tree applies it,
# so a command added later is not user-installable by accident.
SERVER_INSTALLS: Final = app_commands.AppInstallationType(guild=True, user=False)


def anywhere(command: T) -> T:
    """Make a top-level command (or its callback) usable from a member's own install: in
    servers, in the bot's DMs, and in other DMs and group DMs."""
    installed: Callable[[T], T] = app_commands.allowed_installs(guilds=True, users=True)
    usable: Callable[[T], T] = app_commands.allowed_contexts(
        guilds=True, dms=True, private_channels=True
    )
    return usable(installed(command))


def server_only(command: T) -> T:
    """Keep a top-level command to servers that installed the bot: usable in their channels,
    never in DMs nor from a member's own install (guild_only, so interaction.guild_id is set)."""
    installed: Callable[[T], T] = app_commands.allowed_installs(guilds=True, users=False)
    usable: Callable[[T], T] = app_commands.allowed_contexts(
        guilds=True, dms=False, private_channels=False
    )
    # allowed_contexts clears guild_only; set it again, so dm_permission (which Discord still
    # reads where contexts are unknown) says the same.
    in_guilds: Callable[[T], T] = app_commands.guild_only()
    return in_guilds(usable(installed(command)))


def served_guild_id(interaction: discord.Interaction[Any]) -> int | None:
    """The server the interaction came from, if the bot is installed there; None in a DM and in
    a server the member reached through their own install.

    Discord sends the server under GUILD_INSTALL in authorizing_integration_owners only when the
    app is installed to it (docs: "Authorizing Integration Owners Object"), which is what
    discord.py's is_guild_integration reads. Check-ins and reminders record only such a server:
    its leaderboard and channels are the bot's to use; another server's are not.
    """
    return interaction.guild_id if interaction.is_guild_integration() else None


def outside_served_guild(interaction: discord.Interaction[Any]) -> bool:
    """In a server the bot is not installed in (reached through the member's own install)."""
    return interaction.guild_id is not None and served_guild_id(interaction) is None


def personal(interaction: discord.Interaction[Any], reply: Reply) -> Reply:
    """A personal reply (a check-in, stats) shown only to the member in a server that never
    invited the bot: that server chose not to have it posting there."""
    if outside_served_guild(interaction) and not reply.private:
        return dataclasses.replace(reply, private=True)
    return reply
