"""A slash command's options come from its catalog entry; a cog that disagrees fails at import."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, Literal

import discord
import pytest
from discord import AppCommandOptionType, app_commands

from bot.catalog import CommandInfo, Option
from bot.discord.options import CatalogMismatch, from_catalog, options_from

Callback = Callable[..., Coroutine[Any, Any, None]]


def _where(*choices: str) -> CommandInfo:
    where = Option("where", default="dm", choices=choices, description="Where to send it")
    return CommandInfo("demo", "A throwaway command.", (where,))


def _where_callback() -> Callback:
    # A fresh function each time: the catalog's metadata is written onto the function itself.
    async def demo(interaction: discord.Interaction[Any], where: str) -> None:
        pass

    return demo


def _register(info: CommandInfo, callback: Callback) -> app_commands.Command[Any, ..., None]:
    return app_commands.Command(
        name=info.name, description=info.summary, callback=options_from(info)(callback)
    )


def _only_parameter(command: app_commands.Command[Any, ..., None]) -> app_commands.Parameter:
    [parameter] = command.parameters
    return parameter


def test_a_new_catalog_choice_reaches_the_registered_command() -> None:
    before = _only_parameter(_register(_where("dm", "here"), _where_callback()))
    after = _only_parameter(_register(_where("dm", "here", "thread"), _where_callback()))
    assert [c.value for c in before.choices] == ["dm", "here"]
    assert [c.value for c in after.choices] == ["dm", "here", "thread"]
    assert (after.required, after.default, after.description) == (False, "dm", "Where to send it")


def test_bounds_default_and_public_name_come_from_the_catalog() -> None:
    info = CommandInfo(
        "demo",
        "A throwaway command.",
        (Option("days-per-week", "integer", default=5, low=2, high=6, description="Days a week"),),
    )

    async def demo(interaction: discord.Interaction[Any], days_per_week: int) -> None:
        pass

    parameter = _only_parameter(_register(info, demo))
    assert parameter.display_name == "days-per-week"
    assert parameter.type is AppCommandOptionType.integer
    assert (parameter.min_value, parameter.max_value) == (2, 6)
    assert (parameter.required, parameter.default) == (False, 5)


def test_an_option_left_out_without_a_default_arrives_as_none() -> None:
    info = CommandInfo(
        "demo", "A throwaway command.", (Option("note", low=1, high=30, description="A note"),)
    )

    async def demo(interaction: discord.Interaction[Any], note: str | None) -> None:
        pass

    parameter = _only_parameter(_register(info, demo))
    assert (parameter.required, parameter.default) == (False, None)
    assert (parameter.min_value, parameter.max_value) == (1, 30)


def test_a_literal_type_is_accepted_when_it_lists_the_catalog_choices() -> None:
    async def demo(interaction: discord.Interaction[Any], where: Literal["dm", "here"]) -> None:
        pass

    parameter = _only_parameter(_register(_where("dm", "here"), demo))
    assert [c.value for c in parameter.choices] == ["dm", "here"]


def test_a_literal_type_that_misses_a_catalog_choice_fails_at_import() -> None:
    async def demo(interaction: discord.Interaction[Any], where: Literal["dm", "here"]) -> None:
        pass

    with pytest.raises(CatalogMismatch, match="choices"):
        options_from(_where("dm", "here", "thread"))(demo)


def test_a_parameter_the_catalog_does_not_describe_fails_at_import() -> None:
    async def demo(interaction: discord.Interaction[Any], where: str, extra: str) -> None:
        pass

    with pytest.raises(CatalogMismatch, match=r"takes \(where, extra\)"):
        options_from(_where("dm"))(demo)


def test_a_default_written_in_the_cog_fails_at_import() -> None:
    async def demo(interaction: discord.Interaction[Any], where: str = "here") -> None:
        pass

    with pytest.raises(CatalogMismatch, match="default"):
        options_from(_where("dm", "here"))(demo)


def test_an_option_without_a_default_must_be_typed_to_allow_none() -> None:
    info = CommandInfo("demo", "A throwaway command.", (Option("note", description="A note"),))

    async def demo(interaction: discord.Interaction[Any], note: str) -> None:
        pass

    with pytest.raises(CatalogMismatch, match=r"\| None"):
        options_from(info)(demo)


def test_a_type_that_does_not_fit_the_option_kind_fails_at_import() -> None:
    info = CommandInfo(
        "demo", "A throwaway command.", (Option("id", "integer", required=True, description="n"),)
    )

    async def demo(interaction: discord.Interaction[Any], id: str) -> None:
        pass

    with pytest.raises(CatalogMismatch, match="integer"):
        options_from(info)(demo)


def test_an_option_discord_would_show_without_a_description_fails_at_import() -> None:
    info = CommandInfo("demo", "A throwaway command.", (Option("zone", required=True),))

    async def demo(interaction: discord.Interaction[Any], zone: str) -> None:
        pass

    with pytest.raises(CatalogMismatch, match="description"):
        options_from(info)(demo)


def test_a_command_missing_from_the_catalog_fails_at_import() -> None:
    with pytest.raises(CatalogMismatch, match="not in the catalog"):
        from_catalog("no-such-command")
