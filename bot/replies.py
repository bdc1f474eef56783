"""The front-end contract: the plain replies services return.

Nothing here knows about Discord. The Discord renderer turns a Reply into an embed and a view;
the console renderer turns it into text. Neither adds wording of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
class Reply:
    body: str
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


class InputError(ValueError):
    """Input the member can fix. Front ends show the message privately, as is."""


def error_reply(message: str) -> Reply:
    """A reply for input the member can fix: shown only to them."""
    return Reply(body=message, tone=Tone.ERROR, private=True)


# For a failure the member can't fix; the details go to the log.
APOLOGY = "Sorry, something went wrong on our side. It has been logged."


def apology_reply() -> Reply:
    return error_reply(APOLOGY)
