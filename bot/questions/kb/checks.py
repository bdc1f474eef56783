"""Checks across the whole base: unique ids, related ids that exist, and no phrasing shared by
two entries."""

from __future__ import annotations

import time
from typing import Final

import numpy as np
from rapidfuzz import fuzz, process

from bot.questions.kb.entries import NEAR_DUPLICATE, Entry, Problem
from bot.questions.kb.safe_yaml import OutOfTime
from bot.questions.text import normalise


def check_across_entries(entries: list[Entry], problems: list[Problem], deadline: float) -> None:
    first: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in first:
            other = first[entry.id]
            problems.append(
                Problem(
                    entry.file,
                    entry.line,
                    f"duplicate id {entry.id!r} (first defined at {other.file}:{other.line})",
                )
            )
        else:
            first[entry.id] = entry
    for entry in entries:
        for target in entry.related:
            if target not in first:
                problems.append(
                    Problem(
                        entry.file, entry.line, f"entry {entry.id!r}: unknown related id {target!r}"
                    )
                )
    _check_phrasing_overlap(entries, problems, deadline)


def _check_phrasing_overlap(entries: list[Entry], problems: list[Problem], deadline: float) -> None:
    """A phrasing (or question) that two entries share, or nearly share, sends members to the
    wrong answer at random, so each must belong to one entry only."""
    owners: list[tuple[str, Entry]] = []
    for entry in entries:
        if entry.is_prompt:
            continue
        owners.extend((normalise(text), entry) for text in set(entry.texts()))
    texts = [text for text, _ in owners]
    reported: set[tuple[str, str, str]] = set()
    # The comparisons grow with the square of the phrasings: the one step a large file slows.
    # rapidfuzz compares a block of rows against all in C; the deadline is checked per block.
    for start in range(0, len(owners), _ROWS_PER_BLOCK):
        if time.monotonic() > deadline:
            raise OutOfTime(owners[start][1].file, owners[start][1].line)
        scores = process.cdist(
            texts[start : start + _ROWS_PER_BLOCK], texts, scorer=fuzz.ratio, dtype=np.float32
        )
        for row, column in zip(*np.nonzero(scores >= NEAR_DUPLICATE), strict=True):
            i, j = start + int(row), int(column)
            (text_a, entry_a), (text_b, entry_b) = owners[i], owners[j]
            if j <= i or entry_a.id == entry_b.id:
                continue
            key = (min(entry_a.id, entry_b.id), max(entry_a.id, entry_b.id), text_b)
            if key in reported:
                continue
            reported.add(key)
            kind = "identical" if text_a == text_b else "nearly identical"
            problems.append(
                Problem(
                    entry_b.file,
                    entry_b.line,
                    f"entry {entry_b.id!r}: phrasing {text_b!r} is {kind} to "
                    f"{text_a!r} in entry {entry_a.id!r}",
                )
            )


# Rows compared in one call: big enough that C does the work, small enough to stop in time.
_ROWS_PER_BLOCK: Final = 256
