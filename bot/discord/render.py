"""Replies rendered for Discord, within Discord's limits.

discord.py checks none of Discord's size limits, and the API answers an oversize payload with a
400, so everything we send passes through here. Text is cut with bot.markdown.truncate, which keeps
the Markdown intact.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

import discord
from discord import app_commands

from bot.discord import limits
from bot.discord.views import view_for
from bot.markdown import truncate
from bot.questions.replies import question_asked_by
from bot.replies import Channel, Field, Reply, Role, Text, Timestamp, Tone, Value, spell
from bot.timezones import find_zones

# Colours chosen to read on both Discord's dark and light themes.
TONE_COLOURS: dict[Tone, int] = {
    Tone.INFO: 0x3B82F6,
    Tone.SUCCESS: 0x22C55E,
    Tone.WARNING: 0xF59E0B,
    Tone.URGENT: 0xDC2626,
    Tone.ERROR: 0x9CA3AF,
}
# Discord rejects empty field names and values; a zero-width space is the accepted blank.
_BLANK = "\u200b"
# How a reply's quote (the member's question) is introduced on the embed.
QUOTE_PREFIX = "You asked: "


def message_content(text: str) -> str:
    """Plain message text that fits Discord's 2,000-character cap."""
    return truncate(text, limits.MESSAGE_CONTENT)


def discord_value(value: Value) -> str:
    """A value in a reply as Discord's markup, which each reader's client fills in."""
    if isinstance(value, Timestamp):
        # Their own local time, plus "in 3 hours", kept current by the client.
        unix = int(value.at.timestamp())
        return f"<t:{unix}:F> (<t:{unix}:R>)"
    if isinstance(value, Channel):
        return f"<#{value.id}>"
    assert isinstance(value, Role)
    # Inside an embed a role mention shows the role's name and pings nobody.
    return f"<@&{value.id}>"


def discord_text(body: str | Text) -> str:
    """A reply's text with its values in Discord's markup."""
    return spell(body, discord_value)


def embed_for(reply: Reply) -> discord.Embed:
    """An embed that respects every per-part limit and the 6,000-character total."""
    body = discord_text(reply.body)
    title = truncate(reply.title, limits.EMBED_TITLE) if reply.title else None
    footer = truncate(reply.footer, limits.EMBED_FOOTER) if reply.footer else None
    author = truncate(QUOTE_PREFIX + reply.quote, limits.EMBED_AUTHOR) if reply.quote else None
    fields = _fit_fields(reply.fields)
    fixed = len(title or "") + len(footer or "") + len(author or "")
    fixed += sum(len(n) + len(v) for n, v, _ in fields)
    # Fields are the part we can drop; the description must keep some room to say anything.
    while fields and limits.EMBED_TOTAL - fixed < min(len(body), 200):
        name, value, _ = fields.pop()
        fixed -= len(name) + len(value)
    budget = min(limits.EMBED_DESCRIPTION, limits.EMBED_TOTAL - fixed)
    embed = discord.Embed(
        title=title,
        description=truncate(body, budget),
        colour=TONE_COLOURS[reply.tone],
    )
    for name, value, inline in fields:
        embed.add_field(name=name, value=value, inline=inline)
    if footer:
        embed.set_footer(text=footer)
    if author:
        # The member's own words, in the author line: embeds never ping, whatever they contain.
        embed.set_author(name=author)
    return embed


def quoted_question(message: discord.Message | None) -> str | None:
    """The question quoted on one of our answers, for buttons that act on it later: in the
    embed's author line, or (on an answer to someone else's message) in the line naming who
    asked."""
    if message is None or not message.embeds:
        return None
    name = message.embeds[0].author.name
    if name and name.startswith(QUOTE_PREFIX):
        return name.removeprefix(QUOTE_PREFIX)
    return question_asked_by(message.content)


def _fit_fields(fields: Iterable[Field]) -> list[tuple[str, str, bool]]:
    items = list(fields)
    fitted = [
        (
            truncate(f.name, limits.EMBED_FIELD_NAME) or _BLANK,
            truncate(f.value, limits.EMBED_FIELD_VALUE) or _BLANK,
            f.inline,
        )
        for f in items[: limits.EMBED_FIELDS]
    ]
    if len(items) > limits.EMBED_FIELDS:
        hidden = len(items) - limits.EMBED_FIELDS + 1
        fitted[-1] = (_BLANK, f"…and {hidden} more", False)
    return fitted


def choices(pairs: Iterable[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices: at most 25, each name and value cut to 100 characters."""
    result: list[app_commands.Choice[str]] = []
    for name, value in pairs:
        if len(result) == limits.AUTOCOMPLETE_CHOICES:
            break
        result.append(
            app_commands.Choice(
                name=truncate(name, limits.CHOICE_NAME), value=value[: limits.CHOICE_VALUE]
            )
        )
    return result


def mention(user_id: int) -> str:
    """A member named inside an embed: Discord shows their name there and pings nobody."""
    return f"<@{user_id}>"


def files_for(reply: Reply, embed: discord.Embed) -> list[discord.File]:
    """The reply's attachments as uploads; a PNG is also shown as the embed's image."""
    files = []
    for attachment in reply.files:
        files.append(
            discord.File(
                io.BytesIO(attachment.data),
                filename=attachment.filename,
                description=attachment.description or None,
            )
        )
        if attachment.filename.endswith(".png") and embed.image.url is None:
            embed.set_image(url=f"attachment://{attachment.filename}")
    return files


def zone_choices(current: str) -> list[app_commands.Choice[str]]:
    """Time-zone autocomplete: "berlin" offers Europe/Berlin; within Discord's 25."""
    return choices((name, name) for name in find_zones(current))


async def send_reply(
    interaction: discord.Interaction[Any], reply: Reply, *, content: str | None = None
) -> None:
    """Answer an interaction with a reply (and its buttons), whether or not it was deferred.

    `content` is plain text above the embed (who asked, on an answer to someone's message):
    member-supplied, so it is sent with every mention disabled."""
    embed = embed_for(reply)
    message: dict[str, Any] = {
        "embed": embed,
        "ephemeral": reply.private,
        "view": view_for(reply.actions) or discord.utils.MISSING,
        "files": files_for(reply, embed) or discord.utils.MISSING,
        "allowed_mentions": discord.AllowedMentions.none(),
    }
    if content:
        message["content"] = message_content(content)
    if interaction.response.is_done():
        await interaction.followup.send(**message)
    else:
        await interaction.response.send_message(**message)


async def replace_reply(interaction: discord.Interaction[Any], reply: Reply) -> None:
    """Answer a button click by replacing the message it was on (pages, confirmations)."""
    view = view_for(reply.actions)
    await interaction.response.edit_message(embed=embed_for(reply), view=view)
