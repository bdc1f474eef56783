"""The console's /streak pause, resume, status and nudge: the same replies as Discord, from the
core, through the Console class on a real database; the nudge delivered into the session."""

from __future__ import annotations

import io
import re

from bot.app import App
from bot.console import Console, ConsoleSender
from tests.test_console import console, text

__all__ = ["console"]  # the fixture


async def test_a_pause_across_the_clock_keeps_the_console_members_streak(console: Console) -> None:
    await console.handle("/checkin")
    await console.handle("/clock +1d")
    assert "Paused from today through Thu 5 Mar (3 days)" in await text(
        console, "/streak pause days:3"
    )
    await console.handle("/clock +3d")
    assert "Streak: 2 days" in await text(console, "/checkin")


async def test_streak_alone_shows_the_status_and_resume_ends_the_pause(console: Console) -> None:
    assert "isn't paused" in await text(console, "/streak")
    await console.handle("/streak pause days:2")
    assert "paused through Tue 3 Mar" in await text(console, "/streak status")
    assert "Welcome back" in await text(console, "/streak resume")
    assert "not paused" in await text(console, "/streak resume")


async def test_a_pause_beyond_the_allowance_says_how_many_days_are_left(console: Console) -> None:
    assert "up to 14 days from today" in await text(console, "/streak pause days:20")


async def test_the_nudge_arrives_in_the_console_and_its_done_logs_the_check_in(
    app: App, console: Console
) -> None:
    out = io.StringIO()
    console.run_reminders = app.dispatcher(ConsoleSender(console, out)).tick
    await console.handle("/checkin")
    await console.handle("/clock +1d")  # Tuesday 09:00 UTC, nothing logged yet today
    assert "at 21:00 your time (3 h before midnight)" in await text(
        console, "/streak nudge send:on"
    )
    await console.handle("/clock +721m")  # 21:01
    assert "Your streak needs today" in out.getvalue()
    assert "/streak nudge send:off" in out.getvalue()
    [occurrence] = [int(n) for n in re.findall(r"\(/remind done (\d+)\)", out.getvalue())]
    assert "Streak: 2 days" in await text(console, f"/remind done {occurrence}")


async def test_the_nudge_turned_off_in_the_console(console: Console) -> None:
    await console.handle("/streak nudge send:on hours:2")
    assert "nudges are off" in (await text(console, "/streak nudge send:off")).lower()
