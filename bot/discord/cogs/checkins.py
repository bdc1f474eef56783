"""Check-ins in Discord: /checkin and everything built on it, and the member settings beside
it (/timezone, /goal, /privacy, /export, /forget-me).

Discord does not allow a command with both options and subcommands, so undo is its own
command, /checkin-undo (the console also accepts "/checkin undo").
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.checkins.replies import (
    checkin_reply,
    export_reply,
    forget_prompt,
    forgotten_reply,
    goal_reply,
    history_reply,
    leaderboard_reply,
    not_your_confirmation_reply,
    nothing_changed,
    privacy_reply,
    stats_not_shared_reply,
    stats_reply,
    timezone_reply,
    timezone_set_reply,
    undo_done,
    undo_prompt,
)
from bot.checkins.service import CheckinService, Period
from bot.discord.client import SecondHeartBot
from bot.discord.installs import (
    anywhere,
    outside_served_guild,
    personal,
    served_guild_id,
    server_only,
)
from bot.discord.options import from_catalog
from bot.discord.render import mention, replace_reply, send_reply, zone_choices
from bot.members.service import MembersService

log = logging.getLogger(__name__)


class CheckinsCog(commands.Cog):
    timezone = anywhere(
        app_commands.Group(name="timezone", description="Your time zone, for your days")
    )
    goal = anywhere(app_commands.Group(name="goal", description="Your weekly check-in goal"))
    privacy = anywhere(
        app_commands.Group(name="privacy", description="What others can see about you")
    )

    def __init__(self, bot: SecondHeartBot) -> None:
        self.bot = bot
        self.service: CheckinService = bot.app.checkins
        self.members: MembersService = bot.app.members
        bot.action_handlers.update(
            {
                "checkin-undo": self._on_undo,
                "history": self._on_history,
                "forget": self._on_forget,
                "dismiss": self._on_dismiss,
            }
        )

    @anywhere
    @app_commands.command(name="checkin", description="Log a workout you've just done")
    @from_catalog("checkin")
    async def checkin(
        self,
        interaction: discord.Interaction[SecondHeartBot],
        activity: str,
        sets: int | None,
        reps: int | None,
        minutes: int | None,
        note: str | None,
        day: str,
    ) -> None:
        result = await self.service.checkin(
            user_id=interaction.user.id,
            # The interaction id: a retried or double-delivered interaction counts once.
            source_key=f"interaction:{interaction.id}",
            activity=activity,
            sets=sets,
            reps=reps,
            minutes=minutes,
            note=note,
            day=day,
            # One streak everywhere: a check-in in a DM, or in a server reached through the
            # member's own install, counts like any other; it joins no server's leaderboard.
            guild_id=served_guild_id(interaction),
        )
        await send_reply(interaction, personal(interaction, checkin_reply(result)))

    @anywhere
    @app_commands.command(name="checkin-undo", description="Remove your latest check-in")
    async def checkin_undo(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(
            interaction, undo_prompt(await self.service.undo_candidate(interaction.user.id))
        )

    @anywhere
    @app_commands.command(name="stats", description="Streaks, totals and a 12-week chart")
    @from_catalog("stats")
    async def stats(
        self, interaction: discord.Interaction[SecondHeartBot], member: discord.Member | None
    ) -> None:
        target = member or interaction.user
        viewer, guild_id = interaction.user.id, served_guild_id(interaction)
        if not await self.service.can_view(viewer, target.id, guild_id):
            await send_reply(interaction, stats_not_shared_reply())
            return
        # Drawing the chart takes a moment; acknowledge first to stay inside 3 seconds.
        # Private where the reply will be: in a server that never invited the bot.
        await interaction.response.defer(thinking=True, ephemeral=outside_served_guild(interaction))
        stats = await self.service.stats(target.id)
        chart = await self.service.chart(stats)
        reply = stats_reply(stats, target.display_name, chart)
        await send_reply(interaction, personal(interaction, reply))

    @server_only
    @app_commands.command(name="leaderboard", description="Who checked in most in this server")
    @from_catalog("leaderboard")
    async def leaderboard(
        self, interaction: discord.Interaction[SecondHeartBot], period: Period
    ) -> None:
        assert interaction.guild_id is not None
        # A big server's board reads thousands of members; acknowledge within 3 seconds first.
        await interaction.response.defer(thinking=True)
        board = await self.service.leaderboard(interaction.guild_id, period, interaction.user.id)
        await send_reply(interaction, leaderboard_reply(board, mention))

    @anywhere
    @app_commands.command(name="history", description="Your check-ins, newest first")
    async def history(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(
            interaction, history_reply(await self.service.history(interaction.user.id, 1))
        )

    @anywhere
    @app_commands.command(name="export", description="Download everything stored about you")
    async def export(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await send_reply(
            interaction, export_reply(await self.members.export_csv(interaction.user.id))
        )

    @anywhere
    @app_commands.command(name="forget-me", description="Delete everything stored about you")
    async def forget_me(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(interaction, forget_prompt(interaction.user.id))

    @timezone.command(name="set", description="Set your time zone")
    @from_catalog("timezone set")
    async def timezone_set(
        self, interaction: discord.Interaction[SecondHeartBot], zone: str
    ) -> None:
        chosen = await self.members.set_timezone(interaction.user.id, zone)
        await send_reply(interaction, timezone_set_reply(chosen))

    @timezone_set.autocomplete("zone")
    async def timezone_autocomplete(
        self, interaction: discord.Interaction[SecondHeartBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return zone_choices(current)

    @timezone.command(name="show", description="Show your time zone")
    async def timezone_show(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(
            interaction, timezone_reply(*await self.members.zone_for(interaction.user.id))
        )

    @goal.command(name="set", description="How many days a week you aim to check in")
    @from_catalog("goal set")
    async def goal_set(
        self, interaction: discord.Interaction[SecondHeartBot], days_per_week: int
    ) -> None:
        days = await self.members.set_goal(interaction.user.id, days_per_week)
        await send_reply(interaction, goal_reply(days))

    @privacy.command(name="leaderboard", description="Show or hide yourself on leaderboards")
    @from_catalog("privacy leaderboard")
    async def privacy_leaderboard(
        self, interaction: discord.Interaction[SecondHeartBot], show: str
    ) -> None:
        await self.members.set_leaderboard_visible(interaction.user.id, show == "on")
        await send_reply(interaction, privacy_reply(show == "on"))

    # Buttons.

    async def _on_undo(self, interaction: discord.Interaction[Any], parts: list[str]) -> None:
        removed = (
            bool(parts)
            and parts[0].isdigit()
            and await self.service.undo(interaction.user.id, int(parts[0]))
        )
        await replace_reply(interaction, undo_done(bool(removed)))

    async def _on_history(self, interaction: discord.Interaction[Any], parts: list[str]) -> None:
        page = int(parts[0]) if parts and parts[0].isdigit() else 1
        await replace_reply(
            interaction, history_reply(await self.service.history(interaction.user.id, page))
        )

    async def _on_forget(self, interaction: discord.Interaction[Any], parts: list[str]) -> None:
        # The prompt is private, but check anyway: only its owner may confirm.
        if not parts or parts[0] != str(interaction.user.id):
            await send_reply(interaction, not_your_confirmation_reply())
            return
        deleted = await self.members.forget(interaction.user.id)
        log.info("forget-me for user %s: %s", interaction.user.id, deleted)
        await replace_reply(interaction, forgotten_reply(deleted))

    async def _on_dismiss(self, interaction: discord.Interaction[Any], _: list[str]) -> None:
        await replace_reply(interaction, nothing_changed())


async def setup(bot: SecondHeartBot) -> None:
    await bot.add_cog(CheckinsCog(bot))
