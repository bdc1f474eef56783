"""A Reply as plain text for a terminal: title, body, fields, numbered actions, footer.

Values in a reply's text are spelled for a reader at a terminal: an instant in the member's own
zone (Discord keeps "in 3 hours" current; printed text can't, so there is none), a channel as
#name, a role as @role.
"""

from __future__ import annotations

import unicodedata
from zoneinfo import ZoneInfo

from bot.console.session import CONSOLE_CHANNEL
from bot.markdown import plain
from bot.replies import Channel, Reply, Text, Timestamp, Tone, Value, spell

_TONE_PREFIX = {Tone.WARNING: "! ", Tone.URGENT: "!!! ", Tone.ERROR: "✗ "}
UTC_ZONE = ZoneInfo("UTC")


def render_text(reply: Reply, zone: ZoneInfo = UTC_ZONE) -> str:
    """`reply` as text, its instants shown in `zone` (the member's)."""
    parts: list[str] = []
    prefix = _TONE_PREFIX.get(reply.tone, "")
    if reply.title:
        title = plain(prefix + reply.title)
        parts.append(f"{title}\n{'=' * display_width(title)}")
        prefix = ""
    parts.append(plain(prefix + console_text(reply.body, zone)))
    parts.extend(f"{plain(f.name)}:\n{plain(f.value)}" for f in reply.fields)
    if reply.actions:
        parts.append(
            "\n".join(
                f"  {n}. {plain(a.label)}  ({a.command})" for n, a in enumerate(reply.actions, 1)
            )
        )
    if reply.footer:
        parts.append(f"-- {plain(reply.footer)}")
    return "\n\n".join(parts)


def console_text(body: str | Text, zone: ZoneInfo = UTC_ZONE) -> str:
    """A reply's text with its values spelled for the terminal."""

    def value(part: Value) -> str:
        if isinstance(part, Timestamp):
            return f"{part.at.astimezone(zone):%a %d %b %Y %H:%M} {zone.key}"
        if isinstance(part, Channel):
            # The console's one pretend channel is the session itself.
            return "#console" if part.id == CONSOLE_CHANNEL else f"#{part.id}"
        return f"@role {part.id}"

    return spell(body, value)


def display_width(text: str) -> int:
    """How many terminal columns `text` takes: wide characters (most emoji, CJK) take two,
    combining marks and joiners none. (The wcwidth package does this fully; this much is all
    a title needs.)"""
    width = 0
    for char in text:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width
