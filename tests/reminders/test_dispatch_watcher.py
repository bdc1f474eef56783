"""What the dispatcher tells its watcher, counted by the real metrics: occurrences made and
skipped, sends with their lateness, retries and failures, each by its fixed reason."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.config import MetricsConfig
from bot.metrics.registry import Metrics
from bot.reminders.dispatcher import MAX_ATTEMPTS
from bot.reminders.models import Claimed
from bot.reminders.outcomes import PermanentFailure, TransientFailure
from tests.helpers import config_for_tests, on_database


class FailingSender:
    """Raises each error in `errors` in turn, then accepts."""

    def __init__(self, *errors: BaseException) -> None:
        self.errors = list(errors)

    async def send(self, delivery: Claimed, nonce: str) -> int:
        if self.errors:
            raise self.errors.pop(0)
        return 1

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        pass


@pytest.fixture
async def app(tmp_path: Path, clock: FakeClock, database_url: str) -> AsyncIterator[App]:
    config = on_database(config_for_tests(tmp_path), database_url)
    built = await open_app(msgspec.structs.replace(config, metrics=MetricsConfig(port=9464)), clock)
    yield built
    await built.close()


def count(app: App, name: str, **labels: str) -> float | None:
    metrics = app.metrics
    assert isinstance(metrics, Metrics)
    return metrics.registry.get_sample_value(f"second_heart_{name}", labels)


async def due_reminder(app: App, clock: FakeClock) -> None:
    """A 07:00 reminder, two minutes past due."""
    clock._now = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
    await app.reminders.create(user_id=1, time_text="07:00")
    clock.advance(timedelta(hours=1, minutes=2))


async def test_made_skipped_and_sent_are_counted_with_the_lateness(
    app: App, clock: FakeClock
) -> None:
    clock._now = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
    await app.reminders.create(user_id=1, time_text="07:00")
    # Two days down: the first two are skipped, the third sent half an hour late.
    clock._now = datetime(2026, 3, 12, 7, 30, tzinfo=UTC)
    assert await app.dispatcher(FailingSender()).tick() == 1
    assert count(app, "reminders_due_total") == 3
    assert count(app, "reminders_skipped_total", reason="offline") == 2
    assert count(app, "reminders_skipped_total", reason="checked_in") == 0
    assert count(app, "reminders_sent_total") == 1
    assert count(app, "reminder_lateness_seconds_sum") == 1800
    assert count(app, "reminder_lateness_seconds_bucket", le="900.0") == 0
    assert count(app, "reminder_lateness_seconds_bucket", le="3600.0") == 1


async def test_a_day_already_checked_in_is_counted_as_skipped_for_it(
    app: App, clock: FakeClock
) -> None:
    clock._now = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
    await app.reminders.create(user_id=1, time_text="07:00")
    await app.checkins.checkin(user_id=1, source_key="interaction:1")
    clock.advance(timedelta(hours=1, minutes=2))
    assert await app.dispatcher(FailingSender()).tick() == 0
    assert count(app, "reminders_due_total") == 1
    assert count(app, "reminders_skipped_total", reason="checked_in") == 1
    assert count(app, "reminders_sent_total") == 0


async def test_a_permanent_failure_is_counted_by_its_kind(app: App, clock: FakeClock) -> None:
    await due_reminder(app, clock)
    sender = FailingSender(PermanentFailure("your DMs are closed", "dms_closed"))
    await app.dispatcher(sender).tick()
    assert count(app, "reminders_failed_total", reason="dms_closed") == 1
    assert count(app, "reminders_sent_total") == 0


async def test_retries_are_counted_by_reason_and_the_last_one_as_given_up(
    app: App, clock: FakeClock
) -> None:
    await due_reminder(app, clock)
    errors = [TimeoutError(), *(TransientFailure("503") for _ in range(MAX_ATTEMPTS - 1))]
    dispatcher = app.dispatcher(FailingSender(*errors))
    for _ in range(MAX_ATTEMPTS):
        await dispatcher.tick()
        clock.advance(timedelta(hours=2))  # past any backoff
    assert count(app, "reminder_retries_total", reason="timeout") == 1
    assert count(app, "reminder_retries_total", reason="transient") == MAX_ATTEMPTS - 2
    assert count(app, "reminders_failed_total", reason="gave_up") == 1
    assert count(app, "reminders_sent_total") == 0
