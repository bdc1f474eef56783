"""The knowledge base's types: an entry, its sources, a problem found in a file, and the loaded
base; and the limits an entry is held to."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

ANSWER_LIMIT: Final = 1200


MIN_PHRASINGS: Final = 5


# Phrasings at least this similar (rapidfuzz ratio, 0-100) in two entries confuse retrieval.
NEAR_DUPLICATE: Final = 92


# Entries about the bot itself, not health: they need no sources.
ABOUT_BOT_TAG: Final = "about-bot"


# Short exercise prompts for reminders; not answers to questions, so not searched.
PROMPT_TAG: Final = "reminder-prompt"


@dataclass(frozen=True)
class Source:
    title: str
    authors: str
    year: int
    # What kind of evidence: "randomised trial, n = 28", "rat study", "guideline".
    evidence: str
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None

    @property
    def link(self) -> str:
        """Where a member can read it: the URL, else the DOI or PubMed page."""
        if self.url:
            return self.url
        if self.doi:
            return f"https://doi.org/{self.doi}"
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    question: str
    phrasings: tuple[str, ...]
    answer: str
    tags: tuple[str, ...]
    sources: tuple[Source, ...]
    related: tuple[str, ...]
    reviewed: dt.date
    area: str
    file: str
    line: int
    # Who the entry is written for (a condition, a medicine, a stage of life), as words a member
    # would use: "heart failure", "bisoprolol", "pregnant". Empty for an entry that is for anyone.
    audience: tuple[str, ...] = ()

    @property
    def is_prompt(self) -> bool:
        return PROMPT_TAG in self.tags

    @property
    def needs_sources(self) -> bool:
        return ABOUT_BOT_TAG not in self.tags

    def texts(self) -> tuple[str, ...]:
        """What a question is matched against: the canonical question and every phrasing."""
        return (self.question, *self.phrasings)


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True)
class KnowledgeBase:
    entries: tuple[Entry, ...]
    by_id: Mapping[str, Entry] = field(repr=False)
    # A hash of every text retrieval embeds (titles too), so the vector cache can key on it.
    content_hash: str = ""

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> KnowledgeBase:
        items = tuple(entries)
        digest = hashlib.sha256()
        for entry in items:
            digest.update("\x1f".join((entry.id, entry.title, *entry.texts())).encode())
            digest.update(b"\x1e")
        return cls(items, {e.id: e for e in items}, digest.hexdigest()[:16])

    @property
    def answerable(self) -> tuple[Entry, ...]:
        """Entries that answer questions (reminder prompts are not)."""
        return tuple(e for e in self.entries if not e.is_prompt)

    @property
    def prompts(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.is_prompt)


class KnowledgeError(Exception):
    """The knowledge base has problems; `problems` lists each one."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the knowledge base")
        self.problems = problems
