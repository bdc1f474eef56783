"""Scenarios 2 and 7: questions through /ask, buttons, @mentions and DMs; admin commands."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import msgspec
import pytest

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.config import KnowledgeConfig
from bot.discord.client import SecondHeartBot
from tests.e2e.conftest import e2e_config, running_bot
from tests.e2e.fake_discord import FakeDiscord
from tests.helpers import ALIAS_BOMB, REPO, sqlite_file

EPHEMERAL = 64


def ask(question: str) -> list[dict[str, Any]]:
    return [{"name": "question", "type": 3, "value": question}]


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in message["components"] for c in row["components"]]


async def test_autocomplete_offers_matching_topics(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    options = [{"name": "question", "type": 3, "value": "cramp", "focused": True}]
    interaction = await fake.slash(member, "ask", options, kind=4)
    reply = await fake.reply_to(interaction)
    assert interaction.callbacks[0]["type"] == 8
    assert reply["choices"][0]["name"] == "Calf cramps"
    assert len(reply["choices"]) <= 25


async def test_autocomplete_on_an_empty_box_stays_within_25(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    options = [{"name": "question", "type": 3, "value": "", "focused": True}]
    reply = await fake.reply_to(await fake.slash(member, "ask", options, kind=4))
    assert len(reply["choices"]) == 25


async def test_a_confident_answer_is_an_embed_with_sources_and_feedback_buttons(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    interaction = await fake.slash(member, "ask", ask("what causes calf cramps at night"))
    reply = await fake.reply_to(interaction)
    assert interaction.callbacks[0]["type"] == 5  # deferred first
    [embed] = reply["embeds"]
    assert embed["title"] == "Calf cramps"
    assert embed["author"]["name"] == "You asked: what causes calf cramps at night"
    assert embed["fields"][0]["name"] == "Sources"
    assert "https://" in embed["fields"][0]["value"]
    assert embed["footer"]["text"].startswith("General information, not medical advice")
    ids = [b["custom_id"] for b in buttons(reply)]
    assert ids[:2] == ["sh:feedback:1:calf-cramps", "sh:feedback:0:calf-cramps"]
    assert 1 <= len(ids[2:]) <= 3
    assert all(i.startswith("sh:topic:") for i in ids[2:])
    assert len(reply["components"]) == 1  # feedback and related fit one row of five


async def test_a_related_topic_button_opens_that_topic(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    answer = await fake.reply_to(await fake.slash(member, "ask", ask("what causes calf cramps")))
    related = buttons(answer)[2]
    assert related["label"].startswith("Related: ")
    reply = await fake.reply_to(await fake.click(member, answer, related["custom_id"]))
    assert reply["embeds"][0]["title"] == related["label"].removeprefix("Related: ")
    assert reply["embeds"][0]["author"]["name"] == "You asked: what causes calf cramps"


async def test_feedback_button_records_the_vote(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    answer = await fake.reply_to(await fake.slash(member, "ask", ask("what causes calf cramps")))
    click = await fake.click(member, answer, "sh:feedback:0:calf-cramps")
    reply = await fake.reply_to(click)
    assert click.callbacks[0]["data"]["flags"] & EPHEMERAL
    assert "Thanks" in reply["embeds"][0]["description"]
    with sqlite3.connect(sqlite_file(e2e_app.db)) as conn:
        rows = conn.execute("SELECT user_id, entry_id, question, helpful FROM answer_feedback")
        assert rows.fetchall() == [(int(member["id"]), "calf-cramps", "what causes calf cramps", 0)]


async def test_did_you_mean_offers_buttons_and_a_click_answers(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    reply = await fake.reply_to(await fake.slash(member, "ask", ask("leg training")))
    assert reply["embeds"][0]["title"] == "Did you mean…"
    choices = buttons(reply)
    assert 1 <= len(choices) <= 3
    assert all(b["custom_id"].startswith("sh:topic:") for b in choices)
    click = await fake.click(member, reply, choices[0]["custom_id"])
    answer = await fake.reply_to(click)
    assert answer["embeds"][0]["title"] == choices[0]["label"]
    assert answer["embeds"][0]["author"]["name"] == "You asked: leg training"


async def test_an_unanswerable_question_is_declined_honestly(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    reply = await fake.reply_to(await fake.slash(member, "ask", ask("recommend a good anime")))
    assert reply["embeds"][0]["title"] == "I don't have an answer for that"
    assert [b["custom_id"] for b in buttons(reply)] == ["sh:topics"]


async def test_a_warning_sign_gets_the_emergency_reply_and_nothing_else(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    reply = await fake.reply_to(await fake.slash(member, "ask", ask("my chest feels tight")))
    [embed] = reply["embeds"]
    assert embed["title"] == "This could be an emergency"
    assert "emergency number" in embed["description"]
    # No answer and no feedback buttons: only the guide to the sign, one click away.
    assert [b["label"] for b in buttons(reply)] == ["Read: Signs of a heart attack"]


async def test_member_text_cannot_ping_anyone(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    text = f"@everyone <@&{fake.guild_id}> what causes calf cramps"
    reply = await fake.reply_to(await fake.slash(member, "ask", ask(text)))
    # The fake fails the test if allowed_mentions would let this ping; check it arrived too.
    assert "@everyone" in reply["embeds"][0]["author"]["name"]
    assert reply["allowed_mentions"]["parse"] == []


async def test_a_mention_in_a_channel_is_answered_in_the_channel(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    bot_id = fake.bot_user["id"]
    sent = await fake.post_message(
        member, f"<@{bot_id}> what causes calf cramps at night", mentions_bot=True
    )
    [reply] = await fake.wait_for(lambda: fake.bot_messages(fake.channel_id))
    assert reply["embeds"][0]["title"] == "Calf cramps"
    assert str(reply["message_reference"]["message_id"]) == sent["id"]


async def test_a_message_without_a_mention_is_left_alone(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    await fake.post_message(member, "what causes calf cramps at night")
    bot_id = fake.bot_user["id"]
    await fake.post_message(member, f"<@{bot_id}> what is a calf cramp", mentions_bot=True)
    replies = await fake.wait_for(lambda: fake.bot_messages(fake.channel_id))
    assert len(replies) == 1


async def test_a_dm_is_answered_in_the_dm(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    await fake.post_message(member, "why is my calf called a second heart", dm=True)
    dm = fake.dm_channels[member["id"]]
    [reply] = await fake.wait_for(lambda: fake.bot_messages(dm))
    assert reply["embeds"][0]["title"].startswith("The calf muscle pump")


async def test_a_member_spamming_questions_is_asked_to_slow_down(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    limit = e2e_app.config.questions.cooldown_rate
    for _ in range(limit):
        await fake.reply_to(await fake.slash(member, "ask", ask("what causes calf cramps")))
    extra = await fake.slash(member, "ask", ask("what causes calf cramps"))
    reply = await fake.reply_to(extra)
    assert extra.callbacks[0]["data"]["flags"] & EPHEMERAL
    assert "Slow down" in reply["embeds"][0]["description"]


async def test_topics_lists_every_area(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    reply = await fake.reply_to(await fake.slash(member, "topics"))
    names = {f["name"] for f in reply["embeds"][0]["fields"]}
    assert {"Physiology", "Exercises", "Conditions"} <= names


async def test_kb_reload_is_refused_to_a_member_without_manage_server(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    before = e2e_app.questions.kb
    options = [{"name": "reload", "type": 1, "options": []}]
    interaction = await fake.slash(member, "kb", options)
    reply = await fake.reply_to(interaction)
    assert "Manage Server" in reply["embeds"][0]["description"]
    assert interaction.callbacks[0]["data"]["flags"] & EPHEMERAL
    assert e2e_app.questions.kb is before


async def test_kb_reload_and_gaps_work_for_a_manager(
    bot: SecondHeartBot, fake: FakeDiscord, admin: dict[str, Any], member: dict[str, Any]
) -> None:
    await fake.reply_to(await fake.slash(member, "ask", ask("recommend a good anime")))
    reload = await fake.reply_to(
        await fake.slash(admin, "kb", [{"name": "reload", "type": 1, "options": []}])
    )
    assert "reloaded" in reload["embeds"][0]["description"]
    gaps = await fake.reply_to(
        await fake.slash(admin, "kb", [{"name": "gaps", "type": 1, "options": []}])
    )
    assert "1 × recommend a good anime" in gaps["embeds"][0]["description"]


async def test_a_mentioning_spammer_is_asked_to_slow_down(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    limit = e2e_app.config.questions.cooldown_rate
    bot_id = fake.bot_user["id"]
    posted = [
        await fake.post_message(member, f"<@{bot_id}> what is a calf cramp", mentions_bot=True)
        for _ in range(limit + 1)
    ]
    replies = await fake.wait_for(
        lambda: (
            len(fake.bot_messages(fake.channel_id)) == limit + 1
            and fake.bot_messages(fake.channel_id)
        )
    )
    # Answers come as the model finishes, so the refusal may overtake them: match by reference.
    [refusal] = [r for r in replies if "Slow down" in r["embeds"][0]["description"]]
    assert str(refusal["message_reference"]["message_id"]) == posted[-1]["id"]
    assert all(r["embeds"][0]["title"] == "Calf cramps" for r in replies if r is not refusal)


async def test_an_unexpected_failure_gets_a_short_apology_and_is_logged(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    e2e_app: App,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(*_: object, **__: object) -> None:
        raise RuntimeError("the knowledge base fell over")

    monkeypatch.setattr(e2e_app.questions, "ask", broken)
    interaction = await fake.slash(member, "ask", ask("what is a calf cramp"))
    reply = await fake.reply_to(interaction)
    assert reply["embeds"][0]["description"] == (
        "Sorry, something went wrong on our side. It has been logged."
    )
    assert reply["flags"] & EPHEMERAL
    [record] = [r for r in caplog.records if r.getMessage().startswith("command /ask failed")]
    assert f"user {member['id']}" in record.getMessage()
    assert record.exc_info is not None


async def test_a_question_channel_needs_no_mention(
    tmp_path: Path, fake: FakeDiscord, member: dict[str, Any], clock: FakeClock
) -> None:
    base = e2e_config(tmp_path, fake)
    config = msgspec.structs.replace(
        base,
        discord=msgspec.structs.replace(base.discord, message_content=True),
        questions=msgspec.structs.replace(base.questions, channels=(int(fake.channel_id),)),
    )
    app = await open_app(config, clock=clock)
    try:
        async with running_bot(app):
            await fake.post_message(member, "what causes calf cramps at night")
            [reply] = await fake.wait_for(lambda: fake.bot_messages(fake.channel_id))
    finally:
        await app.close()
    assert reply["embeds"][0]["title"] == "Calf cramps"


async def test_kb_reload_of_an_alias_bomb_is_refused_and_the_bot_keeps_answering(
    tmp_path: Path,
    fake: FakeDiscord,
    admin: dict[str, Any],
    member: dict[str, Any],
    clock: FakeClock,
) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", knowledge)
    config = msgspec.structs.replace(
        e2e_config(tmp_path, fake), knowledge=KnowledgeConfig(path=str(knowledge))
    )
    app = await open_app(config, clock=clock)
    try:
        async with running_bot(app):
            bomb = knowledge / "zz-bomb.yaml"
            bomb.write_text(ALIAS_BOMB + "area: Bomb\nentries: *l9\n")
            reload = await fake.slash(admin, "kb", [{"name": "reload", "type": 1, "options": []}])
            question = await fake.slash(member, "ask", ask("what causes calf cramps"))
            refused = await fake.reply_to(reload)
            answer = await fake.reply_to(question)
    finally:
        await app.close()
    assert refused["embeds"][0]["title"] == "Knowledge base not reloaded"
    assert f"{bomb}:1: anchors (&name) are not allowed" in refused["embeds"][0]["description"]
    assert answer["embeds"][0]["title"] == "Calf cramps"


async def test_a_mentioned_question_is_answered_without_an_error_in_the_log(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot_id = fake.bot_user["id"]
    await fake.post_message(member, f"<@{bot_id}> what causes calf cramps", mentions_bot=True)
    await fake.post_message(member, f"<@{bot_id}> help me with cramps", mentions_bot=True)
    replies = await fake.wait_for(
        lambda: len(fake.bot_messages(fake.channel_id)) == 2 and fake.bot_messages(fake.channel_id)
    )
    assert replies[0]["embeds"][0]["title"] == "Calf cramps"
    # The words after the mention were once looked up as a prefix command: CommandNotFound,
    # logged as an ERROR with a traceback, for every question any member asked.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


async def test_kb_gaps_shows_a_members_masked_link_as_plain_text(
    bot: SecondHeartBot, fake: FakeDiscord, admin: dict[str, Any], member: dict[str, Any]
) -> None:
    phishing = "recommend an anime [claim your prize](https://evil.example/login)"
    await fake.reply_to(await fake.slash(member, "ask", ask(phishing)))
    gaps = await fake.reply_to(
        await fake.slash(admin, "kb", [{"name": "gaps", "type": 1, "options": []}])
    )
    description = gaps["embeds"][0]["description"]
    assert "[claim your prize](https://" not in description
    assert r"1 × recommend an anime \[claim your prize\]\(https\://evil.example/login\)" in (
        description
    )


async def test_greetings_thanks_and_help_get_a_friendly_answer_wherever_they_are_said(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    """Mentioned, in a DM or through /ask: never "I don't have an answer for that"."""
    bot_id = fake.bot_user["id"]
    await fake.post_message(member, f"<@{bot_id}> hi", mentions_bot=True)
    [hello] = await fake.wait_for(lambda: fake.bot_messages(fake.channel_id))
    assert "I'm Second Heart" in hello["embeds"][0]["description"]
    await fake.post_message(member, "thanks!", dm=True)
    dm = fake.dm_channels[member["id"]]
    [thanks] = await fake.wait_for(lambda: fake.bot_messages(dm))
    assert "You're welcome" in thanks["embeds"][0]["description"]
    reply = await fake.reply_to(await fake.slash(member, "ask", ask("what can you do?")))
    assert reply["embeds"][0]["title"] == "How to use Second Heart"
    for message in (hello, thanks, reply):
        assert message["embeds"][0].get("title") != "I don't have an answer for that"
