"""The console's /remind edit and /remind once: the same service and replies as Discord, with
reminders delivered into the session by the real dispatcher as the simulated clock moves."""

from __future__ import annotations

import io

from bot.app import App
from bot.console import Console
from tests.helpers import rows

# The session and its printed reminders, as the console's other commands are tested.
from tests.test_console_commands import console, delivered, out, text

__all__ = ["console", "out"]  # fixtures, used by name


async def test_remind_once_is_delivered_once_as_the_clock_moves(
    console: Console, out: io.StringIO
) -> None:
    # The tests start at 09:00 UTC, the console member's zone being the default (UTC).
    reply = await text(console, "/remind once in 2 hours")
    assert reply.startswith("One-off reminder #1 set")
    assert "Once at 11:00 (UTC), by DM." in reply
    await console.handle("/clock +3h")
    assert len(delivered(out)) == 1
    await console.handle("/clock +2d")
    assert len(delivered(out)) == 1
    assert "#1 once at 11:00 by DM (done)" in await text(console, "/remind list")


async def test_remind_once_refuses_a_time_already_past(console: Console, app: App) -> None:
    assert "already passed" in await text(console, "/remind once when:today 8am")
    assert rows(app, "SELECT count(*) FROM reminders") == [(0,)]


async def test_remind_edit_moves_the_time_and_keeps_the_reminder(
    console: Console, out: io.StringIO
) -> None:
    await console.handle("/remind set time:09:30")
    reply = await text(console, "/remind edit 1 time:10:15 days:weekdays")
    assert reply.startswith("Reminder #1 changed")
    assert "On weekdays at 10:15 (UTC), by DM." in reply
    await console.handle("/clock +40m")
    assert delivered(out) == []
    await console.handle("/clock +40m")
    assert len(delivered(out)) == 1


async def test_remind_edit_says_what_is_wrong_and_changes_nothing(
    console: Console, app: App
) -> None:
    await console.handle("/remind set time:09:30")
    before = rows(app, "SELECT local_time, weekdays, next_due FROM reminders")
    assert "Say what to change" in await text(console, "/remind edit 1")
    assert "no reminder #7" in await text(console, "/remind edit 7 time:08:00")
    assert "isn't a time of day" in await text(console, "/remind edit 1 time:26:00")
    assert rows(app, "SELECT local_time, weekdays, next_due FROM reminders") == before
