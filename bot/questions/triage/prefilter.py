"""Which of the rules' patterns could match a message at all, found in one pass over it.

Triage reads every message with some 550 word-list patterns, and most of them cannot match: a
message about a sore calf never says "pregnant" or "seizure". Python's `re` tries each
alternative of a long word list at every position of the text, so running them all was most of
what triage cost (a p99 of 14–17 ms a message here, against a goal of 5 ms).

Each pattern has *necessary literals*: strings of which every match contains at least one
(``pass(?:ed|ing)? out`` needs "pass out", "passed out" or "passing out";
``(?:felt|went) (?:\\w+ ){0,2}faint`` needs "faint"). One Aho–Corasick pass over the message
finds which of all the patterns' literals occur in it, and in which sentence, and a pattern is
run only on the sentences that hold one of its literals: none, for most.

Skipping is only ever sound. A pattern whose literals cannot be worked out (a case-insensitive
part, a part that can match the empty string, anything the parser here does not know) always
runs, as does a pattern first seen after the message was scanned.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

# The one well-kept C implementation of Aho–Corasick on PyPI; it ships no type information.
import ahocorasick

try:
    # The standard library's own regex parser: private, so any change in a future Python that
    # breaks the walk below turns the filter off (every pattern runs) rather than misreading.
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without them only loses the speed-up
    _sre = _sre_parse = None

Literals = frozenset[str]
# A pattern (kept, so its id is never reused for another), the numbers of its literals or None,
# and the highest of those numbers.
_Gate = tuple[re.Pattern[str], frozenset[int] | None, int]


def necessary_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings of which every match of `pattern` contains one, or None when that can't be told.

    The set is chosen to be rare in ordinary text: its shortest string as long as possible."""
    if _sre_parse is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        return _in_sequence(list(_sre_parse.parse(pattern.pattern, pattern.flags)), True)
    except Exception:  # a parse tree of a shape this walk was not written for
        return None


# A run of items is spelled out as its exact strings while there are at most this many.
_MOST_SPELLINGS = 64


def _in_sequence(items: list[tuple[Any, Any]], case_sensitive: bool) -> Literals | None:
    """Necessary literals of a run of parse-tree items, matched one after another.

    Items that match only a few exact strings are spelled out together ("pass(?:ed|ing)? out"
    is "pass out", "passed out" or "passing out"); any other item a match must pass through
    gives its own set. Each of these candidates is necessary, so the rarest-looking is kept."""
    candidates: list[Literals] = []
    spelled: set[str] = {""}
    for op, arg in items:
        exact = _exact(op, arg, case_sensitive)
        if exact is not None and len(spelled) * len(exact) <= _MOST_SPELLINGS:
            spelled = {before + after for before in spelled for after in exact}
            continue
        if "" not in spelled:
            candidates.append(frozenset(spelled))
        spelled = set(exact) if exact is not None else {""}
        inner = None if exact is not None else _in_item(op, arg, case_sensitive)
        if inner is not None:
            candidates.append(inner)
    if "" not in spelled:
        candidates.append(frozenset(spelled))
    if not candidates:
        return None
    return _shortest_form(max(candidates, key=_rarity))


def _shortest_form(candidate: Literals) -> Literals:
    """`candidate` without the strings that contain another of its strings: wherever
    " weeks" is found, "weeks" is too."""
    kept: list[str] = []
    for literal in sorted(candidate, key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)


