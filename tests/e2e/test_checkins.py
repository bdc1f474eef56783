"""Scenario 6: check-ins through Discord, with attachments, mention safety and forget-me."""

from __future__ import annotations

import csv
import io
from typing import Any

import matplotlib.image

from bot.app import App
from bot.discord.client import SecondHeartBot
from tests.e2e.conftest import on_both_backends
from tests.e2e.fake_discord import FakeDiscord
from tests.helpers import rows

EPHEMERAL = 64


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in message["components"] for c in row["components"]]


def option(name: str, kind: int, value: object) -> dict[str, Any]:
    return {"name": name, "type": kind, "value": value}


async def test_checkin_with_every_option_and_a_note_that_tries_to_ping(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    note = f"@everyone <@&{fake.guild_id}> <@{member['id']}> leg day done"
    options = [
        option("activity", 3, "lunges"),
        option("sets", 4, 3),
        option("reps", 4, 12),
        option("minutes", 4, 15),
        option("note", 3, note),
        option("day", 3, "yesterday"),
    ]
    reply = await fake.reply_to(await fake.slash(member, "checkin", options))
    [embed] = reply["embeds"]
    assert embed["title"] == "Logged: 3 × 12 lunges, 15 min (yesterday)"
    assert embed["fields"] == [{"name": "Note", "value": note, "inline": False}]
    # The fake fails the test if anything could ping; say so explicitly too.
    assert reply["allowed_mentions"]["parse"] == []
    assert rows(e2e_app, "SELECT note FROM checkins") == [(note,)]


@on_both_backends
async def test_a_replayed_interaction_counts_once(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    interaction = await fake.slash(member, "checkin")
    await fake.reply_to(interaction)
    await fake.redeliver(interaction)
    # The bot handles the replay (and Discord refuses its second answer), but stores nothing.
    await fake.wait_for(lambda: interaction.answer_attempts == 2)
    assert rows(e2e_app, "SELECT count(*) FROM checkins") == [(1,)]


async def test_out_of_range_input_is_refused_privately_and_nothing_is_stored(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    interaction = await fake.slash(member, "checkin", [option("note", 3, "a\tb")])
    reply = await fake.reply_to(interaction)
    assert interaction.callbacks[0]["data"]["flags"] & EPHEMERAL
    assert "control characters" in reply["embeds"][0]["description"]
    assert rows(e2e_app, "SELECT count(*) FROM checkins") == [(0,)]


async def test_stats_attach_a_decodable_png(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    await fake.reply_to(await fake.slash(member, "checkin", [option("reps", 4, 20)]))
    reply = await fake.reply_to(await fake.slash(member, "stats"))
    [embed] = reply["embeds"]
    assert embed["title"] == "Stats for ada"
    assert embed["image"]["url"] == "attachment://stats.png"
    png = fake.files[reply["id"]]["stats.png"]
    pixels = matplotlib.image.imread(io.BytesIO(png), format="png")
    height, width = pixels.shape[:2]
    # Wider than 400 px: Discord shows it large under the embed, not as a thumbnail.
    assert width > 400
    assert height < width


async def test_another_members_stats_in_the_same_guild(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], admin: dict[str, Any]
) -> None:
    await fake.reply_to(await fake.slash(admin, "checkin"))
    options = [option("member", 6, admin["id"])]
    interaction = await fake.slash(member, "stats", options)
    reply = await fake.reply_to(interaction)
    assert reply["embeds"][0]["title"] == "Stats for grace"


async def test_leaderboard_shows_the_guild_and_my_rank(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], admin: dict[str, Any]
) -> None:
    await fake.reply_to(await fake.slash(member, "checkin"))
    await fake.reply_to(await fake.slash(admin, "checkin"))
    await fake.reply_to(await fake.slash(admin, "checkin", [option("activity", 3, "walk")]))
    reply = await fake.reply_to(
        await fake.slash(member, "leaderboard", [option("period", 3, "all")])
    )
    [embed] = reply["embeds"]
    assert embed["description"].splitlines() == [
        f"1. <@{admin['id']}>: 1 day, 2 check-ins",
        f"2. <@{member['id']}>: 1 day, 1 check-ins",
    ]
    assert embed["footer"]["text"] == "You're #2."


async def test_the_leaderboard_acknowledges_before_it_reads_the_board(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    interaction = await fake.slash(member, "leaderboard")
    reply = await fake.reply_to(interaction)
    assert interaction.callbacks[0]["type"] == 5  # deferred, "thinking…"
    assert reply["embeds"][0]["title"]


async def test_export_sends_a_csv_that_parses(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    await fake.reply_to(await fake.slash(member, "checkin", [option("reps", 4, 25)]))
    interaction = await fake.slash(member, "export")
    reply = await fake.reply_to(interaction)
    assert interaction.callbacks[0]["data"]["flags"] & EPHEMERAL
    data = fake.files[reply["id"]]["second-heart-export.csv"].decode()
    checkins = [r for r in csv.DictReader(io.StringIO(data)) if r["record"] == "checkin"]
    assert [(r["activity"], r["reps"]) for r in checkins] == [("calf raises", "25")]


async def test_forget_me_asks_first_then_deletes_everything(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    await fake.reply_to(await fake.slash(member, "checkin"))
    prompt = await fake.reply_to(await fake.slash(member, "forget-me"))
    assert prompt["embeds"][0]["title"] == "Delete all your data?"
    assert rows(e2e_app, "SELECT count(*) FROM checkins") == [(1,)]
    [confirm, _cancel] = buttons(prompt)
    assert confirm["custom_id"] == f"sh:forget:{member['id']}"
    click = await fake.click(member, prompt, confirm["custom_id"])
    done = await fake.reply_to(click)
    assert click.callbacks[0]["type"] == 7  # the prompt is replaced by the result
    assert "checkins: 1" in done["embeds"][0]["description"]
    assert rows(e2e_app, "SELECT count(*) FROM checkins") == [(0,)]
    assert rows(e2e_app, "SELECT count(*) FROM members") == [(0,)]


async def test_someone_else_cannot_confirm_my_forget_me(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    admin: dict[str, Any],
    e2e_app: App,
) -> None:
    await fake.reply_to(await fake.slash(member, "checkin"))
    prompt = await fake.reply_to(await fake.slash(member, "forget-me"))
    click = await fake.click(admin, prompt, f"sh:forget:{member['id']}")
    reply = await fake.reply_to(click)
    assert "Only the person who asked" in reply["embeds"][0]["description"]
    assert rows(e2e_app, "SELECT count(*) FROM checkins") == [(1,)]


async def test_undo_asks_then_removes(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    await fake.reply_to(await fake.slash(member, "checkin"))
    prompt = await fake.reply_to(await fake.slash(member, "checkin-undo"))
    [remove, _keep] = buttons(prompt)
    done = await fake.reply_to(await fake.click(member, prompt, remove["custom_id"]))
    assert done["embeds"][0]["description"].startswith("Removed")
    assert rows(e2e_app, "SELECT count(*) FROM checkins") == [(0,)]


async def test_timezone_autocomplete_finds_a_city(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    options = [
        {
            "name": "set",
            "type": 1,
            "options": [{"name": "zone", "type": 3, "value": "berlin", "focused": True}],
        }
    ]
    reply = await fake.reply_to(await fake.slash(member, "timezone", options, kind=4))
    assert reply["choices"][0] == {"name": "Europe/Berlin", "value": "Europe/Berlin"}
    assert len(reply["choices"]) <= 25
