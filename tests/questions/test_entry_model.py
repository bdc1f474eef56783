"""The entry model reorders close neighbours, and never makes the bot surer of an answer."""

from __future__ import annotations

import json
import logging
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
import yaml

from bot.questions.entry_model import (
    ABOUT_FILE,
    WEIGHT,
    EntryModel,
    shipped_entry_model,
    train,
    training_digest,
    training_questions,
    training_set,
)
from bot.questions.kb import KnowledgeBase, load_knowledge_strict
from bot.questions.search import Zone, decide
from bot.questions.semantic import Encoder, SemanticRanker
from bot.questions.service import THRESHOLDS
from bot.questions.text import normalise
from tests.questions.test_engines import FixedEncoder, two_text_entry

REPO = Path(__file__).resolve().parents[2]
QUESTION_SETS = sorted((REPO / "tests" / "data").glob("questions_*set*.yaml"))


def _favouring(entry_ids: tuple[str, ...], favourite: str) -> EntryModel:
    """A model, for FixedEncoder's two-number vectors, all but sure of `favourite`."""
    bias = np.array([10.0 if e == favourite else 0.0 for e in entry_ids], dtype=np.float32)
    return EntryModel(entry_ids, np.zeros((2, len(entry_ids)), dtype=np.float32), bias)


def _neighbours() -> tuple[KnowledgeBase, FixedEncoder]:
    walking = two_text_entry("walking", "walk a", "walk b")
    after_meals = two_text_entry("walking-after-meals", "meal a", "meal b")
    cosines = {"walk a": 0.85, "walk b": 0.85, "meal a": 0.78, "meal b": 0.78, "question": 1.0}
    return KnowledgeBase.of([walking, after_meals]), FixedEncoder(cosines)


def test_the_model_puts_its_entry_first_but_the_answer_waits_for_the_scores() -> None:
    kb, encoder = _neighbours()
    ids = ("walking", "walking-after-meals")
    alone = SemanticRanker(kb, encoder, None).rank("question")
    assert [m.entry_id for m in alone] == ["walking", "walking-after-meals"]
    assert decide(alone, THRESHOLDS["semantic"]).zone is Zone.CONFIDENT

    ranker = SemanticRanker(kb, encoder, None, entry_model=_favouring(ids, "walking-after-meals"))
    ranked = ranker.rank("question")
    assert [m.entry_id for m in ranked] == ["walking-after-meals", "walking"]
    # The scores are the similarity's; the ranking adds the model's vote.
    assert [m.score for m in ranked] == [0.78, 0.85]
    assert ranked[0].rank_score == pytest.approx(0.78 + WEIGHT, abs=1e-3)
    decision = decide(ranked, THRESHOLDS["semantic"])
    assert decision.zone is Zone.UNSURE
    assert [m.entry_id for m in decision.matches] == ["walking-after-meals", "walking"]


def test_a_model_that_agrees_changes_nothing_but_the_lead() -> None:
    kb, encoder = _neighbours()
    model = _favouring(("walking", "walking-after-meals"), "walking")
    ranked = SemanticRanker(kb, encoder, None, entry_model=model).rank("question")
    assert [m.entry_id for m in ranked] == ["walking", "walking-after-meals"]
    assert decide(ranked, THRESHOLDS["semantic"]).zone is Zone.CONFIDENT


def test_a_model_trained_for_other_entries_is_left_out(caplog: pytest.LogCaptureFixture) -> None:
    kb, encoder = _neighbours()
    other = _favouring(("walking", "walking-after-meals", "squats"), "walking-after-meals")
    with caplog.at_level(logging.WARNING):
        ranked = SemanticRanker(kb, encoder, None, entry_model=other).rank("question")
    assert [m.entry_id for m in ranked] == ["walking", "walking-after-meals"]
    assert all(m.rank_score is None for m in ranked)
    assert "trained for other entries" in caplog.text


def test_training_learns_which_direction_tells_classes_apart(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    centres = np.eye(384, dtype=np.float32)[:3]
    labels = [i % 3 for i in range(90)]
    rows = centres[labels] + rng.normal(0, 0.2, (90, 384)).astype(np.float32) / np.sqrt(384)
    vectors = (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)
    weights, bias = train(vectors, labels, 3)
    model = EntryModel(("a", "b", "c"), weights, bias)
    model.save(tmp_path / "model.npz")
    loaded = EntryModel.load(tmp_path / "model.npz")
    assert loaded.entry_ids == ("a", "b", "c")
    for label in range(3):
        odds = loaded.probabilities(centres[label])
        assert int(np.argmax(odds)) == label
        assert odds[label] > 0.6


def test_questions_for_no_entry_are_refused() -> None:
    some = next(iter(training_questions()))
    kb = KnowledgeBase.of([two_text_entry(some, "a", "b")])
    with pytest.raises(ValueError, match="which is no entry"):
        training_set(kb)


@pytest.fixture(scope="module")
def shipped_kb() -> KnowledgeBase:
    return load_knowledge_strict(REPO / "knowledge")


def test_the_shipped_model_was_trained_on_todays_entries_and_questions(
    shipped_kb: KnowledgeBase,
) -> None:
    ids, texts, labels = training_set(shipped_kb)
    model = shipped_entry_model()
    assert model is not None
    assert model.fits(ids)
    about_file = resources.files("bot.questions") / "data" / ABOUT_FILE
    about = json.loads(about_file.read_text(encoding="utf-8"))
    assert about["training_digest"] == training_digest(ids, texts, labels), (
        "the knowledge base's texts or the training questions changed: run "
        "`python -m bot.questions.entry_model` to train the entry model again"
    )


def test_no_training_question_repeats_a_question_the_sets_measure_with() -> None:
    measured: set[str] = set()
    for path in QUESTION_SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for questions in data.get("paraphrases", {}).values():
            measured.update(normalise(q) for q in questions)
        measured.update(normalise(q) for q in data.get("out_of_scope", []))
    written = {normalise(q) for qs in training_questions().values() for q in qs}
    assert len(measured) > 500
    assert written.isdisjoint(measured)


def test_the_shipped_model_tells_an_extra_beat_on_a_run_from_heart_rate_zones(
    shipped_kb: KnowledgeBase,
) -> None:
    """Similarity alone puts heart rate zones first for a question about an extra heartbeat
    while running; the model knows the question is about palpitations in exercise."""
    encoder = Encoder()
    question = "what does an extra beat feel like when running, is it a worry"
    alone = SemanticRanker(shipped_kb, encoder, None).rank(question, limit=3)
    assert alone[0].entry_id == "heart-rate-zones"
    ranked = SemanticRanker(shipped_kb, encoder, None, entry_model=shipped_entry_model()).rank(
        question, limit=3
    )
    assert ranked[0].entry_id == "palpitations-during-exercise"