def _exact(op: Any, arg: Any, case_sensitive: bool) -> set[str] | None:
    """Every string one item can match, when they are few and plain; else None.

    Boundaries and lookarounds match the empty string, so a run can be spelled across them."""
    if op is _sre.LITERAL:
        return {chr(arg)} if case_sensitive else None
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {""}
    if op is _sre.IN:
        # A class of a few plain characters: "[ct]".
        if case_sensitive and len(arg) <= 8 and all(kind is _sre.LITERAL for kind, _ in arg):
            return {chr(code) for _, code in arg}
        return None
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        if add_flags & re.IGNORECASE:
            return None
        spelled: set[str] = {""}
        for inner_op, inner_arg in inner:
            exact = _exact(inner_op, inner_arg, case_sensitive)
            if exact is None or len(spelled) * len(exact) > _MOST_SPELLINGS:
                return None
            spelled = {before + after for before in spelled for after in exact}
        return spelled
    if op is _sre.BRANCH:
        union: set[str] = set()
        for alternative in arg[1]:
            exact = _exact(_sre.SUBPATTERN, (None, 0, 0, alternative), case_sensitive)
            if exact is None or len(union | exact) > _MOST_SPELLINGS:
                return None
            union |= exact
        return union
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        least, most, inner = arg
        if (least, most) == (0, 1):
            exact = _exact(_sre.SUBPATTERN, (None, 0, 0, inner), case_sensitive)
            return None if exact is None else exact | {""}
        return None
    return None


# Words so common that a literal of nothing else says little about a message.
_COMMON = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "up",
        "out",
        "off",
        "down",
        "over",
        "into",
        "after",
        "i",
        "me",
        "my",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "we",
        "us",
        "our",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "have",
        "has",
        "had",
        "do",
        "did",
        "does",
        "not",
        "no",
        "all",
        "one",
        "some",
        "just",
        "like",
        "get",
        "got",
        "go",
        "goes",
        "going",
        "went",
        "gone",
        "then",
        "now",
        "still",
        "very",
    }
)


def _rarity(candidate: Literals) -> tuple[int, int]:
    """How rarely a candidate set is expected to be found in a message: by its shortest
    literal, a common word counting as one character; then by how few literals it has."""
    shortest = min(1 if literal.strip() in _COMMON else len(literal) for literal in candidate)
    return shortest, -len(candidate)


def _in_item(op: Any, arg: Any, case_sensitive: bool) -> Literals | None:
    """Necessary literals of one item that is not spelled out."""
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        return _in_sequence(list(inner), case_sensitive and not add_flags & re.IGNORECASE)
    if op is _sre.ATOMIC_GROUP:
        return _in_sequence(list(arg), case_sensitive)
    if op is _sre.BRANCH:
        # A match takes one alternative, so the union of theirs; an alternative with none
        # (an empty one, say) leaves the whole branch with none.
        union: set[str] = set()
        for alternative in arg[1]:
            found = _in_sequence(list(alternative), case_sensitive)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        least, _most, inner = arg
        return _in_sequence(list(inner), case_sensitive) if least >= 1 else None
    # Classes, any-character, back-references: nothing a match must contain as a plain string,
    # so no candidate (the sequence around them may have one).
    return None


_second = itemgetter(1)
# The rules use about 550 patterns; far more means patterns built afresh per message.
_MOST_PATTERNS = 4096


@dataclass(frozen=True)
class Scan:
    """The literals found in a text and in each of its parts, by number, and how many literals
    were known when it was scanned.

    `cannot_match` holds the ids of the patterns that cannot match the text: every one of
    their literals was looked for and none was found. A rule asks about a few hundred patterns
    a message; for most of them one set lookup answers."""

    whole: frozenset[int]
    parts: tuple[frozenset[int], ...]
    known: int
    cannot_match: frozenset[int]


