"""The curated knowledge base: its schema, loading and checking.

Each file under knowledge/ holds one topic area:

    area: Physiology
    entries:
      - id: calf-muscle-pump
        title: …
        …

`load_knowledge` reads every file and returns the entries together with every problem found,
each as `file:line: message`, so a curator sees all of them at once (like Red-DiscordBot's trivia
list validation). Files are read with a stricter yaml.SafeLoader (`_KnowledgeLoader`): the same
safe types, one parse giving both the node tree (for line numbers) and the data.

A knowledge file is text in a few levels of lists and mappings, and `/kb reload` reads it inside
the running bot, so everything beyond that is refused with a file:line problem rather than
trusted: anchors and aliases (a few lines of them expand to gigabytes, the "billion laughs"),
duplicate keys (YAML keeps the last one silently), deep nesting, files over MAX_FILE_BYTES, and
a load that runs past CHECK_SECONDS.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import yaml
from rapidfuzz import fuzz

from bot.questions.text import normalise

ANSWER_LIMIT: Final = 1200
MIN_PHRASINGS: Final = 5
# Phrasings at least this similar (rapidfuzz ratio, 0-100) in two entries confuse retrieval.
NEAR_DUPLICATE: Final = 92
# Entries about the bot itself, not health: they need no sources.
ABOUT_BOT_TAG: Final = "about-bot"
# Short exercise prompts for reminders; not answers to questions, so not searched.
PROMPT_TAG: Final = "reminder-prompt"
# The largest file is about 32 KB; 1 MiB leaves room to grow and parses in about 2 s.
MAX_FILE_BYTES: Final = 1024 * 1024
# The whole check (parsing and the phrasing comparisons) takes under half a second today.
CHECK_SECONDS: Final = 10.0
# A file is nested 6 deep (file, entries, entry, sources, source, value); more is a mistake.
MAX_DEPTH: Final = 12

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_ENTRY_KEYS = {
    "id",
    "title",
    "question",
    "phrasings",
    "answer",
    "tags",
    "sources",
    "related",
    "reviewed",
}
_FILE_KEYS = {"area", "entries"}
_SOURCE_KEYS = {"title", "authors", "year", "evidence", "doi", "pmid", "url"}
_SOURCE_TEXTS = ("title", "authors", "evidence")
_IDENTIFIERS = ("doi", "pmid", "url")


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
    # A hash of everything that affects retrieval, so caches can key on it.
    content_hash: str = ""

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> KnowledgeBase:
        items = tuple(entries)
        digest = hashlib.sha256()
        for entry in items:
            digest.update("\x1f".join((entry.id, *entry.texts())).encode())
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
            entries.extend(_load_file(path, problems, deadline))
        _check_across_entries(entries, problems, deadline)
    except _OutOfTime as exc:
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


class _OutOfTime(Exception):
    def __init__(self, where: str = "", line: int = 0) -> None:
        super().__init__("out of time")
        self.where = where
        self.line = line


class _Refused(yaml.MarkedYAMLError):
    """Valid YAML that a knowledge file may not use; the message is shown as it is."""


class _KnowledgeLoader(yaml.SafeLoader):
    """yaml.SafeLoader (the loader of yaml.safe_load), refusing what a knowledge file never needs.

    Aliases are refused before any node is built from them, so an expansion bomb costs nothing;
    the deadline is checked at every node, so no document can run past it.
    """

    def __init__(self, text: str, name: str, deadline: float) -> None:
        super().__init__(text)
        self._name = name
        self._deadline = deadline
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        # The pure-Python parser always sets a yaml.error.Mark; the C one is not used here.
        mark = event.start_mark if isinstance(event.start_mark, yaml.error.Mark) else None
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(
                problem="aliases (*name) are not allowed; write the text out in full",
                problem_mark=mark,
            )
        if getattr(event, "anchor", None) is not None:
            raise _Refused(
                problem="anchors (&name) are not allowed; write the text out in full",
                problem_mark=mark,
            )
        if time.monotonic() > self._deadline:
            raise _OutOfTime(self._name, mark.line + 1 if mark else 0)
        if self._depth >= MAX_DEPTH:
            raise _Refused(problem=f"nested more than {MAX_DEPTH} levels deep", problem_mark=mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            # A bad date (2026-13-45) or a number too long for int(): not a YAML error, but the
            # curator needs the line all the same.
            raise _Refused(
                problem=f"cannot read this value: {exc}", problem_mark=node.start_mark
            ) from None

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        self.flatten_mapping(node)
        first_line: dict[object, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                continue  # SafeLoader itself reports an unhashable key
            if key in first_line:
                raise _Refused(
                    problem=f"duplicate key {key!r} (first at line {first_line[key]})",
                    problem_mark=key_node.start_mark,
                )
            first_line[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


def _read_yaml(path: Path, deadline: float) -> tuple[object, yaml.Node | None]:
    """The file's data and its node tree, or _Refused / yaml errors / OSError."""
    if not path.is_file():
        # A FIFO or a device named *.yaml would block or never end.
        raise OSError("not a regular file")
    with path.open("rb") as file:
        raw = file.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise _Refused(
            problem=f"the file is over {MAX_FILE_BYTES // 1024} KiB; split it into topic areas"
        )
    loader = _KnowledgeLoader(raw.decode("utf-8"), str(path), deadline)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()
    return data, root


