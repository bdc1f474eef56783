"""Question answering: accuracy on our development set and on StackFAQ, and latency by size.

    python -m bench.questions            full run (a minute or two; 2,000 entries are embedded)
    python -m bench.questions --quick    about 10 seconds
    python -m bench.questions --tiny     seconds; what `make test` runs so the benchmark can't rot

It prints Markdown tables and asserts nothing about speed. Latency is per single question, as
the bot answers them: median and p99 over every dev-set question, repeated.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from rank_bm25 import BM25Okapi
from rapidfuzz import fuzz, process

from bench.common import heading, parse_size, percentile, spread
from bot.questions.entry_model import EntryModel, shipped_entry_model
from bot.questions.evaluation import evaluate, load_devset
from bot.questions.kb import Entry, KnowledgeBase, load_knowledge_strict
from bot.questions.letters import question_parts
from bot.questions.lexical import LexicalRanker
from bot.questions.scope import OutsideTheMission
from bot.questions.search import Ranker, rank_parts
from bot.questions.semantic import Encoder, SemanticRanker
from bot.questions.service import THRESHOLDS

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO / "tests" / "data" / "questions_devset.yaml"
# Each test set was committed before any engine ran on it; the README says which have been seen.
TESTSETS = (
    ("test 1", REPO / "tests" / "data" / "questions_testset.yaml"),
    ("test 2", REPO / "tests" / "data" / "questions_testset2.yaml"),
    ("test 3", REPO / "tests" / "data" / "questions_testset3.yaml"),
)
# What entries written since a test set was frozen answer of it.
RESCOPED = REPO / "tests" / "data" / "questions_rescoped.yaml"
# The shared datasets live beside the repository; they are never copied into it.
STACKFAQ = REPO.parent / "shared" / "datasets" / "stackfaq" / "stackExchange-FAQ.xml"
# Published thread-level P@1 on StackFAQ (shared/datasets/stackfaq/README.md, section 6),
# measured with sentence-transformers MiniLM (fp32) and bm25s.
PUBLISHED_P1 = {"semantic": ("minilm[Q]", 0.944), "lexical": ("bm25s[Q]", 0.708)}

RankerBuilder = Callable[[KnowledgeBase], Ranker]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_size(argv, __doc__.splitlines()[0])
    sizes = (10,) if args.tiny else (40, 100) if args.quick else (40, 500, 2000)
    rounds = 1 if args.tiny else 3

    kb = load_knowledge_strict(REPO / "knowledge")
    encoder = Encoder()
    outside = OutsideTheMission(encoder)
    entry_model = shipped_entry_model()

    def fitting_model(k: KnowledgeBase) -> EntryModel | None:
        # The shipped knowledge base gets the shipped model, as the bot does; the made-up ones
        # (StackFAQ, the sizes for latency) have other entries, and rank by similarity alone.
        ids = sorted(e.id for e in k.answerable)
        return entry_model if entry_model is not None and entry_model.fits(ids) else None

    with tempfile.TemporaryDirectory() as cache:
        builders: dict[str, RankerBuilder] = {
            "semantic": lambda k: SemanticRanker(
                k, encoder, Path(cache), outside, fitting_model(k)
            ),
            "lexical": LexicalRanker,
        }
        print(heading("Questions", args))
        print(devset_table(kb, builders, tiny=args.tiny))
        if STACKFAQ.is_file():
            # --quick scores a subset of the threads, so the whole run stays near 10 seconds.
            print(stackfaq_table(builders, limit=20 if args.tiny else 30 if args.quick else None))
        else:
            print(f"\nStackFAQ skipped: {STACKFAQ} not found.\n")
        print(letters_table(builders["semantic"](kb), tiny=args.tiny))
        print(latency_table(kb, builders, sizes, rounds, tiny=args.tiny, encoder=encoder))
        print(startup_table(1 if args.tiny or args.quick else 3, cold=not args.tiny))
    return 0


def devset_table(kb: KnowledgeBase, builders: dict[str, RankerBuilder], *, tiny: bool) -> str:
    lines = [
        "## Development and test sets",
        "\nGoals: top-1 ≥ 95% on held-out paraphrases, out of scope declined ≥ 95%. The "
        "thresholds and the scoring were set on the development set. Each test set was committed "
        "before any engine saw it; tests 1 and 2 have since guided a knowledge-base pass, so test "
        "3, first run after that pass, is the blind measure of the knowledge base as it is.\n",
        "| Engine | Set | Top-1 | Hit@3 | MRR | Answered right | Answered wrong "
        "| Wrong, right one related | Out of scope declined outright "
        "| Out of scope not answered |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    sets = []
    for label, path in (("development", DEVSET), *TESTSETS):
        questions = load_devset(path, RESCOPED)
        if tiny:
            questions = replace(
                questions,
                paraphrases=questions.paraphrases[:10],
                out_of_scope=questions.out_of_scope[:5],
            )
        name = f"{label} ({len(questions.paraphrases)} + {len(questions.out_of_scope)})"
        sets.append((name, questions))
    for engine, build in builders.items():
        ranker = build(kb)
        for name, questions in sets:
            r = evaluate(ranker, questions, THRESHOLDS[engine])
            lines.append(
                f"| {engine} | {name} | {_pct(r.top1)}{_miss(r.top1, 0.95)} | {_pct(r.hit3)} "
                f"| {r.mrr:.3f} | {_pct(r.answered_right)} | {_pct(r.answered_wrong)} "
                f"| {_pct(r.answered_wrong_right_related)} "
                f"| {_pct(r.oos_declined)}{_miss(r.oos_declined, 0.95)} "
                f"| {_pct(r.oos_not_answered)} |"
            )
    lines.append(
        "\nSet sizes are held-out paraphrases + out-of-scope questions. Answered wrong is the "
        'share of paraphrases answered outright with the wrong entry; of those, "wrong, right '
        'one related" had the right entry as a runner-up, offered as a related topic under the '
        "answer (curated related topics may cover more)."
    )
    return "\n".join(lines) + "\n"


def load_stackfaq(limit: int | None = None) -> tuple[KnowledgeBase, list[tuple[str, str]]]:
    """Thread-level protocol: one entry per thread (its question), queries are paraphrases."""
    entries: list[Entry] = []
    queries: list[tuple[str, str]] = []
    for number, pair in enumerate(ET.parse(STACKFAQ).getroot().iter("qapair")):
        if limit is not None and number == limit:
            break
        entry_id = f"thread-{number}"
        question = (pair.findtext("question") or "").strip()
        entries.append(_entry(entry_id, question, ()))
        for rephrasing in pair.findall("rephr"):
            text = (rephrasing.text or "").strip()
            if text and text != "*":
                queries.append((text, entry_id))
    return KnowledgeBase.of(entries), queries


def stackfaq_table(builders: dict[str, RankerBuilder], limit: int | None) -> str:
    kb, queries = load_stackfaq(limit)
    lines = [
        "## StackFAQ (thread level)",
        f"\n{len(kb.entries)} entries, {len(queries)} paraphrase queries; web-app questions, "
        "not health. MiniLM was trained on Stack Exchange data, so its scores here are "
        "probably inflated."
        + (
            " Only the first threads, a quick run: not comparable with the published figures."
            if limit
            else ""
        )
        + "\n",
        "| Engine | P@1 | MRR | Published P@1 (method) |",
        "| --- | --- | --- | --- |",
    ]
    for name, build in builders.items():
        ranker = build(kb)
        hits = reciprocal = 0.0
        for query, expected in queries:
            ids = [m.entry_id for m in ranker.rank(query, limit=10)]
            hits += bool(ids) and ids[0] == expected
            reciprocal += 1 / (ids.index(expected) + 1) if expected in ids else 0.0
        method, published = PUBLISHED_P1[name]
        lines.append(
            f"| {name} | {hits / len(queries):.3f} | {reciprocal / len(queries):.3f} "
            f"| {published:.3f} ({method}) |"
        )
    return "\n".join(lines) + "\n"


# Back-stories written for this benchmark: a development question is asked at the end of each,
# as letter writers and forum posters do.
BACK_STORIES = (
    "Hello, I'm 54 and have been going to the gym for a few years, mostly upper body work. My "
    "wife keeps telling me I ought to do more for my legs and my general health. {q}?",
    "Dear doctor, I retired last spring and finally have time for myself. I walk the dog every "
    "morning and play bowls at weekends, and my grandchildren keep me busy. {q}?",
    "Hi all. Long-time lurker, first post. I work nights in a warehouse and train when I can, "
    "usually three times a week, and I've been logging everything in an app. {q}? Thanks in "
    "advance for any advice.",
)


def letters_table(ranker: Ranker, *, tiny: bool) -> str:
    """Top-1 on development questions asked at the end of a back-story, whole and in parts."""
    pairs = load_devset(DEVSET).paraphrases[:: 30 if tiny else 3]
    whole = parts = total = 0
    for question, expected in pairs:
        for story in BACK_STORIES:
            letter = story.format(q=question.rstrip("?"))
            total += 1
            whole += ranker.rank(letter, limit=1)[0].entry_id == expected
            matches, _ = rank_parts(ranker, question_parts(letter), limit=1)
            parts += matches[0].entry_id == expected
    return (
        "## Questions inside long messages\n\n"
        f"{total} letters: {len(pairs)} development questions, each asked at the end of each of "
        f"{len(BACK_STORIES)} back-stories (bench/questions.py). Top-1 when the letter is matched "
        f"whole: {whole / total:.1%}; when its asking sentences are also matched on their own "
        f"(bot/questions/letters.py, what the bot does): {parts / total:.1%}.\n"
    )


def latency_table(
    kb: KnowledgeBase,
    builders: dict[str, RankerBuilder],
    sizes: Sequence[int],
    rounds: int,
    *,
    tiny: bool,
    encoder: Encoder,
) -> str:
    questions = [q for q, _ in load_devset(DEVSET).paraphrases]
    if tiny:
        questions = questions[:5]
    lines = [
        "## Latency per question",
        f"\nMedian and p99 over {len(questions)} questions, one question at a time; the "
        f"median of {rounds} round(s), spread in brackets; each round starts with the model's "
        "memory of recent questions cleared, so every semantic time includes embedding the "
        "question. Goal: p99 under 20 ms. Build is "
        "the one-off indexing time (semantic: embedding every phrasing, uncached). Beside our "
        "engines, in the same run, two methods hobby bots use: a rapidfuzz scan over every "
        "phrasing, and rank-bm25; the last column is each median as a multiple of the lexical "
        "engine's.\n",
        "| Method | Entries | Build | Median | p99 | Median vs lexical |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for size in sizes:
        sized = grow(kb, size)
        methods: dict[str, Callable[[KnowledgeBase], Callable[[str], object]]] = {
            name: _ranking(build) for name, build in builders.items()
        }
        methods["baseline: rapidfuzz scan"] = _rapidfuzz_scan
        methods["baseline: rank-bm25"] = _rank_bm25
        results = {}
        for name, make in methods.items():
            started = time.perf_counter()
            answer = make(sized)
            built = time.perf_counter() - started
            medians, p99s = [], []
            for _ in range(rounds):
                # Each round asks questions the model has not seen: the memory of recent
                # questions (filled by the tables above and by earlier rounds) would otherwise
                # leave the embedding out of the time.
                encoder.forget()
                timings = []
                for question in questions:
                    started = time.perf_counter()
                    answer(question)
                    timings.append((time.perf_counter() - started) * 1000)
                medians.append(statistics.median(timings))
                p99s.append(percentile(timings, 99))
            results[name] = (built, medians, p99s)
        reference = statistics.median(results["lexical"][1])
        for name, (built, medians, p99s) in results.items():
            median, p99 = statistics.median(medians), statistics.median(p99s)
            over = _over(p99, 20) if not name.startswith("baseline") else ""
            lines.append(
                f"| {name} | {size:,} | {built:.2f} s | {median:.2f} ms {spread(medians)} "
                f"| {p99:.2f} ms {spread(p99s)}{over} | {median / reference:.1f}× |"
            )
    return "\n".join(lines) + "\n"


def _ranking(build: RankerBuilder) -> Callable[[KnowledgeBase], Callable[[str], object]]:
    def make(kb: KnowledgeBase) -> Callable[[str], object]:
        return build(kb).rank

    return make


# Run in a fresh interpreter, so imports and model loading count, as they do at start-up.
_STARTUP = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from bot.questions.engines import ranker_factory
from bot.questions.kb import load_knowledge_strict
kb = load_knowledge_strict(Path("knowledge"))
ranker = ranker_factory(sys.argv[1], Path(sys.argv[2]))(kb)
ranker.rank("how do I do calf raises")
elapsed = time.perf_counter() - started
# VmHWM is this address space's peak; ru_maxrss would carry over the parent's through fork.
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print(elapsed, peak)
"""


