"""Entries written for some people only rank lower for questions that don't name them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.questions.audience import AUDIENCE_PENALTY, AUDIENCE_STEP_UP, Audiences
from bot.questions.kb import Entry, KnowledgeBase
from bot.questions.lexical import LexicalRanker
from bot.questions.semantic import SemanticRanker
from tests.questions.test_engines import FixedEncoder, two_text_entry


def for_people(entry_id: str, *audience: str) -> Entry:
    entry = two_text_entry(entry_id, f"{entry_id} title", f"{entry_id} question")
    return replace(entry, audience=audience)


ENTRIES = [
    for_people("anyone"),
    for_people("heart-failure", "heart failure", "hfref"),
    for_people("older", "elderly", "70s", "60-110"),
    for_people("stents", "stent", "heart attack"),
]


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("is it safe to walk every day", ["heart-failure", "older", "stents"]),
        ("walking with heart failure, how far", ["older", "stents"]),
        ("my HFrEF nurse says walk more", ["older", "stents"]),
        # A plural and a slip of one letter still name it.
        ("two stents last year, can i run", ["heart-failure", "older"]),
        ("my mum had a heart atack, can she walk", ["heart-failure", "older"]),
        # An age as a number, or as a decade.
        ("i'm 72 and want to start squats", ["heart-failure", "stents"]),
        ("squats in your 70s", ["heart-failure", "stents"]),
        # A number outside the range names no age.
        ("i walk 45 minutes a day", ["heart-failure", "older", "stents"]),
        # Part of a word is not the word: "hearty" isn't "heart", "stentorian" isn't "stent".
        ("a hearty stentorian laugh", ["heart-failure", "older", "stents"]),
    ],
)
def test_the_entries_a_question_leaves_out(question: str, left_out: list[str]) -> None:
    audiences = Audiences(ENTRIES)
    assert [ENTRIES[i].id for i in audiences.left_out(question)] == left_out


def test_no_entry_with_an_audience_leaves_nothing_out() -> None:
    assert Audiences([for_people("anyone")]).left_out("anything at all") == []


def test_a_question_splits_the_entries_with_an_audience_into_named_and_left_out() -> None:
    named, left_out = Audiences(ENTRIES).split("my dad, 74, has two stents")
    assert [ENTRIES[i].id for i in named] == ["older", "stents"]
    assert [ENTRIES[i].id for i in left_out] == ["heart-failure"]
    # An entry for anyone is in neither list.
    assert Audiences([for_people("anyone")]).split("anything") == ([], [])


def test_an_entry_for_some_people_gives_way_to_a_close_general_one() -> None:
    """Scored 0.83 against 0.80, the heart-failure entry comes second unless the question names
    heart failure; far ahead, it stays first."""
    general = two_text_entry("walking", "walk a", "walk b")
    special = replace(for_people("hf-walking", "heart failure"), title="hf a", question="hf b")
    kb = KnowledgeBase.of([general, special])
    cosines = {"walk a": 0.80, "walk b": 0.80, "hf a": 0.83, "hf b": 0.83}
    plain, named = "is walking good for me", "is walking good with heart failure"
    ranker = SemanticRanker(kb, FixedEncoder({**cosines, plain: 1.0, named: 1.0}), None)

    assert [m.entry_id for m in ranker.rank(plain)] == ["walking", "hf-walking"]
    assert ranker.rank(plain)[1].score == pytest.approx(0.83 - AUDIENCE_PENALTY, abs=1e-4)
    assert [m.entry_id for m in ranker.rank(named)] == ["hf-walking", "walking"]

    far = {**cosines, "hf a": 0.95, "hf b": 0.95, plain: 1.0}
    assert SemanticRanker(kb, FixedEncoder(far), None).rank(plain)[0].entry_id == "hf-walking"


def test_an_entry_for_the_people_a_question_names_moves_up_but_keeps_its_score() -> None:
    """Scored 0.80 against a general entry's 0.83, the heart-failure entry comes first when the
    question names heart failure; its score, which decides whether to answer, stays 0.80, so it
    is offered rather than answered outright over a better-scoring entry (search.decide)."""
    general = two_text_entry("walking", "walk a", "walk b")
    special = replace(for_people("hf-walking", "heart failure"), title="hf a", question="hf b")
    kb = KnowledgeBase.of([general, special])
    cosines = {"walk a": 0.83, "walk b": 0.83, "hf a": 0.80, "hf b": 0.80}
    named = "is walking good with heart failure"
    ranker = SemanticRanker(kb, FixedEncoder({**cosines, named: 1.0}), None)

    first, second = ranker.rank(named)
    assert [first.entry_id, second.entry_id] == ["hf-walking", "walking"]
    assert first.score == pytest.approx(0.80, abs=1e-4)
    assert first.standing == pytest.approx(0.80 + AUDIENCE_STEP_UP, abs=1e-4)
    # Far behind, naming the audience does not lift it past the general entry.
    far = {**cosines, "hf a": 0.70, "hf b": 0.70, named: 1.0}
    assert SemanticRanker(kb, FixedEncoder(far), None).rank(named)[0].entry_id == "walking"


def test_the_lexical_engine_moves_a_named_audience_up_by_the_same_step() -> None:
    general = two_text_entry("walking", "daily walking pace distance", "how far to walk daily")
    special = replace(
        two_text_entry("hf-walking", "daily walking heart failure", "heart failure walking plan"),
        audience=("heart failure",),
    )
    ranker = LexicalRanker(KnowledgeBase.of([general, special]))
    named = {m.entry_id: m for m in ranker.rank("daily walking pace with heart failure")}
    assert named["hf-walking"].standing == pytest.approx(
        named["hf-walking"].score + AUDIENCE_STEP_UP, abs=1e-4
    )
    assert named["walking"].standing == named["walking"].score
    plain = {m.entry_id: m for m in ranker.rank("daily walking pace")}
    assert all(m.standing == m.score for m in plain.values())
