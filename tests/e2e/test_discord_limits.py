"""The bot's limits stay within Discord's, as the fake Discord knows them.

The fake keeps its own copy of Discord's numbers (fake_discord/discord_limits.py), so a bot
constant set too high fails here, even where no e2e scenario happens to send that much.
"""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

import pytest

from bot.discord import limits as bot_limits
from tests.e2e.fake_discord import discord_limits

FAKE_PACKAGE = Path(discord_limits.__file__).parent


def beyond_discord(limits: ModuleType) -> list[str]:
    """Each public number in `limits` that Discord's copy lacks or that is above Discord's."""
    problems = []
    for name, value in vars(limits).items():
        if name.startswith("_") or not name.isupper():
            continue
        discords = getattr(discord_limits, name, None)
        if discords is None:
            problems.append(f"{name}: no such number in the fake's discord_limits")
        elif value > discords:
            problems.append(f"{name} = {value}, above Discord's {discords}")
    return problems


def test_the_bots_limits_do_not_exceed_discords() -> None:
    assert beyond_discord(bot_limits) == []


def test_a_bot_limit_above_discords_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot_limits, "EMBED_TITLE", discord_limits.EMBED_TITLE + 1)
    monkeypatch.setattr(bot_limits, "INTERACTION_DEADLINE_SECONDS", 3.5)
    assert beyond_discord(bot_limits) == [
        "EMBED_TITLE = 257, above Discord's 256",
        "INTERACTION_DEADLINE_SECONDS = 3.5, above Discord's 3.0",
    ]


def test_a_bot_limit_discord_has_no_number_for_is_caught(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A new constant in the bot needs its Discord number written into the fake too.
    monkeypatch.setattr(bot_limits, "STICKERS_PER_MESSAGE", 3, raising=False)
    assert beyond_discord(bot_limits) == [
        "STICKERS_PER_MESSAGE: no such number in the fake's discord_limits"
    ]


def test_the_fake_discord_imports_nothing_from_the_bot() -> None:
    # Borrowing the bot's numbers or code would make the fake agree with the bot's mistakes.
    for module in sorted(FAKE_PACKAGE.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] != "bot", f"{module.name} imports {name}"
