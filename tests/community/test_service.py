"""Challenges and the weekly recap through the real service, on both backends: check-ins move
the progress, bad input stores nothing, and each post goes out once through the outbox."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.community.challenges import ChallengeError
from bot.community.replies import post_reply
from bot.community.service import Recap
from bot.reminders.models import Claimed
from bot.replies import Reply
from tests.helpers import GUILD, columns_of, log, rows

CHANNEL = 777


class PostSender:
    """Writes each community post as the Discord sender does, one per nonce (enforce_nonce)."""

    def __init__(self, app: App) -> None:
        self._app = app
        self.posts: dict[str, Reply] = {}
        self.kinds: list[str] = []

    async def send(self, delivery: Claimed, nonce: str) -> int:
        self.kinds.append(delivery.kind)
        if nonce not in self.posts:
            post = await self._app.community.post(
                delivery.reminder_id, delivery.guild_id, delivery.due_at
            )
            self.posts[nonce] = post_reply(post, lambda uid: f"member {uid}")
        return len(self.posts)

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        raise AssertionError(f"a community post was disabled: {reason}")


async def start(app: App, goal: str = "calf-raises", target: int = 100, **more: object) -> None:
    await app.community.start_challenge(
        guild_id=GUILD,
        metric=goal,
        target=target,
        period_text=str(more.get("period", "week")),
        channel_id=CHANNEL,
    )


async def test_check_ins_by_the_servers_members_move_the_challenge(app: App) -> None:
    await start(app, target=100)
    await log(app, user=1, sets=3, reps=20)
    await log(app, user=2, sets=2, reps=10)
    await log(app, user=2, activity="walk", minutes=30)  # not calf raises
    await log(app, user=3)  # calf raises without reps: counted as none, never guessed
    progress = await app.community.challenge(GUILD)
    assert progress is not None
    assert (progress.done, progress.goal) == (80, 100)
    assert [(p.user_id, p.amount) for p in progress.top] == [(1, 60), (2, 20)]
    await log(app, user=1, sets=1, reps=20)
    after = await app.community.challenge(GUILD)
    assert after is not None
    assert after.met


async def test_a_dm_check_in_by_a_member_of_the_server_counts_like_the_leaderboard(
    app: App,
) -> None:
    await start(app, goal="check-ins", target=5)
    await log(app, user=1)  # in the server: now a member of it
    await app.checkins.checkin(user_id=1, source_key="dm-1", guild_id=None)
    await app.checkins.checkin(user_id=9, source_key="dm-9", guild_id=None)  # never seen here
    progress = await app.community.challenge(GUILD)
    assert progress is not None
    assert progress.done == 2


async def test_check_ins_outside_the_period_do_not_count(app: App, clock: FakeClock) -> None:
    await log(app, user=1, sets=1, reps=50)  # the Monday before the challenge's week
    clock.advance(timedelta(days=7))
    await start(app, target=100)
    progress = await app.community.challenge(GUILD)
    assert progress is not None
    assert progress.done == 0


async def test_a_hidden_member_counts_but_is_not_named(app: App) -> None:
    await start(app, goal="check-ins", target=10)
    await log(app, user=1)
    await log(app, user=2)
    await app.members.set_leaderboard_visible(2, False)
    progress = await app.community.challenge(GUILD)
    assert progress is not None
    assert progress.done == 2
    assert [p.user_id for p in progress.top] == [1]


async def test_every_member_active_days_counts_members_who_reached_them(app: App) -> None:
    await log(app, user=1)
    await log(app, user=2)
    await start(app, goal="active-days", target=1)
    await log(app, user=3)
    progress = await app.community.challenge(GUILD)
    assert progress is not None
    assert (progress.done, progress.goal) == (3, 3)


@pytest.mark.parametrize(
    ("goal", "target", "period", "says"),
    [
        ("steps", 10, "week", "goal must be one of"),
        ("check-ins", 0, "week", "target must be"),
        ("active-days", 9, "week", "can't be met"),
        ("check-ins", 10, "2026-01-01..2026-01-31", "pick one still to come"),
        ("check-ins", 10, "soon", "Period must be"),
    ],
)
async def test_bad_input_gets_a_clear_message_and_stores_nothing(
    app: App, goal: str, target: int, period: str, says: str
) -> None:
    with pytest.raises(ChallengeError, match=says):
        await start(app, goal=goal, target=target, period=period)
    assert rows(app, "SELECT count(*) FROM challenges") == [(0,)]
    assert rows(app, "SELECT count(*) FROM reminders") == [(0,)]


async def test_a_second_challenge_while_one_runs_is_refused(app: App) -> None:
    await start(app)
    with pytest.raises(ChallengeError, match="already running"):
        await start(app, goal="check-ins")
    assert rows(app, "SELECT count(*) FROM challenges") == [(1,)]


async def test_without_a_channel_the_recaps_is_used_and_without_either_it_asks(app: App) -> None:
    with pytest.raises(ChallengeError, match="channel"):
        await app.community.start_challenge(
            guild_id=GUILD, metric="check-ins", target=3, period_text="week", channel_id=None
        )
    await app.community.set_recap(
        guild_id=GUILD, channel_id=CHANNEL, hour=9, day="mon", zone_text=None
    )
    started = await app.community.start_challenge(
        guild_id=GUILD, metric="check-ins", target=3, period_text="week", channel_id=None
    )
    assert started.challenge.channel_id == CHANNEL


async def test_a_challenge_ending_early_is_announced_once(app: App, clock: FakeClock) -> None:
    sender = PostSender(app)
    dispatcher = app.dispatcher(sender)
    await start(app, goal="check-ins", target=3)
    await log(app, user=1)
    assert await dispatcher.tick() == 0  # nothing to say before its end
    ended = await app.community.end_challenge(GUILD)
    assert ended.over
    assert ended.done == 1
    assert await dispatcher.tick() == 1
    clock.advance(timedelta(days=30))
    assert await dispatcher.tick() == 0
    [announcement] = sender.posts.values()
    assert announcement.title == "Challenge over: 3 check-ins together"
    with pytest.raises(ChallengeError, match="No challenge is running"):
        await app.community.end_challenge(GUILD)


async def test_a_challenge_is_announced_once_after_its_last_day(app: App, clock: FakeClock) -> None:
    sender = PostSender(app)
    dispatcher = app.dispatcher(sender)
    await start(app, goal="check-ins", target=1)  # this week: Monday 2 to Sunday 8 March
    await log(app, user=1)
    clock.advance(timedelta(days=6, hours=12))  # Sunday, 21:00: not yet
    assert await dispatcher.tick() == 0
    clock.advance(timedelta(hours=15))  # Monday noon, the day after its end
    assert await dispatcher.tick() == 1
    assert await dispatcher.tick() == 0
    [announcement] = sender.posts.values()
    assert "Target met" in str(announcement.body)
    # Over, so a new one may start, and /challenge shows the new one.
    await start(app, goal="active-days", target=2)
    shown = await app.community.challenge(GUILD)
    assert shown is not None
    assert shown.challenge.metric == "active-days"


async def test_the_weekly_recap_is_posted_once_a_week_at_its_local_hour(
    app: App, clock: FakeClock
) -> None:
    sender = PostSender(app)
    dispatcher = app.dispatcher(sender)
    # START is Monday 2 March 2026, 09:00 UTC: 10:00 in Berlin. The recap comes Tuesday 08:00.
    schedule = await app.community.set_recap(
        guild_id=GUILD, channel_id=CHANNEL, hour=8, day="tue", zone_text="Europe/Berlin"
    )
    assert schedule.next_due.isoformat() == "2026-03-03T07:00:00+00:00"
    await log(app, user=1)
    await log(app, user=2)
    clock.advance(timedelta(hours=21, minutes=59))
    assert await dispatcher.tick() == 0
    clock.advance(timedelta(minutes=1))
    assert await dispatcher.tick() == 1
    assert await dispatcher.tick() == 0
    clock.advance(timedelta(days=7))
    assert await dispatcher.tick() == 1
    assert sender.kinds == ["recap", "recap"]
    first = next(iter(sender.posts.values()))
    assert first.title == "Weekly recap, 2026-02-24 to 2026-03-02"
    assert "2 check-ins on 2 active days, by 2 members" in first.fields[0].value
    assert first.files
    assert first.files[0].data.startswith(b"\x89PNG")


async def test_the_recap_names_the_longest_current_streaks_of_visible_members(
    app: App, clock: FakeClock
) -> None:
    for day in range(3):
        await log(app, user=1)
        if day:
            await log(app, user=2)
        await log(app, user=3)
        clock.advance(timedelta(days=1))
    await app.members.set_leaderboard_visible(3, False)
    recap = await app.community.recap(GUILD)
    assert isinstance(recap, Recap)
    assert [(h.user_id, h.streak) for h in recap.streaks] == [(1, 3), (2, 2)]
    assert recap.week.checkins == 8
    assert (recap.first, recap.last) == (date(2026, 2, 26), date(2026, 3, 4))


async def test_recap_off_stops_it_and_past_posts_are_not_touched(
    app: App, clock: FakeClock
) -> None:
    sender = PostSender(app)
    dispatcher = app.dispatcher(sender)
    await app.community.set_recap(
        guild_id=GUILD, channel_id=CHANNEL, hour=9, day="mon", zone_text="UTC"
    )
    clock.advance(timedelta(days=7))
    assert await dispatcher.tick() == 1
    assert await app.community.recap_off(GUILD)
    assert not await app.community.recap_off(GUILD)
    clock.advance(timedelta(days=7))
    assert await dispatcher.tick() == 0
    assert await app.community.recap_schedule(GUILD) is None


async def test_a_bad_recap_zone_is_refused_and_stores_nothing(app: App) -> None:
    with pytest.raises(ChallengeError, match="time zone"):
        await app.community.set_recap(
            guild_id=GUILD, channel_id=CHANNEL, hour=9, day="mon", zone_text="Atlantis/Nowhere"
        )
    assert rows(app, "SELECT count(*) FROM reminders") == [(0,)]


async def test_no_community_table_names_a_member_so_forget_me_needs_nothing_new(
    app: App,
) -> None:
    """A member's part is derived from their check-ins: forgetting them removes it."""
    await start(app, goal="check-ins", target=10)
    await log(app, user=1)
    await log(app, user=2)
    assert "user_id" not in columns_of(app, "challenges")
    await app.members.forget(1)
    progress = await app.community.challenge(GUILD)
    assert progress is not None
    assert progress.done == 1
    assert [p.user_id for p in progress.top] == [2]
    # The guild's own rows stay: the challenge and its announcement (owned by no member).
    assert rows(app, "SELECT count(*) FROM challenges") == [(1,)]
    assert rows(app, "SELECT user_id, kind FROM reminders") == [(0, "recap")]


async def test_the_kinds_the_reminders_table_accepts_are_widened_not_opened(app: App) -> None:
    insert = (
        "INSERT INTO reminders (user_id, local_time, weekdays, next_due, next_date, created_at, "
        "kind) VALUES (0, '09:00', 1, 'x', 'x', 'x', ?)"
    )
    rows(app, insert, ("nudge",))
    with pytest.raises(Exception, match=r"(?i)check"):
        rows(app, insert, ("bogus",))
