"""What a newcomer or an attacker types, through the fake Discord: a clear private message for
anything we can't use, and the same reading of each value as the console gives it."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bot.app import App
from bot.discord.client import SecondHeartBot
from tests.e2e.fake_discord import FakeDiscord
from tests.helpers import sqlite_file

EPHEMERAL = 64


def option(name: str, kind: int, value: object) -> dict[str, Any]:
    return {"name": name, "type": kind, "value": value}


def subcommand(name: str, *options: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": name, "type": 1, "options": list(options)}]


async def private_text(fake: FakeDiscord, user: dict[str, Any], *slash: Any) -> str:
    interaction = await fake.slash(user, *slash)
    reply = await fake.reply_to(interaction)
    assert interaction.callbacks[0]["data"]["flags"] & EPHEMERAL
    text: str = reply["embeds"][0]["description"]
    return text


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Europe", "'Europe' is a region, not a time zone"),
        ("Europe/" + "x" * 300, "I don't know the time zone"),
        ("right/UTC", "I don't know the time zone 'right/UTC'"),
    ],
)
async def test_a_zone_we_cannot_use_gets_a_clear_private_message(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    e2e_app: App,
    zone: str,
    expected: str,
) -> None:
    text = await private_text(fake, member, "timezone", subcommand("set", option("zone", 3, zone)))
    assert expected in text
    assert "went wrong" not in text
    with sqlite3.connect(sqlite_file(e2e_app.db)) as conn:
        assert conn.execute("SELECT count(*) FROM members").fetchone() == (0,)


async def test_a_fixed_offset_zone_is_set_with_a_note_on_daylight_saving(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    text = await private_text(fake, member, "timezone", subcommand("set", option("zone", 3, "EST")))
    assert text.startswith("Your time zone is now EST.")
    assert "no daylight saving" in text
    assert "America/New_York" in text


async def test_a_channel_reminder_takes_a_city_name_as_timezone_does(
    bot: SecondHeartBot, fake: FakeDiscord, admin: dict[str, Any], e2e_app: App
) -> None:
    channel_set = subcommand(
        "set",
        option("channel", 7, fake.channel_id),
        option("time", 3, "07:00"),
        option("zone", 3, "berlin"),
    )
    reply = await fake.reply_to(await fake.slash(admin, "remind-channel", channel_set))
    assert "(Europe/Berlin)" in reply["embeds"][0]["description"]
    view = await e2e_app.reminders.guild_reminder(int(fake.guild_id))
    assert view is not None
    assert view.zone == "Europe/Berlin"


@pytest.mark.parametrize(
    ("days", "said"), [("mon-fri", "On weekdays at"), ("sat-sun", "On weekends at")]
)
async def test_a_day_range_sets_every_day_in_it(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], days: str, said: str
) -> None:
    text = await private_text(
        fake,
        member,
        "remind",
        subcommand("set", option("time", 3, "07:30"), option("days", 3, days)),
    )
    assert text.startswith(said)


async def test_days_we_cannot_read_are_refused_with_an_example_and_nothing_is_stored(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    text = await private_text(
        fake,
        member,
        "remind",
        subcommand("set", option("time", 3, "07:30"), option("days", 3, "mon-fri-sun")),
    )
    assert "mon-fri or mon,wed,fri" in text
    assert await e2e_app.reminders.reminders_of(int(member["id"])) == []