# (label, engine, warm cache): the rows of both start-up tables.
_STARTUP_ROWS = (
    ("semantic, cold", "semantic", False),
    ("semantic, warm cache", "semantic", True),
    ("lexical", "lexical", False),
)


def startup_table(runs: int, cold: bool = True) -> str:
    """Both start-up tables; `cold=False` (the tests' tiny run) skips the slow cold rows."""
    lines = [
        "## Start-up and memory",
        f"\nA fresh Python process loading the knowledge base and one engine and answering one "
        f"question; median of {runs} run(s) (spread in brackets). Cold: no cached phrasing "
        "vectors; warm: the cache from a previous start.\n",
        "| Engine | Start-up to first answer | Resident memory (peak) |",
        "| --- | --- | --- |",
    ]
    rows = [row for row in _STARTUP_ROWS if cold or row[0] != "semantic, cold"]
    lines += [_startup_row(label, runs, engine, warm, _run_startup) for label, engine, warm in rows]
    lines += [
        "\nThe whole process: `python -m bot console` from a fresh interpreter, through the "
        "configuration, the database and its migrations, the knowledge base, the engine, triage "
        "and the console, answering one question and quitting. Memory is the process's peak.\n",
        "| Engine | Whole console, to exit after one answer | Resident memory (peak) |",
        "| --- | --- | --- |",
    ]
    lines += [_startup_row(label, runs, engine, warm, _run_console) for label, engine, warm in rows]
    return "\n".join(lines) + "\n"


