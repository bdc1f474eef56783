"""A member's own reminders rest while their streak is paused: each paused day's occurrence is
recorded as skipped with the reason, nothing is sent, and they run again afterwards by
themselves. A server's channel reminder goes on."""

from __future__ import annotations

from bot.app import App
from bot.clock import FakeClock
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.models import GUILD_OWNER
from bot.reminders.outcomes import SKIPPED_PAUSED
from tests.helpers import GUILD, rows
from tests.reminders.test_dispatcher import StubSender, at, dispatcher, occurrences, sender

__all__ = ["dispatcher", "sender"]  # fixtures


async def test_reminders_are_skipped_on_paused_days_and_come_back_after(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    await app.protection.pause(1, 2)  # 10 and 11 March
    for day in ("10", "11", "12"):
        at(clock, f"2026-03-{day}T07:00:30+00:00")
        await dispatcher.tick()
    assert occurrences(app) == [
        ("2026-03-10", "skipped", 0, SKIPPED_PAUSED),
        ("2026-03-11", "skipped", 0, SKIPPED_PAUSED),
        ("2026-03-12", "sent", 0, None),
    ]
    assert [d.local_date.isoformat() for d in sender.sent_to(1)] == ["2026-03-12"]


async def test_resume_brings_todays_reminder_back(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.create(user_id=1, time_text="07:00")
    await app.protection.pause(1, 5)
    await app.protection.resume(1)
    at(clock, "2026-03-10T07:01:00+00:00")
    assert await dispatcher.tick() == 1


async def test_a_channel_reminder_goes_on_whoever_is_paused(
    app: App, dispatcher: Dispatcher, sender: StubSender, clock: FakeClock
) -> None:
    at(clock, "2026-03-10T06:00:00+00:00")
    await app.reminders.set_guild_reminder(
        guild_id=GUILD, channel_id=9, time_text="07:00", zone_name="UTC"
    )
    # The row's owner id (a placeholder, not a member) paused: still posted for everyone else.
    await app.protection.pause(GUILD_OWNER, 2)
    at(clock, "2026-03-10T07:01:00+00:00")
    assert await dispatcher.tick() == 1
    assert rows(app, "SELECT status FROM reminder_occurrences") == [("sent",)]
