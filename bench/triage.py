"""Warning-sign triage on messages written by three outside authors, each held out in turn.

    python -m bench.triage            full run
    python -m bench.triage --quick    fewer latency rounds
    python -m bench.triage --tiny     what `make test` runs so the benchmark can't rot

The sets live in ../shared/datasets/triage-dev/ and are read in place, never copied. The rules
were written looking only at authors A and B; author C's messages were never read. The symptom
bank's three numbers (neighbours, floor, margin) are chosen here, for each author held out, on the
other two, by the same rule the shipped numbers were chosen by: among the numbers that keep
false alarms within the 5% goal on both, the highest emergency, then same-day, then see-a-GP
recall, then the fewest false alarms. The held-out author's figures are
what the table reports. Figures only; nothing is asserted.
"""

from __future__ import annotations

import functools
import itertools
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import yaml

from bench.common import heading, parse_size, percentile
from bot.questions.semantic import Encoder
from bot.questions.text import normalise
from bot.questions.triage import Level, Triage, TriageResult, check
from bot.questions.triage.bank import FLOOR, MARGIN, NEIGHBOURS, SymptomBank

REPO = Path(__file__).resolve().parent.parent
SETS = REPO.parent / "shared" / "datasets" / "triage-dev"
AUTHORS = ("a", "b", "c")
CARE = ("emergency", "same_day", "see_gp")
FALSE_ALARM_GOAL = 0.05
GRID = list(itertools.product((1, 3, 5), (0.45, 0.5, 0.55, 0.6), (0.0, 0.03, 0.06, 0.1)))


@dataclass(frozen=True)
class Case:
    text: str
    expect: str
    category: str


@dataclass(frozen=True)
class Figures:
    emergency: float  # emergency messages told to call now
    emergency_flagged: float  # ... or at least to get help today
    same_day: float  # same-day messages told today or sooner
    see_gp: float  # see-a-GP messages given any care advice
    false_alarms: float  # look-alikes and questions about signs given care advice
    info_not_call_now: float  # questions about signs not told "call now" or "today"
    info_answered_as_info: float

    def key(self) -> tuple[float, ...]:
        return (self.emergency, self.same_day, self.see_gp, -self.false_alarms)


def load(author: str) -> list[Case]:
    data = yaml.safe_load((SETS / f"author-{author}.yaml").read_text(encoding="utf-8"))
    return [Case(c["text"], c["expect"], c["category"]) for c in data["cases"]]


def figures(cases: Sequence[Case], levels: Sequence[Level | None]) -> Figures:
    def share(expect: str, ok: Callable[[Level | None], bool]) -> float:
        picked = [lvl for case, lvl in zip(cases, levels, strict=True) if case.expect == expect]
        return sum(ok(lvl) for lvl in picked) / len(picked) if picked else 1.0

    def care(lvl: Level | None) -> bool:
        return lvl is not None and lvl >= Level.SEE_GP

    looks = [
        lvl for c, lvl in zip(cases, levels, strict=True) if c.expect in ("not_urgent", "info")
    ]
    return Figures(
        emergency=share("emergency", lambda lvl: lvl is Level.EMERGENCY),
        emergency_flagged=share("emergency", lambda lvl: lvl is not None and lvl.urgent),
        same_day=share("same_day", lambda lvl: lvl is not None and lvl.urgent),
        see_gp=share("see_gp", care),
        false_alarms=sum(care(lvl) for lvl in looks) / len(looks),
        info_not_call_now=share("info", lambda lvl: lvl is None or not lvl.urgent),
        info_answered_as_info=share("info", lambda lvl: lvl is Level.INFO),
    )


def main(argv: Sequence[str] | None = None) -> int:
    size = parse_size(argv, __doc__.splitlines()[0])
    print(heading("Warning-sign triage", size))
    if not SETS.is_dir():
        print(f"The outside sets are not at {SETS}; nothing to measure.")
        return 0
    cases = {a: load(a) for a in AUTHORS}
    if size.tiny:
        cases = {a: c[::20] for a, c in cases.items()}
    encoder = Encoder()
    bank = SymptomBank(encoder)
    # The rules' reading as the shipped triage takes it, with whether it asks the bank at all:
    # signs the rules set aside as a figure of speech, or as already reviewed, are not re-read.
    shipped_triage = Triage(bank)
    readings = {a: [shipped_triage.rules(c.text) for c in cs] for a, cs in cases.items()}
    rules = {a: [r.result for r in rs] for a, rs in readings.items()}
    vectors = {a: [bank.vector(c.text) for c in cs] for a, cs in cases.items()}
    # The same bank without the level model, for the rows that show what the model adds.
    banks = {True: bank, False: SymptomBank(encoder, with_level_model=False)}

    def levels_with(
        author: str, params: tuple[int, float, float], learned: bool = True
    ) -> list[Level | None]:
        reader = banks[learned]
        reader.neighbours, reader.floor, reader.margin = params
        results = [
            r.raised_by(reader, v) if r.wants_bank else r.result
            for r, v in zip(readings[author], vectors[author], strict=True)
        ]
        return [r.level if r else None for r in results]

    print(_held_out_table(cases, rules, levels_with))
    shipped = (NEIGHBOURS, FLOOR, MARGIN)
    print(_per_category(cases, levels_with, shipped))
    for path, cold in CHALLENGES:
        print(_challenge_table(Triage(bank), path, cold, tiny=size.tiny))
    print(_latency(encoder, Triage(bank), cases, rounds=1 if size.tiny else 3))
    return 0


