"""A table of rewrites read over a sentence, skipped when none of its first words is there.

Most sentences hold none of the words a table starts from, and a set lookup is far cheaper than
a pass of every pattern over every sentence. The clinician's shorthand and autocorrect's slips
are both read this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class Rewrites:
    def __init__(self, pairs: Iterable[tuple[str, str]], first_words: Iterable[str]) -> None:
        # (pattern, replacement), read in order on a normalised sentence.
        self._pairs = tuple((re.compile(pattern), replacement) for pattern, replacement in pairs)
        # The words the patterns start from.
        self._first_words = frozenset(first_words)

    def applied(self, sentence: str) -> str:
        """`sentence` (normalised) with every rewrite that matches applied."""
        if self._first_words.isdisjoint(sentence.split()):
            return sentence
        for pattern, replacement in self._pairs:
            sentence = pattern.sub(replacement, sentence)
        return sentence
