"""Replies carry instants, channels and roles as values; each front end spells them its own way,
and the core writes no front end's markup."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.console import render_text
from bot.discord.render import embed_for
from bot.replies import Channel, Reply, Role, Timestamp, lines, text

BOT = Path(__file__).resolve().parent.parent / "bot"
INSTANT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
REPLY = Reply(
    body=lines(
        [
            text("Next: ", Timestamp(INSTANT)),
            text("In ", Channel(123), ", mentioning ", Role(456), "."),
        ]
    )
)


def test_discord_spells_values_as_its_own_markup() -> None:
    unix = int(INSTANT.timestamp())
    assert embed_for(REPLY).description == (
        f"Next: <t:{unix}:F> (<t:{unix}:R>)\nIn <#123>, mentioning <@&456>."
    )


def test_the_console_spells_values_as_plain_text_in_the_members_zone() -> None:
    assert render_text(REPLY, ZoneInfo("Europe/Berlin")) == (
        "Next: Mon 02 Mar 2026 10:00 Europe/Berlin\nIn #123, mentioning @role 456."
    )
    assert render_text(REPLY).startswith("Next: Mon 02 Mar 2026 09:00 UTC\n")


def _strings(path: Path) -> list[str]:
    """The string constants in a module's code, its docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_the_core_writes_no_discord_markup() -> None:
    # Discord's own modules, and its Markdown (which bot/markdown.py cuts around), may.
    core = [
        path
        for path in BOT.rglob("*.py")
        if "discord" not in path.relative_to(BOT).parts and path.name != "markdown.py"
    ]
    assert len(core) > 30
    found = [
        (str(path.relative_to(BOT)), string)
        for path in core
        for string in _strings(path)
        if any(token in string for token in ("<t:", "<#", "<@"))
    ]
    assert found == []
