"""Reminders in Discord: /remind, the reminder messages' buttons, and the dispatcher task.

The cog owns the dispatcher task for the life of the bot: it starts when the cog loads and
stops when the bot closes. The messages themselves are sent by bot/discord/delivery.py.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.client import SecondHeartBot
from bot.discord.delivery import DiscordSender
from bot.discord.installs import anywhere, served_guild_id, server_only
from bot.discord.options import from_catalog
from bot.discord.render import choices, send_reply, zone_choices
from bot.discord.views import answered_view
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.replies import (
    button_key,
    guild_reminder_removed_reply,
    guild_reminder_reply,
    joined_reply,
    paused_reply,
    pressed_reply,
    reminder_edited_reply,
    reminder_list_reply,
    reminder_set_reply,
    removed_reply,
    resumed_reply,
    sample_reply,
    skip_if_done_reply,
)
from bot.reminders.results import ReminderAnswer
from bot.reminders.service import RemindersService
from bot.reminders.shaping import Change, Editor, Where


class RemindersCog(commands.Cog):
    remind = anywhere(app_commands.Group(name="remind", description="Daily calf-raise reminders"))

    def __init__(self, bot: SecondHeartBot) -> None:
        self.bot = bot
        self.service: RemindersService = bot.app.reminders
        self.dispatcher: Dispatcher = bot.app.dispatcher(DiscordSender(bot, self.service))
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        bot.action_handlers.update(
            {
                "remind-done": self._on_done,
                "remind-snooze": self._on_snooze,
                "remind-skip": self._on_skip,
                "guild-done": self._on_guild_done,
                "guild-join": self._on_guild_join,
                "guild-leave": self._on_guild_leave,
            }
        )

    async def cog_load(self) -> None:
        self._task = asyncio.create_task(self.dispatcher.run(self._stop), name="reminders")

    async def cog_unload(self) -> None:
        self._stop.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    @remind.command(name="set", description="Get a daily reminder to do your calf raises")
    @from_catalog("remind set")
    async def remind_set(
        self, interaction: discord.Interaction[SecondHeartBot], time: str, days: str, where: str
    ) -> None:
        # "here" is a channel of a server the bot is in; elsewhere (a DM, a server reached through
        # the member's own install, where the bot can't post) the reminder comes by DM.
        guild_id = served_guild_id(interaction)
        channel = interaction.channel_id if where == "here" and guild_id else None
        view = await self.service.create(
            user_id=interaction.user.id,
            time_text=time,
            days_text=days,
            guild_id=guild_id,
            channel_id=channel,
            # The interaction id: a replayed interaction sets no second reminder.
            source_key=f"interaction:{interaction.id}",
        )
        await send_reply(interaction, reminder_set_reply(view))

    @remind_set.autocomplete("days")
    async def days_autocomplete(
        self, interaction: discord.Interaction[SecondHeartBot], current: str
    ) -> list[app_commands.Choice[str]]:
        options = ["every day", "weekdays", "weekends", "mon,wed,fri", "tue,thu", "sat,sun"]
        typed = current.strip().lower()
        matches = [o for o in options if o.startswith(typed)] or ([typed] if typed else options)
        return choices((o, o) for o in matches)

    @remind.command(name="once", description="A one-off reminder: sent once, then done")
    @from_catalog("remind once")
    async def remind_once(
        self, interaction: discord.Interaction[SecondHeartBot], when: str, where: str
    ) -> None:
        view = await self.service.create_once(
            user_id=interaction.user.id,
            when_text=_instant_text(when),
            guild_id=interaction.guild_id,
            channel_id=_channel(interaction, where),
            source_key=f"interaction:{interaction.id}",
        )
        await send_reply(interaction, reminder_set_reply(view))

    @remind.command(name="edit", description="Change a reminder's time, days or place")
    @from_catalog("remind edit")
    async def remind_edit(
        self,
        interaction: discord.Interaction[SecondHeartBot],
        id: int,
        time: str | None,
        days: str | None,
        where: str | None,
    ) -> None:
        moved = None if where is None else Where(interaction.guild_id, _channel(interaction, where))
        editor = Editor(
            interaction.user.id,
            interaction.guild_id,
            interaction.guild_id is not None and interaction.permissions.manage_guild,
        )
        edited = await self.service.edit(id, editor, Change(time, days, moved))
        await send_reply(interaction, reminder_edited_reply(edited))

    @remind.command(name="list", description="Your reminders and when each comes next")
    async def remind_list(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(
            interaction, reminder_list_reply(await self.service.reminders_of(interaction.user.id))
        )

    @remind.command(name="off", description="Remove one of your reminders")
    @from_catalog("remind off")
    async def remind_off(self, interaction: discord.Interaction[SecondHeartBot], id: int) -> None:
        removed = await self.service.remove(interaction.user.id, id)
        await send_reply(interaction, removed_reply(id, removed))

    @remind_edit.autocomplete("id")
    @remind_off.autocomplete("id")
    async def off_autocomplete(
        self, interaction: discord.Interaction[SecondHeartBot], current: str
    ) -> list[app_commands.Choice[int]]:
        views = await self.service.reminders_of(interaction.user.id)
        found = [
            app_commands.Choice(
                name=f"#{v.id} {v.days} at {v.local_time.strftime('%H:%M')}", value=v.id
            )
            for v in views
            if current.strip().lstrip("#") in str(v.id) or not current.strip()
        ]
        return found[:25]

    @remind.command(name="pause", description="Pause all your reminders")
    async def remind_pause(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        await send_reply(interaction, paused_reply(await self.service.pause(interaction.user.id)))

    @remind.command(name="resume", description="Resume your paused reminders")
    async def remind_resume(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        count = await self.service.resume(interaction.user.id)
        await send_reply(interaction, resumed_reply(count))

    @remind.command(name="test", description="Send one of your reminders now, to see it")
    async def remind_test(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        made = await self.service.send_test(interaction.user.id, f"interaction:{interaction.id}")
        await send_reply(interaction, sample_reply(made))

    @remind.command(name="skip-if-done", description="Skip reminders on days you've checked in")
    @from_catalog("remind skip-if-done")
    async def remind_skip_if_done(
        self, interaction: discord.Interaction[SecondHeartBot], skip: str
    ) -> None:
        await self.bot.app.members.set_skip_if_done(interaction.user.id, skip == "on")
        await send_reply(interaction, skip_if_done_reply(skip == "on"))

    # A top-level command, not a /remind subgroup: Discord reads default_member_permissions on
    # top-level commands only, and that is what hides these from members. The runtime
    # has_permissions checks stay, because a server can change who sees a command.
    channel = server_only(
        app_commands.Group(
            name="remind-channel",
            description="This server's daily reminder in a channel (managers)",
            default_permissions=discord.Permissions(manage_guild=True),
        )
    )

    @channel.command(name="set", description="Post one daily reminder in a channel (managers)")
    @app_commands.checks.has_permissions(manage_guild=True)
    @from_catalog("remind-channel set")
    async def channel_set(
        self,
        interaction: discord.Interaction[SecondHeartBot],
        channel: discord.TextChannel,
        time: str,
        zone: str,
        role: discord.Role | None,
        days: str,
    ) -> None:
        assert interaction.guild_id is not None
        view = await self.service.set_guild_reminder(
            guild_id=interaction.guild_id,
            channel_id=channel.id,
            time_text=time,
            zone_name=zone,
            days_text=days,
            role_id=role.id if role else None,
        )
        await send_reply(interaction, guild_reminder_reply(view))

    @channel_set.autocomplete("zone")
    async def channel_zone_autocomplete(
        self, interaction: discord.Interaction[SecondHeartBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return zone_choices(current)

    @channel.command(name="list", description="Show this server's channel reminder")
    async def channel_list(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        assert interaction.guild_id is not None
        await send_reply(
            interaction,
            guild_reminder_reply(await self.service.guild_reminder(interaction.guild_id)),
        )

    @channel.command(name="remove", description="Stop this server's channel reminder (managers)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def channel_remove(self, interaction: discord.Interaction[SecondHeartBot]) -> None:
        assert interaction.guild_id is not None
        removed = await self.service.remove_guild_reminder(interaction.guild_id)
        await send_reply(interaction, guild_reminder_removed_reply(removed))

    # Buttons on the reminder message. The service decides what a press does (whose it is,
    # whether it logs a check-in); the cog greys out the buttons and says what happened.

    async def _on_done(self, interaction: discord.Interaction[Any], parts: list[str]) -> None:
        await self._press(interaction, parts, "done")

    async def _on_snooze(self, interaction: discord.Interaction[Any], parts: list[str]) -> None:
        await self._press(interaction, parts, "snoozed")

    async def _on_skip(self, interaction: discord.Interaction[Any], parts: list[str]) -> None:
        await self._press(interaction, parts, "skipped")

    async def _on_guild_done(self, interaction: discord.Interaction[Any], parts: list[str]) -> None:
        await self._press(interaction, parts, "done")

    async def _press(
        self, interaction: discord.Interaction[Any], parts: list[str], pressed: ReminderAnswer
    ) -> None:
        """Answer the press; on the member's own reminder, grey out its buttons first, marking
        the answer it has. Updating the message is the click's acknowledgement, so the reply is
        then a follow-up."""
        if not parts or not parts[0].isdigit():
            return
        occurrence = int(parts[0])
        result = await self.service.press(
            interaction.user.id, occurrence, pressed, interaction.guild_id
        )
        if result.answered is not None and interaction.message is not None:
            chosen = button_key(occurrence, result.answered.answer)
            await interaction.response.edit_message(view=answered_view(interaction.message, chosen))
        await send_reply(interaction, pressed_reply(result))

    async def _on_guild_join(self, interaction: discord.Interaction[Any], _: list[str]) -> None:
        await self._join(interaction, on=True)

    async def _on_guild_leave(self, interaction: discord.Interaction[Any], _: list[str]) -> None:
        await self._join(interaction, on=False)

    async def _join(self, interaction: discord.Interaction[Any], *, on: bool) -> None:
        joined = interaction.guild_id is not None and await self.service.join_guild_reminder(
            interaction.guild_id, interaction.user.id, on
        )
        await send_reply(interaction, joined_reply(on, joined))


def _instant_text(when: str) -> str:
    """`when` as the core reads it. The option is text, not app_commands.Timestamp, which
    accepts only Discord's timestamp markup (`<t:1767254400:F>`, which a member's client can
    insert, already in Unix time): that markup becomes an ISO instant here, and anything else
    (typed times, bot/reminders/when.py) goes to the core as it is."""
    match = discord.utils.TIMESTAMP_PATTERN.fullmatch(when.strip())
    if match is None:
        return when
    try:
        return datetime.fromtimestamp(int(match[1]), tz=UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return when  # beyond any date: the core says it can't read it


def _channel(interaction: discord.Interaction[SecondHeartBot], where: str) -> int | None:
    """Where a reminder set or moved here goes: this channel in a server; in a DM, the DMs."""
    return interaction.channel_id if where == "here" and interaction.guild_id else None


async def setup(bot: SecondHeartBot) -> None:
    await bot.add_cog(RemindersCog(bot))
