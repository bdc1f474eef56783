"""The second signal: a message's nearest neighbours in a bank of symptom descriptions.

Rules miss what they have no words for. The bank (`bank/*.yaml`) holds about 800 short messages
written for this project in members' voices, each labelled with a category and a level: warning
signs at each level, questions about signs, and look-alikes that only sound alarming. A message is
embedded with the same MiniLM model that answers questions, and compared by cosine with every
bank text. For each level the score is the mean of its `NEIGHBOURS` closest texts; the bank
raises the rules' level when the best warning level scores at least `FLOOR` and beats both the
look-alikes and the questions about signs by `MARGIN`. The same vector is then read by a small
trained network (`level_model.py`), which may raise the message to a same-day sign or an
emergency.

It only ever raises a level: the rules' reading stands, and a question about signs stays a
question. The three numbers were chosen on two of the three outside authors and checked on the
third (README § Warning signs).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from bot.bundled_yaml import load_bundled
from bot.questions.semantic import Encoder, Vectors, cached_vectors, load_vectors
from bot.questions.text import normalise
from bot.questions.triage.level_model import LevelModel, shipped_model
from bot.questions.triage.signs import Category, Level

NEIGHBOURS: Final = 3
FLOOR: Final = 0.45
MARGIN: Final = 0.10
_LEVELS: Final = {"emergency": 3, "same_day": 2, "see_gp": 1, "info": 0, "none": -1}
WARNING_LEVELS: Final = (Level.EMERGENCY, Level.SAME_DAY, Level.SEE_GP)


SHIPPED_FOLDER: Final = Path(__file__).resolve().parent / "bank"


def write_shipped_vectors() -> Path:
    """Embed the bank and write its vectors beside it (run after editing bank/*.yaml)."""
    for old in SHIPPED_FOLDER.glob("triage-*.npy"):
        old.unlink()
    encoder = Encoder()
    bank = SymptomBank(encoder)
    path = SHIPPED_FOLDER / f"{bank.key}-{encoder.model_id}.npy"
    np.save(path, bank.vectors, allow_pickle=False)
    return path


@dataclass(frozen=True)
class BankExample:
    text: str
    # -1 for a look-alike; otherwise a Level's value.
    level: int
    category: str


def load_bank() -> list[BankExample]:
    """Every example in the bundled bank files, in a stable order."""
    examples: list[BankExample] = []
    folder = resources.files("bot.questions.triage") / "bank"
    for file in sorted(folder.iterdir(), key=lambda f: f.name):
        if not file.name.endswith(".yaml"):
            continue
        data = load_bundled(file.read_text(encoding="utf-8"))
        for group in data["examples"]:
            level = _LEVELS[group["level"]]
            examples.extend(
                BankExample(str(t), level, str(group["category"])) for t in group["texts"]
            )
    return examples


@dataclass(frozen=True)
class BankReading:
    level: Level
    category: Category
    # True when the level model set the level: the category is then only a guess from the
    # bank texts nearest at that level, and signs the rules named say better what was read.
    level_only: bool = False


class SymptomBank:
    def __init__(
        self,
        encoder: Encoder,
        cache_dir: Path | None = None,
        *,
        neighbours: int = NEIGHBOURS,
        floor: float = FLOOR,
        margin: float = MARGIN,
        with_level_model: bool = True,
    ) -> None:
        self._encoder = encoder
        self.examples = load_bank()
        texts = [normalise(e.text) for e in self.examples]
        self.key = f"triage-{hashlib.sha256(chr(10).join(texts).encode()).hexdigest()[:16]}"
        # The vectors ship beside the bank (embedding 800 texts takes about 12 s on 2 cores);
        # a bank edited since falls back to the cache folder, then to embedding.
        shipped = load_vectors(SHIPPED_FOLDER / f"{self.key}-{encoder.model_id}.npy", len(texts))
        self._vectors = (
            shipped if shipped is not None else cached_vectors(encoder, texts, self.key, cache_dir)
        )
        self._levels = np.array([e.level for e in self.examples])
        self._categories = [e.category for e in self.examples]
        self.neighbours, self.floor, self.margin = neighbours, floor, margin
        self.level_model: LevelModel | None = shipped_model() if with_level_model else None

    @property
    def vectors(self) -> Vectors:
        return self._vectors

    def vector(self, text: str) -> Vectors:
        """`text` as the bank and the level model read it."""
        return self._encoder.encode_one(normalise(text))

    def read(
        self, text: str, found: Level | None = None, *, raise_to_today: bool = True
    ) -> BankReading | None:
        """The warning level the bank and the level model support for `text`, if any, given
        the level the rules `found`; with `raise_to_today` False, the level model raises only
        to an emergency."""
        return self.read_vector(self.vector(text), found, raise_to_today=raise_to_today)

    def read_vector(
        self, vector: Vectors, found: Level | None = None, *, raise_to_today: bool = True
    ) -> BankReading | None:
        """`read` for a message already embedded."""
        scores: npt.NDArray[np.float32] = self._vectors @ vector
        reading = self._read_scores(scores)
        read = [lvl for lvl in (found, reading.level if reading else None) if lvl is not None]
        so_far = max(read, default=None)
        model = self.level_model
        raised = model.raised_level(vector, so_far, raise_to_today) if model else None
        if raised is None:
            return reading
        # A long night on the floor is nearer no bank text than a blocked artery is: name a sign
        # only when the bank's texts at that level are as near as a bank reading needs.
        near = self._top_mean(scores, int(raised)) >= self.floor
        category = self._category_near(scores, raised) if near else Category.OTHER
        return BankReading(raised, category, level_only=True)

    def _read_scores(self, scores: npt.NDArray[np.float32]) -> BankReading | None:
        by_level = {level: self._top_mean(scores, level) for level in _LEVELS.values()}
        against = max(by_level[_LEVELS["none"]], by_level[_LEVELS["info"]])
        best = max(WARNING_LEVELS, key=lambda level: by_level[int(level)])
        score = by_level[int(best)]
        if score < self.floor or score - against < self.margin:
            return None
        return BankReading(best, self._category_near(scores, best))

    def _top_mean(self, scores: npt.NDArray[np.float32], level: int) -> float:
        mine = scores[self._levels == level]
        if mine.size == 0:
            return -1.0
        top = np.sort(mine)[-self.neighbours :]
        return float(top.mean())

    def _category_near(self, scores: npt.NDArray[np.float32], level: Level) -> Category:
        """The most common category among the closest examples at `level`."""
        indices = np.flatnonzero(self._levels == int(level))
        closest = indices[np.argsort(-scores[indices])[: self.neighbours]]
        votes = Counter(self._categories[i] for i in closest)
        name = votes.most_common(1)[0][0]
        try:
            return Category(name)
        except ValueError:
            return Category.OTHER


if __name__ == "__main__":
    print(write_shipped_vectors())
