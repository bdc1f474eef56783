"""The local console: the same services as the Discord bot, as plain text on stdin/stdout.

shell.py reads lines and runs commands; one module per area holds the commands (questions,
checkins, members, reminders, clock); render.py prints a reply; io.py reads stdin and delivers
reminders into the session; parse.py reads a line as Discord reads the same command.
"""

from bot.console.io import ConsoleSender, stdin_lines
from bot.console.render import display_width, render_text
from bot.console.session import Quit
from bot.console.setup import console_setup
from bot.console.shell import Console

__all__ = [
    "Console",
    "ConsoleSender",
    "Quit",
    "console_setup",
    "display_width",
    "render_text",
    "stdin_lines",
]
