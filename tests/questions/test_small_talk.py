"""Greetings, thanks and "what can you do?" get a friendly answer, never a decline."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.questions.replies import answer_reply
from bot.questions.service import AnswerKind
from bot.questions.small_talk import SmallTalk, small_talk


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hi", SmallTalk.GREETING),
        ("Hey there!", SmallTalk.GREETING),
        ("good morning bot, how are you", SmallTalk.GREETING),
        ("thanks!", SmallTalk.THANKS),
        ("ok thank you so much", SmallTalk.THANKS),
        ("cheers mate", SmallTalk.THANKS),
        ("help", SmallTalk.HELP),
        ("hey, what can you do?", SmallTalk.HELP),
        ("who are you", SmallTalk.HELP),
    ],
)
def test_small_talk_is_recognised(text: str, kind: SmallTalk) -> None:
    assert small_talk(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "hi, how many calf raises should i do",
        "thanks, and what about lunges?",
        "help my calf hurts",
    ],
)
def test_a_question_with_a_greeting_is_still_a_question(text: str) -> None:
    assert small_talk(text) is None


async def test_what_can_you_do_is_answered_with_the_bots_own_entry(app: App) -> None:
    answer = await app.questions.ask("hey, what can you do?")
    assert answer.kind is AnswerKind.ANSWER
    assert answer.entry is not None
    assert answer.entry.id == "bot-help"


async def test_a_greeting_and_thanks_get_a_friendly_reply_not_a_decline(app: App) -> None:
    for text, opening in (("hello!", "Hi! I'm Second Heart."), ("thanks", "You're welcome!")):
        answer = await app.questions.ask(text)
        assert answer.kind is AnswerKind.SMALL_TALK
        reply = answer_reply(answer)
        assert isinstance(reply.body, str)
        assert reply.body.startswith(opening)
        assert [a.command for a in reply.actions] == ["/topics"]
    assert await app.questions.gaps() == []


async def test_triage_still_comes_before_small_talk(app: App) -> None:
    answer = await app.questions.ask("help my chest is crushing and my arm is numb")
    assert answer.kind is AnswerKind.URGENT
