"""The commands members can use, described once for /help in Discord and in the console.

Each command's options are described here once: the console reads its input from this
description and the Discord cogs derive their slash-command options from it
(bot/discord/options.py), so a form that works in one works in the other, and the help text
cannot drift from what exists. The structural test checks that Discord registers exactly this.
"""

from __future__ import annotations

from typing import get_args

from bot.checkins.service import ACTIVITIES, BOUNDS, NOTE_LIMIT, Period
from bot.command_info import CommandInfo, Option, OptionKind
from bot.community.commands import COMMUNITY_ALIASES, COMMUNITY_COMMANDS
from bot.members.commands import STREAK_COMMANDS

__all__ = [
    "ALIASES",
    "ANYWHERE",
    "COMMANDS",
    "CONSOLE_ONLY",
    "GROUP_DEFAULTS",
    "MESSAGE_ACTIONS",
    "CommandInfo",
    "Option",
    "OptionKind",
]


def _on_off(name: str, description: str) -> Option:
    return Option(
        name, required=True, choices=("on", "off"), example="off", description=description
    )


def _time(hint: str, description: str) -> Option:
    return Option(
        "time",
        required=True,
        low=1,
        high=20,
        hint=hint,
        example="07:30",
        description=description,
    )


_ID = Option(
    "id",
    "integer",
    required=True,
    hint="<n>",
    example="3",
    description="Which reminder (start typing to pick)",
)
_WHERE = Option(
    "where",
    default="dm",
    choices=("dm", "here"),
    description="By DM (the default), or in this channel",
)
_DAYS = "every day (the default), weekdays, weekends, or days like mon,wed,fri"
_WORKOUT = {
    "sets": "How many sets",
    "reps": "Repetitions per set",
    "minutes": "How long, in minutes",
}

COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("help", "Show this list."),
    CommandInfo(
        "ask",
        "Ask about calf and leg training, circulation or heart health. "
        "You can also mention me, or DM me.",
        (
            Option(
                "question",
                required=True,
                low=1,
                high=500,
                hint="<text>",
                free_text=True,
                example="how do I do calf raises?",
                description="Your question, in your own words",
            ),
        ),
    ),
    CommandInfo("topics", "Everything I can answer."),
    CommandInfo(
        "checkin",
        "Log a workout you've just done (calf raises unless you say otherwise).",
        (
            Option(
                "activity",
                default="calf raises",
                choices=ACTIVITIES,
                hint="",
                description="What you did (calf raises if left out)",
            ),
            *(
                Option(
                    n,
                    "integer",
                    low=low,
                    high=high,
                    hint="",
                    description=f"{_WORKOUT[n]} ({low}-{high})",
                )
                for n, (low, high) in BOUNDS.items()
            ),
            Option(
                "note",
                low=1,
                high=NOTE_LIMIT,
                hint="",
                free_text=True,
                description=f"A note for yourself (up to {NOTE_LIMIT} characters)",
            ),
            Option(
                "day",
                default="today",
                choices=("today", "yesterday"),
                hint="yesterday",
                description="Today, or yesterday if you forgot to log it",
            ),
        ),
    ),
    CommandInfo("checkin-undo", "Remove your latest check-in (within 24 h)."),
    CommandInfo(
        "stats",
        "Streaks, totals and a 12-week chart.",
        (
            Option(
                "member",
                "member",
                hint="",
                description="Someone else in this server (yourself if left out)",
            ),
        ),
    ),
    CommandInfo(
        "leaderboard",
        "This server's ranking.",
        (
            Option(
                "period",
                default="week",
                choices=get_args(Period),
                description="Which period to rank (this week if left out)",
            ),
        ),
    ),
    CommandInfo(
        "history",
        "Your check-ins, newest first.",
        (Option("page", "integer", default=1, low=1, console_only=True),),
    ),
    CommandInfo(
        "goal set",
        "Your weekly goal; rest days count.",
        (
            Option(
                "days-per-week",
                "integer",
                required=True,
                low=1,
                high=7,
                hint="<1-7>",
                example="5",
                description="1 to 7; rest days in a week that meets it keep your streak",
            ),
        ),
    ),
    CommandInfo(
        "timezone set",
        "Your time zone, for your days.",
        (
            Option(
                "zone",
                required=True,
                hint="<city>",
                example="Europe/Berlin",
                description="Start typing a city or region, e.g. Berlin",
            ),
        ),
    ),
    CommandInfo("timezone show", "The time zone used for you."),
    CommandInfo(
        "privacy leaderboard",
        "Hide from rankings.",
        (_on_off("show", "on to appear, off to be hidden"),),
    ),
    CommandInfo(
        "remind set",
        "A daily calf-raise reminder in your time zone.",
        (
            _time("07:30", "When, in your time zone: 07:30, 7:30, 7.30pm or 19:30"),
            Option("days", default="every day", low=1, high=40, hint="weekdays", description=_DAYS),
            _WHERE,
        ),
    ),
    CommandInfo(
        "remind once",
        "A one-off reminder, in your time zone: sent once, then done.",
        (
            Option(
                "when",
                required=True,
                low=1,
                high=40,
                hint="in 2 hours",
                example="tomorrow 9am",
                description="14:30, tomorrow 9am, in 2 hours, 2026-12-24 18:00 or a timestamp",
            ),
            _WHERE,
        ),
    ),
    CommandInfo(
        "remind edit",
        "Change a reminder's time, days or place; its history stays.",
        (
            _ID,
            Option(
                "time",
                low=1,
                high=40,
                hint="08:00",
                description="A new time: 07:30 or 7.30pm (for a one-off, also tomorrow 9am)",
            ),
            Option("days", low=1, high=40, hint="weekdays", description="New days: " + _DAYS),
            Option(
                "where",
                choices=("dm", "here"),
                hint="dm|here",
                description="Move it to your DMs, or to this channel",
            ),
        ),
    ),
    CommandInfo("remind list", "Your reminders and when each comes next."),
    CommandInfo("remind off", "Remove a reminder.", (_ID,)),
    CommandInfo("remind pause", "Pause all your reminders."),
    CommandInfo("remind resume", "Resume them, from now on."),
    CommandInfo("remind test", "Send one now, to see what it looks like."),
    CommandInfo(
        "remind skip-if-done",
        "Skip reminders on days you've already checked in (on by default).",
        (_on_off("skip", "on (the default) skips them; off always reminds you"),),
    ),
    CommandInfo("remind-channel list", "This server's daily channel reminder.", admin=True),
    CommandInfo(
        "remind-channel set",
        "One daily reminder in a channel, mentioning everyone who opted in.",
        (
            Option("channel", "channel", required=True, hint="", description="Where to post it"),
            _time("", "When: 07:30, 7:30, 7.30pm or 19:30"),
            Option(
                "zone",
                required=True,
                hint="",
                example="Europe/Berlin",
                description="The time zone for that time, e.g. Europe/Berlin",
            ),
            Option("role", "role", hint="", description="A role to mention as well (optional)"),
            Option("days", default="every day", low=1, high=40, hint="", description=_DAYS),
        ),
        admin=True,
    ),
    CommandInfo("remind-channel remove", "Stop the channel reminder.", admin=True),
    *COMMUNITY_COMMANDS,
    *STREAK_COMMANDS,
    CommandInfo("export", "Download everything stored about you (CSV)."),
    CommandInfo("forget-me", "Delete everything stored about you."),
    CommandInfo("kb reload", "Reload the knowledge base from disk.", admin=True),
    CommandInfo("kb gaps", "The questions members asked that I couldn't answer.", admin=True),
)

