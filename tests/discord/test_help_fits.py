"""/help as Discord shows it: every command listed, no field cut at Discord's limit."""

from __future__ import annotations

from bot.catalog import COMMANDS
from bot.discord import limits
from bot.discord.render import embed_for
from bot.help import help_reply


def test_every_help_field_fits_within_discords_field_limit() -> None:
    for console in (False, True):
        for field in help_reply(console=console).fields:
            assert len(field.value) <= limits.EMBED_FIELD_VALUE, field.name


def test_the_help_embed_lists_every_command_whole() -> None:
    shown = "\n".join(field.value or "" for field in embed_for(help_reply()).fields)
    assert [c.name for c in COMMANDS if f"`{c.usage}`: {c.summary}" not in shown] == []
