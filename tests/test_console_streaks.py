"""The console's /streak pause, resume and status: the same replies as Discord, from the core,
through the Console class on a real database."""

from __future__ import annotations

from bot.console import Console
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
