"""Slash-command options derived from the catalog, so each is described in one place.

A cog method states only each option's Python type, for its own body and mypy. Everything
Discord shows (description, choices, bounds, the public name, whether the option is required
and its default) is read from the command's entry in bot/catalog.py, which the console reads
too. A callback that disagrees with its entry fails when the cog is imported, not when a
member first types the command.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable
from typing import Any, Literal, TypeVar, Union

import discord
from discord import app_commands

from bot.catalog import COMMANDS, CommandInfo, Option, OptionKind

F = TypeVar("F", bound=Callable[..., Any])

# The Python types a cog may give each kind of option.
_TYPES: dict[OptionKind, tuple[type, ...]] = {
    "text": (str,),
    "integer": (int,),
    "member": (discord.Member, discord.User),
    "channel": (discord.abc.GuildChannel,),
    "role": (discord.Role,),
}

# At run time Range[...] is a transformer object, which mypy's view of it (Annotated) hides.
_RANGE: Any = app_commands.Range


class CatalogMismatch(TypeError):
    """A command's callback and its catalog entry describe different options."""


def from_catalog(name: str) -> Callable[[F], F]:
    """Give a slash command's callback the options the catalog describes for `name`.

    Put it directly above the `def`, under the `@...command(...)` decorator.
    """
    info = next((c for c in COMMANDS if c.name == name), None)
    if info is None:
        raise CatalogMismatch(f"/{name} is not in the catalog (bot/catalog.py)")
    return options_from(info)


def options_from(info: CommandInfo) -> Callable[[F], F]:
    """The decorator `from_catalog` applies, for a given catalog entry."""

    def apply(callback: F) -> F:
        _apply(info, callback)
        return callback

    return apply


def python_name(option: Option) -> str:
    """The callback's parameter for an option: its name, with "-" as "_"."""
    return option.name.replace("-", "_")


def _apply(info: CommandInfo, callback: Callable[..., Any]) -> None:
    options = [o for o in info.options if not o.console_only]
    params = list(inspect.signature(callback).parameters.values())
    # discord.py passes self (for a method) and the interaction before the options; ask it
    # which, so both agree on where the options start.
    given = params[2 if discord.utils.is_inside_class(callback) else 1 :]
    expected = [python_name(o) for o in options]
    if [p.name for p in given] != expected:
        raise CatalogMismatch(
            f"/{info.name}: the callback takes ({', '.join(p.name for p in given)}) "
            f"but the catalog describes ({', '.join(expected)})"
        )
    hints = typing.get_type_hints(callback)
    defaults: list[object] = []
    for param, option in zip(given, options, strict=True):
        where = f"/{info.name} {option.name}"
        if param.default is not param.empty:
            raise CatalogMismatch(f"{where}: the catalog gives the default; remove it from the cog")
        if not option.description:
            raise CatalogMismatch(f"{where}: Discord needs a description; add one to the catalog")
        if option.required and defaults:
            raise CatalogMismatch(f"{where}: required options must come before optional ones")
        callback.__annotations__[param.name] = _annotation(where, option, hints[param.name])
        if not option.required:
            defaults.append(option.default)
    # Defaults are the function's own, so discord.py reads them like any written in the `def`.
    callback.__defaults__ = tuple(defaults) or None
    name = python_name
    app_commands.describe(**{name(o): o.description for o in options})(callback)
    renames = {name(o): o.name for o in options if name(o) != o.name}
    if renames:
        app_commands.rename(**renames)(callback)
    listed = {
        name(o): [app_commands.Choice(name=c, value=c) for c in o.choices]
        for o in options
        if o.choices
    }
    if listed:
        app_commands.choices(**listed)(callback)


def _annotation(where: str, option: Option, hint: object) -> object:
    """The type discord.py reads for the option: the cog's, with the catalog's bounds."""
    args = typing.get_args(hint)
    may_be_none = typing.get_origin(hint) in (Union, types.UnionType) and type(None) in args
    base = next(a for a in args if a is not type(None)) if may_be_none else hint
    if may_be_none and len(args) != 2:
        raise CatalogMismatch(f"{where}: annotate one type, or one type | None")
    if may_be_none != (not option.required and option.default is None):
        fix = "annotate it as T | None" if not may_be_none else "drop the | None"
        raise CatalogMismatch(f"{where}: the catalog gives no value when it's left out; {fix}")
    if typing.get_origin(base) is Literal:
        # A Literal lets the body's type be narrow; it must list exactly the catalog's choices.
        if typing.get_args(base) != option.choices:
            raise CatalogMismatch(f"{where}: the Literal differs from the catalog's choices")
        base = str
    kinds = _TYPES[option.kind]
    if not (isinstance(base, type) and issubclass(base, kinds)):
        raise CatalogMismatch(f"{where}: a {option.kind} option can't be annotated {base!r}")
    if option.choices and base is not str:
        raise CatalogMismatch(f"{where}: choices are text; annotate it str")
    ranged: Any = base
    if option.kind in ("text", "integer") and (option.low, option.high) != (None, None):
        ranged = _RANGE[base, option.low, option.high]
    return ranged | None if may_be_none else ranged
