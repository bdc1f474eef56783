"""/help: what the bot can do."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.client import SecondHeartBot
from bot.discord.installs import anywhere
from bot.discord.render import send_reply
from bot.help import help_reply


class HelpCog(commands.Cog):
    @anywhere
    @app_commands.command(name="help", description="What Second Heart can do")
    async def help(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(interaction, help_reply())


async def setup(bot: SecondHeartBot) -> None:
    await bot.add_cog(HelpCog())
