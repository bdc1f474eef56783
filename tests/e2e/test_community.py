"""Community scenarios through the fake Discord, strict checks on: a weekly recap posted once
across restarts, and a challenge whose progress check-ins move and whose end is announced once.

Each runs on SQLite and on PostgreSQL: both are about the outbox, which each backend claims its
own way.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from bot.app import App
from bot.clock import FakeClock
from bot.discord.client import SecondHeartBot
from bot.storage import outbox
from tests.e2e.conftest import on_both_backends, running_bot
from tests.e2e.fake_discord import FakeDiscord
from tests.helpers import rows

pytestmark = on_both_backends


def option(name: str, kind: int, value: object) -> dict[str, Any]:
    return {"name": name, "type": kind, "value": value}


def sub(name: str, *options: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": name, "type": 1, "options": list(options)}]


def posts(fake: FakeDiscord, title: str) -> list[dict[str, Any]]:
    """The bot's posts in the server's channel whose embed title starts with `title`: those the
    outbox sent (with an occurrence's nonce), not answers to interactions."""
    return [
        m
        for m in fake.bot_messages(fake.channel_id)
        if str(m.get("nonce", "")).startswith("sh-reminder-")
        and m["embeds"]
        and m["embeds"][0].get("title", "").startswith(title)
    ]


async def sent(app: App, count: int) -> None:
    """Wait briefly until `count` community posts are acknowledged as sent, and none is left
    being sent (the acknowledgement is written just after the fake records the message)."""

    def states() -> list[tuple[object, ...]]:
        return rows(app, "SELECT status, count(*) FROM reminder_occurrences GROUP BY status")

    for _ in range(100):
        if states() == [("sent", count)]:
            break
        await asyncio.sleep(0.05)
    assert states() == [("sent", count)]


async def test_the_weekly_recap_is_posted_once_across_restarts(
    fake: FakeDiscord,
    member: dict[str, Any],
    admin: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    guild = int(fake.guild_id)
    recap_set = sub(
        "set",
        option("channel", 7, fake.channel_id),
        option("hour", 4, 10),
        option("day", 3, "mon"),
        option("zone", 3, "UTC"),
    )
    async with running_bot(e2e_app):
        refused = await fake.reply_to(await fake.slash(member, "recap", recap_set))
        assert "Manage Server" in refused["embeds"][0]["description"]
        reply = await fake.reply_to(await fake.slash(admin, "recap", recap_set))
        assert reply["embeds"][0]["title"] == "Weekly recap"
        assert reply["flags"] & 64  # only the manager sees it
        await fake.reply_to(await fake.slash(member, "checkin"))
        preview = await fake.reply_to(await fake.slash(admin, "recap", sub("preview")))
        assert preview["embeds"][0]["title"].startswith("Weekly recap, ")
        assert preview["attachments"][0]["filename"] == "recap.png"
    assert posts(fake, "Weekly recap, ") == []  # the preview was private, not a post

    # The bot is down when the recap comes due (Monday 10:00 UTC): the next process makes and
    # claims it, then dies before sending.
    schedule = await e2e_app.community.recap_schedule(guild)
    assert schedule is not None
    clock._now = schedule.next_due + timedelta(seconds=5)
    dispatcher = e2e_app.dispatcher(sender=None)  # type: ignore[arg-type]  # claims only
    await dispatcher.materialise()
    claimed = await outbox.claim(e2e_app.db, clock.now(), clock.now() - timedelta(seconds=1), 10)
    assert [c.kind for c in claimed] == ["recap"]

    async with running_bot(e2e_app):
        [posted] = await fake.wait_for(lambda: posts(fake, "Weekly recap, "))
        await sent(e2e_app, 1)
    embed = posted["embeds"][0]
    assert embed["title"] == "Weekly recap, 2026-02-23 to 2026-03-01"
    assert embed["image"]["url"] == "attachment://recap.png"
    assert posted["allowed_mentions"]["parse"] == []
    assert "/recap off" in embed["footer"]["text"]

    # Sent, but the process died before acknowledging it: the restart sends it again with the
    # same nonce, and Discord returns the message already posted.
    rows(
        e2e_app,
        "UPDATE reminder_occurrences SET status = 'sending', lease_until = ?",
        ((clock.now() - timedelta(minutes=1)).isoformat(),),
    )
    async with running_bot(e2e_app):
        await sent(e2e_app, 1)
        assert len(posts(fake, "Weekly recap, ")) == 1
        # A week later, the next one: one post a week.
        clock._now += timedelta(days=7)
        e2e_app.reminders.wake()
        await fake.wait_for(lambda: len(posts(fake, "Weekly recap, ")) == 2)
        await sent(e2e_app, 2)
    assert len(posts(fake, "Weekly recap, ")) == 2


async def test_check_ins_move_a_challenge_and_its_end_is_announced_once(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    admin: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    start = [
        option("goal", 3, "check-ins"),
        option("target", 4, 4),
        option("channel", 7, fake.channel_id),
    ]
    refused = await fake.reply_to(await fake.slash(member, "challenge-start", start))
    assert "Manage Server" in refused["embeds"][0]["description"]
    bad = await fake.reply_to(
        await fake.slash(admin, "challenge-start", [*start, option("period", 3, "soon")])
    )
    assert "Period must be" in bad["embeds"][0]["description"]
    started = await fake.reply_to(await fake.slash(admin, "challenge-start", start))
    assert started["embeds"][0]["title"] == "Challenge started: 4 check-ins together"

    for _ in range(3):
        await fake.reply_to(await fake.slash(member, "checkin"))
    shown = await fake.reply_to(await fake.slash(member, "challenge"))
    body = shown["embeds"][0]["description"]
    assert "3 of 4 check-ins" in body
    assert "`███████████████░░░░░` 75%" in body
    assert f"<@{member['id']}> (3 check-ins)" in body

    ended = await fake.reply_to(await fake.slash(admin, "challenge-end"))
    assert ended["embeds"][0]["title"] == "Challenge over: 4 check-ins together"
    [announced] = await fake.wait_for(lambda: posts(fake, "Challenge over"))
    await sent(e2e_app, 1)
    assert "3 of 4 check-ins" in announced["embeds"][0]["description"]
    assert announced["allowed_mentions"]["parse"] == []
    # Nothing more: not at the period's old end, nor a month on.
    clock._now += timedelta(days=30)
    e2e_app.reminders.wake()
    await asyncio.sleep(0.3)
    assert len(posts(fake, "Challenge over")) == 1
    again = await fake.reply_to(await fake.slash(admin, "challenge-end"))
    assert "No challenge is running" in again["embeds"][0]["description"]
