"""The knowledge-base checker: one test per problem it reports, plus the real knowledge/."""

from __future__ import annotations

import copy
import hashlib
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.questions.kb import ANSWER_LIMIT, MAX_DEPTH, MAX_FILE_BYTES, PROMPT_TAG, load_knowledge
from tests.helpers import ALIAS_BOMB, REPO, run_bot

REQUIRED_IDS = [
    "calf-muscle-pump",
    "venous-return",
    "foot-venous-pump",
    "preload",
    "leg-training-and-heart",
    "skipping-leg-day",
    "cardio-vs-strength",
    "vascular-adaptation-local",
    "pump-function-exercise-capacity",
    "leg-muscle-early-warning",
    "strength-training-benefits",
    "vo2-peak",
    "endothelial-function",
    "calf-raise-technique",
    "calf-raise-progression",
    "seated-vs-standing-calf-raise",
    "lunges",
    "squats",
    "walking",
    "desk-calf-exercises",
    "beginner-leg-routine",
    "leg-training-frequency",
    "warm-up",
    "calf-soreness",
    "calf-cramps",
    "older-adults",
    "time-to-results",
    "heart-failure-exercise",
    "varicose-veins-cvi",
    "leg-swelling-edema",
    "compression-stockings",
    "blood-pressure-lifting",
    "prolonged-standing-sitting",
    "medical-disclaimer",
    "bot-help",
    "reminders-how",
    "checkin-how",
    "privacy",
]

SOURCE = {
    "title": "A study",
    "authors": "Doe J",
    "year": 2020,
    "evidence": "randomised trial, n = 10",
    "pmid": "123",
}


def entry(entry_id: str, **changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": entry_id,
        "title": f"Title of {entry_id}",
        "question": f"What is {entry_id}?",
        # Repeating the id keeps each entry's phrasings far apart from every other entry's.
        "phrasings": [
            f"{entry_id * 4} {n}" for n in ("alpha", "bravo", "charlie", "delta", "echo")
        ],
        "answer": "An answer.",
        "tags": ["test"],
        "sources": [copy.deepcopy(SOURCE)],
        "related": [],
        "reviewed": "2026-01-01",
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def write(folder: Path, name: str, *entries: dict[str, Any]) -> Path:
    folder.mkdir(exist_ok=True)
    text = yaml.safe_dump({"area": "Test", "entries": list(entries)}, sort_keys=False)
    # safe_dump quotes the dates; a real file has bare dates.
    text = text.replace("'2026-01-01'", "2026-01-01")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in {path}")


def problems_in(folder: Path) -> list[str]:
    return [str(p) for p in load_knowledge(folder)[1]]


def test_a_valid_file_has_no_problems(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", entry("one"), entry("two", related=["one"]))
    kb, problems = load_knowledge(tmp_path)
    assert problems == []
    assert [e.id for e in kb.entries] == ["one", "two"]
    assert kb.by_id["two"].related == ("one",)


def test_duplicate_id_names_both_places(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("same"))
    b = write(tmp_path, "b.yaml", entry("same", phrasings=[f"other wording {n}" for n in range(5)]))
    assert problems_in(tmp_path) == [
        f"{b}:{line_of(b, '- id: same')}: duplicate id 'same' "
        f"(first defined at {a}:{line_of(a, '- id: same')})"
    ]


def test_unknown_related_id(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one", related=["nowhere"]))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, '- id: one')}: entry 'one': unknown related id 'nowhere'"
    ]


def test_answer_too_long(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one", answer="x" * (ANSWER_LIMIT + 1)))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'answer:')}: entry 'one': answer is 1201 characters; the limit is 1200"
    ]


def test_health_entry_without_sources(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one", sources=[]))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'sources:')}: entry 'one': a health entry needs at least one source"
    ]


def test_entry_about_the_bot_needs_no_sources(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", entry("one", sources=None, tags=["about-bot"]))
    assert problems_in(tmp_path) == []


def test_source_without_an_identifier(tmp_path: Path) -> None:
    source = {k: v for k, v in SOURCE.items() if k != "pmid"}
    a = write(tmp_path, "a.yaml", entry("one", sources=[source]))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'sources:')}: entry 'one': source 1 needs a doi, pmid or url"
    ]


