"""Both engines on the real knowledge base, and the semantic model's safeguards."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter, OrderedDict
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from bot.questions import engines
from bot.questions.evaluation import evaluate, load_devset
from bot.questions.kb import Entry, KnowledgeBase, load_knowledge
from bot.questions.letters import question_parts
from bot.questions.lexical import LexicalRanker
from bot.questions.scope import OutsideTheMission, load_outside
from bot.questions.search import Zone, decide, rank_parts
from bot.questions.semantic import Encoder, ModelUnavailable, SemanticRanker
from bot.questions.service import THRESHOLDS
from bot.questions.text import normalise
from tests.helpers import REPO

DEVSET = REPO / "tests" / "data" / "questions_devset.yaml"
# Written one after another, each committed before any engine ran on it (see each file's header).
TESTSETS = tuple(
    REPO / "tests" / "data" / name
    for name in ("questions_testset.yaml", "questions_testset2.yaml", "questions_testset3.yaml")
)
# What entries written since a test set was frozen answer of it.
RESCOPED = REPO / "tests" / "data" / "questions_rescoped.yaml"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(REPO / "knowledge")[0]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder()


@pytest.fixture(scope="module")
def semantic(kb, encoder, tmp_path_factory) -> SemanticRanker:
    cache = tmp_path_factory.mktemp("cache")
    return SemanticRanker(kb, encoder, cache, OutsideTheMission(encoder, cache))


@pytest.fixture(scope="module")
def lexical(kb) -> LexicalRanker:
    return LexicalRanker(kb)


def test_lexical_tolerates_typos(lexical: LexicalRanker) -> None:
    # "how do i do" are stop words, so the query needs a word that says it is about technique.
    assert lexical.rank("proper form for calf raizes")[0].entry_id == "calf-raise-technique"


def test_lexical_declines_a_question_made_of_unknown_words(lexical: LexicalRanker) -> None:
    # "eat" is in the knowledge base (walks after eating); "protein" isn't, and pulls it down.
    assert lexical.rank("how much protein") == []
    matches = lexical.rank("how much protein should i eat")
    assert decide(matches, THRESHOLDS["lexical"]).zone is Zone.NOTHING


def test_lexical_scores_are_between_zero_and_one(lexical: LexicalRanker) -> None:
    for match in lexical.rank("calf pump and varicose veins", limit=10):
        assert 0.0 < match.score <= 1.0


def test_semantic_ranks_a_paraphrase_first(semantic: SemanticRanker) -> None:
    top = semantic.rank("why are calves nicknamed the second heart")[0]
    assert top.entry_id == "calf-muscle-pump"
    assert top.score > THRESHOLDS["semantic"].confident


class FixedEncoder(Encoder):
    """Vectors chosen by the test: each text's cosine with the query is the number it maps to."""

    model_id = "fixed"

    def __init__(self, query_cosines: dict[str, float]) -> None:
        self._cosines = query_cosines
        self._memo = OrderedDict()

    def encode(self, texts: list[str], batch: int = 64) -> np.ndarray:
        cosines = np.array([self._cosines.get(t, 0.0) for t in texts], dtype=np.float32)
        return np.stack([cosines, np.sqrt(1 - cosines**2)], axis=1).astype(np.float32)


def two_text_entry(entry_id: str, first: str, second: str) -> Entry:
    return Entry(
        id=entry_id,
        title=first,
        question=second,
        phrasings=(),
        answer="",
        tags=(),
        sources=(),
        related=(),
        reviewed=date(2026, 1, 1),
        area="test",
        file="test.yaml",
        line=1,
    )


def test_an_entry_scores_a_five_to_one_mean_of_its_two_closest_texts() -> None:
    """One very close text loses to two close ones: the runner-up says what the question is
    really about. A tie for closest counts the closest twice."""
    encoder = FixedEncoder({"query": 1.0, "one close": 0.9, "two close": 0.84, "tie": 0.7})
    kb = KnowledgeBase.of(
        [
            two_text_entry("single", "one close", "far away"),
            two_text_entry("pair", "two close", "two close"),
            two_text_entry("tied", "tie", "tie"),
        ]
    )
    ranked = SemanticRanker(kb, encoder, None).rank("query")
    assert [m.entry_id for m in ranked] == ["pair", "single", "tied"]
    assert [m.score for m in ranked] == pytest.approx([0.84, 0.9 * 5 / 6, 0.7], abs=1e-4)


