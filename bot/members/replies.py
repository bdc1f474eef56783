"""What /streak pause, resume and status say: built once here for both front ends."""

from __future__ import annotations

from datetime import date, timedelta

from bot.members.pauses import PausePlan
from bot.members.protection import PauseStatus, Resumed
from bot.replies import Reply, Tone, error_reply


def _day(day: date) -> str:
    # A local date, not an instant: the member's own calendar day, the same in any front end.
    return f"{day:%a} {day.day} {day:%b}"


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def _allowance(available: int, limit: int, today: date) -> str:
    if available:
        return f"You can pause up to {_days(available)} from today ({limit} a calendar month)."
    next_month = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    return (
        f"You've used this month's {_days(limit)} of pausing; "
        f"you can pause again from {_day(next_month)}."
    )


def pause_reply(plan: PausePlan) -> Reply:
    if plan.outcome == "already_paused":
        assert plan.pause is not None
        return error_reply(
            f"You're already paused through {_day(plan.pause.last)}. Use /streak resume to end "
            "it, then pause again for a new length."
        )
    if plan.outcome == "over_allowance":
        return error_reply(
            "That's more than you have left: " + _allowance(plan.available, plan.limit, plan.today)
        )
    assert plan.pause is not None
    length = (plan.pause.last - plan.pause.first).days + 1
    return Reply(
        title="Streak paused",
        body=(
            f"Paused from today through {_day(plan.pause.last)} ({_days(length)}). Missed days "
            "won't break your streak and your reminders rest; it ends by itself, or earlier "
            "with /streak resume."
        ),
        tone=Tone.SUCCESS,
        private=True,
    )


def resume_reply(resumed: Resumed) -> Reply:
    if resumed.ended is None:
        return Reply(body="You're not paused: nothing to resume.", private=True)
    return Reply(
        body=(
            "Welcome back: your pause is over. Today counts as an ordinary day again, and your "
            "reminders are back on."
        ),
        tone=Tone.SUCCESS,
        private=True,
    )


def status_reply(status: PauseStatus) -> Reply:
    if status.pause is not None:
        now = (
            f"Your streak is paused through {_day(status.pause.last)}. "
            "/streak resume ends it early."
        )
    else:
        now = "Your streak isn't paused. " + _allowance(
            status.available, status.limit, status.today
        )
    return Reply(title="Streak protection", body=now, private=True)
