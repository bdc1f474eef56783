"""What a command is, as the catalog describes it: its options and how each is typed.

Apart from the catalog itself (bot/catalog.py), so an area can describe its own commands
(bot/community/commands.py) without importing the catalog that lists them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OptionKind = Literal["text", "integer", "member", "channel", "role"]


@dataclass(frozen=True)
class Option:
    """One option of a command, as Discord registers it and the console reads it."""

    name: str
    kind: OptionKind = "text"
    required: bool = False
    default: str | int | None = None
    # The only values allowed (Discord shows them as a list; the console refuses others).
    choices: tuple[str, ...] = ()
    # The bounds: of the value for an integer, of the length for text.
    low: int | None = None
    high: int | None = None
    # What the usage shows after "name:"; the choices if not given.
    hint: str | None = None
    # A value to show when it is missing ("for example /goal set days-per-week:5").
    example: str = ""
    # Text that may hold anything, colons included ("note:felt good: strong").
    free_text: bool = False
    # Only the console has it: what Discord does with a button (the page of /history).
    console_only: bool = False
    # What Discord shows under the option while it is typed.
    description: str = ""

    @property
    def usage(self) -> str:
        hint = "|".join(self.choices) if self.hint is None else self.hint
        return f"{self.name}:{hint}" if self.required else f"[{self.name}:{hint}]"


@dataclass(frozen=True)
class CommandInfo:
    # The qualified name, as Discord shows it after the slash: "ask", "remind set".
    name: str
    summary: str
    options: tuple[Option, ...] = ()
    admin: bool = False
    # How /help shows a console form that isn't typed like a slash command ("any text").
    shown_as: str | None = None
    # False for the console's forms of buttons, which the reply offers by number.
    listed: bool = True

    @property
    def usage(self) -> str:
        """How to type it, options in Discord's `name:value` form."""
        if self.shown_as is not None:
            return self.shown_as
        return " ".join([f"/{self.name}", *(o.usage for o in self.options if not o.console_only)])
