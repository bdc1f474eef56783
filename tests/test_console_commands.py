"""The console's check-in, reminder, clock, goal and time-zone commands, driven through the
Console class on a real SQLite file, with reminders delivered into the session by the real
dispatcher."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import logging
import re
from pathlib import Path

import pytest

from bot.app import App
from bot.checkins.replies import chart_title
from bot.console import Console, ConsoleSender
from tests.helpers import rows


@pytest.fixture
def out() -> io.StringIO:
    """Where the session prints the reminders the dispatcher delivers."""
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


def delivered(out: io.StringIO) -> list[int]:
    """The occurrence ids of the reminders printed so far, by their Done command."""
    return [int(n) for n in re.findall(r"\(/remind done (\d+)\)", out.getvalue())]


async def due_reminder(console: Console, out: io.StringIO) -> int:
    """A reminder set for 09:30 and the clock moved past it (the tests start at 09:00 UTC)."""
    await console.handle("/remind set time:09:30")
    await console.handle("/clock +31m")
    [occurrence] = delivered(out)
    return occurrence


# Check-ins.


async def test_checkin_logs_the_workout_for_the_console_member(console: Console, app: App) -> None:
    reply = await text(console, "/checkin sets:3 reps:15 note:felt good")
    assert reply.startswith("Logged: 3 × 15 calf raises")
    assert "Streak: 1 day (best 1 day)" in reply
    assert rows(app, "SELECT user_id, sets, reps, note FROM checkins") == [(42, 3, 15, "felt good")]


async def test_checkin_undo_asks_first_and_a_pick_removes_it(console: Console, app: App) -> None:
    await console.handle("/checkin")
    prompt = await text(console, "/checkin-undo")
    assert prompt.startswith("Remove this check-in?")
    assert "  1. Remove it" in prompt
    assert await text(console, "1") == "Removed. Your streak has been recalculated."
    assert rows(app, "SELECT count(*) FROM checkins") == [(0,)]


async def test_stats_saves_its_chart_beside_the_database(console: Console, app: App) -> None:
    await console.handle("/checkin")
    reply = await text(console, "/stats")
    assert reply.startswith("Stats for you")
    [saved] = re.findall(r"Saved The last 12 weeks of check-ins to (\S+)", reply)
    png = await asyncio.to_thread(Path(saved).read_bytes)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


async def test_the_service_titles_the_chart_as_both_front_ends_show_it(app: App) -> None:
    await app.checkins.checkin(user_id=42, source_key="k1")
    stats = await app.checkins.stats(42)
    assert await app.checkins.chart(stats) == await app.checkins.chart(stats, chart_title(stats))
    assert await app.checkins.chart(stats) != await app.checkins.chart(stats, "Another title")


# Goal and time zone.


async def test_goal_set_changes_the_weekly_goal_a_checkin_counts_against(
    console: Console,
) -> None:
    assert await text(console, "/goal set 5") == "Your weekly goal is now 5 days."
    assert "This week: 1 of 5 days" in await text(console, "/checkin")


async def test_timezone_show_names_the_default_until_the_member_sets_one(
    console: Console,
) -> None:
    assert await text(console, "/timezone show") == (
        "Your time zone is UTC (the server default; set yours with /timezone set)."
    )
    assert await text(console, "/timezone set berlin") == "Your time zone is now Europe/Berlin."
    assert await text(console, "/timezone show") == "Your time zone is Europe/Berlin."


# Reminders.


async def test_remind_set_says_when_the_next_one_comes_in_the_servers_zone(
    console: Console,
) -> None:
    reply = await text(console, "/remind set time:07:30")
    assert reply.splitlines()[0] == "Reminder #1 set"
    assert "Every day at 07:30 (UTC), by DM." in reply
    assert "Next: Tue 03 Mar 2026 07:30 UTC" in reply
    assert "I'm using UTC, the server default." in reply
    assert "<t:" not in reply


async def test_remind_set_shows_the_next_one_in_the_members_own_zone(console: Console) -> None:
    await console.handle("/timezone set berlin")
    reply = await text(console, "/remind set time:07:30 days:weekdays")
    assert "On weekdays at 07:30 (Europe/Berlin), by DM." in reply
    assert "Next: Tue 03 Mar 2026 07:30 Europe/Berlin" in reply
    assert "server default" not in reply


async def test_remind_list_shows_each_reminder_and_its_next_time(console: Console) -> None:
    assert (await text(console, "/remind list")).startswith("You have no reminders.")
    await console.handle("/remind set time:07:30")
    listed = await text(console, "/remind list")
    assert "#1 every day at 07:30 by DM, next Tue 03 Mar 2026 07:30 UTC" in listed


async def test_remind_off_removes_the_reminder_it_names(console: Console, app: App) -> None:
    await console.handle("/remind set time:07:30")
    assert await text(console, "/remind off 1") == "Reminder #1 removed."
    assert await text(console, "/remind off 1") == "✗ You have no reminder with that number."
    assert rows(app, "SELECT count(*) FROM reminders") == [(0,)]


async def test_remind_pause_and_resume_stop_and_restart_the_reminders(
    console: Console, out: io.StringIO
) -> None:
    await console.handle("/remind set time:09:30")
    assert await text(console, "/remind pause") == (
        "Paused 1 reminder(s). /remind resume to restart."
    )
    assert "(paused)" in await text(console, "/remind list")
    await console.handle("/clock +1h")
    assert delivered(out) == []
    assert await text(console, "/remind resume") == "Resumed 1 reminder(s), from now on."
    await console.handle("/clock +1d")
    assert len(delivered(out)) == 1


async def test_remind_test_sends_one_now_or_says_to_set_one_first(
    console: Console, out: io.StringIO
) -> None:
    assert await text(console, "/remind test") == "✗ Set a reminder first: /remind set time:07:30"
    await console.handle("/remind set time:07:30")
    assert await text(console, "/remind test") == "On its way."
    assert len(delivered(out)) == 1
    assert "Calf-raise time" in out.getvalue()


async def test_remind_done_logs_one_checkin_however_often_it_is_typed(
    console: Console, out: io.StringIO, app: App
) -> None:
    occurrence = await due_reminder(console, out)
    assert (await text(console, f"/remind done {occurrence}")).startswith("Logged: calf raises")
    again = await text(console, f"/remind done {occurrence}")
    assert again.startswith("Logged: calf raises")
    assert "already logged" in again
    assert rows(app, "SELECT source_key FROM checkins") == [(f"reminder:{occurrence}",)]


async def test_remind_snooze_says_when_it_comes_back_in_the_members_zone(
    console: Console, out: io.StringIO
) -> None:
    await console.handle("/timezone set berlin")
    await console.handle("/remind set time:10:30")  # 09:30 UTC
    await console.handle("/clock +31m")
    [occurrence] = delivered(out)
    reply = await text(console, f"/remind snooze {occurrence}")
    assert reply == "Snoozed: I'll remind you again at Mon 02 Mar 2026 11:31 Europe/Berlin."


async def test_remind_skip_silences_the_day_and_a_later_done_is_refused(
    console: Console, out: io.StringIO, app: App
) -> None:
    occurrence = await due_reminder(console, out)
    assert await text(console, f"/remind skip {occurrence}") == (
        "OK: no more reminders on Monday 2 March."
    )
    refused = await text(console, f"/remind done {occurrence}")
    assert refused.startswith("✗ You skipped today with this reminder.")
    assert rows(app, "SELECT count(*) FROM checkins") == [(0,)]


async def test_another_members_reminder_is_refused_as_theirs(
    console: Console, out: io.StringIO, app: App
) -> None:
    await app.reminders.create(user_id=7, time_text="09:30")
    await console.handle("/clock +31m")
    [occurrence] = [n for (n,) in rows(app, "SELECT id FROM reminder_occurrences")]
    reply = await text(console, f"/remind done {occurrence}")
    assert reply == "✗ That reminder is for someone else."
    assert rows(app, "SELECT count(*) FROM checkins") == [(0,)]


async def test_a_removed_reminders_button_says_it_is_gone(
    console: Console, out: io.StringIO
) -> None:
    occurrence = await due_reminder(console, out)
    await console.handle("/remind off 1")
    assert await text(console, f"/remind snooze {occurrence}") == "✗ That reminder is gone."


async def test_done_on_the_channel_reminder_logs_each_members_own_checkin(
    app: App, out: io.StringIO
) -> None:
    first, second = Console(app, user_id=42), Console(app, user_id=43)
    first.run_reminders = app.dispatcher(ConsoleSender(first, out)).tick
    reply = await text(first, "/remind-channel set time:09:30 zone:UTC")
    assert "in #console." in reply
    await first.handle("/clock +31m")
    [occurrence] = delivered(out)
    for member in (first, second):
        assert (await text(member, f"/remind done {occurrence}")).startswith("Logged")
    assert rows(app, "SELECT user_id, source_key FROM checkins ORDER BY user_id") == [
        (42, f"reminder:{occurrence}:42"),
        (43, f"reminder:{occurrence}:43"),
    ]


async def test_joining_the_channel_reminder_needs_one_to_exist(console: Console) -> None:
    assert await text(console, "/remind-channel join") == (
        "✗ This server has no channel reminder now."
    )
    await console.handle("/remind-channel set time:07:30 zone:UTC")
    assert await text(console, "/remind-channel join") == "You'll be mentioned each day."
    assert await text(console, "/remind-channel leave") == "You won't be mentioned any more."


# The clock.


async def test_clock_shows_utc_and_the_members_local_time(console: Console) -> None:
    assert await text(console, "/clock") == "Now: 2026-03-02 09:00 UTC (09:00 UTC)."
    await console.handle("/timezone set berlin")
    assert await text(console, "/clock +2h") == "Now: 2026-03-02 11:00 UTC (12:00 Europe/Berlin)."


async def test_clock_moves_stop_at_each_reminder_so_none_is_late(
    console: Console, out: io.StringIO
) -> None:
    await console.handle("/remind set time:09:30")
    await console.handle("/clock +3d")
    assert len(delivered(out)) == 3
    assert "Sent late" not in out.getvalue()


async def test_clock_refuses_a_move_it_cannot_read(console: Console) -> None:
    assert await text(console, "/clock soon") == "✗ Use /clock +30m, /clock +2h or /clock +1d."


# Failures that are not the member's.


async def test_a_failure_that_is_not_the_members_is_logged_with_context_and_apologised_for(
    console: Console, app: App, caplog: pytest.LogCaptureFixture
) -> None:
    await console.handle("/checkin")
    # A stored date no calendar holds: date.fromisoformat raises a ValueError, which is a
    # fault of ours, not the member's, and must not be shown to them as if it were.
    rows(app, "UPDATE checkins SET local_date = '2026-02-30'")
    with caplog.at_level(logging.ERROR):
        reply = await text(console, "/history")
    assert reply == "✗ Sorry, something went wrong on our side. It has been logged."
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "/history" in record.getMessage()
    assert "member 42" in record.getMessage()
    assert record.exc_info is not None
    assert record.exc_info[0] is ValueError


async def test_input_the_member_can_fix_is_shown_as_is_and_not_logged(
    console: Console, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        reply = await text(console, "/remind set time:breakfast")
    assert reply.startswith("✗ ")
    assert "can't read" in reply
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


# Votes.


async def test_a_vote_on_an_answer_retired_since_says_so_as_discord_does(console: Console) -> None:
    """The console used to thank the member for a vote it never stored."""
    # An entry's own question, so any engine answers it outright, whatever phrasings are added.
    await console.handle("What are the benefits of calf raises?")
    answer = console.session.last_answer
    assert answer is not None
    assert answer.entry is not None
    assert "Thanks" in await text(console, "/helpful")
    # As after a /kb reload that dropped the entry: the session still holds the old answer.
    retired = dataclasses.replace(answer.entry, id="no-longer-in-the-knowledge-base")
    console.session.last_answer = dataclasses.replace(answer, entry=retired)
    said = await text(console, "/helpful")
    assert "since been retired" in said
    assert "Thanks" not in said
