"""Choosing and building the retrieval engine, with the fallback to lexical."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.questions.kb import KnowledgeBase
from bot.questions.lexical import LexicalRanker
from bot.questions.search import Ranker
from bot.questions.service import RankerFactory
from bot.questions.triage import Triage

if TYPE_CHECKING:
    from bot.questions.batching import Embedder
    from bot.questions.semantic import Encoder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Engines:
    make_ranker: RankerFactory
    triage: Triage
    # Embeds questions off the event loop; None when the model didn't load.
    embedder: Embedder | None = None


def build_engines(engine: str, cache_dir: Path | None) -> Engines:
    """The retrieval engine and the triage, sharing one model when it loads.

    Triage always has its rules; with the model it also reads the symptom bank. If the model
    cannot load, both fall back: lexical retrieval and rules-only triage.
    """
    from bot.questions.batching import Embedder
    from bot.questions.triage.bank import SymptomBank

    encoder = _load_encoder()
    if encoder is None:
        return Engines(LexicalRanker, Triage())
    triage = Triage(SymptomBank(encoder, cache_dir))
    embedder = Embedder(encoder)
    if engine == "lexical":
        return Engines(LexicalRanker, triage, embedder)
    return Engines(_semantic(encoder, cache_dir), triage, embedder)


def ranker_factory(engine: str, cache_dir: Path | None) -> RankerFactory:
    """A function that builds the configured retrieval engine for a knowledge base.

    The semantic model is loaded once and reused across knowledge reloads. If it cannot load
    (missing package, checksum mismatch), the lexical engine serves and the reason is logged.
    """
    if engine == "lexical":
        return LexicalRanker
    encoder = _load_encoder()
    return LexicalRanker if encoder is None else _semantic(encoder, cache_dir)


def _load_encoder() -> Encoder | None:
    from bot.questions.semantic import Encoder, ModelUnavailable

    try:
        return Encoder()
    except ModelUnavailable as exc:
        log.warning("model unavailable (%s); lexical answers and rules-only triage", exc)
        return None


def _semantic(encoder: Encoder, cache_dir: Path | None) -> RankerFactory:
    from bot.questions.entry_model import shipped_entry_model
    from bot.questions.scope import OutsideTheMission
    from bot.questions.semantic import SemanticRanker

    # Built once: knowledge reloads reuse them.
    outside = OutsideTheMission(encoder, cache_dir)
    entry_model = shipped_entry_model()

    def build(kb: KnowledgeBase) -> Ranker:
        return SemanticRanker(kb, encoder, cache_dir, outside, entry_model)

    return build
