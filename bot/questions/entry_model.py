"""The entry model: a linear classifier that reads a question's vector for the entry it asks about.

Similarity ranks an entry by its closest texts, and neighbouring topics (heart rate zones, heart
rate recovery and palpitations in exercise; walking and walking after meals) each have a phrasing
close to almost any question about either. A classifier trained on many questions per entry
learns which directions of the vector tell the neighbours apart. It is trained on every entry's
own texts (title, question, phrasings) and on `data/entry-questions.yaml`: questions written for
the project, nearly all by writers who saw neither the engine nor any measuring set, in many
shapes (search queries, chat, letters with a back-story, headlines, people asking for someone
else). Any close to a question of the team's development and test sets, or to an outside set,
was dropped before training (README § Finding the answer).

It only ever reorders. The semantic engine ranks by similarity plus `WEIGHT` times the model's
probability, but whether to answer outright, offer "did you mean" or decline is still read on
the similarity alone (`search.decide`): the model can change which entry comes first, never make
the bot surer of an answer.

The weights ship in `data/`, with the entry ids in the order of their columns. A knowledge base
whose answerable entries differ (a curator's own folder, an entry added since) ranks by similarity
alone, and says so in the log. `python -m bot.questions.entry_model` trains it again (about a
minute, most of it embedding the questions), and a test fails until it has been retrained after
the knowledge base's texts or the questions change.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from bot.bundled_yaml import load_bundled
from bot.questions.text import normalise

if TYPE_CHECKING:
    from bot.questions.kb import KnowledgeBase

# How much the model's probability counts beside the similarity score when ranking. Tried at
# 0.05, 0.1, 0.2 and 0.3 (README § Finding the answer): 0.1 is the smallest that puts as many
# entries first as the larger ones do (0.05 one fewer, though it keeps one more answer outright).
WEIGHT: Final = 0.1
# The softmax reads the logits scaled by this: unit vectors' products are small, and a steeper
# softmax lets a few directions decide between neighbours.
SCALE: Final = 10.0
WEIGHT_DECAY: Final = 1e-3
STEPS: Final = 300
STEP_SIZE: Final = 0.5

MODEL_FILE: Final = "entry-model.npz"
ABOUT_FILE: Final = "entry-model.json"
QUESTIONS_FILE: Final = "entry-questions.yaml"

Floats = npt.NDArray[np.float32]


@dataclass(frozen=True)
class EntryModel:
    """A softmax over entries, from a unit question vector: `weights` is 384 by len(entry_ids)."""

    entry_ids: tuple[str, ...]
    weights: Floats
    bias: Floats

    def probabilities(self, vector: Floats) -> Floats:
        """Each entry's probability, in the order of `entry_ids`."""
        logits = SCALE * (vector @ self.weights) + self.bias
        odds = np.exp(logits - logits.max())
        result: Floats = (odds / odds.sum()).astype(np.float32)
        return result

    def fits(self, entry_ids: Sequence[str]) -> bool:
        """Whether it was trained for exactly these entries, in this order."""
        return tuple(entry_ids) == self.entry_ids

    def save(self, path: Path) -> None:
        np.savez(path, entry_ids=np.array(self.entry_ids), weights=self.weights, bias=self.bias)

    @classmethod
    def load(cls, path: Path) -> EntryModel:
        with np.load(path, allow_pickle=False) as arrays:
            return cls(
                tuple(str(i) for i in arrays["entry_ids"]),
                np.asarray(arrays["weights"], dtype=np.float32),
                np.asarray(arrays["bias"], dtype=np.float32),
            )


def shipped_entry_model() -> EntryModel | None:
    """The trained weights bundled with the bot, or None if they are missing or unreadable."""
    path = resources.files("bot.questions") / "data" / MODEL_FILE
    try:
        with resources.as_file(path) as file:
            return EntryModel.load(file)
    except (OSError, ValueError, KeyError):
        return None


