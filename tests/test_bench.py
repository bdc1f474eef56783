"""Each benchmark runs once at tiny size, so it can't rot. Figures are not judged here."""

from __future__ import annotations

import pytest

from bench import checkins, questions, reminders


def test_questions_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert questions.main(["--tiny"]) == 0
    out = capsys.readouterr().out
    assert "## Development set" in out
    assert "| semantic |" in out
    assert "| lexical |" in out
    assert "## Latency per question" in out


def test_checkins_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert checkins.main(["--tiny"]) == 0
    out = capsys.readouterr().out
    assert "## Check-ins per second" in out
    assert "| 100 |" in out
    assert "## /stats with its chart" in out


def test_reminders_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert reminders.main(["--tiny"]) == 0
    out = capsys.readouterr().out
    assert "## A burst due in one minute" in out
    assert "## Lateness under Discord's rate limit" in out
