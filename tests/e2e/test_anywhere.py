"""The bot wherever members are: personal commands from a member's own install (in DMs and in
servers without the bot) with one streak everywhere, and Ask Second Heart on any message."""

from __future__ import annotations

from typing import Any

import aiohttp

from bot.app import App
from bot.discord.client import SecondHeartBot
from tests.e2e.conftest import on_both_backends
from tests.e2e.fake_discord import FakeDiscord
from tests.helpers import rows

EPHEMERAL = 64
ASK_MENU = "Ask Second Heart"


def option(name: str, kind: int, value: object) -> dict[str, Any]:
    return {"name": name, "type": kind, "value": value}


def registered(fake: FakeDiscord, name: str) -> dict[str, Any]:
    command: dict[str, Any] = next(c for c in fake.commands["global"] if c["name"] == name)
    return command


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in message["components"] for c in row["components"]]


async def test_personal_commands_are_synced_user_installable_and_server_ones_are_not(
    bot: SecondHeartBot, fake: FakeDiscord
) -> None:
    await bot.tree.sync()
    for name in ("ask", "checkin", "stats", "remind", "timezone", "export", "forget-me"):
        command = registered(fake, name)
        assert command["integration_types"] == [0, 1], name
        assert command["contexts"] == [0, 1, 2], name
    for name in ("leaderboard", "remind-channel", "kb"):
        command = registered(fake, name)
        assert command["integration_types"] == [0], name
        assert command["contexts"] == [0], name
    menu = registered(fake, ASK_MENU)
    assert (menu["type"], menu["integration_types"], menu["contexts"]) == (3, [0, 1], [0, 1, 2])


@on_both_backends
async def test_a_checkin_in_a_dm_from_a_members_own_install_shares_one_streak_with_the_server(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    await bot.tree.sync()
    in_dm = await fake.slash(
        member, "checkin", [option("day", 3, "yesterday")], dm=True, install="member"
    )
    # As Discord sends it: no guild, the member's own install, the bot's DM as the context.
    assert "guild_id" not in in_dm.payload
    assert in_dm.payload["authorizing_integration_owners"] == {"1": member["id"]}
    assert in_dm.payload["context"] == 1
    assert "Streak:** 1 day" in (await fake.reply_to(in_dm))["embeds"][0]["description"]
    in_server = await fake.reply_to(await fake.slash(member, "checkin"))
    assert "Streak:** 2 days" in in_server["embeds"][0]["description"]
    stored = rows(e2e_app, "SELECT guild_id FROM checkins ORDER BY id")
    assert stored == [(None,), (int(fake.guild_id),)]


@on_both_backends
async def test_in_a_server_without_the_bot_a_checkin_is_private_and_joins_no_leaderboard(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    await bot.tree.sync()
    elsewhere = fake.server_without_the_bot()
    interaction = await fake.slash(member, "checkin", guild=elsewhere, install="member")
    reply = await fake.reply_to(interaction)
    assert reply["flags"] & EPHEMERAL
    assert reply["embeds"][0]["title"] == "Logged: calf raises"
    # Counted for the member (one streak), but recorded against no server: the bot is not in
    # that one, so its leaderboard and channels are not the bot's to use.
    assert rows(e2e_app, "SELECT guild_id FROM checkins") == [(None,)]
    assert rows(e2e_app, "SELECT count(*) FROM guild_members") == [(0,)]
    stats = await fake.reply_to(
        await fake.slash(member, "stats", guild=elsewhere, install="member")
    )
    assert stats["flags"] & EPHEMERAL
    assert "**Current streak:** 1 day" in stats["embeds"][0]["description"]


async def test_remind_here_in_a_server_without_the_bot_comes_by_dm(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    await bot.tree.sync()
    elsewhere = fake.server_without_the_bot()
    options = [option("time", 3, "07:30"), option("where", 3, "here")]
    reply = await fake.reply_to(
        await fake.slash(
            member,
            "remind",
            [{"name": "set", "type": 1, "options": options}],
            guild=elsewhere,
            install="member",
        )
    )
    assert reply["flags"] & EPHEMERAL
    # The bot can't post in that server's channels: the reminder comes by DM instead.
    assert rows(e2e_app, "SELECT guild_id, channel_id FROM reminders") == [(None, None)]


async def test_the_fake_refuses_a_server_command_from_a_members_own_install(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    await bot.tree.sync()
    await fake.reply_to(
        await fake.slash(
            member, "leaderboard", guild=fake.server_without_the_bot(), install="member"
        )
    )
    assert fake.violations == ["test: /leaderboard used from a member's own install, not among [0]"]
    fake.violations.clear()


async def test_ask_second_heart_on_anothers_message_names_who_asked_and_pings_nobody(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    await bot.tree.sync()
    bob = fake.add_member("bob")
    question = await fake.post_message(bob, "@everyone my chest feels tight and my arm hurts")
    reply = await fake.reply_to(await fake.message_command(member, ASK_MENU, question))
    # Who asked, by name: plain text, with every mention off.
    assert reply["content"] == "bob asked:\n@everyone my chest feels tight and my arm hurts"
    assert reply["allowed_mentions"]["parse"] == []
    assert not reply["allowed_mentions"].get("replied_user")
    # Triaged first, exactly as /ask is: a warning sign gets the call-now reply.
    [embed] = reply["embeds"]
    assert embed["title"] == "This could be an emergency"
    assert "call" in embed["description"].lower()
    assert "author" not in embed, "'You asked' would name the wrong person"
    assert not reply["flags"] & EPHEMERAL


async def test_ask_second_heart_from_a_members_own_install_in_a_server_without_the_bot(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    await bot.tree.sync()
    elsewhere = fake.server_without_the_bot()
    bob = fake.add_member("bob")
    question = await fake.post_message(bob, "what causes calf cramps", guild=elsewhere)
    interaction = await fake.message_command(
        member, ASK_MENU, question, guild=elsewhere, install="member"
    )
    reply = await fake.reply_to(interaction)
    assert reply["content"].startswith("bob asked:\n")
    # The answer's buttons act on the question in the credit line.
    vote = await fake.reply_to(await fake.click(member, reply, "sh:feedback:1:calf-cramps"))
    assert vote["flags"] & EPHEMERAL
    assert rows(e2e_app, "SELECT question FROM answer_feedback") == [("what causes calf cramps",)]


async def test_ask_second_heart_on_a_message_without_text_says_so(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    await bot.tree.sync()
    picture = await fake.post_message(fake.add_member("bob"), "")
    reply = await fake.reply_to(await fake.message_command(member, ASK_MENU, picture))
    assert reply["flags"] & EPHEMERAL
    assert "no text for me to answer" in reply["embeds"][0]["description"]


async def test_the_fake_allows_a_members_own_install_five_follow_ups_and_no_sixth(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    ask = [option("question", 3, "what causes calf cramps")]
    interaction = await fake.slash(member, "ask", ask, dm=True, install="member")
    await fake.reply_to(interaction)  # deferred, then the answer: the first follow-up
    url = f"{fake.api_base}/webhooks/{fake.application_id}/{interaction.token}"
    body = {"content": "more", "allowed_mentions": {"parse": []}}
    async with aiohttp.ClientSession() as session:
        for _ in range(4):
            async with session.post(url, json=body) as response:
                assert response.status == 200
        assert fake.violations == []
        async with session.post(url, json=body) as response:
            assert response.status == 200
    assert fake.violations == ["follow-up 6 to a member's own install: Discord allows 5"]
    fake.violations.clear()
