"""End to end: /ask and /checkin through the real client and our fake Discord, in a crowd.

    python -m bench.endtoend            600 of each command, at 50 and at 200 members
    python -m bench.endtoend --quick    200 of each
    python -m bench.endtoend --tiny     what `make test` runs so the benchmark can't rot

Two times per interaction, both from the fake dispatching INTERACTION_CREATE on its gateway:
to the bot's first callback (the defer, or the answer itself: what decides Discord's 3-second
rule) and to the answer (the first follow-up after a defer). Each /ask is a different question
(the development and test sets), so no answer comes from a memory of the last one.

Each measurement runs in a fresh process, once with this code and once with the code of
BASE_COMMIT (bench.common.on_base), alternating, in the same run: the ratio is the figure to read.
Everything runs on 127.0.0.1 inside that process, so the figures include our fake's own overhead.

Beside it, the micro-batching settings (the most texts in one model call, and how long the
batcher waits for more) measured on the question service alone, without Discord.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import discord
import msgspec
import yaml

from bench.common import (
    BASE_COMMIT,
    heading,
    knowledge_folder,
    on_base,
    percentile,
    run_here,
    spread,
)
from bot.app import open_app
from bot.config import DiscordConfig, KnowledgeConfig, Secret
from bot.questions.service import QuestionService
from tests.e2e.conftest import running_bot
from tests.e2e.fake_discord import FakeDiscord
from tests.helpers import REPO, config_for_tests

DATA = REPO / "tests" / "data"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="a 10-second version")
    size.add_argument("--tiny", action="store_true", help="a smoke run for the test suite")
    # One measurement, printed as JSON: what the comparison runs in each process.
    parser.add_argument("--measure", nargs=2, type=int, metavar=("MEMBERS", "EACH"))
    parser.add_argument("--cache", help="the vector cache folder (shared by the processes)")
    args = parser.parse_args(argv)
    if args.measure:
        members, each = args.measure
        print(json.dumps(asyncio.run(round_trips(members, each, cache=args.cache))))
        return 0
    each = 20 if args.tiny else 200 if args.quick else 600
    crowds = (5,) if args.tiny else (50, 200)
    runs = 1 if args.tiny else 2
    print(heading("End-to-end", args))
    print(crowd_table(crowds, each, runs))
    print(asyncio.run(batching_table(each, tiny=args.tiny)))
    return 0


def questions() -> list[str]:
    """Every distinct question in the development and test sets, in a fixed order."""
    found: dict[str, None] = {}
    devset = yaml.safe_load((DATA / "questions_devset.yaml").read_text(encoding="utf-8"))
    for texts in devset["paraphrases"].values():
        found.update(dict.fromkeys(texts))
    found.update(dict.fromkeys(devset["out_of_scope"]))
    for name in ("questions_testset.yaml", "questions_testset2.yaml", "questions_testset3.yaml"):
        data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        for value in data.values():
            items = value.values() if isinstance(value, dict) else [value]
            for item in items:
                found.update(dict.fromkeys(t for t in item if isinstance(t, str)))
    return list(found)


async def round_trips(members: int, each: int, cache: str | None = None) -> dict[str, Any]:
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    # The e2e suite checks these same requests against Discord's schema; here that check's own
    # CPU time would be counted in the round trip being measured.
    fake = FakeDiscord(check_schema=False)
    await fake.start()
    users = [fake.add_member(f"member{n}") for n in range(members)]
    try:
        with tempfile.TemporaryDirectory() as folder:
            config = config_for_tests(Path(folder), engine="semantic")
            config = msgspec.structs.replace(
                config,
                knowledge=KnowledgeConfig(path=str(knowledge_folder())),
                discord=DiscordConfig(
                    token=Secret("bench"), api_base=fake.api_base, gateway_url=fake.gateway_url
                ),
                questions=msgspec.structs.replace(
                    config.questions,
                    cooldown_rate=10_000,
                    cache_dir=cache or config.questions.cache_dir,
                ),
            )
            app = await open_app(config)
            try:
                async with running_bot(app):
                    ask = await _drive(fake, users, each, "ask")
                    checkin = await _drive(fake, users, each, "checkin")
            finally:
                await app.close()
    finally:
        await fake.stop()
        discord.http.Route.BASE = base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway
    # Missing Discord's 3-second deadline is a result to report; anything else is a bug.
    late = [v for v in fake.violations if "answered after" in v]
    other = [v for v in fake.violations if v not in late]
    if other:
        raise SystemExit(f"the fake recorded violations: {other[:5]}")
    return {"/ask": ask, "/checkin": checkin, "late": len(late)}


async def _drive(
    fake: FakeDiscord, users: list[dict[str, Any]], each: int, command: str
) -> dict[str, Any]:
    """Each member sends its share one after another; all members at once."""
    share = max(1, each // len(users))
    texts = questions()
    first: list[float] = []
    answer: list[float] = []

    async def member(user: dict[str, Any], index: int) -> None:
        for n in range(share):
            options = (
                [{"name": "question", "type": 3, "value": texts[(index * share + n) % len(texts)]}]
                if command == "ask"
                else [{"name": "reps", "type": 4, "value": 10 + n % 40}]
            )
            interaction = await fake.slash(user, command, options)
            await fake.reply_to(interaction, seconds=60)
            answered = time.monotonic()
            assert interaction.answered_at is not None
            first.append((interaction.answered_at - interaction.sent_at) * 1000)
            answer.append((answered - interaction.sent_at) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(member(u, i) for i, u in enumerate(users)))
    elapsed = time.perf_counter() - started
    return {"first": first, "answer": answer, "per_second": len(answer) / elapsed}


def crowd_table(crowds: Sequence[int], each: int, runs: int) -> str:
    lines = [
        "## A crowd asking and checking in",
        f"\n{each} /ask (each a different question) and {each} /checkin per run, through the real "
        "discord.py client and the fake Discord on 127.0.0.1 (semantic engine). Each run is a "
        f"fresh process: this code, then the code of {BASE_COMMIT} (before this work), "
        f"alternating; median of {runs} run(s) each, spread in brackets. *First reply* is the "
        "first callback (a defer, or the answer itself); *answer* is when the answer arrived. "
        "Goals: /ask throughput at least 4× the old code's, answer p99 at 50 members under "
        "150 ms; Discord requires the first callback within 3 s.\n",
        "| Command | Members | Code | First reply p50 / p99 | Answer p50 / p99 | Per second | "
        "Throughput vs old |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    # One vector cache for every process: each would otherwise embed the knowledge base first.
    cache = tempfile.TemporaryDirectory()
    notes: list[str] = []
    for members in crowds:
        results: dict[str, list[dict[str, Any]]] = {"new": [], "old": []}
        measure = ["--measure", str(members), str(each), "--cache", cache.name]
        for _ in range(runs):
            results["new"].append(run_here("bench.endtoend", measure))
            old = on_base("bench.endtoend", measure)
            if old is not None:
                results["old"].append(old)
        for command in ("/ask", "/checkin"):
            old_rates = [r[command]["per_second"] for r in results["old"]]
            for code, label in (("new", "this"), ("old", BASE_COMMIT)):
                measured = [r[command] for r in results[code]]
                if not measured:
                    lines.append(f"| {command} | {members} | {label} | not available | | | |")
                    continue
                rates = [m["per_second"] for m in measured]
                ratio = (
                    f"{statistics.median(rates) / statistics.median(old_rates):.1f}×"
                    if code == "new" and old_rates
                    else ""
                )
                lines.append(
                    f"| {command} | {members} | {label} | {_pair(measured, 'first')} | "
                    f"{_pair(measured, 'answer')} | {statistics.median(rates):,.0f} "
                    f"{spread(rates, '{:,.0f}')} | {ratio} |"
                )
        for code, label in (("new", "this code"), ("old", BASE_COMMIT)):
            late = sum(r["late"] for r in results[code])
            if late:
                notes.append(
                    f"{label}, {members} members: {late} interaction(s) got their first "
                    "callback after Discord's 3-second deadline."
                )
    cache.cleanup()
    return "\n".join([*lines, "", *notes]) + "\n"


def _pair(measured: list[dict[str, Any]], key: str) -> str:
    p50 = statistics.median(statistics.median(m[key]) for m in measured)
    p99 = statistics.median(percentile(m[key], 99) for m in measured)
    return f"{p50:.0f} / {p99:.0f} ms"


async def batching_table(each: int, *, tiny: bool) -> str:
    """The question service alone, `each` different questions asked at once, for each setting."""
    from bot.questions.batching import BATCH_MOST, BATCH_THREADS, BATCH_WAIT, Embedder

    texts = questions()
    settings = (
        [(16, 0.0, 1)]
        if tiny
        else [
            (1, 0.0, 1),
            (4, 0.0, 1),
            (16, 0.0, 1),
            (64, 0.0, 1),
            (16, 0.002, 1),
            (16, 0.005, 1),
            (4, 0.0, 2),
            (16, 0.0, 2),
        ]
    )
    lines = [
        "## Micro-batching: the most texts in one model call, and the wait for more",
        f"\n{each} different questions asked at once through the question service (no Discord), "
        "fresh model memory each time. Chosen: "
        f"{BATCH_MOST} texts, {BATCH_WAIT * 1000:.0f} ms wait, {BATCH_THREADS} model thread(s) "
        "(bot/questions/batching.py).\n",
        "| Most per call | Wait | Model threads | Texts per call | Answered per second | p50 "
        "| p99 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    with tempfile.TemporaryDirectory() as folder:
        app = await open_app(config_for_tests(Path(folder), engine="semantic"))
        try:
            service = app.questions
            embedder = service._embedder
            assert embedder is not None
            asked = [texts[n % len(texts)] for n in range(each)]
            for most, wait, threads in settings:
                fresh = Embedder(embedder.encoder, most=most, wait=wait, threads=threads)
                service._embedder = fresh
                embedder.encoder._memo.clear()  # every round embeds every question
                timings: list[float] = []

                started = time.perf_counter()
                await asyncio.gather(*(_timed_ask(service, t, timings) for t in asked))
                elapsed = time.perf_counter() - started
                await fresh.close()
                lines.append(
                    f"| {most} | {wait * 1000:.0f} ms | {threads} | "
                    f"{fresh.texts / max(fresh.calls, 1):.1f} | "
                    f"{each / elapsed:,.0f} | {statistics.median(timings):.0f} ms | "
                    f"{percentile(timings, 99):.0f} ms |"
                )
            service._embedder = embedder
        finally:
            await app.close()
    return "\n".join(lines) + "\n"


async def _timed_ask(service: QuestionService, text: str, timings: list[float]) -> None:
    started = time.perf_counter()
    await service.ask(text, record=False)
    timings.append((time.perf_counter() - started) * 1000)


if __name__ == "__main__":
    sys.exit(main())
