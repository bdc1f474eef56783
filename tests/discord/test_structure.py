"""Every cog loads, no two app commands share a name, and /help lists them all."""

from __future__ import annotations

import pkgutil
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from discord import AppCommandOptionType, app_commands

import bot.discord.cogs
from bot.app import App
from bot.catalog import COMMANDS
from bot.discord.client import COGS, SecondHeartBot, load_cogs


@pytest.fixture
async def discord_bot(app: App) -> AsyncIterator[SecondHeartBot]:
    client = SecondHeartBot(app)
    yield client
    await client.close()


def test_every_cog_module_is_listed_for_loading() -> None:
    modules = {
        f"bot.discord.cogs.{m.name}" for m in pkgutil.iter_modules(bot.discord.cogs.__path__)
    }
    assert modules == set(COGS)


async def test_every_cog_loads(discord_bot: SecondHeartBot) -> None:
    assert await load_cogs(discord_bot) == list(COGS)


async def test_no_two_app_commands_share_a_name(discord_bot: SecondHeartBot) -> None:
    await load_cogs(discord_bot)
    names = Counter(c.qualified_name for c in discord_bot.tree.walk_commands())
    assert names, "no commands registered"
    assert [n for n, count in names.items() if count > 1] == []


async def test_help_lists_exactly_the_registered_commands(discord_bot: SecondHeartBot) -> None:
    await load_cogs(discord_bot)
    registered = {
        c.qualified_name
        for c in discord_bot.tree.walk_commands()
        if isinstance(c, app_commands.Command)
    }
    assert registered == {c.name for c in COMMANDS}


_KINDS = {
    "text": AppCommandOptionType.string,
    "integer": AppCommandOptionType.integer,
    "member": AppCommandOptionType.user,
    "channel": AppCommandOptionType.channel,
    "role": AppCommandOptionType.role,
}


async def test_console_and_discord_take_the_same_options(discord_bot: SecondHeartBot) -> None:
    """The catalog is what the console reads; Discord must register exactly the same."""
    await load_cogs(discord_bot)
    registered = {
        c.qualified_name: [
            (
                p.display_name,
                p.type,
                p.required,
                tuple(choice.value for choice in p.choices),
                p.min_value,
                p.max_value,
                None if p.required else p.default,
            )
            for p in c.parameters
        ]
        for c in discord_bot.tree.walk_commands()
        if isinstance(c, app_commands.Command)
    }
    described = {
        c.name: [
            (
                o.name,
                _KINDS[o.kind],
                o.required,
                o.choices,
                o.low,
                o.high,
                o.default,
            )
            for o in c.options
            if not o.console_only
        ]
        for c in COMMANDS
    }
    assert registered == described


async def test_a_broken_cog_is_skipped_and_the_rest_load(
    discord_bot: SecondHeartBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.discord.client.COGS", ("bot.discord.cogs.missing", *COGS))
    assert await load_cogs(discord_bot) == list(COGS)


def test_message_content_intent_is_off_unless_configured(discord_bot: SecondHeartBot) -> None:
    client = discord_bot
    assert client.intents.message_content is False
    assert client.intents.guilds
    assert client.intents.guild_messages
    assert client.intents.dm_messages
    assert client.intents.members is False
    assert client.allowed_mentions is not None
    assert dict(client.allowed_mentions.to_dict()) == {"parse": []}