@pytest.mark.parametrize(
    ("identifier", "complaint"),
    [
        ({"url": "https://www.nhs.uk/"}, "a site's home page: give the page that says it"),
        ({"url": "https://www.ahajournals.org"}, "a site's home page: give the page that says it"),
        ({"url": "www.nhs.uk/conditions/dvt/"}, "which isn't a web address"),
        ({"doi": "https://doi.org/10.1000/xyz"}, "which isn't a DOI (10.<registrant>/<suffix>)"),
        ({"doi": "Circulation 2020"}, "which isn't a DOI (10.<registrant>/<suffix>)"),
        ({"pmid": "PMC1234567"}, "which isn't a PubMed id (digits only)"),
    ],
)
def test_a_source_must_name_something_a_reader_can_follow_to_the_source(
    tmp_path: Path, identifier: dict[str, str], complaint: str
) -> None:
    source = {k: v for k, v in SOURCE.items() if k != "pmid"} | identifier
    a = write(tmp_path, "a.yaml", entry("one", sources=[source]))
    [problem] = problems_in(tmp_path)
    assert problem.startswith(f"{a}:{line_of(a, 'sources:')}: entry 'one': source 1 has ")
    assert problem.endswith(complaint)


def test_a_page_doi_and_pmid_that_resolve_are_accepted(tmp_path: Path) -> None:
    source = SOURCE | {
        "url": "https://www.nhs.uk/conditions/dvt/",
        "doi": "10.1161/CIR.0000000000000950",
    }
    write(tmp_path, "a.yaml", entry("one", sources=[source]))
    assert problems_in(tmp_path) == []


def test_source_without_evidence_type(tmp_path: Path) -> None:
    source = {k: v for k, v in SOURCE.items() if k != "evidence"}
    a = write(tmp_path, "a.yaml", entry("one", sources=[source]))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'sources:')}: entry 'one': source 1 lacks evidence"
    ]


def test_identical_phrasing_in_two_entries(tmp_path: Path) -> None:
    shared = "why is my calf sore"
    one = entry("one")
    one["phrasings"][0] = shared
    two = entry("two")
    two["phrasings"][2] = shared
    a = write(tmp_path, "a.yaml", one, two)
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, '- id: two')}: entry 'two': phrasing '{shared}' is identical to "
        f"'{shared}' in entry 'one'"
    ]


def test_nearly_identical_phrasing_in_two_entries(tmp_path: Path) -> None:
    one = entry("one")
    one["phrasings"][0] = "how often should i train my calves"
    two = entry("two")
    two["phrasings"][0] = "How often should I train my calfs?"
    a = write(tmp_path, "a.yaml", one, two)
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, '- id: two')}: entry 'two': phrasing 'how often should i train my "
        "calfs' is nearly identical to 'how often should i train my calves' in entry 'one'"
    ]


def test_empty_field(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one", title="   "))
    assert problems_in(tmp_path) == [f"{a}:{line_of(a, 'title:')}: entry 'one': 'title' is empty"]


def test_empty_phrasing(tmp_path: Path) -> None:
    one = entry("one")
    one["phrasings"].append("")
    a = write(tmp_path, "a.yaml", one)
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'phrasings:')}: entry 'one': 'phrasings' item 6 is empty or not text"
    ]


def test_missing_field(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one", question=None))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, '- id: one')}: entry 'one': 'question' is missing"
    ]


def test_too_few_phrasings(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one", phrasings=["only one", "and two"]))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'phrasings:')}: entry 'one': has 2 phrasings; at least 5 are needed"
    ]


def test_unknown_field_is_a_typo(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one", tilte="oops"))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'tilte:')}: entry 'one': unknown field 'tilte'"
    ]


def test_an_audience_is_read_and_each_phrase_must_name_something(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", entry("one", audience=["heart failure", "60-99"]))
    kb, problems = load_knowledge(tmp_path)
    assert problems == []
    assert kb.by_id["one"].audience == ("heart failure", "60-99")

    bad = tmp_path / "bad"
    bad.mkdir()
    b = write(bad, "b.yaml", entry("two", audience=["bisoprolol", "--"]))
    assert problems_in(bad) == [
        f"{b}:{line_of(b, 'audience:')}: entry 'two': audience '--' has no words to look for"
    ]


def test_id_must_be_kebab_case(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("Calf_Pump"))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, '- id:')}: entry 'Calf_Pump': id 'Calf_Pump' must be kebab-case "
        "(lowercase words joined by '-')"
    ]


def test_reviewed_must_be_a_date(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one", reviewed="last week"))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'reviewed:')}: entry 'one': 'reviewed' must be a date (YYYY-MM-DD)"
    ]


