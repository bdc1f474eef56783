"""Check-ins: throughput through the service against raw sqlite3, and /stats for 5 years.

    python -m bench.checkins            full run
    python -m bench.checkins --quick    about 10 seconds
    python -m bench.checkins --tiny     what `make test` runs so the benchmark can't rot

The ceiling is plain sqlite3 inserting the same rows into the same schema with the same PRAGMAs
(WAL, synchronous=NORMAL, one transaction per row, as the service does). Both run in this
process, on this machine, in the same minute, so the ratio is the figure to read: absolute
numbers drift on a shared machine. Each figure is the median of several runs, with its spread.
"""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import heading, parse_size, spread
from bot.checkins.service import CheckinService
from bot.clock import FakeClock
from bot.storage.db import Database

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_size(argv, __doc__.splitlines()[0])
    # Even the tiny run gives each of 100 concurrent members a check-in of their own.
    per_run = 200 if args.tiny else 400 if args.quick else 2000
    runs = 1 if args.tiny else 3
    years = 0.1 if args.tiny else 5
    print(heading("Check-ins", args))
    print(asyncio.run(throughput_table(per_run, runs)))
    print(asyncio.run(stats_table(years, runs)))
    return 0


async def throughput_table(per_run: int, runs: int) -> str:
    lines = [
        "## Check-ins per second",
        f"\n{per_run} check-ins per run, median of {runs} runs (spread in brackets). "
        "Goal: the service reaches at least 50% of the raw-insert ceiling.\n",
        "| Concurrent members | Service | Raw sqlite3 (ceiling) | Service / ceiling |",
        "| --- | --- | --- | --- |",
    ]
    for members in (1, 10, 100):
        service_rates = []
        raw_rates = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as folder:
                service_rates.append(await service_rate(Path(folder), members, per_run))
            with tempfile.TemporaryDirectory() as folder:
                raw_rates.append(await raw_rate(Path(folder), per_run))
        service, raw = statistics.median(service_rates), statistics.median(raw_rates)
        ratio = service / raw
        verdict = "" if ratio >= 0.5 else " (below goal)"
        lines.append(
            f"| {members} | {service:,.0f}/s {spread(service_rates, '{:,.0f}')} | {raw:,.0f}/s "
            f"{spread(raw_rates, '{:,.0f}')} | {ratio:.0%}{verdict} |"
        )
    return "\n".join(lines) + "\n"


async def service_rate(folder: Path, members: int, total: int) -> float:
    db = await Database.open(folder / "bench.db")
    service = CheckinService(db, FakeClock(START), "UTC")
    each = total // members

    async def member(user_id: int) -> None:
        for n in range(each):
            await service.checkin(user_id=user_id, source_key=f"{user_id}:{n}", reps=15)

    started = time.perf_counter()
    await asyncio.gather(*(member(u) for u in range(1, members + 1)))
    elapsed = time.perf_counter() - started
    await db.close()
    return each * members / elapsed


async def raw_rate(folder: Path, total: int) -> float:
    """Our schema (created by our migrations) and PRAGMAs, with plain sqlite3 and no service."""
    path = folder / "raw.db"
    await (await Database.open(path)).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    started = time.perf_counter()
    for n in range(total):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT OR IGNORE INTO checkins (user_id, source_key, activity, reps, local_date, "
            "timezone, created_at) VALUES (?, ?, 'calf raises', 15, '2026-03-02', 'UTC', ?)",
            (1, f"raw:{n}", START.isoformat()),
        )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return total / elapsed


async def stats_table(years: float, runs: int) -> str:
    days = int(365 * years)
    with tempfile.TemporaryDirectory() as folder:
        db = await Database.open(Path(folder) / "stats.db")
        clock = FakeClock(START)
        service = CheckinService(db, clock, "UTC")
        first = START - timedelta(days=days)
        clock._now = first
        for n in range(days):
            await service.checkin(user_id=1, source_key=f"day:{n}", reps=20)
            clock.advance(timedelta(days=1))
        timings = []
        for _ in range(max(runs, 5)):
            started = time.perf_counter()
            stats = await service.stats(1)
            await service.chart(stats, "Last 12 weeks")
            timings.append((time.perf_counter() - started) * 1000)
        # A check-in reads the member's whole history for the streak, so it costs more for
        # this member than for the fresh members of the throughput table.
        checkin_times = []
        for n in range(max(runs, 5) * 4):
            started = time.perf_counter()
            await service.checkin(user_id=1, source_key=f"more:{n}", reps=20)
            checkin_times.append((time.perf_counter() - started) * 1000)
        await db.close()
    median = statistics.median(timings)
    verdict = "" if median < 300 else " (over goal)"
    lines = [
        "## /stats with its chart",
        f"\nA member with {days:,} daily check-ins ({years:g} years): streaks, totals and "
        "the PNG, median of the runs. Goal: under 300 ms. Beside it, one more check-in by the "
        "same member (no goal: it shows what a long history costs a check-in).\n",
        "| Check-ins | /stats with chart | One more check-in |",
        "| --- | --- | --- |",
        f"| {days:,} | {median:.0f} ms {spread(timings, '{:,.0f}')}{verdict} "
        f"| {statistics.median(checkin_times):.2f} ms {spread(checkin_times, '{:,.2f}')} |",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
