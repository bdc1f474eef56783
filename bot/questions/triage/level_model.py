"""The third signal: a small network that reads a message's vector for an emergency.

The rules miss what they have no words for, and the bank (`bank.py`) only finds messages close
to one of its 800 texts. The project's challenge sets (`tests/data/triage_challenge*.yaml`) hold
about 47,000 messages written blind to the rules by many writers in many voices, each labelled
with its level. A network with one hidden layer, trained on their MiniLM vectors, learns what an
emergency told in any of those voices has in common. Measured cold, round by round (trained on
the sets written before a round, then read on that round beside the rules and bank of the day),
it told 35 of the 81 emergencies those had missed in four rounds to call now, and flagged 4 more
of the rounds' 1,056 look-alikes (README § Warning signs come first).

It only ever raises a level. To an emergency: where the rules and the bank found nothing or a GP
appointment and it is at least `RAISE_FROM_CALM` sure, or where they found a same-day sign and it
is at least `RAISE_FROM_TODAY` sure (a same-day sign told 999 is the costlier mistake of the two,
so it needs more). To a same-day sign: where they found nothing or a GP appointment and it is at
least `RAISE_TO_TODAY` sure that the message needs help today or sooner. Measured the same way
over five rounds, that told 111 of the 239 same-day signs the others had left below "today" to
get help today, and flagged 11 more of the rounds' 1,728 look-alikes and questions.

The weights ship in `model/`; `python -m bot.questions.triage.level_model` trains them again
from the challenge sets (embedding them takes about 7 minutes on 2 cores, training a few more).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt
import yaml

from bot.questions.triage.signs import Level

RAISE_FROM_CALM: Final = 0.8
RAISE_FROM_TODAY: Final = 0.9
RAISE_TO_TODAY: Final = 0.9
# Column order of the network's output.
LABELS: Final = ("none", "info", "see_gp", "same_day", "emergency")
_EMERGENCY: Final = LABELS.index("emergency")
_SAME_DAY: Final = LABELS.index("same_day")

HIDDEN: Final = 128
WEIGHT_DECAY: Final = 1e-4
EPOCHS: Final = 600
SEED: Final = 0

MODEL_FILE: Final = "level-model.npz"
ABOUT_FILE: Final = "level-model.json"

Floats = npt.NDArray[np.float32]


@dataclass(frozen=True)
class LevelModel:
    """One hidden layer of rectified units, then a softmax over `LABELS`."""

    hidden_weights: Floats
    hidden_bias: Floats
    out_weights: Floats
    out_bias: Floats

    def probabilities(self, vectors: Floats) -> Floats:
        """Each row's probability of each label, for unit vectors from the shared encoder."""
        hidden = np.maximum(vectors @ self.hidden_weights + self.hidden_bias, 0.0)
        logits = hidden @ self.out_weights + self.out_bias
        logits -= logits.max(axis=-1, keepdims=True)
        odds = np.exp(logits)
        result: Floats = (odds / odds.sum(axis=-1, keepdims=True)).astype(np.float32)
        return result

    def raised_level(
        self, vector: Floats, found: Level | None, to_today: bool = True
    ) -> Level | None:
        """The more urgent level to give a message, given the level the rules and the bank
        found, or None to leave theirs; with `to_today` False, only an emergency."""
        if found is Level.EMERGENCY or found is Level.INFO:
            return None
        odds = self.probabilities(vector[None, :])[0]
        needed = RAISE_FROM_TODAY if found is Level.SAME_DAY else RAISE_FROM_CALM
        if odds[_EMERGENCY] >= needed:
            return Level.EMERGENCY
        today = odds[_EMERGENCY] + odds[_SAME_DAY] >= RAISE_TO_TODAY
        return Level.SAME_DAY if to_today and today and found is not Level.SAME_DAY else None

    def save(self, path: Path) -> None:
        np.savez(
            path,
            hidden_weights=self.hidden_weights,
            hidden_bias=self.hidden_bias,
            out_weights=self.out_weights,
            out_bias=self.out_bias,
        )

    @classmethod
    def load(cls, path: Path) -> LevelModel:
        with np.load(path, allow_pickle=False) as arrays:
            return cls(
                *(
                    np.asarray(arrays[name], dtype=np.float32)
                    for name in ("hidden_weights", "hidden_bias", "out_weights", "out_bias")
                )
            )