def training_questions() -> dict[str, list[str]]:
    """The bundled questions written to train the model, by entry id."""
    path = resources.files("bot.questions") / "data" / QUESTIONS_FILE
    data = load_bundled(path.read_text(encoding="utf-8"))
    return {str(entry): [str(q) for q in texts] for entry, texts in data["questions"].items()}


def training_set(
    kb: KnowledgeBase, questions: Mapping[str, Sequence[str]] | None = None
) -> tuple[tuple[str, ...], list[str], list[int]]:
    """The entry ids (sorted, as the semantic engine orders them) and every training text,
    normalised, with the position of its entry: the entries' own texts, then `questions` (the
    bundled ones by default). ValueError names a question for no entry."""
    entries = sorted(kb.answerable, key=lambda e: e.id)
    ids = tuple(e.id for e in entries)
    position = {entry_id: i for i, entry_id in enumerate(ids)}
    texts: list[str] = []
    labels: list[int] = []
    for entry in entries:
        for text in (entry.title, *entry.texts()):
            texts.append(normalise(text))
            labels.append(position[entry.id])
    written = training_questions() if questions is None else questions
    for entry_id, asked in sorted(written.items()):
        if entry_id not in position:
            raise ValueError(f"{QUESTIONS_FILE} has questions for {entry_id!r}, which is no entry")
        for question in asked:
            texts.append(normalise(question))
            labels.append(position[entry_id])
    return ids, texts, labels


def training_digest(ids: Sequence[str], texts: Sequence[str], labels: Sequence[int]) -> str:
    """Which data the weights were trained on: changes when an entry's texts or a question do."""
    digest = hashlib.sha256("\n".join(ids).encode())
    for text, label in zip(texts, labels, strict=True):
        digest.update(f"\n{label}\t{text}".encode())
    return digest.hexdigest()[:16]


def train(vectors: Floats, labels: Sequence[int], classes: int) -> tuple[Floats, Floats]:
    """Softmax regression by full-batch gradient descent: deterministic, numpy alone."""
    x = vectors.astype(np.float64)
    rows, width = x.shape
    target = np.eye(classes)[list(labels)]
    weights = np.zeros((width, classes))
    bias = np.zeros(classes)
    for _ in range(STEPS):
        logits = SCALE * (x @ weights) + bias
        odds = np.exp(logits - logits.max(axis=1, keepdims=True))
        error = (odds / odds.sum(axis=1, keepdims=True) - target) / rows
        weights -= STEP_SIZE * (SCALE * (x.T @ error) + WEIGHT_DECAY * weights)
        bias -= STEP_SIZE * error.sum(axis=0)
    return weights.astype(np.float32), bias.astype(np.float32)


def main(argv: Sequence[str] | None = None) -> int:
    """Train on the shipped knowledge base and questions; write the weights into `data/`."""
    from bot.questions.kb import load_knowledge_strict
    from bot.questions.semantic import Encoder, cached_vectors

    args = list(sys.argv[1:] if argv is None else argv)
    root = Path(__file__).resolve().parents[2]
    cache = Path(args[0]) if args else root / "data" / "cache"
    kb = load_knowledge_strict(root / "knowledge")
    questions = training_questions()
    ids, texts, labels = training_set(kb, questions)
    digest = training_digest(ids, texts, labels)
    encoder = Encoder()
    vectors = cached_vectors(encoder, texts, f"entry-model-{digest}", cache)
    weights, bias = train(vectors, labels, len(ids))
    folder = Path(__file__).resolve().parent / "data"
    EntryModel(ids, weights, bias).save(folder / MODEL_FILE)
    about = {
        "training_digest": digest,
        "entries": len(ids),
        "texts": len(texts),
        "written_questions": sum(len(q) for q in questions.values()),
        "encoder": encoder.model_id,
        "scale": SCALE,
        "weight_decay": WEIGHT_DECAY,
        "steps": STEPS,
        "step_size": STEP_SIZE,
    }
    (folder / ABOUT_FILE).write_text(json.dumps(about, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(texts)} texts for {len(ids)} entries -> {folder / MODEL_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
