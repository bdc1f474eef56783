"""The level model: a small network over the shared vectors that may raise a message's level."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from bot.questions.triage.level_model import (
    ABOUT_FILE,
    LABELS,
    RAISE_FROM_CALM,
    RAISE_FROM_TODAY,
    RAISE_TO_TODAY,
    LevelModel,
    sets_digest,
    shipped_model,
    train,
)
from bot.questions.triage.signs import Level

DATA = Path(__file__).resolve().parent.parent / "data"


def _clusters(rows_each: int, seed: int) -> tuple[npt.NDArray[np.float32], list[str]]:
    """Unit vectors scattered around one random centre per label."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(LABELS), 384))
    vectors, labels = [], []
    for centre, label in zip(centres, LABELS, strict=True):
        points = centre + 0.8 * rng.normal(size=(rows_each, 384))
        vectors.append(points / np.linalg.norm(points, axis=1, keepdims=True))
        labels += [label] * rows_each
    return np.vstack(vectors).astype(np.float32), labels


def test_training_learns_the_labels_it_is_shown_and_generalises_to_new_points() -> None:
    vectors, labels = _clusters(60, seed=1)
    model = train(vectors, labels, hidden=16, epochs=150)
    unseen, truth = _clusters(30, seed=1)  # the same centres, new points
    guessed = [LABELS[i] for i in model.probabilities(unseen).argmax(axis=1)]
    assert np.mean([g == t for g, t in zip(guessed, truth, strict=True)]) > 0.95


def test_training_is_deterministic_for_a_seed() -> None:
    vectors, labels = _clusters(20, seed=2)
    first = train(vectors, labels, hidden=8, epochs=30, seed=5)
    again = train(vectors, labels, hidden=8, epochs=30, seed=5)
    other = train(vectors, labels, hidden=8, epochs=30, seed=6)
    assert np.array_equal(first.hidden_weights, again.hidden_weights)
    assert np.array_equal(first.out_weights, again.out_weights)
    assert not np.array_equal(first.hidden_weights, other.hidden_weights)


def test_the_weights_survive_a_save_and_load(tmp_path: Path) -> None:
    vectors, labels = _clusters(10, seed=3)
    model = train(vectors, labels, hidden=8, epochs=10)
    model.save(tmp_path / "m.npz")
    loaded = LevelModel.load(tmp_path / "m.npz")
    assert np.allclose(model.probabilities(vectors), loaded.probabilities(vectors))


def _reading(emergency: float, same_day: float | None = None) -> LevelModel:
    """A model whose every reading gives the emergency column these odds, and the same-day
    column these or (None) an even share of the rest with the others."""
    odds = {"emergency": emergency}
    if same_day is not None:
        odds["same_day"] = same_day
    rest = (1 - sum(odds.values())) / (len(LABELS) - len(odds))
    logits = np.log([odds.get(label, rest) for label in LABELS])
    return LevelModel(
        hidden_weights=np.zeros((384, 1), np.float32),
        hidden_bias=np.zeros(1, np.float32),
        out_weights=np.zeros((1, len(LABELS)), np.float32),
        out_bias=logits.astype(np.float32),
    )


VECTOR = np.ones(384, np.float32) / np.sqrt(384)


def test_it_raises_a_calm_reading_when_sure_and_a_same_day_one_only_when_surer() -> None:
    between = _reading((RAISE_FROM_CALM + RAISE_FROM_TODAY) / 2)
    emergency = LABELS.index("emergency")
    assert between.probabilities(VECTOR[None, :])[0, emergency] == pytest.approx(
        (RAISE_FROM_CALM + RAISE_FROM_TODAY) / 2
    )
    assert between.raised_level(VECTOR, None) is Level.EMERGENCY
    assert between.raised_level(VECTOR, Level.SEE_GP) is Level.EMERGENCY
    assert between.raised_level(VECTOR, Level.SAME_DAY) is None
    surer = _reading(RAISE_FROM_TODAY + 0.02)
    assert surer.raised_level(VECTOR, Level.SAME_DAY) is Level.EMERGENCY
    # A question about signs stays a question, and an emergency has nowhere to go.
    assert surer.raised_level(VECTOR, Level.INFO) is None
    assert surer.raised_level(VECTOR, Level.EMERGENCY) is None
    assert _reading(RAISE_FROM_CALM - 0.05).raised_level(VECTOR, None) is None


def test_it_raises_a_calm_reading_to_today_when_sure_it_needs_help_today_or_sooner() -> None:
    # Unsure of an emergency, but the two urgent columns together reach the bar.
    today = _reading(emergency=0.3, same_day=RAISE_TO_TODAY - 0.3 + 0.02)
    assert today.raised_level(VECTOR, None) is Level.SAME_DAY
    assert today.raised_level(VECTOR, Level.SEE_GP) is Level.SAME_DAY
    # Nothing to raise a same-day reading to below an emergency; a question stays a question.
    assert today.raised_level(VECTOR, Level.SAME_DAY) is None
    assert today.raised_level(VECTOR, Level.INFO) is None
    short = _reading(emergency=0.3, same_day=RAISE_TO_TODAY - 0.3 - 0.05)
    assert short.raised_level(VECTOR, None) is None
    assert short.raised_level(VECTOR, Level.SEE_GP) is None


def test_told_not_to_raise_to_today_it_still_raises_to_an_emergency() -> None:
    today = _reading(emergency=0.3, same_day=RAISE_TO_TODAY - 0.3 + 0.02)
    assert today.raised_level(VECTOR, None, to_today=False) is None
    assert today.raised_level(VECTOR, Level.SEE_GP, to_today=False) is None
    sure = _reading(RAISE_FROM_CALM + 0.02)
    assert sure.raised_level(VECTOR, None, to_today=False) is Level.EMERGENCY


def test_the_shipped_weights_load_and_were_trained_on_the_sets_as_they_are() -> None:
    model = shipped_model()
    assert model is not None
    assert model.hidden_weights.shape[0] == 384
    assert model.out_weights.shape[1] == len(LABELS)
    about_file = resources.files("bot.questions.triage") / "model" / ABOUT_FILE
    about = json.loads(about_file.read_text(encoding="utf-8"))
    sets = [DATA / name for name in about["trained_on"]]
    assert all(path.is_file() for path in sets)
    assert len(sets) >= 200
    assert sets_digest(sets) == about["sets_digest"], (
        "a challenge set the model was trained on changed: run "
        "`python -m bot.questions.triage.level_model` to train it again"
    )
