"""`make bench` runs every benchmark once, at tiny size, so none can rot. Figures aren't judged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

import bench.__main__ as runner
from bench import checkins, endtoend, questions, real_questions, reminders, scale, triage


def test_every_benchmark_runs_and_lands_in_the_results(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def tiny(area: Callable[[Sequence[str]], int]) -> Callable[[Sequence[str]], int]:
        return lambda _flags: area(["--tiny"])

    monkeypatch.setattr(
        runner,
        "AREAS",
        (
            ("Questions", tiny(questions.main)),
            ("Real questions", tiny(real_questions.main)),
            ("Warning-sign triage", tiny(triage.main)),
            ("Check-ins", tiny(checkins.main)),
            ("Reminders", tiny(reminders.main)),
            ("End to end", tiny(endtoend.main)),
            ("Scale", tiny(scale.main)),
        ),
    )
    monkeypatch.setattr(runner, "RESULTS", tmp_path / "results.md")
    assert runner.main([]) == 0
    text = (tmp_path / "results.md").read_text()
    assert text.startswith("# Second Heart benchmarks")
    assert [line for line in text.splitlines() if line.startswith("# ")][1:] == [
        "# Questions",
        "# Real questions",
        "# Warning-sign triage",
        "# Check-ins",
        "# Reminders",
        "# End to end",
        "# Scale",
    ]
    for section in (
        "## Development and test sets",
        "| semantic |",
        "| lexical |",
        "| baseline: rank-bm25 |",
        "## Start-up and memory",
        "## Held out, one author at a time",
        "## Latency per message",
        "## Check-ins per second",
        "| 100 |",
        "## /stats with its chart",
        "## A burst due in one minute",
        "## Lateness under Discord's rate limit",
        "## Growth: a big server's long history",
        "## A crowd asking and checking in",
        "## Micro-batching: the most texts in one model call, and the wait for more",
        "## Check-ins per second, PostgreSQL beside SQLite",
        "## Reminders from several processes on one PostgreSQL",
    ):
        assert section in text, section
