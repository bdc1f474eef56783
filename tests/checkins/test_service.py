"""The check-ins service on a real database: integrity, time zones, and members' data."""

from __future__ import annotations

import asyncio
import io
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.checkins.replies import chart_title, checkin_reply, leaderboard_reply
from bot.checkins.service import CheckinError
from bot.clock import FakeClock
from bot.questions.triage import Level
from bot.replies import Tone
from bot.storage.schema import bundled_migrations
from bot.storage.sqlite import SqliteDatabase
from tests.helpers import GUILD, log, rows


async def test_a_check_in_reports_what_was_logged_and_the_streak(app: App) -> None:
    result = await log(app, sets=3, reps=15, note="slow and steady")
    assert result.created
    assert (result.checkin.activity, result.checkin.sets, result.checkin.reps) == (
        "calf raises",
        3,
        15,
    )
    assert result.streak.current == 1
    assert (result.week_done, result.goal) == (1, 7)
    assert result.zone_is_default


async def test_a_note_describing_a_warning_sign_is_logged_and_the_reply_leads_with_it(
    app: App,
) -> None:
    result = await log(app, note="right calf swollen and hot since the flight home")
    assert result.created
    assert rows(app, "SELECT note FROM checkins") == [
        ("right calf swollen and hot since the flight home",)
    ]
    assert result.warning is not None
    assert result.warning.level is Level.SAME_DAY
    reply = checkin_reply(result)
    assert isinstance(reply.body, str)
    assert reply.title == "Please get medical advice today"
    assert reply.tone is Tone.URGENT
    # The warning first, then what was logged.
    assert reply.body.index("medical advice") < reply.body.index("Logged:")
    assert "blood clot in a leg (DVT)" in reply.body


async def test_an_ordinary_note_brings_no_warning(app: App) -> None:
    result = await log(app, note="calves on fire by the last set, felt great")
    assert result.warning is None
    assert (checkin_reply(result).title or "").startswith("Logged:")


async def test_the_same_interaction_counts_once(app: App) -> None:
    first = await log(app, key="interaction:42")
    again = await log(app, key="interaction:42")
    assert first.created
    assert not again.created
    assert again.checkin.id == first.checkin.id
    assert rows(app, "SELECT count(*) FROM checkins") == [(1,)]


