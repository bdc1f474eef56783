"""Community commands in Discord: /challenge for everyone; /challenge-start, /challenge-end and
/recap for managers. The posts themselves, a recap or a challenge's end, go out through the
reminder dispatcher's outbox (bot/discord/delivery.py)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.community.replies import (
    challenge_reply,
    challenge_started_reply,
    end_answer_reply,
    recap_off_reply,
    recap_preview_reply,
    recap_set_reply,
)
from bot.community.service import CommunityService
from bot.discord.client import SecondHeartBot
from bot.discord.installs import server_only
from bot.discord.options import from_catalog
from bot.discord.render import mention, send_reply, zone_choices


class CommunityCog(commands.Cog):
    # Top-level, so /challenge-start, /challenge-end and /recap can carry Manage Server as their
    # default permission (Discord reads it on top-level commands only) while everyone sees
    # /challenge. The runtime has_permissions checks stay: a server can change who sees what.
    recap = server_only(
        app_commands.Group(
            name="recap",
            description="This server's weekly recap (managers)",
            default_permissions=discord.Permissions(manage_guild=True),
        )
    )

    def __init__(self, bot: SecondHeartBot) -> None:
        self.bot = bot
        self.service: CommunityService = bot.app.community

    @server_only
    @app_commands.command(name="challenge", description="This server's challenge and who leads it")
    async def challenge(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        assert interaction.guild_id is not None
        # A big server's contributions read many check-ins; acknowledge within 3 seconds.
        await interaction.response.defer(thinking=True)
        progress = await self.service.challenge(interaction.guild_id)
        await send_reply(interaction, challenge_reply(progress, mention))

    @server_only
    @app_commands.command(
        name="challenge-start", description="Set the server a shared target (managers)"
    )
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    @from_catalog("challenge-start")
    async def challenge_start(
        self,
        interaction: discord.Interaction[SecondHeartBot],
        goal: str,
        target: int,
        period: str,
        channel: discord.TextChannel | None,
    ) -> None:
        assert interaction.guild_id is not None
        progress = await self.service.start_challenge(
            guild_id=interaction.guild_id,
            metric=goal,
            target=target,
            period_text=period,
            channel_id=channel.id if channel else None,
        )
        await send_reply(interaction, challenge_started_reply(progress, mention))

    @server_only
    @app_commands.command(name="challenge-end", description="End the running challenge (managers)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def challenge_end(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        assert interaction.guild_id is not None
        progress = await self.service.end_challenge(interaction.guild_id)
        # The announcement goes to the channel through the outbox; this answers the manager.
        await send_reply(interaction, end_answer_reply(progress, mention))

    @recap.command(name="set", description="Post a weekly recap in a channel (managers)")
    @app_commands.checks.has_permissions(manage_guild=True)
    @from_catalog("recap set")
    async def recap_set(
        self,
        interaction: discord.Interaction[SecondHeartBot],
        channel: discord.TextChannel,
        hour: int,
        day: str,
        zone: str | None,
    ) -> None:
        assert interaction.guild_id is not None
        schedule = await self.service.set_recap(
            guild_id=interaction.guild_id,
            channel_id=channel.id,
            hour=hour,
            day=day,
            zone_text=zone,
        )
        await send_reply(interaction, recap_set_reply(schedule))

    @recap_set.autocomplete("zone")
    async def recap_zone_autocomplete(
        self, interaction: discord.Interaction[SecondHeartBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return zone_choices(current)

    @recap.command(name="off", description="Stop the weekly recap (managers)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def recap_off(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        assert interaction.guild_id is not None
        await send_reply(
            interaction, recap_off_reply(await self.service.recap_off(interaction.guild_id))
        )

    @recap.command(name="preview", description="This week's recap now, only to you (managers)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def recap_preview(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        assert interaction.guild_id is not None
        # Drawing the chart takes a moment: acknowledge first, privately.
        await interaction.response.defer(thinking=True, ephemeral=True)
        recap = await self.service.recap(interaction.guild_id)
        await send_reply(interaction, recap_preview_reply(recap, mention))


async def setup(bot: SecondHeartBot) -> None:
    await bot.add_cog(CommunityCog(bot))
