"""The questions service through the real composition root: triage, zones, storage, reload."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.questions.kb import KnowledgeBase
from bot.questions.search import Match
from bot.questions.service import AnswerKind, QuestionService
from tests.helpers import REPO, columns_of, rows


async def test_warning_signs_win_over_a_matching_entry(app: App) -> None:
    answer = await app.questions.ask("chest pain when I do calf raises, how do I do them right?")
    assert answer.kind is AnswerKind.URGENT
    assert answer.entry is None
    assert answer.triage is not None


async def test_a_clear_question_is_answered(app: App) -> None:
    answer = await app.questions.ask("what causes calf cramps at night")
    assert answer.kind is AnswerKind.ANSWER
    assert answer.entry is not None
    assert answer.entry.id == "calf-cramps"


async def test_a_vague_question_gets_suggestions(app: App) -> None:
    answer = await app.questions.ask("leg training")
    assert answer.kind is AnswerKind.SUGGESTIONS
    assert 1 <= len(answer.suggestions) <= 3
    leg_training = {
        "leg-training-frequency",
        "beginner-leg-routine",
        "leg-training-and-heart",
        "skipping-leg-day",
    }
    assert {e.id for e in answer.suggestions} <= leg_training


async def test_a_declined_question_is_stored_without_who_asked(app: App) -> None:
    answer = await app.questions.ask("how much protein should i eat")
    assert answer.kind is AnswerKind.DECLINED
    assert rows(app, "SELECT question FROM unanswered_questions") == [
        ("how much protein should i eat",)
    ]
    columns = columns_of(app, "unanswered_questions")
    assert "user_id" not in columns


async def test_a_curators_test_question_is_not_stored(app: App) -> None:
    await app.questions.ask("how much protein should i eat", record=False)
    assert rows(app, "SELECT count(*) FROM unanswered_questions") == [(0,)]


async def test_an_overlong_question_is_cut(app: App) -> None:
    answer = await app.questions.ask("calf " * 400)
    assert len(answer.question) <= 500


async def test_voting_twice_changes_the_vote_rather_than_adding_one(app: App) -> None:
    q = app.questions
    assert await q.record_feedback(user_id=7, entry_id="walking", question="Walk?", helpful=True)
    assert await q.record_feedback(user_id=7, entry_id="walking", question="walk", helpful=False)
    assert rows(app, "SELECT user_id, entry_id, helpful FROM answer_feedback") == [
        (7, "walking", 0)
    ]


async def test_feedback_on_an_unknown_entry_is_refused(app: App) -> None:
    assert not await app.questions.record_feedback(
        user_id=7, entry_id="gone", question="x", helpful=True
    )
    assert rows(app, "SELECT count(*) FROM answer_feedback") == [(0,)]


async def test_gaps_rank_declined_and_unhelpful_questions_of_the_last_30_days(
    app: App, clock: FakeClock
) -> None:
    q = app.questions
    await q.ask("best bicep exercises")
    clock.advance(timedelta(days=31))
    for text in ("how much protein should i eat", "How much protein should I eat?"):
        await q.ask(text)
    await q.record_feedback(user_id=1, entry_id="squats", question="are squats ok", helpful=False)
    await q.record_feedback(user_id=2, entry_id="squats", question="squats?", helpful=True)
    gaps = await q.gaps(days=30)
    assert [(g.question, g.asked) for g in gaps] == [
        ("How much protein should I eat?", 2),
        ("are squats ok", 1),
    ]


def test_autocomplete_offers_at_most_25_matching_titles(app: App) -> None:
    hits = app.questions.autocomplete("cramp")
    assert hits[0][0] == "Calf cramps"
    assert all(len(pair) == 2 for pair in hits)
    assert len(app.questions.autocomplete("")) == 25
    assert len(app.questions.autocomplete("calf")) <= 25


class FixedRanker:
    """Ranks every question the same way, so what an answer offers can be checked exactly."""

    name = "semantic"

    def __init__(self, matches: list[Match]) -> None:
        self._matches = matches

    def rank(self, query: str, limit: int = 5) -> list[Match]:
        return self._matches[:limit]

    def outside(self, query: str) -> float | None:
        return None


def fixed(app: App, clock: FakeClock, *ranked: tuple[str, float]) -> QuestionService:
    matches = [Match(entry_id, score) for entry_id, score in ranked]

    def make_ranker(kb: KnowledgeBase) -> FixedRanker:
        return FixedRanker(matches)

    return QuestionService(app.questions.kb, make_ranker, app.db, clock, REPO / "knowledge")


async def test_an_answer_offers_its_runners_up_then_its_related_topics(
    app: App, clock: FakeClock
) -> None:
    related = app.questions.kb.by_id["walking"].related
    assert related[:2] == ("foot-venous-pump", "venous-return")
    # squats is close enough to have been a suggestion; cardio-vs-strength is not.
    service = fixed(app, clock, ("walking", 0.9), ("squats", 0.7), ("cardio-vs-strength", 0.3))
    answer = await service.ask("is walking enough")
    assert answer.entry is not None
    assert answer.entry.id == "walking"
    assert [e.id for e in answer.see_also] == ["squats", "foot-venous-pump", "venous-return"]
    # A runner-up that is also curated as related is offered once, in the runner-up's place.
    service = fixed(app, clock, ("walking", 0.9), ("venous-return", 0.7))
    answer = await service.ask("is walking enough")
    assert [e.id for e in answer.see_also] == ["venous-return", "foot-venous-pump", related[2]]


async def test_suggestions_and_declines_offer_no_related_topics(app: App, clock: FakeClock) -> None:
    unsure = await fixed(app, clock, ("walking", 0.57), ("squats", 0.56)).ask("walk")
    assert unsure.kind is AnswerKind.SUGGESTIONS
    assert unsure.see_also == ()
    assert (await app.questions.ask("how much protein should i eat")).see_also == ()


def test_topic_by_id(app: App) -> None:
    answer = app.questions.topic("walking")
    assert answer is not None
    assert answer.entry is not None
    assert [e.id for e in answer.see_also] == list(answer.entry.related)
    assert app.questions.topic("no-such-topic") is None
    assert app.questions.topic("prompt-walk") is None


async def test_a_broken_reload_keeps_the_old_knowledge_serving(app: App, tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", folder)
    service = QuestionService(
        app.questions.kb, lambda kb: app.questions._make_ranker(kb), app.db, app.clock, folder
    )
    before = service.kb
    (folder / "broken.yaml").write_text("area: Broken\nentries: [oops\n")
    problems = await service.reload()
    assert [p.file for p in problems] == [str(folder / "broken.yaml")]
    assert service.kb is before
    assert (await service.ask("what causes calf cramps")).kind is AnswerKind.ANSWER


async def test_a_good_reload_serves_the_new_knowledge(app: App, tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", folder)
    service = QuestionService(
        app.questions.kb, lambda kb: app.questions._make_ranker(kb), app.db, app.clock, folder
    )
    text = (folder / "exercises.yaml").read_text()
    (folder / "exercises.yaml").write_text(text.replace("title: Calf cramps", "title: Cramp!"))
    assert await service.reload() == []
    assert service.kb.by_id["calf-cramps"].title == "Cramp!"


@pytest.mark.parametrize("text", ["2", "12 3", "?!", "👍", "<@123>", "<t:99999999999999:F>"])
async def test_text_with_no_words_is_declined_but_not_listed_as_a_gap(app: App, text: str) -> None:
    answer = await app.questions.ask(text)
    assert answer.kind is AnswerKind.DECLINED
    assert await app.questions.gaps(days=30) == []


async def test_a_real_question_the_knowledge_base_lacks_is_listed_as_a_gap(app: App) -> None:
    await app.questions.ask("recommend a good anime")
    assert [g.question for g in await app.questions.gaps(days=30)] == ["recommend a good anime"]


async def test_a_warning_sign_at_the_end_of_a_long_message_is_still_caught(app: App) -> None:
    story = "I have been training my calves for a few months and logging every session. " * 8
    message = story + "Right now my left calf is swollen, hot and red since my flight yesterday."
    assert len(" ".join(story.split())) > 500
    answer = await app.questions.ask(message, record=False)
    assert answer.kind is AnswerKind.URGENT
    # The quote and anything stored stay at the first 500 characters.
    assert len(answer.question) == 500