def _startup_row(
    label: str, runs: int, engine: str, warm: bool, run: Callable[[str, str], tuple[float, int]]
) -> str:
    times, memory = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            if warm:
                run(engine, cache)
            elapsed, rss = run(engine, cache)
        times.append(elapsed)
        memory.append(rss)
    return (
        f"| {label} | {statistics.median(times):.2f} s {spread(times)} "
        f"| {statistics.median(memory) / 1024:.0f} MB |"
    )


def _run_console(engine: str, folder: str) -> tuple[float, int]:
    """`python -m bot console` with its database and caches in `folder`: wall time to exit,
    and the child's own peak resident memory (os.wait4 reports it for that child alone)."""
    config = Path(folder) / "config.yaml"
    config.write_text(
        f"database:\n  path: {Path(folder) / 'bot.sqlite'}\n"
        f"  console_path: {Path(folder) / 'console.sqlite'}\n"
        f"knowledge:\n  path: {REPO / 'knowledge'}\n"
        f"questions:\n  engine: {engine}\n  cache_dir: {Path(folder) / 'cache'}\n",
        encoding="utf-8",
    )
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(config), "console"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
    )
    assert child.stdin is not None
    child.stdin.write(b"how do calf raises help circulation\n/quit\n")
    child.stdin.close()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"the console exited with {child.returncode}")
    return elapsed, usage.ru_maxrss


