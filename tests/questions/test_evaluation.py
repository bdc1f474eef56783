"""The measuring code itself, on rankings fixed by hand, so every share is known exactly."""

from __future__ import annotations

import pytest

from bot.questions.evaluation import DevSet, evaluate
from bot.questions.search import Match, Thresholds

T = Thresholds(confident=0.6, unsure=0.5, margin=0.05)


class ScriptedRanker:
    """Ranks each question as written down for it; anything else matches nothing."""

    name = "scripted"

    def __init__(self, rankings: dict[str, list[tuple[str, float]]]) -> None:
        self._rankings = rankings

    def rank(self, query: str, limit: int = 5) -> list[Match]:
        return [Match(e, s) for e, s in self._rankings.get(query, [])][:limit]

    def outside(self, query: str) -> float | None:
        return None


def test_every_share_is_counted_from_what_the_member_would_see() -> None:
    ranker = ScriptedRanker(
        {
            "right": [("a", 0.9), ("b", 0.5)],
            # Answered with the neighbour; the right entry is offered as related below it.
            "wrong, right related": [("b", 0.9), ("a", 0.7)],
            # Answered with the neighbour; the right entry is too far down to be offered.
            "wrong": [("b", 0.9), ("c", 0.6), ("d", 0.55), ("a", 0.54)],
            "suggested": [("c", 0.58), ("a", 0.57)],
            "declined": [("a", 0.3)],
            "oos answered": [("c", 0.9)],
            "oos suggested": [("c", 0.55)],
        }
    )
    devset = DevSet(
        paraphrases=tuple(
            (q, "a") for q in ("right", "wrong, right related", "wrong", "suggested", "declined")
        ),
        out_of_scope=("oos answered", "oos suggested", "oos declined", "nothing at all"),
    )
    report = evaluate(ranker, devset, T)
    assert report.questions == 5
    assert report.top1 == pytest.approx(2 / 5)  # "declined" ranks it first, too low to answer
    assert report.hit3 == pytest.approx(4 / 5)  # "wrong" has it fourth
    assert report.mrr == pytest.approx((1 + 1 / 2 + 1 / 4 + 1 / 2 + 1) / 5)
    assert report.answered_right == pytest.approx(1 / 5)
    assert report.answered_wrong == pytest.approx(2 / 5)
    assert report.answered_wrong_right_related == pytest.approx(1 / 5)
    assert report.suggested_with_right == pytest.approx(1 / 5)
    assert report.suggested_without_right == 0
    assert report.declined == pytest.approx(1 / 5)
    assert report.oos_answered == pytest.approx(1 / 4)
    assert report.oos_suggested == pytest.approx(1 / 4)
    assert report.oos_declined == pytest.approx(2 / 4)
    assert report.oos_not_answered == pytest.approx(3 / 4)