async def test_concurrent_duplicates_from_many_members_make_exactly_the_expected_rows(
    app: App,
) -> None:
    # 20 members × 5 distinct interactions, each delivered twice: 200 calls, 100 rows.
    calls = [
        app.checkins.checkin(user_id=member, source_key=f"interaction:{member}:{n}")
        for member in range(1, 21)
        for n in range(5)
        for _ in range(2)
    ]
    results = await asyncio.gather(*calls)
    assert sum(r.created for r in results) == 100
    assert rows(app, "SELECT count(*), count(DISTINCT source_key) FROM checkins") == [(100, 100)]
    assert rows(app, "SELECT count(DISTINCT user_id) FROM checkins") == [(20,)]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sets": 0}, "Sets must be between 1 and 50"),
        ({"sets": 51}, "Sets must be between 1 and 50"),
        ({"reps": 501}, "Reps must be between 1 and 500"),
        ({"minutes": 601}, "Minutes must be between 1 and 600"),
        ({"activity": "jumping jacks"}, "Activity must be one of"),
        ({"note": "x" * 301}, "at most 300 characters"),
        ({"note": "tab\there"}, "control characters"),
        ({"day": "tomorrow"}, "can't log a future day"),
    ],
)
async def test_bad_input_is_explained_and_nothing_is_stored(
    app: App, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(CheckinError, match=message):
        await log(app, **options)
    assert rows(app, "SELECT count(*) FROM checkins") == [(0,)]
    assert rows(app, "SELECT count(*) FROM members") == [(0,)]


@pytest.mark.parametrize(
    ("day", "message"),
    [
        ("2026-02-01", "2026-02-01 is too far back: a check-in can be for today or yesterday"),
        ("2026-03-03", "can't log a future day"),
        ("someday", "Day is today or yesterday"),
    ],
)
async def test_a_day_that_cannot_be_logged_says_why(app: App, day: str, message: str) -> None:
    with pytest.raises(CheckinError, match=message):
        await log(app, day=day)
    assert rows(app, "SELECT count(*) FROM checkins") == [(0,)]


async def test_yesterdays_date_is_logged_as_yesterday(app: App) -> None:
    result = await log(app, day="2026-03-01")
    assert result.checkin.local_date.isoformat() == "2026-03-01"
    assert result.backfilled


async def test_a_note_is_stored_exactly_as_given(app: App) -> None:
    note = "@everyone <@&123> <@456> did my raises"
    result = await log(app, note=note)
    assert result.checkin.note == note


async def test_late_night_and_just_after_midnight_are_two_local_days(
    app: App, clock: FakeClock
) -> None:
    await app.members.set_timezone(1, "Europe/Berlin")
    clock._now = datetime(2026, 3, 10, 22, 59, tzinfo=UTC)  # 23:59 in Berlin
    late = await log(app)
    clock.advance(timedelta(minutes=2))  # 00:01 in Berlin, still the 10th in UTC
    early = await log(app)
    assert (late.checkin.local_date.isoformat(), early.checkin.local_date.isoformat()) == (
        "2026-03-10",
        "2026-03-11",
    )
    assert early.streak.current == 2


async def test_moving_from_utc_minus_8_to_utc_plus_9_keeps_the_streak(
    app: App, clock: FakeClock
) -> None:
    await app.members.set_timezone(1, "America/Los_Angeles")
    clock._now = datetime(2026, 6, 10, 4, 0, tzinfo=UTC)  # 21:00 on 9 June in LA
    await log(app)
    clock.advance(timedelta(hours=20))  # 10 June 17:00 in LA
    await log(app)
    await app.members.set_timezone(1, "Asia/Tokyo")
    clock.advance(timedelta(hours=10))  # 11 June 18:00 in Tokyo
    result = await log(app)
    dates = [r[0] for r in rows(app, "SELECT local_date FROM checkins ORDER BY id")]
    assert dates == ["2026-06-09", "2026-06-10", "2026-06-11"]
    assert result.streak.current == 3


async def test_a_dst_day_is_still_one_day(app: App, clock: FakeClock) -> None:
    await app.members.set_timezone(1, "America/New_York")
    clock._now = datetime(2026, 3, 7, 23, 0, tzinfo=UTC)  # 18:00 on 7 March EST
    await log(app)
    clock._now = datetime(2026, 3, 8, 15, 0, tzinfo=UTC)  # 11:00 EDT on the 23-hour day
    await log(app)
    clock._now = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)  # 10:00 EDT
    result = await log(app)
    assert result.streak.current == 3


async def test_yesterday_can_be_backfilled(app: App, clock: FakeClock) -> None:
    await log(app)
    result = await log(app, day="yesterday")
    assert result.backfilled
    assert result.streak.current == 2


async def test_the_seventh_day_is_celebrated(app: App, clock: FakeClock) -> None:
    results = []
    for _ in range(7):
        results.append(await log(app))
        clock.advance(timedelta(days=1))
    assert [r.milestone for r in results] == [None] * 6 + [7]


async def test_undo_removes_the_latest_within_24_hours(app: App, clock: FakeClock) -> None:
    await log(app)
    latest = (await log(app, activity="walk")).checkin
    candidate = await app.checkins.undo_candidate(1)
    assert candidate is not None
    assert candidate.id == latest.id
    assert await app.checkins.undo(1, latest.id)
    assert rows(app, "SELECT activity FROM checkins") == [("calf raises",)]