def _run_startup(engine: str, cache: str) -> tuple[float, int]:
    result = subprocess.run(
        [sys.executable, "-c", _STARTUP, engine, cache],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    elapsed, rss = result.stdout.split()
    return float(elapsed), int(rss)


def _texts(kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    texts, owners = [], []
    for entry in kb.answerable:
        for text in (entry.title, *entry.texts()):
            texts.append(text)
            owners.append(entry.id)
    return texts, owners


def _rapidfuzz_scan(kb: KnowledgeBase) -> Callable[[str], object]:
    """The usual hobby approach: fuzzy-compare the question with every phrasing."""
    texts, owners = _texts(kb)

    def answer(question: str) -> object:
        hit = process.extractOne(question, texts, scorer=fuzz.token_set_ratio)
        return owners[hit[2]] if hit else None

    return answer


def _rank_bm25(kb: KnowledgeBase) -> Callable[[str], object]:
    """BM25 with rank-bm25 over lower-cased words, as tutorials show it."""
    texts, owners = _texts(kb)
    index = BM25Okapi([t.lower().split() for t in texts])

    def answer(question: str) -> object:
        scores = index.get_scores(question.lower().split())
        return owners[int(scores.argmax())]

    return answer


def grow(kb: KnowledgeBase, size: int) -> KnowledgeBase:
    """A knowledge base of `size` entries: ours first, then StackFAQ threads as filler."""
    entries = list(kb.answerable[:size])
    filler: list[Entry] = []
    if STACKFAQ.is_file():
        for number, pair in enumerate(ET.parse(STACKFAQ).getroot().iter("qapair")):
            texts = [(r.text or "").strip() for r in pair.findall("rephr")]
            texts = [t for t in texts if t and t != "*"]
            question = (pair.findtext("question") or "").strip()
            filler.append(_entry(f"faq-{number}", question, tuple(texts[:2])))
    copy = 0
    while len(entries) < size and filler:
        for entry in filler:
            if len(entries) == size:
                break
            suffix = f" ({copy})" if copy else ""
            entries.append(
                replace(entry, id=f"{entry.id}-{copy}", question=entry.question + suffix)
            )
        copy += 1
    return KnowledgeBase.of(entries)


def _entry(entry_id: str, question: str, phrasings: tuple[str, ...]) -> Entry:
    return Entry(
        id=entry_id,
        title=question,
        question=question,
        phrasings=phrasings,
        answer="",
        tags=(),
        sources=(),
        related=(),
        reviewed=date.today(),
        area="benchmark",
        file="<benchmark>",
        line=0,
    )


def _pct(value: float) -> str:
    return f"{value:.1%}"


def _miss(value: float, goal: float) -> str:
    return "" if value >= goal else " (below goal)"


def _over(value: float, goal: float) -> str:
    return "" if value < goal else " (over goal)"


if __name__ == "__main__":
    sys.exit(main())
