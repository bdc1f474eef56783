"""A writer's own correction, "*calf not chest", applied to the words it corrects.

In chat a slip is put right with a second line that starts with an asterisk: "massive pain in my
chest after yesterday's session / *calf not chest lol". Read as written, the first line is an
emergency and the second adds nothing, so the triage would sound an alarm the writer has already
taken back. Each correction here is applied to the text before it, and the correction itself is
then dropped:

- "*calf not chest" (or "instead of"): the last "chest" before it becomes "calf";
- "*stoke": the word before it spelt most like "stoke" ("stroke") becomes "stoke";
- "*cant believe i did 100 raises": a restatement from a word the line before also has ("cant
  breathe"), which replaces that line from that word on;
- "*as in fell asleep": what the line before meant, which replaces it.

A correction that matches nothing is left alone: reading too much is safer than reading too
little. An asterisk that closes again ("*really* bad") is emphasis, not a correction, and a
bullet ("* chest pain") has a space after it.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

# A correction starts a message, a line or a burst (" / "), with the asterisk against its word,
# and runs to the end of that line or burst.
_CORRECTION = re.compile(r"(?:^|(?<=\n)|(?<=\s/\s)|(?<=\s))\*(?=[^\W\d_])([^*\n/]*)(?=$|\n|\s/\s)")
# What the writer adds after the correction itself: "lol autocorrect hates me", "sorry, typo".
_AFTERWORD = re.compile(
    r"\s*(?:\b(?:lol|lmao|haha\w*|autocorrect\w*|auto correct\w*|typo|sorry|oops|i mean|i meant|"
    r"phone|damn|stupid)\b|[^\w\s',]).*$",
    re.IGNORECASE,
)
_MEANING = re.compile(r"^(?:as in|i mean|i meant|meaning)\s+", re.IGNORECASE)
_INSTEAD = re.compile(r"^(?P<right>.+?),?\s+(?:not|instead of)\s+(?P<wrong>.+)$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# Within this many edits, a single corrected word is taken for the slip it corrects.
_MAX_EDITS = 2


def with_corrections(raw: str) -> str:
    """`raw` with each asterisk correction applied to the text before it and then removed."""
    if "*" not in raw:
        return raw
    text, start = raw, 0
    # Left to right, searching again after each: a correction changes the text before it, so
    # the places found in the original would drift.
    while match := _CORRECTION.search(text, start):
        said = match.group(1).strip()
        meaning = _MEANING.match(said)
        correction = _AFTERWORD.sub("", said[meaning.end() :] if meaning else said).strip(" ,")
        # The line or burst it follows, without the separator between them.
        before = text[: match.start()].rstrip().removesuffix("/").rstrip()
        if not correction:
            corrected = None
        elif meaning:
            corrected = before[: _line_start(before)] + correction
        else:
            corrected = _applied(before, correction)
        if corrected is None:
            start = match.end()
        else:
            text, start = corrected + text[match.end() :], len(corrected)
    return text


def _applied(before: str, correction: str) -> str | None:
    """`before` with `correction` applied, or None when it corrects nothing there."""
    instead = _INSTEAD.match(correction)
    if instead:
        wrong = re.escape(instead["wrong"].strip())
        spots = list(re.finditer(rf"\b{wrong}\b", before, re.IGNORECASE))
        if not spots:
            return None
        last = spots[-1]
        return before[: last.start()] + instead["right"].strip() + before[last.end() :]
    said = _WORD.findall(correction)
    if len(said) == 1:
        return _respelt(before, said[0])
    # A restatement: from the last place its first word appears, the line before is replaced.
    line_start = _line_start(before)
    line = before[line_start:]
    spots = list(re.finditer(rf"\b{re.escape(said[0])}\b", line, re.IGNORECASE))
    if not spots:
        return None
    return before[: line_start + spots[-1].start()] + correction


def _line_start(before: str) -> int:
    """Where the last line or burst of `before` starts."""
    burst = before.rfind(" / ")
    return max(before.rfind("\n") + 1, burst + 3 if burst >= 0 else 0)


def _respelt(before: str, word: str) -> str | None:
    """`before` with the word spelt most like `word` (and not already it) replaced by it."""
    best: tuple[int, re.Match[str]] | None = None
    for spot in _WORD.finditer(before):
        found = spot.group(0)
        if found.lower() == word.lower():
            continue
        edits = OSA.distance(found.lower(), word.lower())
        # Short words are too alike to tell apart ("leg", "log"): at least four letters.
        if len(word) >= 4 and edits <= _MAX_EDITS and (best is None or edits <= best[0]):
            best = (edits, spot)
    if best is None:
        return None
    spot = best[1]
    return before[: spot.start()] + word + before[spot.end() :]
