"""The commands members can use, described once for /help in Discord and in the console.

The structural test checks that every app command the Discord front end registers is listed here,
so the help text cannot drift from what exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.replies import Field, Reply


@dataclass(frozen=True)
class CommandInfo:
    # The qualified name, as Discord shows it after the slash: "ask", "remind set".
    name: str
    # How to type it, options in Discord's `name:value` form.
    usage: str
    summary: str
    admin: bool = False


COMMANDS: tuple[CommandInfo, ...] = (CommandInfo("help", "/help", "Show this list."),)

# Commands only the local console has; Discord does these through its own UI.
CONSOLE_ONLY: tuple[CommandInfo, ...] = (
    CommandInfo("quit", "/quit", "Leave the console (end of input works too)."),
)


def help_reply(*, console: bool = False) -> Reply:
    member = [c for c in COMMANDS if not c.admin]
    admin = [c for c in COMMANDS if c.admin]
    fields = [Field("Commands", _lines(member))]
    if admin:
        fields.append(Field("For server managers", _lines(admin)))
    if console:
        fields.append(Field("Console", _lines(list(CONSOLE_ONLY))))
    return Reply(
        title="Second Heart",
        body=(
            'I help you train the calf muscles, your legs\' "second heart": '
            "they squeeze blood from the legs back up towards the heart."
        ),
        fields=tuple(fields),
        footer="General information, not medical advice.",
        private=True,
    )


def _lines(commands: list[CommandInfo]) -> str:
    return "\n".join(f"`{c.usage}`: {c.summary}" for c in commands)