# The project's own challenge sets, each written blind to the rules, run cold once, then fixed.
# The cold figures are what the rules and bank did before anyone read the set's misses.
CHALLENGES = (
    (
        REPO / "tests" / "data" / "triage_challenge.yaml",
        "emergency 52/60, same day 43/50, see a GP 23/40, 5 of 60 look-alikes flagged",
    ),
    (
        REPO / "tests" / "data" / "triage_challenge2.yaml",
        "emergency 63/70, same day 53/60, see a GP 29/45, questions about signs 24/30, "
        "7 of 55 look-alikes flagged",
    ),
    (
        REPO / "tests" / "data" / "triage_challenge3.yaml",
        "emergency 35/45, same day 51/65, see a GP 29/50, questions about signs 19/20, "
        "4 of 40 look-alikes flagged",
    ),
    (
        REPO / "tests" / "data" / "triage_challenge4.yaml",
        "emergency 44/50, same day 37/50, see a GP 22/40, questions about signs 20/25, "
        "6 of 55 look-alikes flagged (after the fixes from the second and third sets)",
    ),
    (
        REPO / "tests" / "data" / "triage_challenge5.yaml",
        "emergency 37/40, same day 47/60, see a GP 33/55, questions about signs 16/20, "
        "6 of 45 look-alikes flagged (after the fixes from the first four sets)",
    ),
    (
        REPO / "tests" / "data" / "triage_challenge6.yaml",
        "emergency 38/40, same day 46/60, see a GP 35/55, questions about signs 19/20, "
        "3 of 45 look-alikes flagged (after the fixes from the first five sets)",
    ),
)
# The levels a reply may have for each label to count as handled.
_ENOUGH: dict[str, tuple[Level | None, ...]] = {
    "emergency": (Level.EMERGENCY,),
    "same_day": (Level.EMERGENCY, Level.SAME_DAY),
    "see_gp": (Level.EMERGENCY, Level.SAME_DAY, Level.SEE_GP),
    "info": (None, Level.INFO, Level.SEE_GP),
    "none": (None, Level.INFO),
}