# Commands only the local console has. The unlisted ones are what Discord does with buttons;
# the console offers them as the numbered picks of a reply.
CONSOLE_ONLY: tuple[CommandInfo, ...] = (
    CommandInfo("question", "Asks it, like /ask.", shown_as="any text"),
    CommandInfo(
        "pick",
        "Pick a numbered suggestion from the last reply.",
        (Option("number", "integer", required=True, example="1"),),
        shown_as="1, 2, 3",
    ),
    CommandInfo(
        "topic",
        "Show one topic by its id.",
        (Option("id", required=True, example="calf-cramps"),),
        shown_as="/topic <id>",
    ),
    CommandInfo("helpful", "Rate the last answer.", shown_as="/helpful, /unhelpful"),
    CommandInfo("unhelpful", "Rate the last answer as not helpful.", listed=False),
    CommandInfo(
        "clock",
        "Show or move the simulated clock, to see reminders fire.",
        (Option("by"),),
        shown_as="/clock, /clock +2h",
    ),
    CommandInfo("quit", "Leave the console (end of input works too).", shown_as="/quit"),
    CommandInfo("exit", "Leave the console.", listed=False),
    CommandInfo("checkin undo", "Remove a check-in.", (Option("id", "integer"),), listed=False),
    CommandInfo("remind done", "Check in for a reminder.", (_ID,), listed=False),
    CommandInfo("remind snooze", "Remind me again in an hour.", (_ID,), listed=False),
    CommandInfo("remind skip", "No more reminders today.", (_ID,), listed=False),
    CommandInfo("remind-channel join", "Be mentioned by the channel reminder.", listed=False),
    CommandInfo("remind-channel leave", "Stop being mentioned.", listed=False),
    CommandInfo("forget-me confirm", "Delete everything stored about you.", listed=False),
    CommandInfo("cancel", "Change nothing.", listed=False),
)

# What a group name alone means in the console: "/remind" lists your reminders.
GROUP_DEFAULTS: dict[str, str] = {
    "remind": "remind list",
    "remind-channel": "remind-channel list",
    "timezone": "timezone show",
    "streak": "streak status",
}

# Older console forms that still work, by the words they start with. The channel reminder was
# "/remind channel" until it became a top-level command: Discord hides a command from members
# (default_member_permissions) only at the top level.
ALIASES: dict[str, str] = {"remind channel": "remind-channel", **COMMUNITY_ALIASES}

# The top-level commands a member can add to their own Discord account and use anywhere: in DMs
# and in servers without the bot, with one streak everywhere (bot/discord/installs.py). The
# rest belong to a server that installed the bot: its leaderboard, its channel reminder, /kb.
ANYWHERE: frozenset[str] = frozenset(
    {"help", "ask", "topics"}
    | {"checkin", "checkin-undo", "stats", "history", "goal", "timezone", "privacy"}
    | {"remind", "export", "forget-me", "streak"}
)

# Discord's commands on a message (its Apps menu). The console has none: it has no other
# members' messages to act on, and typing a question there is already asking it.
MESSAGE_ACTIONS: tuple[CommandInfo, ...] = (
    CommandInfo(
        "Ask Second Heart",
        "On anyone's message: answers it as a question, naming who asked and pinging nobody.",
        shown_as="Apps > Ask Second Heart",
    ),
)