def test_semantic_vectors_are_unit_length(encoder: Encoder) -> None:
    vectors = encoder.encode(["calf raises", "a much longer sentence about blood in the legs"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_padding_does_not_change_a_vector(encoder: Encoder) -> None:
    alone = encoder.encode(["calf raises"])[0]
    batched = encoder.encode(["calf raises", "a far longer sentence that forces padding on it"])[0]
    assert float(alone @ batched) > 0.9999


def test_the_model_runtime_keeps_no_device_id_and_queues_no_telemetry(tmp_path: Path) -> None:
    # A fresh process: onnxruntime reads the switch when it starts. Without CI set, which
    # onnxruntime also takes as "no telemetry", as on a member's host.
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "ORT_DISABLE_TELEMETRY")}
    env |= {"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env["PYTHONPATH"] = str(REPO)
    script = "from bot.questions.semantic import Encoder; print(Encoder().encode(['calf']).shape)"
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert result.stdout == "(1, 384)\n", result.stderr
    assert "telemetry" not in result.stderr
    # Its device id and its queue of events for upload would be under the cache folder.
    assert list(tmp_path.rglob("*")) == []


def test_a_model_file_with_the_wrong_checksum_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(ModelUnavailable, match="sha256"):
        Encoder(fake)


def test_vectors_are_cached_and_reused(kb, encoder: Encoder, tmp_path: Path) -> None:
    SemanticRanker(kb, encoder, tmp_path)
    [cache] = tmp_path.glob("kb-*.npy")
    assert kb.content_hash in cache.name

    class CountingEncoder(Encoder):
        calls = 0

        def encode(self, texts: list[str], batch: int = 64):
            CountingEncoder.calls += len(texts)
            return encoder.encode(texts, batch)

    counting = CountingEncoder.__new__(CountingEncoder)
    counting.__dict__.update(encoder.__dict__)
    ranker = SemanticRanker(kb, counting, tmp_path)
    assert CountingEncoder.calls == 0
    ranker.rank("calf raises")
    assert CountingEncoder.calls == 1


def test_a_corrupt_cache_is_rebuilt(kb, encoder: Encoder, tmp_path: Path) -> None:
    SemanticRanker(kb, encoder, tmp_path)
    [cache] = tmp_path.glob("kb-*.npy")
    cache.write_bytes(b"garbage")
    ranker = SemanticRanker(kb, encoder, tmp_path)
    assert ranker.rank("what is the calf muscle pump")[0].entry_id == "calf-muscle-pump"
    assert np.load(cache).shape[1] == 384


def test_the_lexical_engine_serves_when_the_model_cannot_load(monkeypatch, kb) -> None:
    def unavailable(*_: object) -> None:
        raise ModelUnavailable("testing")

    monkeypatch.setattr("bot.questions.semantic.Encoder.__init__", unavailable)
    ranker = engines.ranker_factory("semantic", None)(kb)
    assert ranker.name == "lexical"


# The development set: what the thresholds were set on (figures are reported by bench/).


def test_question_sets_are_held_out_from_the_knowledge_base_and_each_other(kb) -> None:
    """No question of a set appears, word for word, in the knowledge base, among the examples of
    questions outside the mission, or in an earlier set."""
    seen = {normalise(t) for e in kb.answerable for t in (e.title, *e.texts())}
    seen |= {normalise(t) for t in load_outside()}
    for path in (DEVSET, *TESTSETS):
        questions = load_devset(path)
        asked = [q for q, _ in questions.paraphrases] + list(questions.out_of_scope)
        assert [q for q in asked if normalise(q) in seen] == [], path.name
        named = {entry_id for _, entry_id in questions.paraphrases}
        if path == DEVSET:
            assert named == {e.id for e in kb.answerable}
        else:
            # A test set is frozen when it is committed: it covers the entries of its day, and
            # entries written since are measured by the development set and later sets.
            assert named <= {e.id for e in kb.answerable}
        seen |= {normalise(q) for q in asked}


def test_the_development_set_is_big_enough(kb) -> None:
    devset = load_devset(DEVSET)
    per_topic = Counter(entry_id for _, entry_id in devset.paraphrases)
    assert set(per_topic) == {e.id for e in kb.answerable}
    assert min(per_topic.values()) >= 3
    assert len(devset.out_of_scope) >= 60


def test_semantic_engine_on_the_development_set(semantic: SemanticRanker) -> None:
    report = evaluate(semantic, load_devset(DEVSET), THRESHOLDS["semantic"])
    assert report.top1 >= 0.93
    assert report.hit3 >= 0.98
    assert report.answered_wrong <= 0.02
    assert report.oos_answered == 0.0
    assert report.oos_declined >= 0.95


# Floors against regressions, set below what each test set measures today (bench/results.md):
# (top-1, answered wrong, out of scope answered, out of scope declined outright). Issue #13 took
# the knowledge base from 56 to 98 answers: the new entries sit beside old ones, and tests 1 and
# 2 lost 2 to 4 points of top-1 (95.3% and 94.2% before), test 1 answers more wrongly (3.5%
# before), and test 3 answers three out-of-scope questions (two before). These floors record
# that, so any further loss fails.
TEST_SET_FLOORS = {
    "questions_testset.yaml": (0.90, 0.06, 0.0, 0.95),  # today 90.9%, 5.7%, 0%, 100%
    "questions_testset2.yaml": (0.91, 0.03, 0.04, 0.90),  # today 92.1%, 2.2%, 3.7%, 92.6%
    "questions_testset3.yaml": (0.90, 0.05, 0.11, 0.88),  # today 92.0%, 4.6%, 10.3%, 89.7%
}


@pytest.mark.parametrize("path", TESTSETS, ids=lambda p: p.stem)
def test_semantic_engine_on_the_test_sets(semantic: SemanticRanker, path: Path) -> None:
    """Never tuned on: these check that wording nobody looked at while tuning still works."""
    top1, wrong, oos_answered, oos_declined = TEST_SET_FLOORS[path.name]
    report = evaluate(semantic, load_devset(path, RESCOPED), THRESHOLDS["semantic"])
    assert report.top1 >= top1
    assert report.answered_wrong <= wrong
    assert report.oos_answered <= oos_answered
    assert report.oos_declined >= oos_declined


def test_lexical_engine_on_the_development_set(lexical: LexicalRanker) -> None:
    report = evaluate(lexical, load_devset(DEVSET), THRESHOLDS["lexical"])
    # 82.9% with 56 entries, 69.9% with 98: word overlap can't separate neighbouring topics.
    # The fallback engine; the semantic engine answers whenever the model loads.
    assert report.top1 >= 0.65
    assert report.answered_wrong <= 0.02
    assert report.oos_answered == 0.0
    # The rest are offered as suggestions, never answered (88.3% today, 96.7% before).
    assert report.oos_declined >= 0.85


def test_near_topic_questions_are_declined_not_answered_with_a_neighbour(
    semantic: SemanticRanker,
) -> None:
    """Diet and supplements sit close to heart and leg entries; the scope check keeps them out."""
    thresholds = THRESHOLDS["semantic"]
    for question in ("is a vegan diet good for my cholesterol", "does creatine help leg day"):
        decision = decide(semantic.rank(question), thresholds, semantic.outside(question))
        assert decision.zone is Zone.NOTHING, question
    question = "does exercise help bring my cholesterol down"
    decision = decide(semantic.rank(question), thresholds, semantic.outside(question))
    assert decision.zone is Zone.CONFIDENT
    assert decision.matches[0].entry_id == "exercise-and-cholesterol"


def test_a_question_at_the_end_of_a_long_letter_is_answered(semantic: SemanticRanker) -> None:
    """Matched whole, the back-story dilutes it to "did you mean"; its asking sentence is clear."""
    letter = (
        "Good morning all. I'm a taxi driver, 58, and I spend ten hours a day behind the wheel, "
        "then I sit on the sofa with my wife watching quiz shows. My doctor told me to lose a bit "
        "of weight. Is sitting for hours bad for the blood flow in my legs?"
    )
    thresholds = THRESHOLDS["semantic"]
    whole = decide(semantic.rank(letter), thresholds, semantic.outside(letter))
    assert whole.zone is not Zone.CONFIDENT
    matches, outside = rank_parts(semantic, question_parts(letter))
    decision = decide(matches, thresholds, outside)
    assert decision.zone is Zone.CONFIDENT
    assert decision.matches[0].entry_id == "prolonged-standing-sitting"
