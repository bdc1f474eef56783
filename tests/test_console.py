"""The console in-process: the same services, rendered as text."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App
from bot.console import Console, Quit, render_text
from tests.helpers import run_bot


@pytest.fixture
def console(app: App) -> Console:
    return Console(app, user_id=42)


async def text(console: Console, line: str) -> str:
    reply = await console.handle(line)
    assert reply is not None
    return render_text(reply)


async def test_plain_text_is_a_question(console: Console) -> None:
    assert "Calf cramps" in await text(console, "what causes calf cramps at night")


async def test_a_numbered_pick_opens_a_suggestion(console: Console) -> None:
    suggestions = await text(console, "/ask leg training")
    assert "  1. " in suggestions
    picked = await text(console, "1")
    assert "Sources:" in picked


async def test_a_numbered_pick_works_after_a_plain_question(console: Console) -> None:
    assert "  1. " in await text(console, "leg training")
    assert "Sources:" in await text(console, "1")


async def test_a_numbered_pick_opens_a_related_topic(console: Console) -> None:
    answer = await text(console, "what causes calf cramps at night")
    assert "  3. Related: Sore calves after training  (/topic calf-soreness)" in answer
    assert "Sore calves after training" in (await text(console, "3")).splitlines()[0]


async def test_a_pick_out_of_range_is_explained(console: Console) -> None:
    await console.handle("/ask leg training")
    assert "Pick a number from 1 to" in await text(console, "9")


async def test_rating_the_last_answer_records_the_vote(console: Console, app: App) -> None:
    await console.handle("what causes calf cramps at night")
    assert "Thanks" in await text(console, "/unhelpful")
    with sqlite3.connect(app.db.path) as conn:
        assert conn.execute(
            "SELECT user_id, entry_id, helpful FROM answer_feedback"
        ).fetchall() == [(42, "calf-cramps", 0)]


async def test_rating_with_no_answer_yet_is_explained(console: Console) -> None:
    assert "ask a question first" in await text(console, "/helpful")


async def test_an_empty_ask_shows_an_example(console: Console) -> None:
    assert "for example" in await text(console, "/ask")


async def test_unknown_topic_is_explained(console: Console) -> None:
    assert "There is no topic 'nope'" in await text(console, "/topic nope")


async def test_curator_commands(console: Console) -> None:
    await console.handle("recommend a good anime")
    assert "1 × recommend a good anime" in await text(console, "/kb gaps")
    assert "reloaded" in await text(console, "/kb reload")
    assert "Use /kb reload or /kb gaps" in await text(console, "/kb frobnicate")


async def test_blank_lines_are_ignored_and_quit_ends(console: Console) -> None:
    assert await console.handle("   ") is None
    with pytest.raises(Quit):
        await console.handle("/quit")


def test_a_used_reminder_refuses_a_second_press_in_the_console(tmp_path: Path) -> None:
    due = datetime.now(UTC) + timedelta(minutes=2)
    script = [
        f"/remind set time:{due:%H:%M}",
        "/clock +5m",  # the reminder arrives, offering 1. Done 2. Snooze 3. Skip today
        "2",
        "/remind snooze 1",
        "/remind done 1",
        "/clock +61m",  # the one snooze comes back
    ]
    result = run_bot(tmp_path, "console", stdin="\n".join(script) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("Snoozed: I'll remind you again at") == 1
    assert out.count("Already snoozed: I'll remind you again at") == 1
    assert "You snoozed this reminder" in out
    assert "Logged" not in out
    assert out.count("Calf-raise time") == 2
