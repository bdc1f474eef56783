"""Finding the question inside a long message.

Members and letter writers often open with a greeting and a back-story ("I'm 68, I had a stent
two years ago, I walk every day…") and ask in one sentence near the end. Embedded whole, the
back-story dilutes the question and the match drifts to whatever the story mentions most. So a
long message is also read in parts: each sentence that asks, alone and with the sentence before
it for context. Retrieval scores every part and keeps, per entry, its best score
(search.rank_parts).
"""

from __future__ import annotations

import re
from typing import Final

# Shorter messages are one question already.
LONG: Final = 120
# Parts scored besides the whole message: enough for a letter with a few questions, bounded so
# a long message costs at most this many extra embeddings.
MOST_PARTS: Final = 4

# "What do you suggest?" says nothing on its own; it is only read with the sentence before it.
SHORTEST_ALONE: Final = 25

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_ASKS = re.compile(
    r"\?|^(?:how|what|why|when|where|which|who|is|are|am|can|could|should|would|will|do|does|"
    r"did|has|have|any|anyone)\b",
    re.IGNORECASE,
)
# Openings that carry no question: "Hi there,", "Dear doctor,", "Good morning all."
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?:]{0,30}[.!?:,]?\s*",
    re.IGNORECASE,
)


def question_parts(message: str) -> list[str]:
    """The parts of `message` worth matching on their own, whole message first."""
    text = " ".join(message.split())
    if len(text) < LONG:
        return [text]
    sentences = [s.strip() for s in _SENTENCE.split(_GREETING.sub("", text)) if s.strip()]
    if len(sentences) < 2:
        return [text]
    parts: list[str] = []
    for i, sentence in enumerate(sentences):
        if _ASKS.search(sentence):
            if len(sentence) >= SHORTEST_ALONE:
                parts.append(sentence)
            if i > 0:
                parts.append(sentences[i - 1] + " " + sentence)
    unique = [p for i, p in enumerate(parts) if p not in parts[:i] and p != text]
    return [text, *unique[-MOST_PARTS:]]
