"""The console's community commands, through the Console class on a real database: the same
challenge and recap replies as Discord, and the recap delivered into the session by the real
dispatcher when the simulated clock reaches it."""

from __future__ import annotations

import io

import pytest

from bot.app import App
from bot.console import Console, ConsoleSender


@pytest.fixture
def out() -> io.StringIO:
    return io.StringIO()


@pytest.fixture
def console(app: App, out: io.StringIO) -> Console:
    shell = Console(app, user_id=42)
    shell.run_reminders = app.dispatcher(ConsoleSender(shell, out)).tick
    return shell


async def text(console: Console, line: str) -> str:
    reply = await console.handle(line)
    assert reply is not None
    return await console.render(reply)


async def test_a_challenge_in_the_console_moves_with_check_ins(console: Console) -> None:
    assert "No challenge yet" in await text(console, "/challenge")
    started = await text(console, "/challenge-start goal:check-ins target:2")
    assert "Challenge started: 2 check-ins together" in started
    await console.handle("/checkin")
    shown = await text(console, "/challenge")
    assert "1 of 2 check-ins" in shown
    assert "Top: you (1 check-ins)" in shown
    assert "already running" in await text(console, "/challenge start goal:check-ins target:5")


async def test_bad_challenge_input_in_the_console_says_what_to_type(console: Console) -> None:
    reply = await text(console, "/challenge start goal:check-ins target:3 period:someday")
    assert reply.startswith("✗ Period must be week, month, or 2026-12-01..2026-12-31")
    assert "No challenge yet" in await text(console, "/challenge")


async def test_the_recap_comes_into_the_console_once_at_its_hour(
    console: Console, out: io.StringIO
) -> None:
    # The tests start on Monday 2 March 2026 at 09:00 UTC.
    reply = await text(console, "/recap set hour:10 day:mon zone:UTC")
    assert "Every Monday at 10:00 (UTC) in #console." in reply
    await console.handle("/checkin")
    await console.handle("/challenge start goal:check-ins target:4")
    preview = await text(console, "/recap preview")
    assert "Weekly recap, 2026-02-23 to 2026-03-01" in preview
    await console.handle("/clock +2h")
    printed = out.getvalue()
    assert printed.count("Weekly recap, 2026-02-23 to 2026-03-01") == 1
    assert "Challenge: 4 check-ins together" in printed
    assert "recap.png" in printed  # the chart, saved beside the database
    await console.handle("/clock +1h")
    assert out.getvalue().count("Weekly recap") == 1
    assert "The weekly recap is off" in await text(console, "/recap off")


async def test_ending_a_challenge_in_the_console_announces_it_once(
    console: Console, out: io.StringIO
) -> None:
    await console.handle("/challenge start goal:calf-raises target:100")
    await console.handle("/checkin sets:2 reps:30")
    ended = await text(console, "/challenge-end")
    assert "Challenge over: 100 calf raises together" in ended
    await console.handle("/clock +1m")
    await console.handle("/clock +31d")
    assert out.getvalue().count("Challenge over") == 1
    assert "60 of 100 calf raises" in out.getvalue()
