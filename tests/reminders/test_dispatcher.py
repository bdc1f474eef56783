"""Delivery rules: once, on time, in the member's zone; through downtime, crashes and errors."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.app import App, open_app
from bot.clock import AdjustableClock, Clock, FakeClock
from bot.reminders import dispatcher as dispatcher_module
from bot.reminders.dispatcher import LEASE, MAX_ATTEMPTS, Dispatcher, Settings, backoff
from bot.reminders.models import Claimed
from bot.reminders.outcomes import PermanentFailure, TransientFailure
from bot.reminders.results import Answered
from bot.reminders.schedule import ScheduleError
from bot.storage.schema import bundled_migrations
from bot.storage.sqlite import SqliteDatabase
from tests.helpers import config_for_tests, rows


class ProcessDied(BaseException):
    """Stands for the process being killed: nothing after it runs, nothing catches it."""


class StubSender:
    """Accepts instantly, like Discord: one message per nonce (enforce_nonce)."""

    def __init__(self) -> None:
        self.messages: dict[str, tuple[int, Claimed]] = {}
        self.attempts: list[str] = []
        self.fail_with: list[BaseException] = []
        # Members whose every send raises this (a bug, a reply we can't read).
        self.always_fail: dict[int, BaseException] = {}
        self.crash_after_send = False
        self.notified: list[tuple[int, str]] = []

    async def send(self, delivery: Claimed, nonce: str) -> int:
        self.attempts.append(nonce)
        if self.fail_with:
            raise self.fail_with.pop(0)
        if delivery.user_id in self.always_fail:
            raise self.always_fail[delivery.user_id]
        if nonce not in self.messages:
            self.messages[nonce] = (len(self.messages) + 1, delivery)
        if self.crash_after_send:
            raise ProcessDied("the process died between send and acknowledgement")
        return self.messages[nonce][0]

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        self.notified.append((delivery.user_id, reason))

    def sent_to(self, user_id: int) -> list[Claimed]:
        return [d for _, d in self.messages.values() if d.user_id == user_id]


@pytest.fixture
def sender() -> StubSender:
    return StubSender()


@pytest.fixture
def dispatcher(app: App, sender: StubSender) -> Dispatcher:
    return app.dispatcher(sender)


def occurrences(app: App) -> list[tuple[Any, ...]]:
    return rows(
        app, "SELECT occurrence, status, late, reason FROM reminder_occurrences ORDER BY due_at, id"
    )


def at(clock: FakeClock, when: str) -> None:
    clock._now = datetime.fromisoformat(when).astimezone(UTC)


async def test_a_reminder_fires_once_at_its_local_time_to_the_second(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await app.members.set_timezone(7, "Europe/Berlin")
    at(clock, "2026-03-10T06:00:00+01:00")
    view = await app.reminders.create(user_id=7, time_text="07:30")
    assert view.next_at == datetime.fromisoformat("2026-03-10T07:30:00+01:00")
    clock._now = view.next_at - timedelta(seconds=1)
    assert await dispatcher.tick() == 0
    clock.advance(timedelta(seconds=1))
    assert await dispatcher.tick() == 1
    assert await dispatcher.tick() == 0
    assert [(d.user_id, d.local_date.isoformat()) for d in sender.sent_to(7)] == [(7, "2026-03-10")]
    assert occurrences(app) == [("2026-03-10", "sent", 0, None)]


async def test_two_members_in_different_zones_due_at_the_same_instant(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await app.members.set_timezone(60, "Europe/Berlin")  # 07:00 CET = 06:00 UTC
    await app.members.set_timezone(120, "Asia/Kolkata")  # 11:30 IST = 06:00 UTC
    at(clock, "2026-03-10T00:00:00+00:00")
    await app.reminders.create(user_id=60, time_text="07:00")
    await app.reminders.create(user_id=120, time_text="11:30")
    at(clock, "2026-03-10T06:05:00+00:00")
    assert await dispatcher.tick() == 2
    assert [d.local_date.isoformat() for d in sender.sent_to(60) + sender.sent_to(120)] == [
        "2026-03-10",
        "2026-03-10",
    ]


async def test_a_crash_between_claim_and_acknowledgement_neither_loses_nor_doubles(
    app: App, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    clock.advance(timedelta(hours=1, minutes=2))
    first = app.dispatcher(sender)
    sender.crash_after_send = True
    with pytest.raises(ProcessDied):
        await first.tick()
    assert occurrences(app)[0][1] == "sending"
    # Restart: a new dispatcher, once the dead one's lease has run out.
    sender.crash_after_send = False
    clock.advance(timedelta(minutes=3))
    restarted = app.dispatcher(sender)
    await restarted.tick()
    assert len(sender.attempts) == 2
    assert sender.attempts[0] == sender.attempts[1]  # the same nonce, so Discord dedupes
    assert len(sender.messages) == 1
    assert occurrences(app) == [("2026-03-10", "sent", 0, None)]


async def test_a_crash_before_the_claim_commits_changes_nothing(
    app: App, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    clock.advance(timedelta(hours=1, minutes=2))
    dispatcher = app.dispatcher(sender)
    await dispatcher.materialise()
    await dispatcher.materialise()  # a rerun after a crash creates nothing new
    assert occurrences(app) == [("2026-03-10", "pending", 0, None)]
    await app.dispatcher(sender).tick()
    assert len(sender.messages) == 1


async def test_after_short_downtime_the_latest_is_sent_late_and_older_ones_skipped(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    at(clock, "2026-03-13T08:00:00+00:00")  # down for three days; an hour past today's
    assert await dispatcher.tick() == 1
    assert occurrences(app) == [
        ("2026-03-10", "skipped", 1, "missed while the bot was offline"),
        ("2026-03-11", "skipped", 1, "missed while the bot was offline"),
        ("2026-03-12", "skipped", 1, "missed while the bot was offline"),
        ("2026-03-13", "sent", 1, None),
    ]
    [delivery] = sender.sent_to(1)
    assert delivery.late


async def test_beyond_the_grace_window_nothing_is_sent_but_everything_is_recorded(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    at(clock, "2026-03-11T10:00:00+00:00")  # three hours after today's, grace is two
    assert await dispatcher.tick() == 0
    assert [row[1] for row in occurrences(app)] == ["skipped", "skipped"]
    view = (await app.reminders.reminders_of(1))[0]
    assert view.next_at is not None
    assert view.next_at.date().isoformat() == "2026-03-12"


async def test_a_day_already_checked_in_is_skipped(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="18:00")
    await app.checkins.checkin(user_id=1, source_key="morning")
    at(clock, "2026-03-10T18:05:00+00:00")
    assert await dispatcher.tick() == 0
    assert occurrences(app) == [("2026-03-10", "skipped", 1, "already checked in")]


@pytest.mark.parametrize(
    "error", [PermanentFailure("DMs are closed (50007)"), PermanentFailure("channel deleted")]
)
async def test_a_permanent_failure_stops_the_reminder_and_says_why(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock, error: Exception
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    clock.advance(timedelta(hours=1, minutes=2))
    sender.fail_with = [error]
    assert await dispatcher.tick() == 0
    [view] = await app.reminders.reminders_of(1)
    assert view.disabled_reason == str(error)
    assert view.next_at is None
    assert sender.notified == [(1, str(error))]
    assert occurrences(app)[0][1:] == ("failed", 0, str(error))
    # Nothing is deleted, and nothing more is tried.
    clock.advance(timedelta(days=2))
    assert await dispatcher.tick() == 0
    assert len(sender.attempts) == 1


@pytest.mark.parametrize(
    "error", [TransientFailure("429 rate limited"), TransientFailure("503"), TimeoutError()]
)
async def test_a_transient_failure_is_retried_with_backoff(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock, error: Exception
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    clock.advance(timedelta(hours=1, minutes=2))
    sender.fail_with = [error]
    assert await dispatcher.tick() == 0
    assert occurrences(app)[0][1] == "pending"
    assert await dispatcher.tick() == 0  # still backing off
    clock.advance(timedelta(seconds=31))
    assert await dispatcher.tick() == 1
    assert len(sender.messages) == 1


async def test_a_member_may_have_ten_reminders(app: App) -> None:
    for hour in range(10):
        await app.reminders.create(user_id=1, time_text=f"{hour + 6}:00")
    with pytest.raises(ScheduleError, match="already have 10 reminders"):
        await app.reminders.create(user_id=1, time_text="20:00")
    assert len(await app.reminders.reminders_of(1)) == 10


async def test_one_interaction_sets_one_reminder_even_at_the_limit(app: App) -> None:
    first = await app.reminders.create(user_id=1, time_text="06:00", source_key="interaction:1")
    for hour in range(9):
        await app.reminders.create(user_id=1, time_text=f"{hour + 7}:00")
    again = await app.reminders.create(user_id=1, time_text="06:00", source_key="interaction:1")
    assert again == first
    assert len(await app.reminders.reminders_of(1)) == 10


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"time_text": "25:99"}, "isn't a time of day"),
        ({"time_text": "breakfast"}, "can't read"),
        ({"time_text": "07:30", "days_text": "someday"}, "don't know the day"),
    ],
)
async def test_bad_input_stores_nothing(app: App, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ScheduleError, match=message):
        await app.reminders.create(user_id=1, **options)
    assert await app.reminders.reminders_of(1) == []


async def test_snooze_sends_again_an_hour_later(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    clock.advance(timedelta(hours=1, minutes=2))
    await dispatcher.tick()
    [first] = sender.sent_to(1)
    assert await app.reminders.snooze(2, first.id) is None  # not theirs
    back = clock.now() + timedelta(hours=1)
    assert await app.reminders.snooze(1, first.id) == Answered(
        "snoozed", True, first.local_date, back
    )
    clock.advance(timedelta(minutes=1))
    # Pressed again (or the click delivered twice): the same snooze, not a second one.
    again = await app.reminders.snooze(1, first.id)
    assert again == Answered("snoozed", False, first.local_date, back)
    assert await dispatcher.tick() == 0
    clock.advance(timedelta(minutes=59))
    assert await dispatcher.tick() == 1
    assert [d.occurrence for d in sender.sent_to(1)] == [
        "2026-03-10",
        f"2026-03-10#snooze-of-{first.id}",
    ]


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("snooze", "skip_today"),
        ("snooze", "answer_done"),
        ("skip_today", "snooze"),
        ("answer_done", "snooze"),
        ("answer_done", "skip_today"),
    ],
)
async def test_a_reminder_answered_once_refuses_another_answer(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock, first: str, then: str
) -> None:
    await due_now(app, clock, 1)
    await dispatcher.tick()
    [delivery] = sender.sent_to(1)
    given = await getattr(app.reminders, first)(1, delivery.id)
    refused = await getattr(app.reminders, then)(1, delivery.id)
    assert (refused.answer, refused.first) == (given.answer, False)
    snoozes = 1 if first == "snooze" else 0
    clock.advance(timedelta(hours=2))
    assert await dispatcher.tick() == snoozes


async def test_skip_today_silences_the_rest_of_the_day(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    await app.reminders.create(user_id=1, time_text="19:00")
    clock.advance(timedelta(hours=1, minutes=2))
    await dispatcher.tick()
    [morning] = sender.sent_to(1)
    await app.reminders.skip_today(1, morning.id)
    at(clock, "2026-03-10T19:05:00+00:00")
    assert await dispatcher.tick() == 0
    at(clock, "2026-03-11T07:05:00+00:00")
    assert await dispatcher.tick() == 1


async def test_paused_reminders_stay_quiet_and_resume_from_now(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    await app.reminders.pause(1)
    at(clock, "2026-03-10T07:05:00+00:00")
    assert await dispatcher.tick() == 0
    await app.reminders.resume(1)
    assert await dispatcher.tick() == 0  # today's, missed while paused, is not sent
    at(clock, "2026-03-11T07:05:00+00:00")
    assert await dispatcher.tick() == 1


async def test_a_new_time_zone_moves_the_members_reminders(
    app: App, dispatcher: Dispatcher, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T00:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    await app.members.set_timezone(1, "America/New_York")
    [view] = await app.reminders.reminders_of(1)
    assert view.next_at is not None
    local = view.next_at.astimezone(ZoneInfo("America/New_York"))
    assert local.isoformat() == "2026-03-10T07:00:00-04:00"


async def test_test_sends_one_now(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    assert not await app.reminders.send_test(1, "first")
    await app.reminders.create(user_id=1, time_text="07:00")
    assert await app.reminders.send_test(1, "second")
    assert await dispatcher.tick() == 1
    assert sender.sent_to(1)[0].occurrence == "test:second"


async def test_forget_me_removes_reminders_and_their_history(
    app: App, dispatcher: Dispatcher, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    await app.reminders.create(user_id=2, time_text="07:00")
    clock.advance(timedelta(hours=1, minutes=2))
    await dispatcher.tick()
    for user in (1, 2):
        await app.reminders.remember_dm_channel(user, 100 + user)
    await app.members.forget(1)
    assert rows(app, "SELECT user_id FROM reminders") == [(2,)]
    assert rows(app, "SELECT user_id, channel_id FROM dm_channels") == [(2, 102)]
    owners = rows(
        app, "SELECT r.user_id FROM reminder_occurrences o JOIN reminders r ON r.id = o.reminder_id"
    )
    assert owners == [(2,)]
    assert rows(app, "SELECT count(*) FROM reminder_occurrences") == [(1,)]


async def test_a_member_can_turn_off_skipping_checked_in_days(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.members.set_skip_if_done(1, False)
    await app.reminders.create(user_id=1, time_text="18:00")
    await app.checkins.checkin(user_id=1, source_key="morning")
    at(clock, "2026-03-10T18:05:00+00:00")
    assert await dispatcher.tick() == 1


async def test_the_guild_reminder_goes_to_its_channel_in_its_own_zone(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T00:00:00+00:00")
    view = await app.reminders.set_guild_reminder(
        guild_id=9, channel_id=99, time_text="07:00", zone_name="Asia/Tokyo", role_id=5
    )
    assert view.next_at == datetime(2026, 3, 10, 22, 0, tzinfo=UTC)
    assert await app.reminders.join_guild_reminder(9, 1, True)
    assert await app.reminders.join_guild_reminder(9, 2, True)
    assert await app.reminders.join_guild_reminder(9, 2, False)
    assert not await app.reminders.join_guild_reminder(8, 1, True)  # no reminder in guild 8
    at(clock, "2026-03-10T22:05:00+00:00")
    assert await dispatcher.tick() == 1
    [(_, delivery)] = sender.messages.values()
    assert (delivery.kind, delivery.channel_id, delivery.role_id) == ("guild", 99, 5)
    assert await app.reminders.subscribers(delivery.reminder_id) == [1]


async def test_setting_the_guild_reminder_again_replaces_it_and_keeps_opt_ins(app: App) -> None:
    first = await app.reminders.set_guild_reminder(
        guild_id=9, channel_id=99, time_text="07:00", zone_name="UTC"
    )
    await app.reminders.join_guild_reminder(9, 1, True)
    second = await app.reminders.set_guild_reminder(
        guild_id=9, channel_id=98, time_text="08:00", zone_name="UTC"
    )
    assert second.id == first.id
    assert (second.channel_id, second.subscribers) == (98, 1)
    with pytest.raises(ScheduleError, match="time zone"):
        await app.reminders.set_guild_reminder(
            guild_id=9, channel_id=98, time_text="08:00", zone_name="Mars/Base"
        )
    assert await app.reminders.remove_guild_reminder(9)
    assert await app.reminders.guild_reminder(9) is None


async def test_forgetting_a_member_keeps_the_guild_reminder(app: App) -> None:
    await app.reminders.set_guild_reminder(
        guild_id=9, channel_id=99, time_text="07:00", zone_name="UTC"
    )
    await app.reminders.join_guild_reminder(9, 1, True)
    await app.members.forget(1)
    view = await app.reminders.guild_reminder(9)
    assert view is not None
    assert view.subscribers == 0


async def die_mid_send(app: App, sender: StubSender, clock: FakeClock) -> None:
    """A 07:00 reminder whose process dies after sending it, before recording that it went."""
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    clock.advance(timedelta(hours=1, minutes=2))
    sender.crash_after_send = True
    with pytest.raises(ProcessDied):
        await app.dispatcher(sender).tick()
    sender.crash_after_send = False


async def test_on_start_interrupted_sends_are_retried_at_once_with_the_same_nonce(
    app: App, sender: StubSender, clock: FakeClock
) -> None:
    if not app.db.dialect.one_process:
        pytest.skip("one process per database is SQLite's rule; PostgreSQL waits out the lease")
    await die_mid_send(app, sender, clock)
    # A new process starts: no waiting for the dead one's lease.
    restarted = app.dispatcher(sender)
    stop = asyncio.Event()
    task = asyncio.create_task(restarted.run(stop))
    for _ in range(100):
        if occurrences(app)[0][1] == "sent":
            break
        await asyncio.sleep(0.01)
    stop.set()
    await task
    assert occurrences(app) == [("2026-03-10", "sent", 0, None)]
    assert len(sender.messages) == 1
    assert sender.attempts[0] == sender.attempts[1]


async def test_on_postgres_a_starting_process_leaves_a_live_claim_to_its_lease(
    app: App, sender: StubSender, clock: FakeClock
) -> None:
    """Another process may be sending right now: a newcomer takes the work only once the lease
    has run out, and then sends with the same nonce."""
    if app.db.dialect.one_process:
        pytest.skip("on SQLite a claim found at start-up is always a dead process's")
    await die_mid_send(app, sender, clock)
    other = app.dispatcher(sender)
    stop = asyncio.Event()
    stop.set()  # run() does its start-up, then stops
    await other.run(stop)
    assert await other.tick() == 0
    assert occurrences(app)[0][1] == "sending"
    clock.advance(LEASE + timedelta(seconds=1))
    await other.tick()
    assert occurrences(app) == [("2026-03-10", "sent", 0, None)]
    assert len(sender.attempts) == 2
    assert sender.attempts[0] == sender.attempts[1]


async def due_now(app: App, clock: FakeClock, *users: int) -> None:
    """A 07:00 reminder for each member, and the clock at 07:05 that day."""
    at(clock, "2026-03-10T06:00:00+00:00")
    for user in users:
        await app.reminders.create(user_id=user, time_text="07:00")
    at(clock, "2026-03-10T07:05:00+00:00")


def status_of(app: App, user_id: int) -> list[tuple[str, int, str | None]]:
    return rows(  # type: ignore[return-value]
        app,
        "SELECT o.status, o.attempts, o.reason FROM reminder_occurrences AS o "
        "JOIN reminders AS r ON r.id = o.reminder_id WHERE r.user_id = ? ORDER BY o.id",
        (user_id,),
    )


async def test_one_failing_send_does_not_stop_the_others(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await due_now(app, clock, 1, 2, 3)
    # Discord answered 200 with a body that isn't JSON: discord.py raises something that is
    # neither of the dispatcher's two kinds of failure.
    sender.always_fail[1] = ValueError("Expecting value: line 1 column 1 (char 0)")
    assert await dispatcher.tick() == 2
    assert len(sender.sent_to(2)) == len(sender.sent_to(3)) == 1
    # The failed one waits for its retry instead of holding a lease.
    [(status, attempts, reason)] = status_of(app, 1)
    assert (status, attempts) == ("pending", 1)
    assert "ValueError" in (reason or "")


async def test_every_failure_counts_toward_the_attempt_cap(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await due_now(app, clock, 1)
    sender.always_fail[1] = TypeError("string indices must be integers")
    for _ in range(2 * MAX_ATTEMPTS):
        await dispatcher.tick()
        clock.advance(backoff(MAX_ATTEMPTS))  # past any backoff and any lease
    assert len(sender.attempts) == MAX_ATTEMPTS
    [(status, attempts, reason)] = [s for s in status_of(app, 1) if s[0] != "skipped"]
    assert (status, attempts) == ("failed", MAX_ATTEMPTS)
    assert (reason or "").startswith(f"gave up after {MAX_ATTEMPTS} tries")


async def test_a_send_that_kills_the_process_every_time_stops_at_the_cap(
    app: App, sender: StubSender, clock: FakeClock
) -> None:
    await due_now(app, clock, 1)
    sender.always_fail[1] = ProcessDied("killed mid-send")
    for _ in range(2 * MAX_ATTEMPTS):
        # Each pass is a new process that dies in the send; its claim is never acknowledged.
        with contextlib.suppress(ProcessDied):
            await app.dispatcher(sender).tick()
        clock.advance(LEASE + timedelta(seconds=1))
    assert len(sender.attempts) == MAX_ATTEMPTS
    assert status_of(app, 1)[0][0] == "failed"


class TimedSender(StubSender):
    """Records when each message left, by the dispatcher's clock."""

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self._clock = clock
        self.sent_at: list[datetime] = []
        self.arrived = asyncio.Event()

    async def send(self, delivery: Claimed, nonce: str) -> int:
        self.sent_at.append(self._clock.now())
        self.arrived.set()
        return await super().send(delivery, nonce)


