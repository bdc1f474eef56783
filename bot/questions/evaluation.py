"""Measuring an engine on a development set: accuracy, zones, and declines.

Used by the threshold tests and by bench/; curators can run it after changing the knowledge base.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.questions.search import Ranker, Thresholds, Zone, decide


@dataclass(frozen=True)
class DevSet:
    # (question, the entry that should answer it)
    paraphrases: tuple[tuple[str, str], ...]
    out_of_scope: tuple[str, ...]


def load_devset(path: Path) -> DevSet:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pairs = tuple((q, entry_id) for entry_id, qs in data["paraphrases"].items() for q in qs)
    return DevSet(pairs, tuple(data["out_of_scope"]))


@dataclass(frozen=True)
class Report:
    questions: int
    top1: float
    hit3: float
    mrr: float
    # Shares of in-scope questions, by what the member would see.
    answered_right: float
    answered_wrong: float
    # Answered wrong, but with the right entry among the runners-up offered as related topics
    # under the answer (a share of all in-scope questions, like the rest).
    answered_wrong_right_related: float
    suggested_with_right: float
    suggested_without_right: float
    declined: float
    # Shares of out-of-scope questions.
    oos_answered: float
    oos_suggested: float
    oos_declined: float

    @property
    def oos_not_answered(self) -> float:
        """Out-of-scope questions given no answer (declined or only offered suggestions)."""
        return 1 - self.oos_answered


def evaluate(ranker: Ranker, devset: DevSet, thresholds: Thresholds) -> Report:
    top1 = hit3 = reciprocal = 0.0
    right = wrong = wrong_right_related = suggested_right = suggested_wrong = declined = 0
    for question, expected in devset.paraphrases:
        matches = ranker.rank(question, limit=10)
        ids = [m.entry_id for m in matches]
        top1 += bool(ids) and ids[0] == expected
        hit3 += expected in ids[:3]
        reciprocal += 1 / (ids.index(expected) + 1) if expected in ids else 0
        decision = decide(matches, thresholds)
        shown = [m.entry_id for m in decision.matches]
        if decision.zone is Zone.CONFIDENT:
            right += shown[0] == expected
            wrong += shown[0] != expected
            wrong_right_related += expected in {m.entry_id for m in decision.runners_up}
        elif decision.zone is Zone.UNSURE:
            suggested_right += expected in shown
            suggested_wrong += expected not in shown
        else:
            declined += 1
    zones = [decide(ranker.rank(q), thresholds).zone for q in devset.out_of_scope]
    n = len(devset.paraphrases) or 1
    m = len(devset.out_of_scope) or 1
    return Report(
        questions=len(devset.paraphrases),
        top1=top1 / n,
        hit3=hit3 / n,
        mrr=reciprocal / n,
        answered_right=right / n,
        answered_wrong=wrong / n,
        answered_wrong_right_related=wrong_right_related / n,
        suggested_with_right=suggested_right / n,
        suggested_without_right=suggested_wrong / n,
        declined=declined / n,
        oos_answered=zones.count(Zone.CONFIDENT) / m,
        oos_suggested=zones.count(Zone.UNSURE) / m,
        oos_declined=zones.count(Zone.NOTHING) / m,
    )