def test_yaml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("area: Test\nentries:\n  - id: one\n    title: [unclosed\n")
    assert problems_in(tmp_path) == [
        f"{bad}:5: YAML syntax error: expected ',' or ']', but got '<stream end>'"
    ]


def test_every_problem_in_every_file_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", entry("one", title=""), entry("two", answer=""))
    (tmp_path / "b.yaml").write_text("area: [broken\n")
    assert len(problems_in(tmp_path)) == 3


def test_reminder_prompt_needs_no_question_or_phrasings(tmp_path: Path) -> None:
    write(
        tmp_path,
        "prompts.yaml",
        entry("prompt-one", question=None, phrasings=None, tags=[PROMPT_TAG]),
    )
    kb, problems = load_knowledge(tmp_path)
    assert problems == []
    assert [e.id for e in kb.prompts] == ["prompt-one"]
    assert kb.answerable == ()


def test_an_empty_folder_is_a_problem(tmp_path: Path) -> None:
    assert problems_in(tmp_path) == [f"{tmp_path}:0: no knowledge files (*.yaml) found"]


def test_content_hash_changes_when_a_phrasing_changes(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", entry("one"))
    before = load_knowledge(tmp_path)[0].content_hash
    changed = entry("one")
    changed["phrasings"][0] = "a brand new way to ask"
    write(tmp_path, "a.yaml", changed)
    assert load_knowledge(tmp_path)[0].content_hash != before


def test_content_hash_changes_when_a_title_changes(tmp_path: Path) -> None:
    """Titles are embedded with the phrasings, so a cached vector file must not outlive one."""
    write(tmp_path, "a.yaml", entry("one"))
    before = load_knowledge(tmp_path)[0].content_hash
    write(tmp_path, "a.yaml", entry("one", title="A retitled entry"))
    assert load_knowledge(tmp_path)[0].content_hash != before


# The real knowledge base.


@pytest.fixture(scope="module")
def real_kb():
    return load_knowledge(REPO / "knowledge")


def test_the_real_knowledge_base_has_no_problems(real_kb) -> None:
    _, problems = real_kb
    assert [str(p) for p in problems] == []


def test_every_required_topic_exists(real_kb) -> None:
    kb, _ = real_kb
    assert sorted(set(REQUIRED_IDS) - set(kb.by_id)) == []


def test_there_are_at_least_ten_reminder_prompts(real_kb) -> None:
    kb, _ = real_kb
    assert len(kb.prompts) >= 10
    assert all(len(p.answer) <= 200 for p in kb.prompts)


def test_kb_check_cli_passes_on_the_real_folder(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "kb", "check", str(REPO / "knowledge"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout


def test_kb_check_cli_prints_file_line_message_and_fails(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    a = write(folder, "a.yaml", entry("one", related=["ghost"]))
    result = run_bot(tmp_path, "kb", "check", str(folder))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{a}:{line_of(a, '- id: one')}: entry 'one': unknown related id 'ghost'"
    ]


# Hostile or mistaken YAML: refused at its line, quickly, without building what it describes.


def valid_text(*entries: dict[str, Any]) -> str:
    text = yaml.safe_dump({"area": "Test", "entries": list(entries)}, sort_keys=False)
    return text.replace("'2026-01-01'", "2026-01-01")


def test_an_alias_bomb_is_refused_at_its_first_anchor_without_expanding_it(
    tmp_path: Path,
) -> None:
    bomb = tmp_path / "bomb.yaml"
    text = valid_text(entry("one")).replace("title: A study", "title: *l9")
    bomb.write_text(ALIAS_BOMB + text)
    started = time.monotonic()
    problems = problems_in(tmp_path)
    assert time.monotonic() - started < 2
    assert problems == [f"{bomb}:1: anchors (&name) are not allowed; write the text out in full"]


def test_an_alias_is_refused_at_its_line(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    a.write_text(valid_text(entry("one")).replace("answer: An answer.", "answer: *elsewhere"))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'answer:')}: aliases (*name) are not allowed; write the text out in full"
    ]


@pytest.mark.parametrize("value", [["a", "list"], {"a": "mapping"}, 2020, True])
def test_anything_but_text_in_a_source_field_is_a_problem_not_text(
    tmp_path: Path, value: object
) -> None:
    a = write(tmp_path, "a.yaml", entry("one", sources=[{**SOURCE, "authors": value}]))
    assert problems_in(tmp_path) == [
        f"{a}:{line_of(a, 'sources:')}: entry 'one': source 1 'authors' must be text"
    ]


def test_an_unquoted_pmid_is_read_as_its_digits(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", entry("one", sources=[{**SOURCE, "pmid": 38059362}]))
    kb, problems = load_knowledge(tmp_path)
    assert problems == []
    assert kb.by_id["one"].sources[0].pmid == "38059362"


def test_a_duplicate_key_in_an_entry_is_a_problem_at_its_line(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one"))
    text = a.read_text()
    a.write_text(
        text.replace("  answer: An answer.\n", "  answer: An answer.\n  answer: Another.\n")
    )
    first = line_of(a, "answer:")
    assert problems_in(tmp_path) == [
        f"{a}:{first + 1}: duplicate key 'answer' (first at line {first})"
    ]


def test_an_unknown_top_level_key_is_a_problem(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    a.write_text("padding: [1, 2, 3]\n" + valid_text(entry("one")))
    assert problems_in(tmp_path) == [f"{a}:1: unknown top-level key 'padding'"]


def test_deep_nesting_is_refused_not_recursed_into(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    a.write_text("area: Test\nentries: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert problems_in(tmp_path) == [f"{a}:2: nested more than {MAX_DEPTH} levels deep"]


def test_an_impossible_date_is_a_problem_at_its_line(tmp_path: Path) -> None:
    a = write(tmp_path, "a.yaml", entry("one"))
    a.write_text(a.read_text().replace("reviewed: 2026-01-01", "reviewed: 2026-13-45"))
    [problem] = problems_in(tmp_path)
    assert problem.startswith(f"{a}:{line_of(a, 'reviewed:')}: cannot read this value: month")


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    a.write_text(valid_text(entry("one")) + "#" * MAX_FILE_BYTES)
    assert problems_in(tmp_path) == [
        f"{a}:0: the file is over {MAX_FILE_BYTES // 1024} KiB; split it into topic areas"
    ]


def test_checking_stops_at_the_time_limit_and_says_so(tmp_path: Path) -> None:
    # A limit shorter than reading the file takes, so the check stops during the read on any
    # machine: with 0.05 s a fast machine read all 200 entries in time and stopped later, in the
    # overlap check, after reporting the entries' shared phrasings too.
    write(tmp_path, "a.yaml", *(entry(f"entry-{n}") for n in range(200)))
    started = time.monotonic()
    _, problems = load_knowledge(tmp_path, time_limit=0.001)
    assert time.monotonic() - started < 1
    [problem] = problems
    assert "checking stopped after 0.001 s" in problem.message


def test_kb_check_cli_refuses_an_alias_bomb_in_seconds(tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    bomb = folder / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB + valid_text(entry("one")).replace("title: A study", "title: *l9"))
    result = run_bot(tmp_path, "kb", "check", str(folder), timeout=20)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{bomb}:1: anchors (&name) are not allowed; write the text out in full"
    ]


def test_libyaml_and_the_strict_loader_read_the_knowledge_base_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Start-up reads the files through libyaml when it can; what it reads must not change."""
    from bot.questions.kb import safe_yaml

    assert safe_yaml._LIBYAML, "PyYAML here is built with libyaml, so the fast path is tested"
    fast, fast_problems = load_knowledge(REPO / "knowledge")
    monkeypatch.setattr(safe_yaml, "_LIBYAML", False)
    strict, strict_problems = load_knowledge(REPO / "knowledge")
    assert fast_problems == strict_problems == []
    assert fast.entries == strict.entries
    assert len(fast.entries) > 100


def test_a_near_duplicate_phrasing_is_found_across_blocks_of_comparisons(tmp_path: Path) -> None:
    """The overlap check compares in blocks of rows; a pair more than a block apart is found."""
    # Ids far apart from each other (hex digests), six texts each: over 300 texts in all.
    fillers = [entry(hashlib.sha1(str(n).encode()).hexdigest()) for n in range(55)]
    first = entry("first", phrasings=["how many calf raises should i do every single day"] * 5)
    last = entry("last", phrasings=["how many calf raises should i do each single day"] * 5)
    write(tmp_path, "a.yaml", first, *fillers, last)
    _, problems = load_knowledge(tmp_path)
    assert [p.message for p in problems] == [
        "entry 'last': phrasing 'how many calf raises should i do each single day' is nearly "
        "identical to 'how many calf raises should i do every single day' in entry 'first'"
    ]
