"""The front-end contract: the plain replies services return.

Nothing here knows about Discord. The Discord renderer turns a Reply into an embed and a view;
the console renderer turns it into text. Neither adds wording of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class Tone(Enum):
    """How a reply should feel; renderers map it to a colour or a prefix."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    URGENT = "urgent"
    ERROR = "error"


@dataclass(frozen=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True)
class Action:
    """Something the member can do next: a button in Discord, a numbered line in the console.

    `command` is what the console runs when the member picks it (for example "/ask calf-cramps");
    `key` is the stable identifier the Discord view puts in the button's custom id.
    """

    label: str
    key: str
    command: str


@dataclass(frozen=True)
class Attachment:
    """A file sent with a reply: uploaded in Discord, saved to disk by the console."""

    filename: str
    data: bytes = field(repr=False)
    description: str = ""


@dataclass(frozen=True)
class Timestamp:
    """An instant, for each front end to show in the reader's own time (Discord adds "in 3
    hours" and keeps it current; the console shows the member's local time)."""

    at: datetime


@dataclass(frozen=True)
class Channel:
    """A channel, by id: a link in Discord, "#<id>" in the console."""

    id: int


@dataclass(frozen=True)
class Role:
    """A role, by id: a mention in Discord (allowed to ping nobody here), "@role" in the console."""

    id: int


# What a reply's text holds besides words: values each front end formats its own way, so the
# core writes no front end's markup.
Value = Timestamp | Channel | Role


@dataclass(frozen=True)
class Text:
    """Words and values, in order."""

    parts: tuple[str | Value, ...]

    def spell(self, value: Callable[[Value], str]) -> str:
        """The text as one front end writes it, `value` formatting each value."""
        return "".join(part if isinstance(part, str) else value(part) for part in self.parts)


def text(*pieces: str | Value | Text) -> Text:
    """Words, values and other texts joined into one text."""
    parts: list[str | Value] = []
    for piece in pieces:
        parts.extend(piece.parts if isinstance(piece, Text) else (piece,))
    return Text(tuple(parts))


def lines(rows: list[str | Text]) -> Text:
    """Texts one to a line."""
    joined: list[str | Value | Text] = []
    for n, row in enumerate(rows):
        joined.extend(("\n", row) if n else (row,))
    return text(*joined)


def spell(body: str | Text, value: Callable[[Value], str]) -> str:
    """A reply's text as one front end writes it."""
    return body if isinstance(body, str) else body.spell(value)


@dataclass(frozen=True)
class Reply:
    # Markdown; a Text where it names an instant, a channel or a role.
    body: str | Text
    title: str | None = None
    fields: tuple[Field, ...] = ()
    footer: str | None = None
    tone: Tone = Tone.INFO
    # Only the member who asked should see it (an ephemeral message in Discord).
    private: bool = False
    # What the member asked, shown above the answer. Member-supplied: never allowed to ping.
    quote: str | None = None
    actions: tuple[Action, ...] = field(default_factory=tuple)
    files: tuple[Attachment, ...] = ()


def error_reply(message: str) -> Reply:
    """A reply for input the member can fix: shown only to them."""
    return Reply(body=message, tone=Tone.ERROR, private=True)


# For a failure the member can't fix; the details go to the log.
APOLOGY = "Sorry, something went wrong on our side. It has been logged."


def apology_reply() -> Reply:
    return error_reply(APOLOGY)


def slow_down_text(retry_after: float | None = None) -> str:
    """A member sending faster than the bot answers: when to try again."""
    when = f"in {retry_after:.0f} s" if retry_after is not None else "in a minute"
    return f"Slow down a little: try again {when}."