async def test_a_lone_reminder_arrives_within_a_second_of_its_time(tmp_path: Path) -> None:
    # Real time, moved so that the next whole minute is a moment away: the dispatcher sleeps
    # until then, as in production. Member 59 used to wait 59 s more for nothing.
    clock = AdjustableClock()
    app = await open_app(config_for_tests(tmp_path), clock=clock)
    try:
        now = clock.now()
        due = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
        clock.advance(due - now - timedelta(seconds=0.3))
        sender = TimedSender(clock)
        stop = asyncio.Event()
        task = asyncio.create_task(app.dispatcher(sender).run(stop))
        await app.reminders.create(user_id=59, time_text=f"{due:%H:%M}")
        try:
            await asyncio.wait_for(sender.arrived.wait(), timeout=3)
        finally:
            stop.set()
            await task
    finally:
        await app.close()
    [sent_at] = sender.sent_at
    assert timedelta(0) <= sent_at - due < timedelta(seconds=1)


@contextlib.asynccontextmanager
async def upgraded(
    tmp_path: Path, below: int, insert: str, now: datetime
) -> AsyncIterator[tuple[Dispatcher, FakeClock]]:
    """A database made by the migrations numbered below `below`, `insert` run on it, then
    opened (so upgraded) by today's code: its dispatcher and clock, at `now`."""
    path = tmp_path / "old.db"
    before = [m for m in bundled_migrations() if m.number < below]
    await (await SqliteDatabase.open(path, migrations=before)).close()
    with sqlite3.connect(path) as conn:
        conn.execute(insert)
    db = await SqliteDatabase.open(path)
    try:
        clock = FakeClock(now)
        yield Dispatcher(db, clock, StubSender(), Settings(timedelta(hours=2), "UTC", 40)), clock
    finally:
        await db.close()


