"""The curated knowledge base: its schema, loading and checking.

Each file under knowledge/ holds one topic area:

    area: Physiology
    entries:
      - id: calf-muscle-pump
        title: …
        …

`load_knowledge` reads every file and returns the entries together with every problem found,
each as `file:line: message`, so a curator sees all of them at once (like Red-DiscordBot's trivia
list validation). Files are read by `safe_yaml`, which refuses what a knowledge file never needs.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Final

from bot.questions.kb.checks import check_across_entries
from bot.questions.kb.entries import (
    ANSWER_LIMIT,
    PROMPT_TAG,
    Entry,
    KnowledgeBase,
    KnowledgeError,
    Problem,
    Source,
)
from bot.questions.kb.parsing import load_file
from bot.questions.kb.safe_yaml import MAX_DEPTH, MAX_FILE_BYTES, OutOfTime

# What the rest of the bot uses; the modules behind it are this package's own business.
__all__ = [
    "ANSWER_LIMIT",
    "CHECK_SECONDS",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "PROMPT_TAG",
    "Entry",
    "KnowledgeBase",
    "KnowledgeError",
    "Problem",
    "Source",
    "load_knowledge",
    "load_knowledge_strict",
]

# The whole check (parsing and the phrasing comparisons) takes under half a second today.
CHECK_SECONDS: Final = 10.0


def load_knowledge(
    folder: Path, *, time_limit: float = CHECK_SECONDS
) -> tuple[KnowledgeBase, list[Problem]]:
    """Read every *.yaml under `folder`; return the valid entries and every problem found.

    Gives up after `time_limit` seconds, with a problem saying so, so no file can hold a
    reload (or `kb check`) for longer.
    """
    problems: list[Problem] = []
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not files:
        problems.append(Problem(str(folder), 0, "no knowledge files (*.yaml) found"))
    deadline = time.monotonic() + time_limit
    entries: list[Entry] = []
    try:
        for path in files:
            entries.extend(load_file(path, problems, deadline))
        check_across_entries(entries, problems, deadline)
    except OutOfTime as exc:
        where = exc.where or str(folder)
        problems.append(
            Problem(
                where,
                exc.line,
                f"checking stopped after {time_limit:g} s; the knowledge base is too large "
                "to check (split or shorten the files)",
            )
        )
    return KnowledgeBase.of(entries), problems


def load_knowledge_strict(folder: Path) -> KnowledgeBase:
    """The knowledge base, or KnowledgeError if anything is wrong."""
    kb, problems = load_knowledge(folder)
    if problems:
        raise KnowledgeError(problems)
    return kb
