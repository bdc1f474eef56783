"""The lexical engine: BM25 (bm25s) over stemmed words, with typo tolerance.

It needs no model, starts in milliseconds, and serves when the semantic engine cannot load.
BM25 shortlists the entries. BM25 scores are unbounded and cannot serve as a confidence, so each
shortlisted entry is scored by how well its best phrasing and the query cover each other: the
IDF-weighted F-measure of shared words. An unknown word such as "protein" carries the highest
weight, so an off-topic question scores low, and a phrasing with much the query lacks scores
lower than one that says just what was asked.
"""

from __future__ import annotations

import math
from collections import Counter

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS

from bot.questions.audience import AUDIENCE_PENALTY, AUDIENCE_STEP_UP, Audiences
from bot.questions.kb import KnowledgeBase
from bot.questions.search import Match
from bot.questions.text import closest_word, words

# How many entries BM25 passes on to the overlap scoring.
_SHORTLIST = 10
# Question words say what kind of answer is wanted, not which topic; they only add noise here.
_STOPWORDS = frozenset(STOPWORDS_EN_PLUS) | frozenset(
    [
        "what",
        "why",
        "how",
        "when",
        "does",
        "do",
        "did",
        "can",
        "could",
        "should",
        "would",
        "is",
        "are",
        "am",
        "my",
        "me",
        "i",
        "you",
        "your",
        "im",
        "ive",
        "get",
        "got",
        "really",
        "much",
        "many",
        "any",
    ]
)


class LexicalRanker:
    name = "lexical"

    def __init__(self, kb: KnowledgeBase) -> None:
        self._stem = Stemmer.Stemmer("english").stemWord
        self._doc_entries: list[str] = []
        docs: list[list[str]] = []
        entries = kb.answerable
        self._audiences = Audiences(entries)
        self._audience_ids = [e.id for e in entries]
        for entry in entries:
            for text in (entry.title, *entry.texts()):
                docs.append(self._tokens(text, correct=False))
                self._doc_entries.append(entry.id)
        self._docs = [set(d) for d in docs]
        self._vocabulary = tuple(sorted(_raw_words(kb)))
        self._stems = {t for d in docs for t in d}
        counts = Counter(t for d in self._docs for t in d)
        n = len(docs)
        self._idf = {t: _idf(n, df) for t, df in counts.items()}
        self._unknown_idf = _idf(n, 0)
        self._doc_weight = [sum(self._idf[t] for t in d) or 1.0 for d in self._docs]
        self._entry_docs: dict[str, list[int]] = {}
        for doc, entry_id in enumerate(self._doc_entries):
            self._entry_docs.setdefault(entry_id, []).append(doc)
        self._bm25 = bm25s.BM25()
        self._bm25.index(docs, show_progress=False)

    def outside(self, query: str) -> float | None:
        # Word overlap can't tell a near-topic question from a real one; see scope.py.
        return None

    def rank(self, query: str, limit: int = 5) -> list[Match]:
        tokens = set(self._tokens(query, correct=True))
        known = [t for t in tokens if t in self._stems]
        if not known:
            return []
        scores = self._bm25.get_scores(known)
        shortlist: dict[str, float] = {}
        for doc in np.argsort(-scores):
            if scores[doc] <= 0 or len(shortlist) == _SHORTLIST:
                break
            shortlist.setdefault(self._doc_entries[doc], float(scores[doc]))
        query_weight = sum(self._idf.get(t, self._unknown_idf) for t in tokens)
        named_at, left_out_at = self._audiences.split(query)
        named = {self._audience_ids[i] for i in named_at}
        left_out = {self._audience_ids[i] for i in left_out_at}
        scored = []
        for entry_id, bm25 in shortlist.items():
            overlap = max(
                0.0,
                self._best_overlap(entry_id, tokens, query_weight)
                - (AUDIENCE_PENALTY if entry_id in left_out else 0.0),
            )
            # A named audience reorders; the score, which the zones read, stays the overlap.
            standing = overlap + (AUDIENCE_STEP_UP if entry_id in named else 0.0)
            scored.append((standing, bm25, overlap, entry_id))
        scored.sort(key=lambda item: (-item[0], -item[1]))
        return [
            Match.ranked(entry_id, overlap, standing)
            for standing, _, overlap, entry_id in scored[:limit]
        ]

    def _best_overlap(self, entry_id: str, tokens: set[str], query_weight: float) -> float:
        best = 0.0
        for doc in self._entry_docs[entry_id]:
            shared = sum(self._idf[t] for t in tokens & self._docs[doc])
            if shared:
                recall = shared / query_weight
                precision = shared / self._doc_weight[doc]
                best = max(best, 2 * precision * recall / (precision + recall))
        return best

    def _tokens(self, text: str, *, correct: bool) -> list[str]:
        result = []
        for word in words(text):
            if word in _STOPWORDS:
                continue
            if correct:
                word = self._spell(word)
            result.append(self._stem(word))
        return result

    def _spell(self, word: str) -> str:
        return closest_word(word, self._vocabulary)


def _raw_words(kb: KnowledgeBase) -> set[str]:
    return {w for e in kb.answerable for t in (e.title, *e.texts()) for w in words(t)}


def _idf(documents: int, frequency: int) -> float:
    return math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
