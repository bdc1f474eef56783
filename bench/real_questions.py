"""Real people's questions: the whole question pipeline on ../shared/datasets/real-questions-dev/.

    python -m bench.real_questions                 the shipped knowledge base
    python -m bench.real_questions --knowledge DIR  another folder (a curator trying drafts)
    python -m bench.real_questions --misses         also list each miss by position and topic

The set is read in place and never copied. Each item says what the bot should do: send the
member to care (`urgent`), answer (`answer`, with the entry ids that answer it, or none yet), or
decline (`decline`). The set's own labels were made against the knowledge base of its day; an
entry written since that answers an item is recorded in `real_questions_labels.yaml` by the
item's position and a digest of its text, never by the text itself.

Figures only; nothing is asserted. `--misses` prints the set's own topic words, never its
questions, so a curator can look without the wording leaking into phrasings.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bench.common import heading, percentile
from bot.app import open_app
from bot.config import Config, DatabaseConfig, KnowledgeConfig, QuestionsConfig
from bot.files import MEMORY
from bot.questions.service import Answer, AnswerKind

REPO = Path(__file__).resolve().parent.parent
SET = REPO.parent / "shared" / "datasets" / "real-questions-dev" / "questions.yaml"
LABELS = Path(__file__).resolve().parent / "real_questions_labels.yaml"


@dataclass(frozen=True)
class Item:
    position: int
    text: str
    expect: str  # urgent, answer or decline
    gold: frozenset[str]  # entries that answer it; empty if none does
    topic: str


@dataclass
class Outcome:
    """What the bot did with each item, grouped the way the issue's goals are."""

    answer_items: int = 0
    covered: int = 0
    top1: int = 0
    answered_right: int = 0
    declines: int = 0
    declined: int = 0
    declined_outright: int = 0
    urgent: int = 0
    urgent_now_or_today: int = 0
    urgent_any_care: int = 0
    answered_wrong: list[Item] = field(default_factory=list)
    misses: list[tuple[Item, str]] = field(default_factory=list)
    total: int = 0
    latencies_ms: list[float] = field(default_factory=list)


