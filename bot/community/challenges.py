"""Challenge rules as pure functions: reading a period, and a challenge's progress from its
members' contributions. No I/O, so each rule is tested directly (tests/community/)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, get_args

from bot.community.models import Challenge, Contribution, Metric
from bot.errors import InputError

METRICS: Final = get_args(Metric)
# The most a target can be: far beyond any server's month, and well inside 64-bit sums.
MAX_TARGET: Final = 1_000_000
# The longest period: a year covers every challenge members asked for ("in December").
MAX_DAYS: Final = 366
# How many members the progress names.
TOP: Final = 5
BAR_WIDTH: Final = 20

PERIOD_EXAMPLE: Final = "week, month, or 2026-12-01..2026-12-31"
_RANGE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to|–|—)\s*(\d{4}-\d{2}-\d{2})\s*")


class ChallengeError(InputError):
    """Challenge input an admin can fix; the message says how."""


def period_of(text: str, today: date) -> tuple[date, date]:
    """The dates a period names, both included: this week (Monday to Sunday), this month, or
    `start..end`. The end may not have passed: a challenge is something to work towards."""
    word = text.strip().lower()
    if word in ("week", "this week"):
        start = today - timedelta(days=today.weekday())
        return start, start + timedelta(days=6)
    if word in ("month", "this month"):
        last = calendar.monthrange(today.year, today.month)[1]
        return today.replace(day=1), today.replace(day=last)
    match = _RANGE.fullmatch(text)
    if match is None:
        raise ChallengeError(f"Period must be {PERIOD_EXAMPLE}.")
    try:
        start, end = date.fromisoformat(match[1]), date.fromisoformat(match[2])
    except ValueError:
        raise ChallengeError(f"{text.strip()!r} has a date that doesn't exist.") from None
    if end < start:
        raise ChallengeError("The period must end on or after its first day.")
    if end < today:
        raise ChallengeError(f"That period ended on {end.isoformat()}; pick one still to come.")
    if (end - start).days + 1 > MAX_DAYS:
        raise ChallengeError(f"A challenge can last at most {MAX_DAYS} days.")
    return start, end


def check_target(metric: Metric, target: int, start: date, end: date) -> None:
    """A target that can be met: positive, and for active days no more than the period has."""
    if not 1 <= target <= MAX_TARGET:
        raise ChallengeError(f"The target must be 1 to {MAX_TARGET:,}.")
    days = (end - start).days + 1
    if metric == "active-days" and target > days:
        raise ChallengeError(
            f"The period has {days} day{'s' if days != 1 else ''}: "
            f"a target of {target} active days can't be met."
        )


@dataclass(frozen=True)
class Progress:
    challenge: Challenge
    # How far the server is, against `goal`. For active days: the members who reached the
    # target, out of the server's members the bot knows.
    done: int
    goal: int
    # The members named: visible ones only, most first.
    top: tuple[Contribution, ...]
    # Everyone who counted toward it, hidden members included.
    contributors: int
    # Its period is over, or it was ended early.
    over: bool

    @property
    def fraction(self) -> float:
        return min(self.done / self.goal, 1.0) if self.goal else 0.0

    @property
    def met(self) -> bool:
        return self.goal > 0 and self.done >= self.goal


def progress(
    challenge: Challenge, contributions: list[Contribution], members: int, today: date
) -> Progress:
    """Where a challenge stands, from each member's part in it (see models.Contribution)."""
    counted = [c for c in contributions if c.amount > 0]
    if challenge.metric == "active-days":
        done = sum(1 for c in counted if c.amount >= challenge.target)
        goal = members
    else:
        done = sum(c.amount for c in counted)
        goal = challenge.target
    named = sorted((c for c in counted if c.visible), key=lambda c: (-c.amount, c.user_id))
    return Progress(
        challenge=challenge,
        done=done,
        goal=goal,
        top=tuple(named[:TOP]),
        contributors=len(counted),
        over=challenge.ended_at is not None or today > challenge.end,
    )


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    """A text bar: full cells for what is done, rounded down, so it looks full only when it is."""
    fraction = min(max(fraction, 0.0), 1.0)
    full = int(fraction * width)
    return "█" * full + "░" * (width - full)
