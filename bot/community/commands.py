"""The community commands, as the catalog describes every command (bot/catalog.py lists them):
/challenge for everyone; /challenge-start, /challenge-end and /recap for the server's managers.

Start and end are top-level commands, not a /challenge subgroup, for the reason /remind-channel
is: Discord hides a command from members (default_member_permissions) only at the top level,
and everyone must see /challenge itself."""

from __future__ import annotations

from bot.command_info import CommandInfo, Option
from bot.community.challenges import MAX_TARGET, METRICS, PERIOD_EXAMPLE
from bot.reminders.schedule import WEEKDAY_NAMES

COMMUNITY_COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("challenge", "This server's challenge: progress and top contributors."),
    CommandInfo(
        "challenge-start",
        "Set the server a shared target for a period.",
        (
            Option(
                "goal",
                required=True,
                choices=METRICS,
                example="calf-raises",
                description="Calf raises or check-ins together, or active days for every member",
            ),
            Option(
                "target",
                "integer",
                required=True,
                low=1,
                high=MAX_TARGET,
                hint="<n>",
                example="10000",
                description="How many (raises, check-ins, or active days each member)",
            ),
            Option(
                "period",
                default="week",
                low=1,
                high=40,
                hint="week|month|start..end",
                description=f"This week (the default), this month, or dates: {PERIOD_EXAMPLE}",
            ),
            Option(
                "channel",
                "channel",
                hint="",
                description="Where to announce its end (the recap's channel if left out)",
            ),
        ),
        admin=True,
    ),
    CommandInfo("challenge-end", "End the running challenge now, and announce it.", admin=True),
    CommandInfo(
        "recap set",
        "Post a weekly recap in a channel.",
        (
            Option("channel", "channel", required=True, hint="", description="Where to post it"),
            Option(
                "hour",
                "integer",
                required=True,
                low=0,
                high=23,
                hint="<0-23>",
                example="9",
                description="The hour, 0 to 23, in the server's time zone",
            ),
            Option(
                "day",
                default="mon",
                choices=WEEKDAY_NAMES,
                hint="mon",
                description="The weekday (Monday if left out)",
            ),
            Option(
                "zone",
                hint="",
                description="The time zone (the channel reminder's, or the default, if left out)",
            ),
        ),
        admin=True,
    ),
    CommandInfo("recap off", "Stop the weekly recap (past ones stay).", admin=True),
    CommandInfo("recap preview", "Show this week's recap now, only to you.", admin=True),
)

# The console also reads the spaced forms, as it reads "/checkin undo".
COMMUNITY_ALIASES: dict[str, str] = {
    "challenge start": "challenge-start",
    "challenge end": "challenge-end",
}
