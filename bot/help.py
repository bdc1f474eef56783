"""/help: the command list both front ends show, from the catalog (bot/catalog.py).

The console lists its own commands too; Discord adds what works on a message and from a
member's own install.
"""

from __future__ import annotations

from bot.catalog import ANYWHERE, COMMANDS, CONSOLE_ONLY, MESSAGE_ACTIONS, CommandInfo
from bot.replies import Field, Reply


def works_anywhere(command: CommandInfo) -> bool:
    """Whether a member's own install reaches the slash command (see ANYWHERE)."""
    return command.name.split()[0] in ANYWHERE


def help_reply(*, console: bool = False) -> Reply:
    member = [c for c in COMMANDS if not c.admin]
    admin = [c for c in COMMANDS if c.admin]
    # Reminders have a field of their own: one list of every command outgrew what Discord shows
    # in a field (1,024 characters), and the end of it was cut off. So has streak protection.
    reminders = [c for c in member if c.name.split()[0] == "remind"]
    streak = [c for c in member if c.name.split()[0] == "streak"]
    others = [c for c in member if c not in reminders and c not in streak]
    fields = [
        Field("Commands", _lines(others)),
        Field("Reminders", _lines(reminders)),
        Field("Streak protection", _lines(streak)),
    ]
    if admin:
        fields.append(Field("For server managers", _lines(admin)))
    if console:
        fields.append(Field("Console", _lines([c for c in CONSOLE_ONLY if c.listed])))
    else:
        fields.append(Field("On a message", _lines(list(MESSAGE_ACTIONS))))
        anywhere = " ".join(
            sorted({f"`/{c.name.split()[0]}`" for c in COMMANDS if works_anywhere(c)})
        )
        fields.append(
            Field(
                "Anywhere",
                "Add me to your own account (my profile, then Add App) to use these in DMs and "
                f"in any server, with one streak everywhere: {anywhere}, and Ask Second Heart.",
            )
        )
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
