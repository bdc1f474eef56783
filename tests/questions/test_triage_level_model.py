"""The level model: a small network over the shared vectors that may raise a message to 999."""

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


def _sure_of_an_emergency(probability: float) -> LevelModel:
    """A model whose every reading gives the emergency column `probability`."""
    rest = (1 - probability) / (len(LABELS) - 1)
    logits = np.log([probability if label == "emergency" else rest for label in LABELS])
    return LevelModel(
        hidden_weights=np.zeros((384, 1), np.float32),
        hidden_bias=np.zeros(1, np.float32),
        out_weights=np.zeros((1, len(LABELS)), np.float32),
        out_bias=logits.astype(np.float32),
    )


def test_it_raises_a_calm_reading_when_sure_and_a_same_day_one_only_when_surer() -> None:
    vector = np.ones(384, np.float32) / np.sqrt(384)
    between = _sure_of_an_emergency((RAISE_FROM_CALM + RAISE_FROM_TODAY) / 2)
    assert between.emergency_probability(vector) == pytest.approx(
        (RAISE_FROM_CALM + RAISE_FROM_TODAY) / 2
    )
    assert between.raises_to_emergency(vector, None)
    assert between.raises_to_emergency(vector, Level.SEE_GP)
    assert not between.raises_to_emergency(vector, Level.SAME_DAY)
    surer = _sure_of_an_emergency(RAISE_FROM_TODAY + 0.02)
    assert surer.raises_to_emergency(vector, Level.SAME_DAY)
    # A question about signs stays a question, and an emergency has nowhere to go.
    assert not surer.raises_to_emergency(vector, Level.INFO)
    assert not surer.raises_to_emergency(vector, Level.EMERGENCY)
    unsure = _sure_of_an_emergency(RAISE_FROM_CALM - 0.05)
    assert not unsure.raises_to_emergency(vector, None)


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
