"""One knowledge file read into entries: every key checked, every problem reported with its line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from bot.questions.audience import audience_phrase
from bot.questions.kb.entries import (
    ABOUT_BOT_TAG,
    ANSWER_LIMIT,
    MIN_PHRASINGS,
    PROMPT_TAG,
    Entry,
    Problem,
    Source,
)
from bot.questions.kb.safe_yaml import Refused, key_lines, read_yaml, value_node

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
    "audience",
}


_FILE_KEYS = {"area", "entries"}


_SOURCE_KEYS = {"title", "authors", "year", "evidence", "doi", "pmid", "url"}


_SOURCE_TEXTS = ("title", "authors", "evidence")


_IDENTIFIERS = ("doi", "pmid", "url")


def load_file(path: Path, problems: list[Problem], deadline: float) -> list[Entry]:
    name = str(path)
    try:
        data, root = read_yaml(path, deadline)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else 0
        kind = "" if isinstance(exc, Refused) else "YAML syntax error: "
        problems.append(Problem(name, line, f"{kind}{exc.problem}"))
        return []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(Problem(name, 0, f"cannot read: {exc}"))
        return []
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        problems.append(Problem(name, 1, "expected a mapping with 'area' and 'entries'"))
        return []
    lines = key_lines(root)
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
    entry_nodes = value_node(root, "entries")
    entries: list[Entry] = []
    for index, raw in enumerate(raw_entries):
        node = entry_nodes.value[index] if isinstance(entry_nodes, yaml.SequenceNode) else None
        line = node.start_mark.line + 1 if node is not None else 0
        field_lines = key_lines(node) if isinstance(node, yaml.MappingNode) else {}
        entry = _parse_entry(raw, name, line, field_lines, area.strip(), problems)
        if entry is not None:
            entries.append(entry)
    return entries


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
    audience = p.texts("audience", required=False)
    for phrase in audience:
        if not audience_phrase(phrase):
            p.fail("audience", f"audience {phrase!r} has no words to look for")
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
        audience=audience,
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
