"""The scope check: is a question closer to something outside the mission than to any entry?

A similarity threshold alone can't keep near-topic questions out. "Which protein powder?" or
"does porridge lower cholesterol?" score as high against the nearest leg or heart entry as many
real questions do against theirs, so the bot would answer them with a neighbour. The bundled
`data/outside-the-mission.yaml` holds questions that are plainly outside, written for the
project. A question's closeness to them is scored the same way as an entry's (the weighted mean
of the two best texts), and retrieval declines when the best entry doesn't beat it by a margin
(`Thresholds.scope_margin`, set on the development set).
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import numpy as np

from bot.bundled_yaml import load_bundled
from bot.questions.semantic import Encoder, Vectors, cached_vectors, two_best
from bot.questions.text import normalise


def load_outside() -> list[str]:
    path = resources.files("bot.questions") / "data" / "outside-the-mission.yaml"
    data = load_bundled(path.read_text(encoding="utf-8"))
    return [str(text) for text in data["examples"]]


class OutsideTheMission:
    def __init__(self, encoder: Encoder, cache_dir: Path | None = None) -> None:
        texts = [normalise(t) for t in load_outside()]
        key = f"outside-{hashlib.sha256(chr(10).join(texts).encode()).hexdigest()[:16]}"
        self._vectors: Vectors = cached_vectors(encoder, texts, key, cache_dir)

    def score(self, query: Vectors) -> float:
        """How close a question's vector is to the outside examples, on the entries' scale."""
        scores = self._vectors @ query
        best, second = np.sort(scores)[-2:][::-1]
        return float(two_best(float(best), float(second)))