async def test_a_reminder_delayed_before_the_upgrade_is_sent_at_its_due_second(
    tmp_path: Path,
) -> None:
    insert = (
        "INSERT INTO reminders (user_id, local_time, weekdays, jitter_seconds, next_due, "
        "next_date, next_fire, created_at) VALUES (59, '07:00', 127, 59, "
        "'2026-03-10T07:00:00+00:00', '2026-03-10', '2026-03-10T07:00:59+00:00', '')"
    )
    now = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
    async with upgraded(tmp_path, 7, insert, now) as (dispatcher, _):
        assert await dispatcher.tick() == 1


class SlowSender(StubSender):
    """Each send takes `latency` seconds; members in `hang` never get an answer at all."""

    def __init__(self, latency: float = 0.0, hang: frozenset[int] = frozenset()) -> None:
        super().__init__()
        self._latency = latency
        self._hang = hang
        self.started: dict[int, float] = {}
        self._busy: set[int] = set()
        # Members who had two sends in flight at once.
        self.overlapped: set[int] = set()

    async def send(self, delivery: Claimed, nonce: str) -> int:
        member = delivery.user_id
        self.started[member] = asyncio.get_running_loop().time()
        if member in self._busy:
            self.overlapped.add(member)
        self._busy.add(member)
        try:
            if member in self._hang:
                await asyncio.Event().wait()
            await asyncio.sleep(self._latency)
            return await super().send(delivery, nonce)
        finally:
            self._busy.discard(member)