def _load_file(path: Path, problems: list[Problem], deadline: float) -> list[Entry]:
    name = str(path)
    try:
        data, root = _read_yaml(path, deadline)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else 0
        kind = "" if isinstance(exc, _Refused) else "YAML syntax error: "
        problems.append(Problem(name, line, f"{kind}{exc.problem}"))
        return []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(Problem(name, 0, f"cannot read: {exc}"))
        return []
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        problems.append(Problem(name, 1, "expected a mapping with 'area' and 'entries'"))
        return []
    lines = _key_lines(root)
    for unknown in sorted(set(data) - _FILE_KEYS, key=str):
        problems.append(
            Problem(name, lines.get(str(unknown), 1), f"unknown top-level key {unknown!r}")
        )
    area = data.get("area")
    if not isinstance(area, str) or not area.strip():
        problems.append(Problem(name, lines.get("area", 1), "'area' must be a non-empty string"))
        area = path.stem
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        problems.append(
            Problem(name, lines.get("entries", 1), "'entries' must be a non-empty list")
        )
        return []
    entry_nodes = _value_node(root, "entries")
    entries: list[Entry] = []
    for index, raw in enumerate(raw_entries):
        node = entry_nodes.value[index] if isinstance(entry_nodes, yaml.SequenceNode) else None
        line = node.start_mark.line + 1 if node is not None else 0
        field_lines = _key_lines(node) if isinstance(node, yaml.MappingNode) else {}
        entry = _parse_entry(raw, name, line, field_lines, area.strip(), problems)
        if entry is not None:
            entries.append(entry)
    return entries


def _key_lines(node: yaml.Node | None) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        str(key.value): key.start_mark.line + 1
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode)
    }


