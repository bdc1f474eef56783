"""Choosing and building the retrieval engine, with the fallback to lexical."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bot.questions.kb import KnowledgeBase
from bot.questions.lexical import LexicalRanker
from bot.questions.search import Ranker
from bot.questions.service import RankerFactory
from bot.questions.triage import Triage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Engines:
    make_ranker: RankerFactory
    triage: Triage


def build_engines(engine: str, cache_dir: Path | None) -> Engines:
    """The retrieval engine and the triage, sharing one model when it loads.

    Triage always has its rules; with the model it also reads the symptom bank. If the model
    cannot load, both fall back: lexical retrieval and rules-only triage.
    """
    from bot.questions.semantic import Encoder, ModelUnavailable, SemanticRanker
    from bot.questions.triage.bank import SymptomBank

    try:
        encoder = Encoder()
    except ModelUnavailable as exc:
        log.warning("model unavailable (%s); lexical answers and rules-only triage", exc)
        return Engines(LexicalRanker, Triage())
    triage = Triage(SymptomBank(encoder, cache_dir))
    if engine == "lexical":
        return Engines(LexicalRanker, triage)

    def build(kb: KnowledgeBase) -> Ranker:
        return SemanticRanker(kb, encoder, cache_dir)

    return Engines(build, triage)


def ranker_factory(engine: str, cache_dir: Path | None) -> RankerFactory:
    """A function that builds the configured engine for a knowledge base.

    The semantic model is loaded once and reused across knowledge reloads. If it cannot load
    (missing package, checksum mismatch), the lexical engine serves and the reason is logged.
    """
    if engine == "lexical":
        return LexicalRanker
    from bot.questions.semantic import Encoder, ModelUnavailable, SemanticRanker

    try:
        encoder = Encoder()
    except ModelUnavailable as exc:
        log.warning("semantic engine unavailable (%s); answering with the lexical engine", exc)
        return LexicalRanker

    def build(kb: KnowledgeBase) -> Ranker:
        return SemanticRanker(kb, encoder, cache_dir)

    return build