async def test_a_hanging_send_times_out_and_holds_up_no_one_else(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dispatcher_module, "SEND_TIMEOUT", 0.5)
    await due_now(app, clock, 1, 2, 3, 4)
    sender = SlowSender(hang=frozenset({1}))
    dispatcher = app.dispatcher(sender)
    started = asyncio.get_running_loop().time()
    task = asyncio.create_task(dispatcher.tick())
    await asyncio.sleep(0.4)
    # While the first send still hangs, the others are already out.
    assert [len(sender.sent_to(user)) for user in (1, 2, 3, 4)] == [0, 1, 1, 1]
    assert await asyncio.wait_for(task, timeout=5) == 3
    assert asyncio.get_running_loop().time() - started < 1.5
    [(status, attempts, reason)] = status_of(app, 1)
    assert (status, attempts, reason) == ("pending", 1, "no answer within 0.5 s")


async def test_sends_to_different_members_overlap_but_stay_within_the_rate(
    app: App, clock: FakeClock
) -> None:
    members = range(1, 16)
    await due_now(app, clock, *members)
    sender = SlowSender(latency=0.3)
    dispatcher = Dispatcher(app.db, clock, sender, Settings(timedelta(hours=2), "UTC", 10))
    started = asyncio.get_running_loop().time()
    assert await dispatcher.tick() == len(members)
    # One after another they would take 15 x 0.3 = 4.5 s; side by side, the rate sets the pace.
    assert asyncio.get_running_loop().time() - started < 3.0
    starts = sorted(sender.started.values())
    # Never more than 10 begun within one second (allowing for the event loop's own lag).
    assert min(b - a for a, b in zip(starts, starts[10:], strict=False)) > 0.8


