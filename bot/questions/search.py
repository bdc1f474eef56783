"""Ranking contracts and the three-zone decision, kept pure so they test without a model."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol


@dataclass(frozen=True)
class Match:
    entry_id: str
    # Engine-specific confidence in [0, 1]: higher means a closer match.
    score: float
    # What the ranking was sorted by, where that is more than the confidence (the semantic
    # engine adds its entry model's vote, entry_model.py); None: the score itself.
    rank_score: float | None = None

    @property
    def standing(self) -> float:
        """Where the match stands in its ranking: higher comes first."""
        return self.score if self.rank_score is None else self.rank_score

    @classmethod
    def ranked(cls, entry_id: str, score: float, standing: float) -> Match:
        """A match rounded to four places, keeping the ranking score only where something (an
        entry model, a named audience) moved it off the score."""
        score, standing = round(score, 4), round(standing, 4)
        return cls(entry_id, score, standing if standing != score else None)


class Ranker(Protocol):
    name: str

    def rank(self, query: str, limit: int = 5) -> list[Match]:
        """The best-matching entries for `query`, best first, at most `limit`."""
        ...

    def outside(self, query: str) -> float | None:
        """How close `query` is to questions outside the mission, on the scale of `rank`'s
        scores; None when the engine has no scope check."""
        ...


@dataclass(frozen=True)
class Thresholds:
    """Where the zones start, for one engine's scores (set on the development set)."""

    # At or above this, with a clear lead over the runner-up, we answer.
    confident: float
    # At or above this we offer "did you mean"; below it we decline honestly.
    unsure: float
    # The lead over the second entry needed to answer outright.
    margin: float
    # The lead the best entry needs over the questions outside the mission (scope.py), or the
    # question is declined.
    scope_margin: float = 0.0


class Zone(Enum):
    CONFIDENT = "confident"
    UNSURE = "unsure"
    NOTHING = "nothing"


@dataclass(frozen=True)
class Decision:
    zone: Zone
    # The answer (CONFIDENT), up to three suggestions (UNSURE), or none (NOTHING).
    matches: tuple[Match, ...]
    # The best score, even when it fell short: curators want to see how close it came.
    confidence: float
    # CONFIDENT only: the other entries that scored in the suggestion zone. Where two topics
    # neighbour, the answer can be the neighbour; shown under it, the right one is a click away.
    runners_up: tuple[Match, ...] = ()

    @property
    def top(self) -> str | None:
        """The best entry's id, if any matched."""
        return self.matches[0].entry_id if self.matches else None


SUGGESTIONS = 3


def decide(matches: list[Match], thresholds: Thresholds, outside: float | None = None) -> Decision:
    """Answer, suggest or decline, from ranked matches and the scope check's score.

    The zones read the scores alone. Where the ranking put an entry first that another outscores
    (the semantic engine's entry model, entry_model.py), it can't be answered outright: its order
    decides the suggestions, never how sure the bot is.
    """
    if not matches:
        return Decision(Zone.NOTHING, (), 0.0)
    top = matches[0]
    best = max(m.score for m in matches)
    if best < thresholds.unsure:
        return Decision(Zone.NOTHING, (), best)
    if outside is not None and best - outside < thresholds.scope_margin:
        return Decision(Zone.NOTHING, (), best)
    runner_up = max((m.score for m in matches[1:]), default=0.0)
    close = tuple(m for m in matches if m.score >= thresholds.unsure)[:SUGGESTIONS]
    if top.score >= thresholds.confident and top.score - runner_up >= thresholds.margin:
        return Decision(Zone.CONFIDENT, (top,), top.score, close[1:])
    return Decision(Zone.UNSURE, close, best)


def rank_parts(
    ranker: Ranker, parts: list[str], limit: int = 5
) -> tuple[list[Match], float | None]:
    """Rank each part of a message; an entry keeps its best standing over the parts.

    The scope check is read on the part that gave the best match, so a letter's greeting or
    back-story can't decline the question it asks.
    """
    best: dict[str, Match] = {}
    outside_of: dict[str, str] = {}
    for part in parts:
        for match in ranker.rank(part, limit=limit):
            kept = best.get(match.entry_id)
            if kept is None or match.standing > kept.standing:
                best[match.entry_id] = match
                outside_of[match.entry_id] = part
    matches = sorted(best.values(), key=lambda m: -m.standing)[:limit]
    outside = ranker.outside(outside_of[matches[0].entry_id]) if matches else None
    return matches, outside
