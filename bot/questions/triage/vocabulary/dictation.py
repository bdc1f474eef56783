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

# One pass over every message: this runs before triage reads anything.
_SPOKEN: Final = re.compile(
    r"\s*\b(comma|full ?stop|question mark|exclamation (?:mark|point)|new (?:line|paragraph))\b",
    re.IGNORECASE,
)
# Anything else said ("full stop", "new line") ends a sentence.
_MARKS: Final = {
    "comma": ",",
    "question mark": "?",
    "exclamation mark": "!",
    "exclamation point": "!",
}


def _mark(spoken: re.Match[str]) -> str:
    return _MARKS.get(spoken.group(1).lower(), ".")


def dictated_punctuation(text: str) -> str:
    """`text` (raw) with spoken punctuation written as marks, when it has two or more."""
    found = _SPOKEN.findall(text)
    return _SPOKEN.sub(_mark, text) if len(found) >= 2 else text