async def test_one_members_reminders_go_in_order_one_at_a_time(app: App, clock: FakeClock) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    for time_text in ("07:00", "07:01", "07:02"):
        await app.reminders.create(user_id=1, time_text=time_text)
    at(clock, "2026-03-10T07:05:00+00:00")
    sender = SlowSender(latency=0.1)
    assert await app.dispatcher(sender).tick() == 3
    assert sender.overlapped == set()
    assert [d.reminder_id for d in sender.sent_to(1)] == [1, 2, 3]


def store_zone(app: App, user_id: int, name: str) -> None:
    """A zone as an older version or another host may have stored it, unchecked."""
    rows(
        app,
        "INSERT INTO members (user_id, timezone, created_at) VALUES (?, ?, '') "
        "ON CONFLICT (user_id) DO UPDATE SET timezone = excluded.timezone",
        (user_id, name),
    )


# Not in any zone database; a folder of zones, not a zone; longer than a file name may be.
UNLOADABLE = ["Mars/Olympus_Mons", "Europe", "A" * 300]


@pytest.mark.parametrize("zone", UNLOADABLE, ids=["missing", "folder", "too-long"])
async def test_a_reminder_whose_zone_no_longer_loads_is_stopped_and_the_others_still_go(
    app: App,
    dispatcher: Dispatcher,
    sender: StubSender,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    zone: str,
) -> None:
    await due_now(app, clock, 1, 2, 3)
    store_zone(app, 2, zone)
    assert await dispatcher.tick() == 2
    assert await dispatcher.tick() == 0
    assert [len(sender.sent_to(user)) for user in (1, 2, 3)] == [1, 0, 1]
    [view] = await app.reminders.reminders_of(2)
    assert view.next_at is None
    reason = view.disabled_reason or ""
    assert reason.startswith(f"time zone unavailable: '{zone[:20]}")
    assert reason.endswith("can't be loaded on this host; choose yours again with /timezone set")
    # Reported once, and counted, however many passes run.
    logged = [r for r in caplog.records if "can't be loaded" in r.getMessage()]
    assert len(logged) == 1
    assert dispatcher.stopped_for_zone == 1


