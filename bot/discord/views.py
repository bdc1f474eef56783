"""Buttons that survive restarts: every action button is one DynamicItem class.

A reply's actions become buttons whose custom id is "sh:" + the action key, for example
"sh:feedback:1:calf-cramps". After a restart discord.py rebuilds the button from that id, and the
click goes to the handler the owning cog registered for the key's first part ("feedback").
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Protocol, runtime_checkable

import discord

from bot.discord import limits
from bot.markdown import truncate
from bot.replies import Action

PREFIX = "sh:"
# Discord: a custom id is at most 100 characters.
CUSTOM_ID_LIMIT = 100

# Called with the interaction and the key's parts after the first ("1", "calf-cramps").
ActionHandler = Callable[[discord.Interaction[Any], list[str]], Awaitable[None]]


@runtime_checkable
class ActionRouter(Protocol):
    """The bot, as a button sees it: it runs the handler a cog registered for the button's key,
    and answers a failure the way it answers a failed command (bot/discord/client.py)."""

    async def run_action(self, interaction: discord.Interaction[Any], key: str) -> None: ...


class ActionButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"sh:(?P<key>[a-z][a-z-]*(?::[A-Za-z0-9_.-]+)*)",
):
    def __init__(self, key: str, label: str = "…", primary: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label=truncate(label, limits.BUTTON_LABEL),
                custom_id=f"{PREFIX}{key}",
                style=discord.ButtonStyle.primary if primary else discord.ButtonStyle.secondary,
            )
        )
        self.key = key

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ActionButton:
        label = item.label if isinstance(item, discord.ui.Button) and item.label else "…"
        return cls(match["key"], label)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        client = interaction.client
        if not isinstance(client, ActionRouter):
            raise TypeError(f"{type(client).__name__} can't run button actions")
        await client.run_action(interaction, self.key)


def view_for(actions: Iterable[Action]) -> discord.ui.View | None:
    """A view holding one button per action (at most 25), or None when there are none."""
    items = list(actions)[: limits.BUTTONS_PER_MESSAGE]
    if not items:
        return None
    # timeout=None with DynamicItems: the buttons keep working for as long as the message exists.
    view = discord.ui.View(timeout=None)
    for action in items:
        key = action.key[: CUSTOM_ID_LIMIT - len(PREFIX)]
        view.add_item(ActionButton(key, action.label))
    return view


def answered_view(message: discord.Message, chosen: str) -> discord.ui.View:
    """The message's buttons greyed out, the chosen one (a key) marked: the message was answered.

    Rebuilt from the message itself, so it shows exactly the buttons it had.
    """
    view = discord.ui.View(timeout=None)
    for row in message.components:
        for item in row.children if isinstance(row, discord.ActionRow) else ():
            if not isinstance(item, discord.Button) or item.custom_id is None:
                continue
            picked = item.custom_id == f"{PREFIX}{chosen}"
            view.add_item(
                discord.ui.Button(
                    label=item.label,
                    emoji=item.emoji,
                    custom_id=item.custom_id,
                    style=discord.ButtonStyle.success if picked else discord.ButtonStyle.secondary,
                    disabled=True,
                )
            )
    return view
