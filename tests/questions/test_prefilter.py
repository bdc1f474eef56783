"""The prefilter: a pattern is skipped only when it can't match, and skipping changes no reading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.questions.triage import prefilter, rules
from bot.questions.triage.prefilter import LiteralGate, LiteralIndex, necessary_literals
from bot.questions.triage.text import Message

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\b(?:calf|calves|shin)\b", {"calf", "calves", "shin"}),
        # An optional part is spelled out both ways.
        (r"\bpass(?:ed|ing)? out\b", {"pass out", "passed out", "passing out"}),
        # Lookarounds and boundaries match nothing, so the run goes on across them.
        (r"(?<!not )(?<!no longer )pregnant\b", {"pregnant"}),
        # A part that may repeat zero times gives nothing; the rest still does.
        (r"(?:very |really )*sore (?:\w+ )?calf", {"sore "}),
        # The rarest-looking set is kept: "faint", not "felt " or the common "went ".
        (r"\b(?:felt|went) (?:\w+ ){0,2}faint\b", {"faint"}),
        # An inline case-insensitive part can't be spelled; the other part can.
        (r"(?i:calf) pain", {" pain"}),
        # "weeks" is found wherever " weeks" is.
        (r"\d+ ?weeks?\b", {"week"}),
    ],
)
def test_the_literals_every_match_must_contain(pattern: str, literals: set[str]) -> None:
    assert necessary_literals(re.compile(pattern)) == frozenset(literals)


@pytest.mark.parametrize(
    "pattern",
    [
        r"x?",  # can match nothing at all
        r"(?:calf|)",  # an empty alternative
        r"\w+\d+",  # classes only
        r"(?:calf|\w+)",  # one alternative with no literal leaves the branch none
    ],
)
def test_a_pattern_with_no_literals_always_runs(pattern: str) -> None:
    assert necessary_literals(re.compile(pattern)) is None
    index = LiteralIndex()
    scan = index.scan("nothing here", ["nothing here"])
    assert index.could_match(re.compile(pattern), scan)


def test_a_case_insensitive_pattern_always_runs() -> None:
    assert necessary_literals(re.compile("calf", re.IGNORECASE)) is None


# Random patterns over a tiny alphabet, so that random texts often match them.
_ATOMS = st.sampled_from(["a", "b", " ", "ab", "ba", r"\w", ".", "[ab]", r"\b", r"\d", "c"])


def _patterns() -> st.SearchStrategy[str]:
    return st.recursive(
        _ATOMS,
        lambda inner: st.one_of(
            st.lists(inner, min_size=2, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=4).map(lambda p: "(?:" + "|".join(p) + ")"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{0,2}", "{1,3}", "??"])).map(
                lambda p: "(?:" + p[0] + ")" + p[1]
            ),
            inner.map(lambda p: "(?<!a )" + p),
            inner.map(lambda p: "(?!b)" + p),
        ),
        max_leaves=10,
    )


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.lists(st.text(alphabet="ab c1", max_size=12), min_size=1, max_size=6))
def test_a_match_always_contains_one_of_the_literals(pattern: str, texts: list[str]) -> None:
    compiled = re.compile(pattern)
    literals = necessary_literals(compiled)
    if literals is None:
        return
    for text in texts:
        if compiled.search(text):
            assert any(literal in text for literal in literals), (pattern, text, literals)


def test_a_pattern_is_read_only_in_the_parts_that_hold_its_literals() -> None:
    index = LiteralIndex()
    swollen, faint = re.compile(r"\bswollen calf\b"), re.compile(r"\bfelt faint\b")
    # Seen once, so the next scan looks for their literals.
    index.could_match(swollen, index.scan("", []))
    index.could_match(faint, index.scan("", []))
    parts = ["ran 5k today", "swollen calf since", "no other news"]
    scan = index.scan(" ".join(parts), parts)
    assert list(index.parts_to_read(swollen, scan)) == [1]
    assert not index.could_match(faint, scan)
    assert list(index.parts_to_read(faint, scan)) == []
    # What a message asks most often, answered by one set lookup.
    assert id(faint) in scan.cannot_match
    assert id(swollen) not in scan.cannot_match


def test_a_pattern_whose_literals_are_known_already_is_filtered_from_the_next_scan() -> None:
    index = LiteralIndex()
    first = re.compile(r"\bswollen calf\b")
    index.could_match(first, index.scan("", []))
    known = index.scan("ran 5k", ["ran 5k"])
    # Its one literal is the first pattern's, which the scan looked for already: filtered
    # there by its gate, though first seen after the scan's set was made.
    second = re.compile(r"\bswollen calf\w*")
    assert prefilter.necessary_literals(second) == frozenset({"swollen calf"})
    assert not index.could_match(second, known)
    assert id(second) not in known.cannot_match
    later = index.scan("ran 5k", ["ran 5k"])
    assert {id(first), id(second)} <= later.cannot_match
    found = index.scan("the swollen calf", ["the swollen calf"])
    assert not {id(first), id(second)} & found.cannot_match


def test_a_pattern_first_seen_after_the_scan_runs_everywhere() -> None:
    index = LiteralIndex()
    parts = ["one", "two"]
    scan = index.scan("one two", parts)
    new = re.compile(r"\bthree\b")
    assert index.could_match(new, scan)
    assert list(index.parts_to_read(new, scan)) == [0, 1]
    assert id(new) not in scan.cannot_match
    # The next scan knows its literals.
    after = index.scan("one two", parts)
    assert not index.could_match(new, after)
    assert id(new) in after.cannot_match


def test_a_match_across_two_parts_is_still_found_in_the_whole() -> None:
    index = LiteralIndex()
    across = re.compile(r"calf\W+hot")
    index.could_match(across, index.scan("", []))
    parts = ["my calf", "hot and red"]
    scan = index.scan(" ".join(parts), parts)
    assert index.could_match(across, scan)


def test_the_filter_knows_the_literals_of_nearly_every_rule_pattern() -> None:
    """A Python whose private parser changed would silently lose the speed-up: this fails."""
    message = Message("my calf is swollen and hot since the flight and I felt faint")
    rules.findings(message)
    seen, filtered = prefilter.LITERALS.patterns_filtered()
    assert seen > 200
    assert filtered / seen > 0.95


class _EveryPattern(LiteralIndex):
    """A filter that lets every pattern run everywhere: the readings without the filter."""

    def could_match(self, pattern: re.Pattern[str], scan: prefilter.Scan) -> bool:
        return True

    def parts_to_read(self, pattern: re.Pattern[str], scan: prefilter.Scan) -> range:
        return range(len(scan.parts))


def _challenge_texts(every: int) -> list[str]:
    texts = []
    for path in sorted(DATA.glob("triage_challenge*.yaml")):
        texts += [m["text"] for m in yaml.safe_load(path.read_text())["messages"]]
    return texts[::every]


def test_skipping_patterns_changes_no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule's findings on a sample of the challenge sets (every 7th of about 13,000
    messages, in many voices), with the filter and with every pattern run."""
    texts = _challenge_texts(every=7)
    assert len(texts) > 1500
    filtered = [rules.findings(Message(text)) for text in texts]
    monkeypatch.setattr("bot.questions.triage.text.LITERALS", _EveryPattern())
    unfiltered = [rules.findings(Message(text)) for text in texts]
    assert filtered == unfiltered
    assert sum(bool(found) for found in filtered) > len(texts) // 2


def test_a_gate_opens_only_for_text_holding_a_literal() -> None:
    gate = LiteralGate(re.compile(r"\b(?:nearly|almost) died (?:laughing|of shame)\b"))
    assert gate.could_match("i nearly died laughing")
    assert not gate.could_match("my calf is hot and swollen")
    # No literals to look for: it always opens.
    assert LiteralGate(re.compile(r"(?i)died")).could_match("nothing here")


def test_gating_the_figures_of_speech_changes_no_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sentences of a sample of the challenge sets, with the gates and with every gate
    open: the figures of speech, animals' deeds and foreign words are taken out the same."""
    texts = _challenge_texts(every=5)
    gated = [Message(text).sentences for text in texts]
    monkeypatch.setattr(LiteralGate, "could_match", lambda self, text: True)
    assert [Message(text).sentences for text in texts] == gated