def digest(text: str) -> str:
    """A short fingerprint that ties a label to its item without storing the question."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def load_items(path: Path = SET, labels: Path = LABELS) -> list[Item]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    added = yaml.safe_load(labels.read_text(encoding="utf-8")) or {} if labels.is_file() else {}
    extra: dict[int, tuple[str, frozenset[str]]] = {
        int(row["item"]): (str(row["digest"]), frozenset(row["ids"]))
        for row in added.get("labels", [])
    }
    items = []
    for position, row in enumerate(raw, start=1):
        gold = row.get("gold") or []
        ids = frozenset([gold] if isinstance(gold, str) else gold)
        if position in extra:
            check, more = extra[position]
            if check != digest(row["q"]):
                raise SystemExit(f"{labels.name}: item {position} is not the item it labelled")
            ids |= more
        items.append(Item(position, row["q"], row["expect"], ids, row.get("topic", "")))
    return items


async def measure(items: Sequence[Item], knowledge: Path) -> Outcome:
    config = Config(
        database=DatabaseConfig(path=MEMORY),
        knowledge=KnowledgeConfig(path=str(knowledge)),
        questions=QuestionsConfig(cache_dir=None),
    )
    app = await open_app(config)
    outcome = Outcome(total=len(items))
    try:
        for item in items:
            started = time.perf_counter()
            answer = await app.questions.ask(item.text, record=False)
            outcome.latencies_ms.append((time.perf_counter() - started) * 1000)
            ranked = app.questions.ranked(item.text, limit=1) if item.gold else []
            _score(outcome, item, answer, ranked[0] if ranked else None)
    finally:
        await app.close()
    return outcome


def _score(outcome: Outcome, item: Item, answer: Answer, first: str | None) -> None:
    # A see-a-GP reply shows the answer under its advice when the knowledge base has one.
    answered = answer.kind in (AnswerKind.ANSWER, AnswerKind.SEE_GP)
    shown = answer.entry.id if answered and answer.entry else None
    if shown is not None and shown not in item.gold:
        outcome.answered_wrong.append(item)
    if item.expect == "urgent":
        outcome.urgent += 1
        outcome.urgent_now_or_today += answer.kind is AnswerKind.URGENT
        cared = answer.kind in (AnswerKind.URGENT, AnswerKind.SEE_GP)
        outcome.urgent_any_care += cared
        if not cared:
            outcome.misses.append((item, f"no care advice ({answer.kind.value}, {shown})"))
    elif item.expect == "decline":
        outcome.declines += 1
        outcome.declined += shown is None
        outcome.declined_outright += answer.kind is AnswerKind.DECLINED
        if shown is not None:
            outcome.misses.append((item, f"answered with {shown}"))
    else:
        outcome.answer_items += 1
        if item.gold:
            outcome.covered += 1
            outcome.top1 += first in item.gold
            outcome.answered_right += shown in item.gold
            if shown not in item.gold:
                outcome.misses.append((item, f"{answer.kind.value} {shown or ''} (top: {first})"))
        elif shown is not None:
            outcome.misses.append((item, f"no entry, answered with {shown}"))


def table(outcome: Outcome) -> str:
    def share(part: int, whole: int) -> str:
        return f"{part / whole:.1%} ({part} of {whole})" if whole else "–"

    latency = outcome.latencies_ms
    p99 = percentile(latency, 99) if latency else 0.0
    rows = [
        (
            "questions it ought to answer that have an entry",
            "≥ 90%",
            share(outcome.covered, outcome.answer_items),
        ),
        ("top-1 where an entry exists", "≥ 92%", share(outcome.top1, outcome.covered)),
        (
            "answered outright with the right entry, where one exists",
            "",
            share(outcome.answered_right, outcome.covered),
        ),
        (
            "answered outright with an entry that doesn't answer it, of all",
            "≤ 3%",
            share(len(outcome.answered_wrong), outcome.total),
        ),
        (
            "outside the mission, not answered with an entry",
            "≥ 90%",
            share(outcome.declined, outcome.declines),
        ),
        (
            "outside the mission, declined outright",
            "",
            share(outcome.declined_outright, outcome.declines),
        ),
        (
            "warning signs told to get help now or today",
            "100%",
            share(outcome.urgent_now_or_today, outcome.urgent),
        ),
        ("warning signs given any care advice", "", share(outcome.urgent_any_care, outcome.urgent)),
    ]
    lines = [
        "| | goal | measured |",
        "| --- | --- | --- |",
        *(f"| {what} | {goal} | {value} |" for what, goal, value in rows),
        "",
        f"Whole pipeline per question (triage, small talk, retrieval): median "
        f"{statistics.median(latency):.1f} ms, p99 {p99:.1f} ms."
        if latency
        else "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--knowledge", type=Path, default=REPO / "knowledge")
    parser.add_argument("--misses", action="store_true", help="list misses by position and topic")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="the same run (it takes seconds)")
    size.add_argument("--tiny", action="store_true", help="the first 12 items only")
    args = parser.parse_args(argv)
    if not SET.is_file():
        print(f"\nReal questions skipped: {SET} not found.\n")
        return 0
    items = load_items()
    if args.tiny:
        items = items[:12]
    outcome = asyncio.run(measure(items, args.knowledge))
    print(heading("Real questions", args))
    print(
        f"{len(items)} questions from public pages (`real-questions-dev`), read in place, through "
        "the whole pipeline with the semantic engine. Entries written after the set was labelled "
        f"are credited through `bench/{LABELS.name}`, by item position.\n"
    )
    print(table(outcome))
    if args.misses:
        print("\nMisses (position, expected, topic: what the bot did):")
        for item, what in outcome.misses:
            print(f"- {item.position} {item.expect} [{item.topic}]: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
