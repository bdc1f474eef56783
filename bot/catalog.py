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


COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("help", "/help", "Show this list."),
    CommandInfo(
        "ask",
        "/ask question:<text>",
        "Ask about calf and leg training, circulation or heart health. "
        "You can also mention me, or DM me.",
    ),
    CommandInfo("topics", "/topics", "Everything I can answer."),
    CommandInfo(
        "checkin",
        "/checkin [activity:] [sets:] [reps:] [minutes:] [note:] [day:yesterday]",
        "Log a workout you've just done (calf raises unless you say otherwise).",
    ),
    CommandInfo("checkin-undo", "/checkin-undo", "Remove your latest check-in (within 24 h)."),
    CommandInfo("stats", "/stats [member:]", "Streaks, totals and a 12-week chart."),
    CommandInfo("leaderboard", "/leaderboard [period:week|month|all]", "This server's ranking."),
    CommandInfo("history", "/history", "Your check-ins, newest first."),
    CommandInfo("goal set", "/goal set days-per-week:<1-7>", "Your weekly goal; rest days count."),
    CommandInfo("timezone set", "/timezone set zone:<city>", "Your time zone, for your days."),
    CommandInfo("timezone show", "/timezone show", "The time zone used for you."),
    CommandInfo("privacy leaderboard", "/privacy leaderboard show:on|off", "Hide from rankings."),
    CommandInfo(
        "remind set",
        "/remind set time:07:30 [days:weekdays] [where:dm|here]",
        "A daily calf-raise reminder in your time zone.",
    ),
    CommandInfo("remind list", "/remind list", "Your reminders and when each comes next."),
    CommandInfo("remind off", "/remind off id:<n>", "Remove a reminder."),
    CommandInfo("remind pause", "/remind pause", "Pause all your reminders."),
    CommandInfo("remind resume", "/remind resume", "Resume them, from now on."),
    CommandInfo("remind test", "/remind test", "Send one now, to see what it looks like."),
    CommandInfo(
        "remind skip-if-done",
        "/remind skip-if-done skip:on|off",
        "Skip reminders on days you've already checked in (on by default).",
    ),
    CommandInfo(
        "remind channel list", "/remind channel list", "This server's daily channel reminder."
    ),
    CommandInfo(
        "remind channel set",
        "/remind channel set channel: time: zone: [role:] [days:]",
        "One daily reminder in a channel, mentioning everyone who opted in.",
        admin=True,
    ),
    CommandInfo(
        "remind channel remove", "/remind channel remove", "Stop the channel reminder.", admin=True
    ),
    CommandInfo("export", "/export", "Download everything stored about you (CSV)."),
    CommandInfo("forget-me", "/forget-me", "Delete everything stored about you."),
    CommandInfo("kb reload", "/kb reload", "Reload the knowledge base from disk.", admin=True),
    CommandInfo(
        "kb gaps", "/kb gaps", "The questions members asked that I couldn't answer.", admin=True
    ),
)

# Commands only the local console has; Discord does these with buttons.
CONSOLE_ONLY: tuple[CommandInfo, ...] = (
    CommandInfo("question", "any text", "Asks it, like /ask."),
    CommandInfo("pick", "1, 2, 3", "Pick a numbered suggestion from the last reply."),
    CommandInfo("topic", "/topic <id>", "Show one topic by its id."),
    CommandInfo("helpful", "/helpful, /unhelpful", "Rate the last answer."),
    CommandInfo(
        "clock", "/clock, /clock +2h", "Show or move the simulated clock, to see reminders fire."
    ),
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
