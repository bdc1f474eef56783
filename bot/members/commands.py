"""The streak-protection commands, as the catalog describes every command (bot/catalog.py lists
them): /streak pause, resume, status and nudge, for each member's own streak."""

from __future__ import annotations

from bot.command_info import CommandInfo, Option
from bot.members.pauses import MAX_PAUSE_DAYS

STREAK_COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo(
        "streak pause",
        "Pause your streak for holidays or illness: missed days don't break it, reminders rest.",
        (
            Option(
                "days",
                "integer",
                required=True,
                low=1,
                high=MAX_PAUSE_DAYS,
                hint="<n>",
                example="7",
                description="How many days, from today (a monthly allowance applies)",
            ),
        ),
    ),
    CommandInfo("streak resume", "End your pause early: today counts as an ordinary day."),
    CommandInfo("streak status", "Whether you're paused, and the pause days you have left."),
    CommandInfo(
        "streak nudge",
        "One DM before midnight on a day your streak would break (off by default).",
        (
            Option(
                "send",
                required=True,
                choices=("on", "off"),
                example="off",
                description="on for a nudge on days your streak is at risk; off to stop them",
            ),
            Option(
                "hours",
                "integer",
                low=1,
                high=12,
                hint="<1-12>",
                example="3",
                description="How many hours before your midnight (the default, 3, if left out)",
            ),
        ),
    ),
)
