"""Measuring an engine on a development set: accuracy, zones, and declines.

Used by the threshold tests and by bench/; curators can run it after changing the knowledge base.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.questions.search import Ranker, Thresholds, Zone, decide


@dataclass(frozen=True)
class DevSet:
    # (question, the entry that should answer it)
    paraphrases: tuple[tuple[str, str], ...]
    out_of_scope: tuple[str, ...]
    # Questions that a newer entry answers as well as the labelled one (see load_devset).
    also: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def accepts(self, question: str, expected: str) -> frozenset[str]:
        return frozenset({expected}) | self.also.get(question, frozenset())


def load_devset(path: Path, rescoped: Path | None = None) -> DevSet:
    """A question set, with what later entries answer of it when `rescoped` is given.

    A frozen test set keeps its wording and labels; `rescoped` (questions_rescoped.yaml) records,
    per set, questions that entries written since have brought into scope, and questions that a
    newer entry answers as directly as the labelled one.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pairs = [(q, entry_id) for entry_id, qs in data["paraphrases"].items() for q in qs]
    out_of_scope = list(data["out_of_scope"])
    also: dict[str, frozenset[str]] = {}
    if rescoped is not None:
        changes = (yaml.safe_load(rescoped.read_text(encoding="utf-8")) or {}).get(path.name, {})
        for question, entry_id in (changes.get("now_in_scope") or {}).items():
            out_of_scope.remove(question)
            pairs.append((question, entry_id))
        for question, ids in (changes.get("also_answered_by") or {}).items():
            if question not in {q for q, _ in pairs}:
                raise ValueError(f"{rescoped.name}: {question!r} is not in {path.name}")
            also[question] = frozenset(ids)
    return DevSet(tuple(pairs), tuple(out_of_scope), also)


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
        accepted = devset.accepts(question, expected)
        matches = ranker.rank(question, limit=10)
        ids = [m.entry_id for m in matches]
        top1 += bool(ids) and ids[0] in accepted
        hit3 += bool(accepted & set(ids[:3]))
        first = next((i for i, entry_id in enumerate(ids) if entry_id in accepted), None)
        reciprocal += 1 / (first + 1) if first is not None else 0
        decision = decide(matches, thresholds, ranker.outside(question))
        shown = [m.entry_id for m in decision.matches]
        if decision.zone is Zone.CONFIDENT:
            right += shown[0] in accepted
            wrong += shown[0] not in accepted
            wrong_right_related += shown[0] not in accepted and bool(
                accepted & {m.entry_id for m in decision.runners_up}
            )
        elif decision.zone is Zone.UNSURE:
            suggested_right += bool(accepted & set(shown))
            suggested_wrong += not accepted & set(shown)
        else:
            declined += 1
    zones = [
        decide(ranker.rank(q), thresholds, ranker.outside(q)).zone for q in devset.out_of_scope
    ]
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
