"""What the console's commands share: the services, who is speaking, what was last answered."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.app import App
from bot.console.parse import Parsed
from bot.questions.service import Answer
from bot.replies import Reply

# The console is one member in one pretend guild, so the leaderboard has somewhere to live.
CONSOLE_GUILD = 0
CONSOLE_CHANNEL = 0


class Quit(Exception):
    """Raised by /quit to end the console loop."""


@dataclass
class Session:
    app: App
    # The console speaks as one local member; in Discord this is the interaction's user.
    user_id: int
    # One dispatcher pass, run right after the clock moves or a test is queued, so its
    # reminders print before the next prompt (and before a piped script ends).
    run_reminders: Callable[[], Awaitable[object]] | None = None
    # The last answer shown, for /helpful and /unhelpful.
    last_answer: Answer | None = None

    async def settle(self) -> None:
        if self.run_reminders is not None:
            await self.run_reminders()


# One console command: its parsed line in, the reply out.
Command = Callable[[Session, Parsed], Awaitable[Reply]]
