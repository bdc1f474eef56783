"""/remind edit and /remind once through the service, on SQLite and PostgreSQL (the `app`
fixture runs each test on both), with the real dispatcher and a sender that records."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.schedule import ScheduleError
from bot.reminders.shaping import Change, Editor, Where
from tests.helpers import rows
from tests.reminders.test_dispatcher import (
    StubSender,
    at,
    dispatcher,
    occurrences,
    sender,
    upgraded,
)

ME = Editor(1)
__all__ = ["dispatcher", "sender"]  # fixtures, used by name


def reminder_rows(app: App) -> list[tuple[Any, ...]]:
    return rows(
        app,
        "SELECT id, user_id, guild_id, channel_id, local_time, weekdays, next_due, next_date, "
        "once, finished_at FROM reminders ORDER BY id",
    )


async def test_an_edit_keeps_the_reminders_id_and_history(
    app: App, dispatcher: Dispatcher, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    made = await app.reminders.create(user_id=1, time_text="07:00")
    at(clock, "2026-03-10T07:00:00+00:00")
    assert await dispatcher.tick() == 1
    at(clock, "2026-03-12T05:00:00+00:00")
    edited = await app.reminders.edit(made.id, ME, Change(time_text="18:30", days_text="weekdays"))
    assert edited.view.id == made.id
    assert (edited.view.local_time.isoformat(), edited.view.days) == ("18:30:00", "weekdays")
    # What was sent stays recorded; today's reminder isn't made yet, so the new time is today's.
    assert occurrences(app) == [("2026-03-10", "sent", 0, None)]
    assert edited.view.next_at == datetime(2026, 3, 12, 18, 30, tzinfo=UTC)
    assert edited.kept is None


async def test_an_edit_after_todays_reminder_was_sent_starts_the_next_day(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    made = await app.reminders.create(user_id=1, time_text="07:00")
    at(clock, "2026-03-10T07:05:00+00:00")
    assert await dispatcher.tick() == 1
    edited = await app.reminders.edit(made.id, ME, Change(time_text="09:00"))
    assert edited.kept == date(2026, 3, 10)
    assert edited.view.next_at == datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
    at(clock, "2026-03-10T09:05:00+00:00")
    assert await dispatcher.tick() == 0
    at(clock, "2026-03-11T09:05:00+00:00")
    assert await dispatcher.tick() == 1
    assert [d.local_date.isoformat() for d in sender.sent_to(1)] == ["2026-03-10", "2026-03-11"]


async def test_an_edit_on_a_day_skipped_by_the_member_starts_the_next_day(
    app: App, dispatcher: Dispatcher, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    made = await app.reminders.create(user_id=1, time_text="07:00")
    at(clock, "2026-03-10T07:05:00+00:00")
    await dispatcher.tick()
    [(occurrence_id,)] = rows(app, "SELECT id FROM reminder_occurrences")
    assert isinstance(occurrence_id, int)
    await app.reminders.skip_today(1, occurrence_id)
    edited = await app.reminders.edit(made.id, ME, Change(time_text="20:00"))
    assert edited.kept == date(2026, 3, 10)


async def test_an_edit_may_move_a_reminder_to_a_channel_and_back_to_dms(app: App) -> None:
    made = await app.reminders.create(user_id=1, time_text="07:00")
    moved = await app.reminders.edit(made.id, ME, Change(where=Where(5, 55)))
    assert moved.view.channel_id == 55
    assert reminder_rows(app)[0][2:4] == (5, 55)
    back = await app.reminders.edit(made.id, ME, Change(where=Where(None, None)))
    assert back.view.channel_id is None


@pytest.mark.parametrize(
    ("reminder", "change", "message"),
    [
        ("mine", Change(), "Say what to change"),
        ("mine", Change(time_text="25:00"), "isn't a time of day"),
        ("mine", Change(days_text="someday"), "don't know the day"),
        ("missing", Change(time_text="08:00"), "no reminder #"),
        ("theirs", Change(time_text="08:00"), "no reminder #"),
    ],
)
async def test_a_bad_edit_writes_nothing(
    app: App, reminder: str, change: Change, message: str
) -> None:
    mine = await app.reminders.create(user_id=1, time_text="07:00")
    theirs = await app.reminders.create(user_id=2, time_text="07:00")
    before = reminder_rows(app)
    target = {"mine": mine.id, "theirs": theirs.id, "missing": theirs.id + 100}[reminder]
    with pytest.raises(ScheduleError, match=message):
        await app.reminders.edit(target, ME, change)
    assert reminder_rows(app) == before


async def test_someone_elses_reminder_reads_as_no_such_reminder(app: App) -> None:
    theirs = await app.reminders.create(user_id=2, time_text="07:00")
    with pytest.raises(ScheduleError) as other:
        await app.reminders.edit(theirs.id, ME, Change(time_text="08:00"))
    with pytest.raises(ScheduleError) as missing:
        await app.reminders.edit(theirs.id + 100, ME, Change(time_text="08:00"))
    assert str(other.value).replace(str(theirs.id), "N") == str(missing.value).replace(
        str(theirs.id + 100), "N"
    )


async def test_a_channel_reminder_is_edited_only_by_a_manager_of_its_server(app: App) -> None:
    guild = await app.reminders.set_guild_reminder(
        guild_id=9, channel_id=99, time_text="07:00", zone_name="UTC"
    )
    await app.reminders.join_guild_reminder(9, 1, True)
    before = reminder_rows(app)
    with pytest.raises(ScheduleError, match="Manage Server"):
        await app.reminders.edit(guild.id, Editor(1, 9), Change(time_text="08:00"))
    with pytest.raises(ScheduleError, match="no reminder #"):
        await app.reminders.edit(guild.id, Editor(1, 8, True), Change(time_text="08:00"))
    with pytest.raises(ScheduleError, match="where:here"):
        await app.reminders.edit(guild.id, Editor(1, 9, True), Change(where=Where(None, None)))
    assert reminder_rows(app) == before
    edited = await app.reminders.edit(
        guild.id, Editor(1, 9, True), Change(time_text="08:00", where=Where(9, 98))
    )
    view = await app.reminders.guild_reminder(9)
    assert view is not None
    assert (edited.view.id, view.channel_id, view.subscribers) == (guild.id, 98, 1)


async def test_a_one_off_is_sent_once_then_finished_not_rescheduled(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    made = await app.reminders.create_once(user_id=1, when_text="in 2 hours")
    assert made.once
    assert made.next_at == datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    at(clock, "2026-03-10T08:00:01+00:00")
    assert await dispatcher.tick() == 1
    for days in (1, 7, 8):
        at(clock, (datetime(2026, 3, 10, 8, 5, tzinfo=UTC) + timedelta(days=days)).isoformat())
        assert await dispatcher.tick() == 0
    assert occurrences(app) == [("2026-03-10", "sent", 0, None)]
    [view] = await app.reminders.reminders_of(1)
    assert (view.once, view.finished, view.next_at) == (True, True, None)
    assert await app.reminders.next_wake() is None


async def test_a_one_off_in_the_past_is_refused_and_stores_nothing(
    app: App, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T12:00:00+00:00")
    with pytest.raises(ScheduleError, match="already passed"):
        await app.reminders.create_once(user_id=1, when_text="today 9am")
    assert reminder_rows(app) == []


async def test_a_one_off_may_be_edited_until_it_comes_and_then_not(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await app.members.set_timezone(1, "Europe/Berlin")
    at(clock, "2026-03-10T06:00:00+00:00")
    made = await app.reminders.create_once(user_id=1, when_text="18:00")
    with pytest.raises(ScheduleError, match="no days"):
        await app.reminders.edit(made.id, ME, Change(days_text="weekdays"))
    edited = await app.reminders.edit(made.id, ME, Change(time_text="tomorrow 9am"))
    assert edited.view.next_at == datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    at(clock, "2026-03-11T08:00:05+00:00")
    assert await dispatcher.tick() == 1
    with pytest.raises(ScheduleError, match="already come"):
        await app.reminders.edit(made.id, ME, Change(time_text="tomorrow 9am"))
    assert [d.local_date.isoformat() for d in sender.sent_to(1)] == ["2026-03-11"]


async def test_a_one_off_keeps_its_instant_when_the_member_changes_zone(
    app: App, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    made = await app.reminders.create_once(user_id=1, when_text="in 3 hours")
    await app.members.set_timezone(1, "America/New_York")
    [view] = await app.reminders.reminders_of(1)
    assert view.next_at == made.next_at


async def test_a_one_off_that_came_while_paused_is_not_sent_on_resume(
    app: App, dispatcher: Dispatcher, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create_once(user_id=1, when_text="in 1 hour")
    await app.reminders.pause(1)
    at(clock, "2026-03-10T07:05:00+00:00")
    await app.reminders.resume(1)
    assert await dispatcher.tick() == 0
    [view] = await app.reminders.reminders_of(1)
    assert view.finished
    assert occurrences(app) == []


async def test_a_finished_one_off_leaves_room_under_the_limit(
    app: App, dispatcher: Dispatcher, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create_once(user_id=1, when_text="in 1 hour")
    for hour in range(9):
        await app.reminders.create(user_id=1, time_text=f"{hour + 10}:00")
    with pytest.raises(ScheduleError, match="already have 10"):
        await app.reminders.create_once(user_id=1, when_text="in 2 hours")
    at(clock, "2026-03-10T07:00:05+00:00")
    await dispatcher.tick()
    await app.reminders.create_once(user_id=1, when_text="in 2 hours")
    assert len(await app.reminders.reminders_of(1)) == 11


async def test_export_and_forget_me_cover_one_offs(
    app: App, dispatcher: Dispatcher, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    made = await app.reminders.create_once(user_id=1, when_text="in 1 hour")
    at(clock, "2026-03-10T07:00:05+00:00")
    await dispatcher.tick()
    exported = csv.DictReader(io.StringIO((await app.members.export_csv(1)).decode("utf-8")))
    [row] = [r for r in exported if r["record"] == "reminder"]
    assert (row["id"], row["days"], row["status"]) == (str(made.id), "once on 2026-03-10", "done")
    await app.members.forget(1)
    assert reminder_rows(app) == []
    assert rows(app, "SELECT count(*) FROM reminder_occurrences") == [(0,)]


async def test_a_daily_reminder_made_before_one_offs_existed_still_comes_daily(
    tmp_path: Path,
) -> None:
    insert = (
        "INSERT INTO reminders (user_id, local_time, weekdays, next_due, next_date, "
        "created_at) VALUES (59, '07:00', 127, '2026-03-10T07:00:00+00:00', '2026-03-10', '')"
    )
    now = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
    async with upgraded(tmp_path, 13, insert, now) as (dispatcher, clock):
        assert await dispatcher.tick() == 1
        clock.advance(timedelta(days=1))
        assert await dispatcher.tick() == 1
