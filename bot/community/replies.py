"""What the community area says: a challenge's progress and end, the recap and its settings.

Both front ends render these; `name_of` spells a member (a mention inside an embed in
Discord, which pings nobody; "member N" in the console).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.community.challenges import Progress, bar
from bot.community.models import Metric, RecapSchedule
from bot.community.service import Post, Recap
from bot.replies import Attachment, Channel, Field, Reply, Text, Timestamp, Tone, text

NameOf = Callable[[int], str]

_UNITS: dict[Metric, str] = {
    "calf-raises": "calf raises",
    "check-ins": "check-ins",
    "active-days": "active days",
}
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
RECAP_FOOTER = "A manager can move this recap with /recap set, or stop it with /recap off."


def _goal(progress: Progress) -> str:
    c = progress.challenge
    if c.metric == "active-days":
        return f"every member {c.target} active day{'s' if c.target != 1 else ''}"
    return f"{c.target:,} {_UNITS[c.metric]} together"


def _period(progress: Progress) -> str:
    c = progress.challenge
    return f"{c.start.isoformat()} to {c.end.isoformat()} ({c.zone})"


def progress_lines(progress: Progress, name_of: NameOf) -> list[str]:
    """The bar, the count and the top contributors: shared by /challenge, the recap and the
    end announcement."""
    c = progress.challenge
    if c.metric == "active-days":
        count = f"{progress.done} of {progress.goal} members reached {c.target} active days"
    else:
        count = f"{progress.done:,} of {progress.goal:,} {_UNITS[c.metric]}"
    rows = [f"`{bar(progress.fraction)}` {progress.fraction:.0%}", count]
    if progress.top:
        unit = _UNITS[c.metric]
        rows.append(
            "Top: " + ", ".join(f"{name_of(p.user_id)} ({p.amount:,} {unit})" for p in progress.top)
        )
    hidden = progress.contributors - len(progress.top)
    if hidden > 0:
        rows.append(f"…and {hidden} more member{'s' if hidden != 1 else ''}.")
    return rows


def challenge_reply(progress: Progress | None, name_of: NameOf) -> Reply:
    """/challenge: where the server's challenge stands."""
    if progress is None:
        return Reply(
            body="No challenge yet. A manager can start one with /challenge-start.", private=True
        )
    state = "Ended" if progress.over else "Running"
    return Reply(
        title=f"Challenge: {_goal(progress)}",
        body="\n".join(progress_lines(progress, name_of)),
        footer=f"{state}: {_period(progress)}. Every check-in by this server's members counts.",
    )


def challenge_started_reply(progress: Progress, name_of: NameOf) -> Reply:
    return Reply(
        title=f"Challenge started: {_goal(progress)}",
        body=text(
            "\n".join(progress_lines(progress, name_of)),
            "\nIts end will be announced in ",
            Channel(progress.challenge.channel_id),
            ".",
        ),
        footer=f"{_period(progress)}. /challenge shows the progress.",
        tone=Tone.SUCCESS,
    )


def challenge_ended_reply(progress: Progress, name_of: NameOf) -> Reply:
    """The end of a challenge, announced once in its channel (and answering /challenge-end)."""
    verdict = "Target met, well done everyone! 🎉" if progress.met else "Thanks for taking part!"
    return Reply(
        title=f"Challenge over: {_goal(progress)}",
        body="\n".join([verdict, *progress_lines(progress, name_of)]),
        footer=f"{_period(progress)}. A manager can start another with /challenge-start.",
        tone=Tone.SUCCESS if progress.met else Tone.INFO,
    )


def recap_reply(recap: Recap, name_of: NameOf) -> Reply:
    """The weekly recap, posted in the server's channel (and shown by /recap preview)."""
    week = recap.week
    fields = [
        Field(
            "This week",
            f"{week.checkins} check-in{'s' if week.checkins != 1 else ''} on "
            f"{week.active_days} active day{'s' if week.active_days != 1 else ''}, by "
            f"{week.members} member{'s' if week.members != 1 else ''}.",
        ),
        Field(
            "Longest current streaks",
            "\n".join(
                f"{n}. {name_of(h.user_id)}: {h.streak} day{'s' if h.streak != 1 else ''}"
                for n, h in enumerate(recap.streaks, 1)
            )
            or "No streaks running yet: one /checkin starts one.",
        ),
    ]
    if recap.challenge is not None:
        fields.append(
            Field(
                f"Challenge: {_goal(recap.challenge)}",
                "\n".join(progress_lines(recap.challenge, name_of)),
            )
        )
    return Reply(
        title=f"Weekly recap, {recap.first.isoformat()} to {recap.last.isoformat()}",
        body="How the community moved this week."
        if week.checkins
        else "A quiet week. Every check-in next week shows here.",
        fields=tuple(fields),
        footer=RECAP_FOOTER,
        files=(
            Attachment(
                "recap.png", recap.chart, "The server's check-ins a day over the last 12 weeks"
            ),
        ),
    )


def end_answer_reply(progress: Progress, name_of: NameOf) -> Reply:
    """The answer to /challenge-end: the announcement's words, shown only to the manager (the
    channel gets the announcement itself through the outbox)."""
    return dataclasses.replace(challenge_ended_reply(progress, name_of), private=True)


def recap_preview_reply(recap: Recap, name_of: NameOf) -> Reply:
    """/recap preview: this week's recap, shown only to the manager who asked."""
    return dataclasses.replace(recap_reply(recap, name_of), private=True)


def post_reply(post: Post, name_of: NameOf) -> Reply:
    """A community post the dispatcher sends: a recap, or a challenge's end."""
    if isinstance(post, Recap):
        return recap_reply(post, name_of)
    return challenge_ended_reply(post, name_of)


def recap_set_reply(schedule: RecapSchedule) -> Reply:
    day = _DAY_NAMES[schedule.weekday]
    body: Text = text(
        f"Every {day} at **{schedule.hour.strftime('%H:%M')}** ({schedule.zone}) in ",
        Channel(schedule.channel_id),
        ".\n",
        "Next: ",
        Timestamp(schedule.next_due),
    )
    return Reply(title="Weekly recap", body=body, private=True, tone=Tone.SUCCESS)


def recap_off_reply(removed: bool) -> Reply:
    if removed:
        return Reply(body="The weekly recap is off. Past recaps stay in the channel.", private=True)
    return Reply(body="There was no weekly recap to stop.", private=True)
