"""Where each command can be used: the cogs register what the catalog says (bot/catalog.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from discord import AppCommandType, app_commands

from bot.app import App
from bot.catalog import ANYWHERE, COMMANDS, MESSAGE_ACTIONS
from bot.discord.client import SecondHeartBot, load_cogs
from bot.help import help_reply

Top = app_commands.Command[Any, ..., Any] | app_commands.Group | app_commands.ContextMenu


@pytest.fixture
async def tree(app: App) -> AsyncIterator[app_commands.CommandTree[SecondHeartBot]]:
    client = SecondHeartBot(app)
    await load_cogs(client)
    yield client.tree
    await client.close()


def payload(tree: app_commands.CommandTree[SecondHeartBot], command: Top) -> dict[str, object]:
    """What the sync sends for a top-level command."""
    sent: dict[str, object] = command.to_dict(tree)
    return sent


async def test_user_installable_commands_are_exactly_those_the_catalog_lists_anywhere(
    tree: app_commands.CommandTree[SecondHeartBot],
) -> None:
    installable = {
        c.name
        for c in tree.get_commands()
        if 1 in (payload(tree, c)["integration_types"] or [])  # type: ignore[operator]
        and c.name not in {m.name for m in MESSAGE_ACTIONS}
    }
    assert installable == ANYWHERE
    for name in ANYWHERE:
        command = tree.get_command(name)
        assert command is not None, name
        assert payload(tree, command)["contexts"] == [0, 1, 2], name


async def test_every_other_command_stays_installed_to_servers(
    tree: app_commands.CommandTree[SecondHeartBot],
) -> None:
    for command in tree.get_commands():
        if command.name in ANYWHERE or command.name in {m.name for m in MESSAGE_ACTIONS}:
            continue
        sent = payload(tree, command)
        assert sent["integration_types"] == [0], command.name
    # The server's own commands are used in it, never in DMs.
    for name in ("leaderboard", "remind-channel", "kb"):
        server_command = tree.get_command(name)
        assert server_command is not None
        sent = payload(tree, server_command)
        assert (sent["contexts"], sent["dm_permission"]) == ([0], False), name


async def test_the_message_commands_are_the_catalogs_and_usable_anywhere(
    tree: app_commands.CommandTree[SecondHeartBot],
) -> None:
    menus = tree.get_commands(type=AppCommandType.message)
    assert [m.name for m in menus] == [m.name for m in MESSAGE_ACTIONS]
    for menu in menus:
        sent = payload(tree, menu)
        assert (sent["integration_types"], sent["contexts"]) == ([0, 1], [0, 1, 2])


def test_discords_help_lists_ask_second_heart_and_where_commands_work() -> None:
    fields = {f.name: f.value for f in help_reply().fields}
    assert "Ask Second Heart" in fields["On a message"]
    for name in ANYWHERE:
        assert f"`/{name}`" in fields["Anywhere"], name
    assert "`/leaderboard`" not in fields["Anywhere"]


def test_the_consoles_help_leaves_out_what_only_discord_has() -> None:
    fields = {f.name for f in help_reply(console=True).fields}
    assert "On a message" not in fields
    assert "Anywhere" not in fields


def test_every_anywhere_name_is_a_command_in_the_catalog() -> None:
    assert {c.name.split()[0] for c in COMMANDS} >= ANYWHERE