async def test_choosing_a_zone_again_restarts_a_reminder_stopped_for_its_zone(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    await due_now(app, clock, 1)
    store_zone(app, 1, "Mars/Olympus_Mons")
    await dispatcher.tick()
    await app.members.set_timezone(1, "Europe/Berlin")
    [view] = await app.reminders.reminders_of(1)
    assert view.disabled_reason is None
    assert view.next_at == datetime.fromisoformat("2026-03-11T07:00:00+01:00")
    at(clock, "2026-03-11T07:00:00+01:00")
    assert await dispatcher.tick() == 1


async def test_a_new_reminder_in_a_stored_zone_that_no_longer_loads_says_how_to_fix_it(
    app: App,
) -> None:
    store_zone(app, 1, "Mars/Olympus_Mons")
    with pytest.raises(ScheduleError, match="Choose yours again with /timezone set"):
        await app.reminders.create(user_id=1, time_text="07:00")
    assert await app.reminders.reminders_of(1) == []


async def test_a_channel_reminder_whose_zone_no_longer_loads_says_how_to_restart_it(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.set_guild_reminder(
        guild_id=9, channel_id=99, time_text="07:00", zone_name="UTC"
    )
    rows(app, "UPDATE reminders SET timezone = 'posixrules/gone'")
    at(clock, "2026-03-10T07:05:00+00:00")
    assert await dispatcher.tick() == 0
    view = await app.reminders.guild_reminder(9)
    assert view is not None
    assert (view.disabled_reason or "").endswith("set the reminder again with /remind-channel set")
    again = await app.reminders.set_guild_reminder(
        guild_id=9, channel_id=99, time_text="07:00", zone_name="UTC"
    )
    assert again.disabled_reason is None
