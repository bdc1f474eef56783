"""The layers, read from the source: discord.py stays inside bot/discord/.

The core and the console are plain Python, so every rule can be tested without Discord and a
second front end can reuse them; one stray `import discord` would quietly end that. Imports are
read with `ast`, so an import under TYPE_CHECKING or inside a function counts too.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import imports_in

BOT = Path(__file__).resolve().parents[2] / "bot"
DISCORD_FRONT_END = BOT / "discord"


def discord_imports(source: str) -> list[str]:
    """The modules of the discord package (discord.py) that `source` imports."""
    return [
        module
        for module, _ in imports_in(source)
        if module == "discord" or module.startswith("discord.")
    ]


def modules_importing_discord(paths: list[Path]) -> dict[str, list[str]]:
    return {
        str(path.relative_to(BOT.parent)): imported
        for path in paths
        if (imported := discord_imports(path.read_text(encoding="utf-8")))
    }


def test_the_check_sees_every_form_of_import_and_only_discord_py() -> None:
    source = """
import discord
import discord.ext.commands as commands
from discord import app_commands
from bot.discord import limits
import discordant
def later():
    from discord.ui import View
"""
    assert discord_imports(source) == [
        "discord",
        "discord.ext.commands",
        "discord",
        "discord.ui",
    ]


def test_nothing_outside_bot_discord_imports_discord() -> None:
    outside = [p for p in BOT.rglob("*.py") if DISCORD_FRONT_END not in p.parents]
    assert len(outside) > 20, "the walk found too few modules to mean anything"
    assert modules_importing_discord(outside) == {}


def test_the_discord_front_end_is_where_discord_is_imported() -> None:
    # The check above passes vacuously if it reads nothing; the front end must show up here.
    inside = sorted(DISCORD_FRONT_END.rglob("*.py"))
    found = modules_importing_discord(inside)
    assert "bot/discord/client.py" in found
    assert "bot/discord/cogs/reminders.py" in found
