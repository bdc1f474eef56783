"""Streak pauses through the real composition root, on SQLite and PostgreSQL: a pause keeps a
streak, the monthly allowance, resume, the member's own dates, and export and forget-me."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.members.replies import pause_reply, resume_reply, status_reply
from bot.members.service import MemberError
from tests.helpers import log, rows

# The fixture clock starts on Monday 2 March 2026, 09:00 UTC.


async def test_a_pause_keeps_the_streak_over_its_days(app: App, clock: FakeClock) -> None:
    for _ in range(3):
        await log(app)
        clock.advance(timedelta(days=1))
    plan = await app.protection.pause(1, 4)
    assert plan.outcome == "paused"
    assert plan.pause is not None
    assert (plan.pause.first, plan.pause.last) == (date(2026, 3, 5), date(2026, 3, 8))
    clock.advance(timedelta(days=4))
    # Monday 9 March: four days without a check-in, all paused.
    assert (await app.checkins.stats(1)).streak.current == 3
    result = await log(app)
    assert (result.streak.current, result.streak.best) == (4, 4)
    assert (await app.checkins.stats(1)).streak.current == 4


async def test_without_the_pause_the_same_days_break_it(app: App, clock: FakeClock) -> None:
    for _ in range(3):
        await log(app)
        clock.advance(timedelta(days=1))
    clock.advance(timedelta(days=4))
    assert (await log(app)).streak.current == 1


async def test_more_than_the_months_allowance_is_refused_and_writes_nothing(
    app: App, clock: FakeClock
) -> None:
    assert (await app.protection.pause(1, 10)).outcome == "paused"
    await app.protection.resume(1)  # began today: nothing of it stays
    assert (await app.protection.pause(1, 15)).outcome == "over_allowance"
    assert rows(app, "SELECT count(*) FROM streak_pauses") == [(0,)]
    clock.advance(timedelta(days=1))
    assert (await app.protection.pause(1, 10)).outcome == "paused"
    clock.advance(timedelta(days=10))
    # 10 of March's 14 days are used: 4 left.
    refused = await app.protection.pause(1, 5)
    assert (refused.outcome, refused.available) == ("over_allowance", 4)
    assert "up to 4 days from today (14 a calendar month)" in str(pause_reply(refused).body)
    assert rows(app, "SELECT count(*) FROM streak_pauses") == [(1,)]


async def test_a_pause_into_the_next_month_counts_each_day_in_its_own_month(
    app: App, clock: FakeClock
) -> None:
    clock.advance(timedelta(days=20))  # Sunday 22 March
    assert (await app.protection.pause(1, 14)).outcome == "paused"  # 10 in March, 4 in April
    clock.advance(timedelta(days=14))  # Sunday 5 April
    assert (await app.protection.status(1)).available == 10


async def test_the_months_allowance_used_up_says_when_pausing_comes_back(
    app: App, clock: FakeClock
) -> None:
    assert (await app.protection.pause(1, 14)).outcome == "paused"
    clock.advance(timedelta(days=14))
    refused = await app.protection.pause(1, 1)
    assert refused.available == 0
    assert "you can pause again from Wed 1 Apr" in str(pause_reply(refused).body)


async def test_a_second_pause_while_paused_is_refused(app: App) -> None:
    await app.protection.pause(1, 3)
    again = await app.protection.pause(1, 5)
    assert again.outcome == "already_paused"
    assert "already paused through Wed 4 Mar" in str(pause_reply(again).body)
    assert rows(app, "SELECT first_day, last_day FROM streak_pauses") == [
        ("2026-03-02", "2026-03-04")
    ]


async def test_a_pause_of_no_days_is_refused(app: App) -> None:
    with pytest.raises(MemberError, match="1 to 31 days"):
        await app.protection.pause(1, 0)


async def test_resume_keeps_the_days_past_and_makes_today_ordinary(
    app: App, clock: FakeClock
) -> None:
    await log(app)
    clock.advance(timedelta(days=1))
    await app.protection.pause(1, 7)
    clock.advance(timedelta(days=3))  # Friday 6 March, paused since Tuesday
    resumed = await app.protection.resume(1)
    assert resumed.kept is not None
    assert (resumed.kept.first, resumed.kept.last) == (date(2026, 3, 3), date(2026, 3, 5))
    assert "Today counts as an ordinary day" in str(resume_reply(resumed).body)
    assert rows(app, "SELECT first_day, last_day FROM streak_pauses") == [
        ("2026-03-03", "2026-03-05")
    ]
    # The unused days are back: 14 - 3.
    status = await app.protection.status(1)
    assert (status.pause, status.available) == (None, 11)
    # Today is ordinary: the streak survives today, and breaks if it passes without a check-in.
    assert (await app.checkins.stats(1)).streak.current == 1
    clock.advance(timedelta(days=1))
    assert (await app.checkins.stats(1)).streak.current == 0


async def test_resume_without_a_pause_says_so(app: App) -> None:
    resumed = await app.protection.resume(1)
    assert resumed.ended is None
    assert "not paused" in str(resume_reply(resumed).body)


async def test_status_shows_the_pause_and_the_days_left(app: App) -> None:
    assert "can pause up to 14 days" in str(status_reply(await app.protection.status(1)).body)
    await app.protection.pause(1, 2)
    assert "paused through Tue 3 Mar" in str(status_reply(await app.protection.status(1)).body)


@pytest.mark.parametrize(
    ("zone", "first"), [("Pacific/Kiritimati", "2026-03-03"), ("Pacific/Pago_Pago", "2026-03-01")]
)
async def test_a_pause_starts_on_the_members_own_date(
    app: App, clock: FakeClock, zone: str, first: str
) -> None:
    """At 10:30 UTC on Monday it is already Tuesday at UTC+14, still Sunday at UTC-11."""
    clock.advance(timedelta(hours=1, minutes=30))
    await app.members.set_timezone(1, zone)
    await app.protection.pause(1, 1)
    assert rows(app, "SELECT first_day, last_day FROM streak_pauses") == [(first, first)]


async def test_the_export_lists_pauses(app: App, clock: FakeClock) -> None:
    await app.protection.pause(1, 2)
    await app.protection.pause(2, 5)
    records = list(csv.DictReader(io.StringIO((await app.members.export_csv(1)).decode())))
    assert [(r["first_day"], r["last_day"]) for r in records if r["record"] == "streak-pause"] == [
        ("2026-03-02", "2026-03-03")
    ]


async def test_forget_me_deletes_the_members_pauses(app: App) -> None:
    await app.protection.pause(1, 2)
    await app.protection.pause(2, 2)
    deleted = await app.members.forget(1)
    assert deleted["streak_pauses"] == 1
    assert rows(app, "SELECT user_id FROM streak_pauses") == [(2,)]
