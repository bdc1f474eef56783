"""The members service on a real database: settings, the export, forget-me, and the hooks that
carry a member's changes to the check-ins and reminders areas."""

from __future__ import annotations

import csv
import io

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.members.export import EXPORT_COLUMNS
from bot.members.service import MemberError
from tests.helpers import GUILD, log, rows, tables_with_column


async def test_the_export_round_trips(app: App, clock: FakeClock) -> None:
    await app.members.set_timezone(1, "Europe/Berlin")
    await app.members.set_goal(1, 5)
    await log(app, sets=2, reps=10, note='commas, "quotes" and ünïcode')
    await log(app, activity="walk", minutes=30)
    await app.questions.record_feedback(
        user_id=1, entry_id="walking", question="walk?", helpful=True
    )
    records = list(csv.DictReader(io.StringIO((await app.members.export_csv(1)).decode())))
    settings = {r["setting"]: r["value"] for r in records if r["record"] == "setting"}
    assert settings == {
        "timezone": "Europe/Berlin",
        "goal_days": "5",
        "leaderboard_visible": "1",
        "reminders_skip_if_done": "1",
    }
    exported = [
        (
            int(r["id"]),
            r["activity"],
            r["sets"],
            r["reps"],
            r["minutes"],
            r["note"],
            r["local_date"],
        )
        for r in records
        if r["record"] == "checkin"
    ]
    stored = [
        (
            i,
            a,
            "" if s is None else str(s),
            "" if r is None else str(r),
            "" if m is None else str(m),
            n or "",
            d,
        )
        for i, a, s, r, m, n, d in rows(
            app,
            "SELECT id, activity, sets, reps, minutes, note, local_date FROM checkins ORDER BY id",
        )
    ]
    assert exported == stored
    assert [
        (r["topic"], r["question"], r["helpful"]) for r in records if r["record"] == "feedback"
    ] == [("walking", "walk?", "yes")]


async def test_forget_me_leaves_no_row_of_the_member_in_any_table(app: App) -> None:
    await log(app, user=1, note="mine")
    await log(app, user=2, note="theirs")
    await app.members.set_timezone(1, "Europe/Berlin")
    await app.questions.record_feedback(user_id=1, entry_id="walking", question="w", helpful=True)
    deleted = await app.members.forget(1)
    assert deleted == {
        "active_days": 1,
        "answer_feedback": 1,
        "checkins": 1,
        "guild_members": 1,
        "member_summary": 1,
        "members": 1,
    }
    for table in tables_with_column(app, "user_id"):
        assert rows(app, f"SELECT count(*) FROM {table} WHERE user_id = 1") == [(0,)], table
    assert rows(app, "SELECT note FROM checkins") == [("theirs",)]


async def test_a_city_name_resolves_to_its_zone(app: App) -> None:
    assert await app.members.set_timezone(1, "berlin") == "Europe/Berlin"
    assert await app.members.set_timezone(1, "New York") == "America/New_York"
    with pytest.raises(MemberError, match="Did you mean"):
        await app.members.set_timezone(1, "Berlinn")
    with pytest.raises(MemberError, match="don't know the time zone"):
        await app.members.set_timezone(1, "Atlantis")


async def test_the_export_puts_each_value_under_the_heading_that_names_it(app: App) -> None:
    await app.reminders.create(user_id=1, time_text="07:30", days_text="weekdays")
    await app.members.set_skip_if_done(1, False)
    await app.reminders.set_guild_reminder(
        guild_id=GUILD, channel_id=9, time_text="08:00", zone_name="UTC"
    )
    await app.reminders.join_guild_reminder(GUILD, 1, True)
    await log(app, note="felt good")
    await app.questions.record_feedback(
        user_id=1, entry_id="walking", question="walk?", helpful=False
    )
    await app.protection.pause(1, 2)
    await app.nudges.set(1, True)
    # Read back as a member's spreadsheet would: by heading.
    records = list(csv.DictReader(io.StringIO((await app.members.export_csv(1)).decode())))
    [reminder] = [r for r in records if r["record"] == "reminder"]
    assert {k: reminder[k] for k in ("time", "days", "where", "timezone", "status")} == {
        "time": "07:30",
        "days": "weekdays",
        "where": "dm",
        "timezone": "UTC",
        "status": "on",
    }
    settings = {r["setting"]: r["value"] for r in records if r["record"] == "setting"}
    assert settings["reminders_skip_if_done"] == "0"
    assert [r["guild_id"] for r in records if r["record"] == "channel-reminder"] == [str(GUILD)]
    for record in records:
        filled = {k for k, v in record.items() if v and k != "record"}
        assert filled <= set(EXPORT_COLUMNS[record["record"]]), record
    assert {r["record"] for r in records} == set(EXPORT_COLUMNS)


async def test_after_forget_me_a_check_in_puts_the_member_back_on_the_guild_board(
    app: App,
) -> None:
    """Forget-me deletes the member's guild pairs; the check-ins area must not go on
    believing it has them."""
    await log(app, user=1)
    await app.members.forget(1)
    await log(app, user=1)
    board = await app.checkins.leaderboard(GUILD, "week", viewer_id=1)
    assert [r.user_id for r in board.top] == [1]


async def test_the_reminder_preference_is_a_member_setting(app: App) -> None:
    assert (await app.members.settings(1)).reminders_skip_if_done
    await app.members.set_skip_if_done(1, False)
    assert not (await app.members.settings(1)).reminders_skip_if_done


async def test_a_weekly_goal_outside_one_to_seven_is_refused(app: App) -> None:
    with pytest.raises(MemberError, match="from 1 to 7"):
        await app.members.set_goal(1, 8)
    assert rows(app, "SELECT count(*) FROM members") == [(0,)]