async def test_active_days_stay_in_step_with_check_ins_through_logs_retries_and_undos(
    app: App, clock: FakeClock
) -> None:
    """Streaks and the leaderboard read `active_days`; it must always equal what the check-ins
    themselves say, day by day."""
    truth = "SELECT user_id, local_date, count(*) FROM checkins GROUP BY 1, 2 ORDER BY 1, 2"
    kept = "SELECT user_id, local_date, checkins FROM active_days ORDER BY 1, 2"
    for step in range(12):
        for member in (1, 2):
            await log(app, user=member, key=f"{member}:{step}")
            await log(app, user=member, key=f"{member}:{step}")  # a retry: no change
            if step % 3 == 0:
                await log(app, user=member, key=f"{member}:{step}:y", day="yesterday")
        if step % 4 == 1:
            latest = await app.checkins.undo_candidate(1)
            assert latest is not None
            assert await app.checkins.undo(1, latest.id)
        clock.advance(timedelta(hours=9))
        assert rows(app, kept) == rows(app, truth)
    assert {r[0] for r in rows(app, kept)} == {1, 2}


async def test_the_active_days_migration_counts_existing_check_ins(db_path: Path) -> None:
    before = bundled_migrations()[:5]
    await (await SqliteDatabase.open(db_path, migrations=before)).close()
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO checkins (user_id, source_key, activity, local_date, timezone, "
            "created_at) VALUES (?, ?, 'walk', ?, 'UTC', 'x')",
            [
                (1, "a", "2026-03-01"),
                (1, "b", "2026-03-01"),
                (1, "c", "2026-03-03"),
                (2, "d", "2026-03-01"),
            ],
        )
    await (await SqliteDatabase.open(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT * FROM active_days ORDER BY 1, 2").fetchall() == [
            (1, "2026-03-01", 2),
            (1, "2026-03-03", 1),
            (2, "2026-03-01", 1),
        ]


async def test_undo_refuses_after_24_hours_or_someone_elses(app: App, clock: FakeClock) -> None:
    mine = (await log(app)).checkin
    assert not await app.checkins.undo(2, mine.id)
    clock.advance(timedelta(hours=25))
    assert await app.checkins.undo_candidate(1) is None
    assert not await app.checkins.undo(1, mine.id)
    assert rows(app, "SELECT count(*) FROM checkins") == [(1,)]


async def test_stats_report_streaks_totals_and_this_week(app: App, clock: FakeClock) -> None:
    await log(app)
    await log(app, activity="walk")
    clock.advance(timedelta(days=1))
    await log(app)
    stats = await app.checkins.stats(1)
    assert (stats.streak.current, stats.streak.best, stats.streak.active_days) == (2, 2, 2)
    assert stats.totals == {"calf raises": 2, "walk": 1}
    assert sum(stats.recent.values()) == 3


async def test_other_members_stats_are_visible_only_in_a_shared_guild(app: App) -> None:
    await log(app, user=2)
    assert await app.checkins.can_view(1, 2, GUILD)
    assert not await app.checkins.can_view(1, 2, 999)
    assert not await app.checkins.can_view(1, 2, None)
    assert await app.checkins.can_view(1, 1, None)


async def test_the_leaderboard_ranks_by_active_days_then_check_ins(
    app: App, clock: FakeClock
) -> None:
    for _ in range(3):
        await log(app, user=2)  # one day, three check-ins
    await log(app, user=1)
    clock.advance(timedelta(days=1))
    await log(app, user=1)  # two days
    await log(app, user=3)  # one day, one check-in
    board = await app.checkins.leaderboard(GUILD, "all", viewer_id=3)
    assert [(r.user_id, r.active_days, r.checkins) for r in board.top] == [
        (1, 2, 2),
        (2, 1, 3),
        (3, 1, 1),
    ]
    assert board.viewer_rank == 3


async def test_members_who_opt_out_are_left_off_the_leaderboard(app: App) -> None:
    await log(app, user=1)
    await log(app, user=2)
    await app.members.set_leaderboard_visible(2, False)
    board = await app.checkins.leaderboard(GUILD, "week", viewer_id=2)
    assert [r.user_id for r in board.top] == [1]
    assert board.viewer_rank is None
    assert board.viewer_hidden


async def test_a_hidden_member_is_not_told_to_be_the_first(app: App) -> None:
    await log(app, user=1)
    await app.members.set_leaderboard_visible(1, False)
    reply = leaderboard_reply(await app.checkins.leaderboard(GUILD, "week", viewer_id=1), str)
    assert isinstance(reply.body, str)
    assert "Be the first" not in reply.body
    assert "You're hidden from the leaderboard (/privacy leaderboard show:on" in reply.body


async def test_an_empty_board_invites_a_visible_member_to_be_the_first(app: App) -> None:
    reply = leaderboard_reply(await app.checkins.leaderboard(GUILD, "week", viewer_id=1), str)
    assert reply.body == "No check-ins yet. Be the first!"


async def test_history_pages_newest_first(app: App, clock: FakeClock) -> None:
    for n in range(12):
        await log(app, reps=n + 1)
        clock.advance(timedelta(hours=1))
    first = await app.checkins.history(1, 1)
    second = await app.checkins.history(1, 2)
    assert (first.pages, len(first.rows), len(second.rows)) == (2, 10, 2)
    assert first.rows[0].reps == 12
    assert second.rows[-1].reps == 1
    assert (await app.checkins.history(1, 9)).page == 2


async def test_a_page_number_too_large_for_sqlite_shows_the_last_page(app: App) -> None:
    await log(app)
    assert (await app.checkins.history(1, 10**30)).page == 1


async def test_the_chart_is_a_real_png_discord_shows_large(app: App, clock: FakeClock) -> None:
    import matplotlib.image

    for _ in range(20):
        await log(app)
        clock.advance(timedelta(days=2))
    stats = await app.checkins.stats(1)
    png = await app.checkins.chart(stats, chart_title(stats))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = matplotlib.image.imread(io.BytesIO(png), format="png")
    height, width, channels = pixels.shape
    # Discord shows an attachment wider than 400 px large under the embed, not as a thumbnail.
    assert channels == 4
    assert 400 < width < 1600
    assert height < width
    # Not blank: some cells are painted opaque.
    assert (pixels[..., 3] > 0.9).sum() > 1000


async def test_the_chart_title_counts_active_days_and_greets_a_new_member(
    app: App, clock: FakeClock
) -> None:
    assert chart_title(await app.checkins.stats(1)) == "No check-ins yet"
    await log(app)
    assert chart_title(await app.checkins.stats(1)) == "Last 12 weeks: 1 active day"
    clock.advance(timedelta(days=1))
    await log(app)
    assert chart_title(await app.checkins.stats(1)) == "Last 12 weeks: 2 active days"


async def test_the_kept_streak_matches_the_whole_history_through_gaps_undos_goals_and_zones(
    app: App, clock: FakeClock
) -> None:
    """Seeded random histories: each check-in's streak, read from the kept state and a few
    weeks of days, equals the pure function over every active day, and so do the totals the
    all-time leaderboard reads."""
    import random

    from bot.checkins.streaks import streaks
    from bot.timezones import local_date

    rng = random.Random(19)
    zones = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Europe/Berlin"]
    for user in range(1, 7):
        for _ in range(120):
            clock.advance(timedelta(hours=rng.choice([5, 20, 24, 30, 48, 24 * 9, 24 * 30])))
            roll = rng.random()
            if roll < 0.05:
                await app.members.set_goal(user, rng.randint(1, 7))
            elif roll < 0.1:
                await app.members.set_timezone(user, rng.choice(zones))
            elif roll < 0.15:
                latest = await app.checkins.undo_candidate(user)
                if latest is not None:
                    await app.checkins.undo(user, latest.id)
            result = await log(app, user, day=rng.choice(["today", "today", "yesterday"]))
            active = [
                datetime.fromisoformat(str(d)).date()
                for (d,) in rows(
                    app, "SELECT local_date FROM active_days WHERE user_id = ?", (user,)
                )
            ]
            zone = (await app.members.zone_for(user))[0]
            today = local_date(clock.now(), zone)
            assert result.streak == streaks(active, today, result.goal), (user, today)
        [(days, total)] = rows(
            app, "SELECT active_days, checkins FROM member_summary WHERE user_id = ?", (user,)
        )
        assert (days, total) == rows(
            app, "SELECT count(*), sum(checkins) FROM active_days WHERE user_id = ?", (user,)
        )[0]