def _challenge_table(triage: Triage, path: Path, cold: str, *, tiny: bool) -> str:
    """One of the project's challenge sets: written blind to the rules, then used to fix them."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    messages = data[::10] if tiny else data
    handled: Counter[str] = Counter()
    total: Counter[str] = Counter()
    rules_only: Counter[str] = Counter()
    for message in messages:
        expect = str(message["level"])
        total[expect] += 1
        both, alone = triage.check(message["text"]), check(message["text"])
        handled[expect] += (both.level if both else None) in _ENOUGH[expect]
        rules_only[expect] += (alone.level if alone else None) in _ENOUGH[expect]
    order = ("emergency", "same_day", "see_gp", "info", "none")
    labels = (
        "Emergency told to call now",
        "Same day",
        "See a GP given care advice",
        "Questions about signs not told to call now",
        "Look-alikes left alone",
    )
    lines = [
        f"## The project's challenge set `{path.name}` (a tuning set, not held out)",
        "",
        f"`tests/data/{path.name}`: {sum(total.values())} messages written for the "
        "project by a writer who had seen neither the rules nor the bank nor the outside sets. "
        f"Run cold, before its misses were read: {cold}. Its misses were then read and fixed, "
        "and the level model was trained on it, so the figures below are not held out.",
        "",
        "| Triage | " + " | ".join(labels) + " |",
        "| --- " * (len(labels) + 1) + "|",
    ]
    for name, counts in (("rules alone", rules_only), ("rules + bank + level model", handled)):
        cells = [f"{counts[k]}/{total[k]}" for k in order]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _held_out_table(
    cases: dict[str, list[Case]],
    rules: dict[str, list[TriageResult | None]],
    levels_with: Callable[[str, tuple[int, float, float], bool], list[Level | None]],
) -> str:
    lines = [
        "## Held out, one author at a time",
        "",
        "Goals on every author held out: emergency 100%, same day ≥ 97%, see-a-GP given care "
        "advice ≥ 90%, false alarms ≤ 5%, questions about signs not told to call now ≥ 90%. "
        "Rules alone is the triage when the model cannot load. With the bank, its numbers are "
        "chosen on the other two authors (shown), and the shipped numbers are "
        f"({NEIGHBOURS}, {FLOOR}, {MARGIN}), chosen on A and B. The level model (what ships) "
        "was trained on the project's challenge sets alone and its two thresholds were set on "
        "their rounds, so no author's message tuned it; the bank's numbers beside it are "
        "chosen again with it in place.",
        "",
        "| Held out | Triage | Bank numbers | Emergency told to call now | Emergency told at "
        "least today | Same day | See a GP | False alarms | Info not told to call now | Info "
        "answered as info |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for held in AUTHORS:
        tuned_on = [a for a in AUTHORS if a != held]

        def on_tuning(
            params: tuple[int, float, float], learned: bool, tuned_on: list[str] = tuned_on
        ) -> tuple[float, ...]:
            per = [figures(cases[a], levels_with(a, params, learned)) for a in tuned_on]
            within_goal = max(f.false_alarms for f in per) <= FALSE_ALARM_GOAL
            worst = tuple(min(values) for values in zip(*(f.key() for f in per), strict=True))
            return (within_goal, *worst)

        rows = [
            (
                "rules alone",
                "–",
                figures(cases[held], [r.level if r else None for r in rules[held]]),
            )
        ]
        for label, learned in (("rules + bank", False), ("rules + bank + level model", True)):
            chosen = max(GRID, key=functools.partial(on_tuning, learned=learned))
            rows.append(
                (label, str(chosen), figures(cases[held], levels_with(held, chosen, learned)))
            )
        for label, numbers, f in rows:
            lines.append(
                f"| {held.upper()} (tuned on {'+'.join(a.upper() for a in tuned_on)}) | {label} "
                f"| {numbers} | {_pct(f.emergency, 1.0)} | {_pct(f.emergency_flagged, 1.0)} "
                f"| {_pct(f.same_day, 0.97)} | {_pct(f.see_gp, 0.90)} "
                f"| {_pct(f.false_alarms, 0.05, lower=True)} | {_pct(f.info_not_call_now, 0.90)} "
                f"| {f.info_answered_as_info:.0%} |"
            )
    return "\n".join(lines) + "\n"


def _per_category(
    cases: dict[str, list[Case]],
    levels_with: Callable[[str, tuple[int, float, float], bool], list[Level | None]],
    params: tuple[int, float, float],
) -> str:
    hit: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for author, cs in cases.items():
        for case, lvl in zip(cs, levels_with(author, params, True), strict=True):
            if case.expect not in CARE:
                continue
            need = {"emergency": Level.EMERGENCY, "same_day": Level.SAME_DAY}.get(
                case.expect, Level.SEE_GP
            )
            total[(case.category, case.expect)] += 1
            hit[(case.category, case.expect)] += lvl is not None and lvl >= need
    lines = [
        "## Recall per category and level (shipped numbers, all three authors)",
        "",
        "A message counts as caught when its reply is at its level or more urgent.",
        "",
        "| Category | Emergency | Same day | See a GP |",
        "| --- | --- | --- | --- |",
    ]
    for category in sorted({c for c, _ in total}):
        cells = [
            f"{hit[(category, lvl)]}/{total[(category, lvl)]}" if total[(category, lvl)] else "–"
            for lvl in CARE
        ]
        lines.append(f"| {category} | {' | '.join(cells)} |")
    return "\n".join(lines) + "\n"


def _latency(encoder: Encoder, triage: Triage, cases: dict[str, list[Case]], rounds: int) -> str:
    texts = [c.text for cs in cases.values() for c in cs]
    rules: list[float] = []
    added: list[float] = []
    cold: list[float] = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            check(text)
            rules.append(time.perf_counter() - start)
            encoder.encode_one(normalise(text))  # retrieval embeds the question anyway
            start = time.perf_counter()
            triage.check(text)
            added.append(time.perf_counter() - start)
            start = time.perf_counter()
            encoder.encode([normalise(text)])
            cold.append(time.perf_counter() - start)

    def ms(values: list[float], percent: int) -> str:
        return f"{percentile(values, percent) * 1000:.2f} ms"

    lengths: npt.NDArray[np.int64] = np.array([len(t) for t in texts])
    return "\n".join(
        [
            "## Latency per message",
            "",
            f"{len(texts)} messages (median {int(np.median(lengths))} characters, longest "
            f"{lengths.max()}), {rounds} round(s). Goal: triage adds under 5 ms at p99. The "
            "question's embedding is shared with retrieval, which computes it anyway, so what "
            "triage adds is the rules, the bank's comparison and the level model; embedding one "
            "message is shown for scale.",
            "",
            "| Step | Median | p99 |",
            "| --- | --- | --- |",
            f"| rules alone | {ms(rules, 50)} | {ms(rules, 99)} |",
            "| triage added (rules, bank and level model; embedding shared) "
            f"| {ms(added, 50)} | {ms(added, 99)} |",
            f"| embedding one message (shared with retrieval) | {ms(cold, 50)} | {ms(cold, 99)} |",
            "",
        ]
    )


def _pct(value: float, goal: float, *, lower: bool = False) -> str:
    missed = value > goal if lower else value < goal
    return f"{value:.1%}" + (" (below goal)" if missed else "")


if __name__ == "__main__":
    sys.exit(main())
