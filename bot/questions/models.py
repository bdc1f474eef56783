"""The questions area's values that storage returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Gap:
    """A question the bot couldn't answer, and how often it was asked (for /kb gaps)."""

    question: str
    asked: int
