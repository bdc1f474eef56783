"""Checks across the whole base: unique ids, related ids that exist, and no phrasing shared by
two entries."""

from __future__ import annotations

import time

from rapidfuzz import fuzz

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
    reported: set[tuple[str, str, str]] = set()
    for i, (text_a, entry_a) in enumerate(owners):
        # The comparisons grow with the square of the phrasings: the one step a large file slows.
        if time.monotonic() > deadline:
            raise OutOfTime(entry_a.file, entry_a.line)
        for text_b, entry_b in owners[i + 1 :]:
            if entry_a.id == entry_b.id:
                continue
            if text_a == text_b or fuzz.ratio(text_a, text_b) >= NEAR_DUPLICATE:
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