def shipped_model() -> LevelModel | None:
    """The trained weights bundled with the bot, or None if they are missing or unreadable."""
    path = resources.files("bot.questions.triage") / "model" / MODEL_FILE
    try:
        with resources.as_file(path) as file:
            return LevelModel.load(file)
    except (OSError, ValueError, KeyError):
        return None


def train(
    vectors: npt.NDArray[np.float32],
    labels: Sequence[str],
    *,
    hidden: int = HIDDEN,
    weight_decay: float = WEIGHT_DECAY,
    epochs: int = EPOCHS,
    seed: int = SEED,
) -> LevelModel:
    """Fit the network by full-batch Adam on cross-entropy, deterministically for a seed.

    numpy alone: the bot already depends on it, and 47,000 rows of 384 numbers fit in memory.
    """
    x = vectors.astype(np.float64)
    rows, width = x.shape
    target = np.eye(len(LABELS))[[LABELS.index(label) for label in labels]]
    rng = np.random.default_rng(seed)
    params = [
        rng.normal(0.0, 1.0 / np.sqrt(width), (width, hidden)),
        np.zeros(hidden),
        rng.normal(0.0, 1.0 / np.sqrt(hidden), (hidden, len(LABELS))),
        np.zeros(len(LABELS)),
    ]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    step_size, beta1, beta2 = 0.01, 0.9, 0.999
    for step in range(1, epochs + 1):
        w1, b1, w2, b2 = params
        active = np.maximum(x @ w1 + b1, 0.0)
        logits = active @ w2 + b2
        logits -= logits.max(axis=1, keepdims=True)
        odds = np.exp(logits)
        error = (odds / odds.sum(axis=1, keepdims=True) - target) / rows
        back = (error @ w2.T) * (active > 0)
        grads = [x.T @ back + weight_decay * w1, back.sum(0), active.T @ error + weight_decay * w2]
        grads.append(error.sum(0))
        for param, grad, m, v in zip(params, grads, first, second, strict=True):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            corrected = (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
            param -= step_size * corrected
    return LevelModel(*(np.asarray(p, dtype=np.float32) for p in params))


def read_sets(paths: Sequence[Path]) -> tuple[list[str], list[str]]:
    """Every message of the challenge sets at `paths`, with its writer's level."""
    texts: list[str] = []
    labels: list[str] = []
    for path in paths:
        for message in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]:
            texts.append(str(message["text"]))
            labels.append(str(message["level"]))
    return texts, labels


def sets_digest(paths: Sequence[Path]) -> str:
    """A digest of the sets' names and bytes: which training data the shipped weights saw."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def main(argv: Sequence[str] | None = None) -> int:
    """Train on `tests/data/triage_challenge*.yaml` and write the weights into `model/`."""
    from bot.questions.semantic import Encoder, cached_vectors
    from bot.questions.text import normalise

    args = list(sys.argv[1:] if argv is None else argv)
    root = Path(__file__).resolve().parents[3]
    sets = sorted((root / "tests" / "data").glob("triage_challenge*.yaml"))
    cache = Path(args[0]) if args else root / "data" / "cache"
    texts, labels = read_sets(sets)
    # Shortest first, so each batch pads little; the order means nothing to full-batch training.
    pairs = sorted(zip((normalise(t) for t in texts), labels, strict=True), key=lambda p: len(p[0]))
    digest = sets_digest(sets)
    encoder = Encoder()
    vectors = cached_vectors(encoder, [text for text, _ in pairs], f"sets-{digest}", cache)
    labels = [label for _, label in pairs]
    model = train(vectors, labels)
    folder = Path(__file__).resolve().parent / "model"
    folder.mkdir(exist_ok=True)
    model.save(folder / MODEL_FILE)
    about = {
        "trained_on": [p.name for p in sets],
        "sets_digest": digest,
        "messages": len(texts),
        "encoder": encoder.model_id,
        "hidden": HIDDEN,
        "weight_decay": WEIGHT_DECAY,
        "epochs": EPOCHS,
        "seed": SEED,
    }
    (folder / ABOUT_FILE).write_text(json.dumps(about, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(texts)} messages from {len(sets)} sets -> {folder / MODEL_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
