"""Punctuation spoken to a dictation app or screen reader, written back as marks.

Members who dictate (blind and low-vision members, or anyone talking to a phone) often get their
spoken punctuation typed out as words: "my calf throbs comma it feels hot full stop started
Monday". Sentences are split on marks, so a message with none read as one long sentence, and a
date in one clause ("last Tuesday") could set aside a sign in the next. The words are turned back
into marks only when two or more are said, since "comma" alone is also how "coma" gets misspelt.
"""

from __future__ import annotations

import re
from typing import Final

_SPOKEN: Final = (
    (re.compile(r"\s*\bcomma\b", re.IGNORECASE), ","),
    (re.compile(r"\s*\b(?:full stop|fullstop)\b", re.IGNORECASE), "."),
    (re.compile(r"\s*\bquestion mark\b", re.IGNORECASE), "?"),
    (re.compile(r"\s*\bexclamation (?:mark|point)\b", re.IGNORECASE), "!"),
    (re.compile(r"\s*\bnew (?:line|paragraph)\b", re.IGNORECASE), "."),
)


def dictated_punctuation(text: str) -> str:
    """`text` (raw) with spoken punctuation written as marks, when it has two or more."""
    if sum(len(pattern.findall(text)) for pattern, _ in _SPOKEN) < 2:
        return text
    for pattern, mark in _SPOKEN:
        text = pattern.sub(mark, text)
    return text