def _value_node(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key and isinstance(v, yaml.Node):
            return v
    return None


class _EntryParser:
    """Checks one entry's fields, recording each problem at the line of the field."""

    def __init__(
        self,
        raw: Mapping[str, Any],
        file: str,
        line: int,
        lines: Mapping[str, int],
        problems: list[Problem],
    ) -> None:
        self.raw = raw
        self.file = file
        self.line = line
        self.lines = lines
        self.problems = problems
        self.ok = True
        label = raw.get("id")
        self.label = f"entry {label!r}" if isinstance(label, str) and label else "entry"

    def fail(self, key: str | None, message: str) -> None:
        line = self.lines.get(key, self.line) if key else self.line
        self.problems.append(Problem(self.file, line, f"{self.label}: {message}"))
        self.ok = False

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.raw.get(key)
        if value is None:
            if required:
                self.fail(None, f"'{key}' is missing")
            return ""
        if not isinstance(value, str):
            self.fail(key, f"'{key}' must be text")
            return ""
        if not value.strip():
            self.fail(key, f"'{key}' is empty")
        return value.strip()

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.raw.get(key)
        if value is None:
            if required:
                self.fail(None, f"'{key}' is missing")
            return ()
        if not isinstance(value, list):
            self.fail(key, f"'{key}' must be a list")
            return ()
        items: list[str] = []
        for number, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                self.fail(key, f"'{key}' item {number} is empty or not text")
            else:
                items.append(item.strip())
        return tuple(items)


def _parse_entry(
    raw: object,
    file: str,
    line: int,
    lines: Mapping[str, int],
    area: str,
    problems: list[Problem],
) -> Entry | None:
    if not isinstance(raw, dict):
        problems.append(Problem(file, line, "each entry must be a mapping of fields"))
        return None
    p = _EntryParser(raw, file, line, lines, problems)
    for unknown in sorted(set(raw) - _ENTRY_KEYS, key=str):
        p.fail(str(unknown), f"unknown field '{unknown}'")

    entry_id = p.text("id")
    if entry_id and not _ID.match(entry_id):
        p.fail("id", f"id {entry_id!r} must be kebab-case (lowercase words joined by '-')")
    title = p.text("title")
    answer = p.text("answer")
    tags = p.texts("tags")
    prompt = PROMPT_TAG in tags
    question = p.text("question", required=not prompt)
    phrasings = p.texts("phrasings", required=not prompt)
    related = p.texts("related", required=False)
    if len(answer) > ANSWER_LIMIT:
        p.fail("answer", f"answer is {len(answer)} characters; the limit is {ANSWER_LIMIT}")
    if not prompt and len(phrasings) < MIN_PHRASINGS:
        p.fail("phrasings", f"has {len(phrasings)} phrasings; at least {MIN_PHRASINGS} are needed")
    sources = _parse_sources(raw.get("sources"), p)
    # A listed but faulty source is reported by _parse_sources; don't also call it missing.
    if not raw.get("sources") and ABOUT_BOT_TAG not in tags:
        p.fail("sources", "a health entry needs at least one source")
    reviewed = raw.get("reviewed")
    if not isinstance(reviewed, dt.date) or isinstance(reviewed, dt.datetime):
        p.fail("reviewed" if "reviewed" in raw else None, "'reviewed' must be a date (YYYY-MM-DD)")
        reviewed = dt.date.min
    if not p.ok:
        return None
    return Entry(
        id=entry_id,
        title=title,
        question=question,
        phrasings=phrasings,
        answer=answer,
        tags=tags,
        sources=sources,
        related=related,
        reviewed=reviewed,
        area=area,
        file=file,
        line=line,
    )


def _parse_sources(value: object, p: _EntryParser) -> tuple[Source, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        p.fail("sources", "'sources' must be a list")
        return ()
    sources: list[Source] = []
    for number, raw in enumerate(value, start=1):
        source = _parse_source(raw, f"source {number}", p)
        if source is not None:
            sources.append(source)
    return tuple(sources)


def _parse_source(raw: object, where: str, p: _EntryParser) -> Source | None:
    if not isinstance(raw, dict):
        p.fail("sources", f"{where} must be a mapping")
        return None
    ok = True

    def fail(message: str) -> None:
        nonlocal ok
        p.fail("sources", f"{where} {message}")
        ok = False

    unknown = sorted(set(raw) - _SOURCE_KEYS, key=str)
    if unknown:
        fail(f"has unknown field(s): {', '.join(map(str, unknown))}")
    missing = [k for k in _SOURCE_TEXTS if _blank(raw.get(k))]
    if missing:
        fail(f"lacks {', '.join(missing)}")
    # A list or mapping where text belongs is a mistake to report, never text to make of it.
    for key in (*_SOURCE_TEXTS, *_IDENTIFIERS):
        value = raw.get(key)
        if _blank(value):
            continue
        # A PubMed id is a number, and YAML reads an unquoted one as such.
        if key == "pmid" and isinstance(value, int) and not isinstance(value, bool):
            continue
        if not isinstance(value, str):
            fail(f"'{key}' must be text")
    year = raw.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1800 <= year <= 2100:
        fail("needs a 4-digit year")
        year = 0
    if all(_blank(raw.get(k)) for k in _IDENTIFIERS):
        fail("needs a doi, pmid or url")
    for problem in _unresolvable(raw):
        fail(problem)
    if not ok:
        return None
    return Source(
        title=raw["title"].strip(),
        authors=raw["authors"].strip(),
        year=year,
        evidence=raw["evidence"].strip(),
        doi=_optional(raw.get("doi")),
        pmid=_optional(raw.get("pmid")),
        url=_optional(raw.get("url")),
    )


_DOI = re.compile(r"10\.\d{4,9}/\S+")
_PMID = re.compile(r"[1-9]\d{0,8}")


def _unresolvable(raw: Mapping[Any, Any]) -> list[str]:
    """Identifiers a reader couldn't follow to the source itself.

    A journal's or a health service's home page proves nothing: the reader must land on the
    paper or the page that says what the answer claims.
    """
    problems = []
    doi, pmid, url = (raw.get(k) for k in _IDENTIFIERS)
    if isinstance(doi, str) and doi.strip() and not _DOI.fullmatch(doi.strip()):
        problems.append(f"has doi '{doi.strip()}', which isn't a DOI (10.<registrant>/<suffix>)")
    given = str(pmid).strip() if isinstance(pmid, str | int) and not isinstance(pmid, bool) else ""
    if given and not _PMID.fullmatch(given):
        problems.append(f"has pmid '{given}', which isn't a PubMed id (digits only)")
    if isinstance(url, str) and url.strip():
        address = urlsplit(url.strip())
        if address.scheme not in ("http", "https") or not address.netloc:
            problems.append(f"has url '{url.strip()}', which isn't a web address")
        elif not address.path.strip("/") and not address.query:
            problems.append(
                f"has url '{url.strip()}', a site's home page: give the page that says it"
            )
    return problems


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _optional(value: object) -> str | None:
    """An optional identifier, already checked to be text or (a pmid) a number."""
    if value is None:
        return None
    return str(value).strip() or None


def _check_across_entries(entries: list[Entry], problems: list[Problem], deadline: float) -> None:
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
            raise _OutOfTime(entry_a.file, entry_a.line)
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
