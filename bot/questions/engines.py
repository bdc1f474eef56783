"""Choosing and building the retrieval engine, with the fallback to lexical."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.questions.kb import KnowledgeBase
from bot.questions.lexical import LexicalRanker
from bot.questions.search import Ranker
from bot.questions.service import RankerFactory

log = logging.getLogger(__name__)


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
