"""Streak protection through the fake Discord, its strict checks on: a pause that keeps a
streak (check in, pause, the clock moved over the paused days, check in again: the streak goes
on), told privately."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.app import App
from bot.clock import FakeClock
from bot.discord.client import SecondHeartBot
from tests.e2e.conftest import on_both_backends
from tests.e2e.fake_discord import FakeDiscord

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
