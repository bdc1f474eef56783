"""What members read: sources and disclaimers on answers, emergency wording on warning signs."""

from __future__ import annotations

from bot.app import App
from bot.questions.replies import answer_json, answer_reply
from bot.replies import Tone


async def test_an_answer_cites_its_sources_with_links_and_the_disclaimer(app: App) -> None:
    reply = answer_reply(await app.questions.ask("what causes calf cramps at night"))
    [sources] = [f for f in reply.fields if f.name == "Sources"]
    assert "](https://www.nhsinform.scot/" in sources.value
    assert reply.footer is not None
    assert reply.footer.startswith("General information, not medical")
    assert [a.label for a in reply.actions[:2]] == ["Helpful", "Not helpful"]
    assert reply.quote == "what causes calf cramps at night"


async def test_an_answer_offers_related_topics_after_the_feedback_buttons(app: App) -> None:
    answer = await app.questions.ask("what causes calf cramps at night")
    assert answer.see_also
    related = answer_reply(answer).actions[2:]
    assert [a.label for a in related] == [f"Related: {e.title}" for e in answer.see_also]
    assert [a.key for a in related] == [f"topic:{e.id}" for e in answer.see_also]
    assert [a.command for a in related] == [f"/topic {e.id}" for e in answer.see_also]


async def test_an_emergency_says_stop_and_call_and_attaches_no_answer(app: App) -> None:
    reply = answer_reply(await app.questions.ask("i fainted during my workout"))
    assert reply.tone is Tone.URGENT
    assert "Stop exercising now" in reply.body
    assert "999" in reply.body
    assert "911" in reply.body
    assert "112" in reply.body
    assert reply.actions == ()
    assert "nhs.uk/conditions/fainting" in reply.fields[0].value


async def test_a_same_day_warning_points_to_same_day_care(app: App) -> None:
    reply = answer_reply(await app.questions.ask("my left calf is swollen and red"))
    assert reply.title == "Please get medical advice today"
    assert "NHS 111" in reply.body


async def test_a_decline_is_honest_and_offers_the_topics(app: App) -> None:
    reply = answer_reply(await app.questions.ask("recommend a good anime"))
    assert reply.title == "I don't have an answer for that"
    assert [a.command for a in reply.actions] == ["/topics"]


async def test_suggestions_are_actions_that_open_a_topic(app: App) -> None:
    reply = answer_reply(await app.questions.ask("leg training"))
    assert reply.title == "Did you mean…"
    assert all(a.command.startswith("/topic ") for a in reply.actions)
    assert all(a.key.startswith("topic:") for a in reply.actions)


async def test_the_curators_json_has_every_field(app: App) -> None:
    data = answer_json(await app.questions.ask("what causes calf cramps at night"))
    assert set(data) >= {"id", "title", "confidence", "urgent", "answer", "sources", "suggestions"}
    assert data["id"] == "calf-cramps"
    related = data["related"]
    assert isinstance(related, list)
    assert related
    assert "calf-cramps" not in related
    assert data["urgent"] is False
    assert isinstance(data["sources"], list)
    assert data["sources"][0]["link"].startswith("https://")
    declined = answer_json(await app.questions.ask("recommend a good anime"))
    assert declined["id"] is None
    assert declined["answer"] is None
