"""Streak protection in Discord: /streak pause, resume, status and nudge. The replies come from
the core (bot/members/replies.py, bot/reminders/nudge_replies.py), as in the console."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.client import SecondHeartBot
from bot.discord.installs import anywhere
from bot.discord.options import from_catalog
from bot.discord.render import send_reply
from bot.members.protection import StreakProtection
from bot.members.replies import pause_reply, resume_reply, status_reply
from bot.reminders.nudge_replies import nudge_setting_reply
from bot.reminders.nudges import NudgeService


class StreaksCog(commands.Cog):
    streak = anywhere(
        app_commands.Group(name="streak", description="Keep your streak through a break")
    )

    def __init__(self, bot: SecondHeartBot) -> None:
        self.bot = bot
        self.protection: StreakProtection = bot.app.protection
        self.nudges: NudgeService = bot.app.nudges

    @streak.command(name="pause", description="Pause your streak for holidays or illness")
    @from_catalog("streak pause")
    async def pause(self, interaction: discord.Interaction[SecondHeartBot], days: int) -> None:
        plan = await self.protection.pause(interaction.user.id, days)
        await send_reply(interaction, pause_reply(plan))

    @streak.command(name="resume", description="End your pause early")
    async def resume(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(
            interaction, resume_reply(await self.protection.resume(interaction.user.id))
        )

    @streak.command(name="status", description="Whether you're paused, and days left")
    async def status(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(
            interaction, status_reply(await self.protection.status(interaction.user.id))
        )

    @streak.command(name="nudge", description="A DM before midnight when your streak is at risk")
    @from_catalog("streak nudge")
    async def nudge(
        self, interaction: discord.Interaction[SecondHeartBot], send: str, hours: int | None
    ) -> None:
        setting = await self.nudges.set(interaction.user.id, send == "on", hours)
        await send_reply(interaction, nudge_setting_reply(setting))


async def setup(bot: SecondHeartBot) -> None:
    await bot.add_cog(StreaksCog(bot))
