"""Streak protection through the fake Discord, its strict checks on: a pause that keeps a
streak (check in, pause, the clock moved over the paused days, check in again: the streak goes
on), told privately; and the streak-at-risk nudge, sent once to the member who hasn't checked
in and not to the one who has, its Done button logging the check-in."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from bot.app import App
from bot.clock import FakeClock
from bot.discord.client import SecondHeartBot
from tests.e2e.conftest import on_both_backends
from tests.e2e.fake_discord import FakeDiscord
from tests.e2e.test_reminders import advance_to, buttons
from tests.helpers import rows

EPHEMERAL = 64


def streak(sub: str, *options: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": sub, "type": 1, "options": list(options)}]


@on_both_backends
async def test_a_pause_keeps_the_streak_over_the_paused_days(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], clock: FakeClock, e2e_app: App
) -> None:
    for _ in range(2):
        await fake.reply_to(await fake.slash(member, "checkin"))
        clock.advance(timedelta(days=1))
    pause = await fake.slash(
        member, "streak", streak("pause", {"name": "days", "type": 4, "value": 3})
    )
    reply = await fake.reply_to(pause)
    assert pause.callbacks[0]["data"]["flags"] & EPHEMERAL
    assert reply["embeds"][0]["title"] == "Streak paused"
    assert "ends by itself" in reply["embeds"][0]["description"]
    clock.advance(timedelta(days=3))
    reply = await fake.reply_to(await fake.slash(member, "checkin"))
    assert "**Streak:** 3 days (best 3 days)" in reply["embeds"][0]["description"]


async def test_a_pause_beyond_the_allowance_is_refused_with_the_days_left(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    asked = await fake.slash(
        member, "streak", streak("pause", {"name": "days", "type": 4, "value": 20})
    )
    reply = await fake.reply_to(asked)
    assert asked.callbacks[0]["data"]["flags"] & EPHEMERAL
    assert "up to 14 days from today" in reply["embeds"][0]["description"]
    status = await fake.reply_to(await fake.slash(member, "streak", streak("status")))
    assert "isn't paused" in status["embeds"][0]["description"]


async def occurrences_settle(app: App, count: int) -> list[tuple[object, ...]]:
    """The nudges' occurrences once `count` of them are finished (sent or skipped)."""
    sql = "SELECT status, reason FROM reminder_occurrences ORDER BY id"
    for _ in range(100):
        found = rows(app, sql)
        if len(found) == count and all(s in ("sent", "skipped") for s, _ in found):
            break
        await asyncio.sleep(0.05)
    return rows(app, sql)


@on_both_backends
async def test_a_nudge_goes_once_to_the_member_who_has_not_checked_in(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], clock: FakeClock, e2e_app: App
) -> None:
    other = fake.add_member("bob")
    for user in (member, other):
        await fake.reply_to(await fake.slash(user, "checkin"))
    clock.advance(timedelta(days=1))
    for user in (member, other):
        on = streak("nudge", {"name": "send", "type": 3, "value": "on"})
        said = await fake.reply_to(await fake.slash(user, "streak", on))
        assert "3 h before midnight" in said["embeds"][0]["description"]
    await fake.reply_to(await fake.slash(other, "checkin"))
    tonight = clock.now().replace(hour=21, minute=0, second=5)
    await advance_to(e2e_app, clock, tonight)
    dm = await fake.wait_for(lambda: fake.dm_channels.get(member["id"]))
    [nudge] = await fake.wait_for(lambda: fake.bot_messages(dm))
    assert nudge["embeds"][0]["title"] == "Your streak needs today"
    assert "/streak nudge send:off" in nudge["embeds"][0]["footer"]["text"]
    assert [b["label"] for b in buttons(nudge)] == ["Done ✅"]
    assert sorted(await occurrences_settle(e2e_app, 2)) == [
        ("sent", None),
        ("skipped", "already checked in"),
    ]
    assert other["id"] not in fake.dm_channels
    done = await fake.followup_to(await fake.click(member, nudge, buttons(nudge)[0]["custom_id"]))
    assert "**Streak:** 2 days" in done["embeds"][0]["description"]
    # Later that evening, the dispatcher woken again: still the one message.
    await advance_to(e2e_app, clock, tonight + timedelta(hours=2))
    await asyncio.sleep(0.2)
    assert len(fake.bot_messages(dm)) == 1