class LiteralIndex:
    """Patterns' necessary literals, gathered as the patterns are first used, and one automaton
    that finds them all.

    Patterns are registered on first use (rules build some inside their functions), and the
    automaton is rebuilt, at most once per scan, when new literals are waiting: a pattern is
    filtered only against a scan that looked for all of its literals."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._numbers: dict[str, int] = {}
        # Keyed by id: hashing a compiled pattern hashes its whole compiled code.
        self._gates: dict[int, _Gate] = {}
        # The ids of the patterns with literals, by each of their literals' numbers.
        self._by_literal: dict[int, list[int]] = {}
        # The automaton, how many literals it holds and the ids of the patterns whose literals
        # are all among them, read and replaced together: a scan in another thread keeps the
        # three it started with.
        self._current: tuple[Any, int, frozenset[int]] = (None, 0, frozenset())

    def scan(self, whole: str, parts: list[str]) -> Scan:
        """The literals in `whole` and in each of `parts` (its sentences, say). A match can run
        across parts in `whole`, so the parts are scanned on their own too."""
        if self._current[1] < len(self._numbers):
            self._rebuild()
        automaton, known, filtered = self._current
        if automaton is None:
            return Scan(frozenset(), tuple(frozenset() for _ in parts), known, frozenset())
        # (end, number) pairs: `map` takes the numbers without a Python step per literal found.
        found = frozenset(map(_second, automaton.iter(whole)))
        could: set[int] = set()
        for number in found:
            could.update(self._by_literal.get(number, ()))
        return Scan(
            found,
            tuple(frozenset(map(_second, automaton.iter(part))) for part in parts),
            known,
            filtered.difference(could),
        )

    def could_match(self, pattern: re.Pattern[str], scan: Scan) -> bool:
        """False only when `pattern` cannot match the scanned text."""
        gate = self._gates.get(id(pattern)) or self._register(pattern)
        numbers = gate[1]
        return numbers is None or gate[2] >= scan.known or not numbers.isdisjoint(scan.whole)

    def parts_to_read(self, pattern: re.Pattern[str], scan: Scan) -> Sequence[int]:
        """The parts of the scanned text in which `pattern` could match, by index."""
        gate = self._gates.get(id(pattern)) or self._register(pattern)
        numbers = gate[1]
        if numbers is None or gate[2] >= scan.known:
            # No literals, or some unknown when the text was scanned: read every part.
            return range(len(scan.parts))
        if numbers.isdisjoint(scan.whole):
            return ()
        return [index for index, found in enumerate(scan.parts) if not numbers.isdisjoint(found)]

    def patterns_filtered(self) -> tuple[int, int]:
        """How many patterns have been seen, and how many of them have literals to filter by."""
        gates = list(self._gates.values())
        return len(gates), sum(numbers is not None for _pattern, numbers, _highest in gates)

    def _register(self, pattern: re.Pattern[str]) -> _Gate:
        if len(self._gates) >= _MOST_PATTERNS:
            # Not remembered: a caller compiling patterns afresh for each message would
            # otherwise grow the index, and rebuild the automaton, without end.
            return (pattern, None, 0)
        literals = necessary_literals(pattern)
        with self._lock:
            if literals is None:
                gate: _Gate = (pattern, None, 0)
            else:
                numbers = frozenset(
                    self._numbers.setdefault(literal, len(self._numbers)) for literal in literals
                )
                gate = (pattern, numbers, max(numbers))
                for number in numbers:
                    self._by_literal.setdefault(number, []).append(id(pattern))
                automaton, known, filtered = self._current
                if gate[2] < known:
                    # Its literals are all in the automaton already: filtered from the next scan.
                    self._current = (automaton, known, filtered | {id(pattern)})
            self._gates[id(pattern)] = gate
        return gate

    def _rebuild(self) -> None:
        with self._lock:
            automaton = ahocorasick.Automaton()
            for literal, number in self._numbers.items():
                automaton.add_word(literal, number)
            automaton.make_automaton()
            filtered = frozenset(key for key, gate in self._gates.items() if gate[1] is not None)
            self._current = (automaton, len(self._numbers), filtered)


LITERALS = LiteralIndex()


class LiteralGate:
    """One pattern's necessary literals in an automaton of its own: for the few long patterns
    applied to every sentence while a message is being split and cleaned, before the shared
    scan above can exist (the figures of speech taken out of each sentence, say)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        literals = necessary_literals(pattern)
        self._automaton: Any = None
        if literals is not None:
            self._automaton = ahocorasick.Automaton()
            for literal in literals:
                self._automaton.add_word(literal, literal)
            self._automaton.make_automaton()

    def could_match(self, text: str) -> bool:
        """False only when the pattern cannot match `text`."""
        return self._automaton is None or next(self._automaton.iter(text), None) is not None
