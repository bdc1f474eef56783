"""The streak-at-risk nudge through the real composition root and dispatcher, on SQLite and
PostgreSQL: one DM at its local time on a day that decides the streak, never after the day is
safe (judged again just before sending), never twice a day, never while paused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.nudge_replies import nudge_message, nudge_setting_reply
from bot.reminders.nudges import NudgeError
from bot.reminders.outcomes import SKIPPED_CHECKED_IN, SKIPPED_PAUSED, SKIPPED_SAFE
from tests.helpers import log, rows
from tests.reminders.test_dispatcher import (
    ProcessDied,
    StubSender,
    at,
    dispatcher,
    occurrences,
    sender,
)

__all__ = ["dispatcher", "sender"]  # fixtures


async def streak_of_two(app: App, clock: FakeClock, user: int = 1) -> None:
    """Check-ins on Sunday 8 and Monday 9 March (UTC); the clock left on Tuesday 10, 09:00."""
    for day in ("08", "09"):
        at(clock, f"2026-03-{day}T09:00:00+00:00")
        await log(app, user=user)
    at(clock, "2026-03-10T09:00:00+00:00")


async def test_a_nudge_goes_once_at_its_local_time_on_a_day_at_stake(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await streak_of_two(app, clock)
    await app.nudges.set(1, True)  # the default: 3 h before midnight
    at(clock, "2026-03-10T20:59:59+00:00")
    assert await dispatcher.tick() == 0
    at(clock, "2026-03-10T21:00:01+00:00")
    assert await dispatcher.tick() == 1
    assert await dispatcher.tick() == 0
    [delivery] = sender.sent_to(1)
    assert (delivery.kind, delivery.local_date.isoformat()) == ("nudge", "2026-03-10")
    message = nudge_message(delivery)
    assert [a.label for a in message.actions] == ["Done ✅"]
    assert "/streak nudge send:off" in str(message.footer)
    # Changing the time the same day makes no second nudge that day.
    await app.nudges.set(1, True, hours=1)
    at(clock, "2026-03-10T23:00:01+00:00")
    assert await dispatcher.tick() == 0


async def test_no_nudge_on_a_day_already_checked_in(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await streak_of_two(app, clock)
    await app.nudges.set(1, True)
    await log(app)
    at(clock, "2026-03-10T21:00:01+00:00")
    assert await dispatcher.tick() == 0
    assert [o[1:] for o in occurrences(app)] == [("skipped", 0, SKIPPED_CHECKED_IN)]


async def test_a_check_in_between_making_and_sending_stops_it(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await streak_of_two(app, clock)
    await app.nudges.set(1, True)
    at(clock, "2026-03-10T21:00:01+00:00")
    assert await dispatcher.materialise() == 1
    await log(app)
    assert await dispatcher.tick() == 0
    assert sender.attempts == []
    assert [o[1:] for o in occurrences(app)] == [("skipped", 0, SKIPPED_SAFE)]


async def test_no_nudge_without_a_streak_to_keep(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T09:00:00+00:00")
    await app.nudges.set(1, True)
    at(clock, "2026-03-10T21:00:01+00:00")
    assert await dispatcher.tick() == 0
    assert [o[1:] for o in occurrences(app)] == [("skipped", 0, SKIPPED_SAFE)]


async def test_no_nudge_on_a_rest_day_the_weekly_goal_affords(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await app.members.set_goal(1, 5)
    await streak_of_two(app, clock)
    await app.nudges.set(1, True)
    at(clock, "2026-03-10T21:00:01+00:00")
    assert await dispatcher.tick() == 0
    assert sender.attempts == []


async def test_no_nudge_while_paused_and_it_comes_back_after(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await streak_of_two(app, clock)
    await app.nudges.set(1, True)
    await app.protection.pause(1, 1)
    at(clock, "2026-03-10T21:00:01+00:00")
    assert await dispatcher.tick() == 0
    at(clock, "2026-03-11T21:00:01+00:00")
    assert await dispatcher.tick() == 1
    assert [o[1:] for o in occurrences(app)] == [
        ("skipped", 0, SKIPPED_PAUSED),
        ("sent", 0, None),
    ]


async def test_done_on_the_nudge_logs_a_check_in_once(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await streak_of_two(app, clock)
    await app.nudges.set(1, True)
    at(clock, "2026-03-10T21:00:01+00:00")
    await dispatcher.tick()
    [delivery] = sender.sent_to(1)
    await app.reminders.press(1, delivery.id, "done")
    await app.reminders.press(1, delivery.id, "done")
    assert (await app.checkins.stats(1)).streak.current == 3
    assert rows(app, "SELECT count(*) FROM checkins WHERE local_date = '2026-03-10'") == [(1,)]


async def test_the_nudge_is_not_a_reminder_in_the_list_nor_the_limit(
    app: App, clock: FakeClock
) -> None:
    await app.nudges.set(1, True)
    assert await app.reminders.reminders_of(1) == []
    for n in range(app.config.reminders.max_per_member):
        await app.reminders.create(user_id=1, time_text=f"{n + 6:02d}:00")


async def test_hours_are_one_to_twelve(app: App) -> None:
    with pytest.raises(NudgeError, match="1 to 12"):
        await app.nudges.set(1, True, hours=13)
    assert rows(app, "SELECT count(*) FROM reminders") == [(0,)]
    setting = await app.nudges.set(1, True, hours=12)
    assert "at 12:00 your time" in str(nudge_setting_reply(setting).body)


async def test_off_removes_it_and_the_setting_says_so(app: App) -> None:
    await app.nudges.set(1, True, hours=2)
    assert (await app.nudges.setting(1)).hours == 2
    assert not (await app.nudges.set(1, False)).on
    assert not (await app.nudges.setting(1)).on
    assert rows(app, "SELECT count(*) FROM reminders") == [(0,)]


async def test_the_nudge_follows_a_new_time_zone(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await streak_of_two(app, clock)
    await app.nudges.set(1, True)
    await app.members.set_timezone(1, "Asia/Tokyo")  # 21:00 there is 12:00 UTC
    assert rows(app, "SELECT next_due FROM reminders WHERE kind = 'nudge'") == [
        ("2026-03-10T12:00:00+00:00",)
    ]


async def test_a_nudge_for_a_day_already_over_is_not_sent(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    """Retried past midnight (the bot down, a backoff), the day it was for is over."""
    await streak_of_two(app, clock)
    await app.nudges.set(1, True, hours=1)
    at(clock, "2026-03-10T23:00:01+00:00")
    assert await dispatcher.materialise() == 1
    clock.advance(timedelta(hours=1))
    assert await dispatcher.tick() == 0
    assert sender.attempts == []


async def test_a_nudge_interrupted_by_a_crash_is_sent_once_after_the_restart(
    app: App, sender: StubSender, clock: FakeClock
) -> None:
    await streak_of_two(app, clock)
    await app.nudges.set(1, True)
    at(clock, "2026-03-10T21:00:01+00:00")
    sender.crash_after_send = True
    with pytest.raises(ProcessDied):
        await app.dispatcher(sender).tick()
    sender.crash_after_send = False
    clock.advance(timedelta(minutes=3))  # past the dead process's lease
    await app.dispatcher(sender).tick()
    assert sender.attempts[0] == sender.attempts[1]  # the same nonce: Discord posts it once
    assert len(sender.messages) == 1
    assert [o[1] for o in occurrences(app)] == ["sent"]
