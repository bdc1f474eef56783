"""Check-ins: throughput through the service against raw sqlite3, /stats for 5 years, growth.

    python -m bench.checkins            full run
    python -m bench.checkins --quick    about 10 seconds
    python -m bench.checkins --tiny     what `make test` runs so the benchmark can't rot

Growth (a big server's long history) is measured in fresh processes, once with this code and
once with the code of BASE_COMMIT (bench.common.on_base), on copies of one database built by the
old code and migrated by the new: /leaderboard at 10,000 members x 3 years, a check-in while
leaderboards run, and a check-in by a member with 10,000 active days against a new member's.

The ceiling is plain sqlite3 inserting the same rows into the same schema with the same PRAGMAs
(WAL, synchronous=NORMAL, one transaction per row, as the service does). Both run in this
process, on this machine, in the same minute, so the ratio is the figure to read: absolute
numbers drift on a shared machine. Each figure is the median of several runs, with its spread.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import (
    BASE_COMMIT,
    heading,
    on_base,
    open_sqlite,
    percentile,
    run_here,
    spread,
)
from bot.checkins.service import CheckinService
from bot.clock import FakeClock
from bot.storage.db import Database

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def checkin_service(db: Database, clock: FakeClock) -> CheckinService:
    """This code's check-ins service, or BASE_COMMIT's (see on_base), which read member
    settings itself and took the default zone where it now takes the members service."""
    try:
        from bot.members.service import MembersService
    except ImportError:  # BASE_COMMIT: no members area yet
        return CheckinService(db, clock, "UTC")  # type: ignore[arg-type]
    return CheckinService(db, clock, MembersService(db, clock, "UTC"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="a 10-second version")
    size.add_argument("--tiny", action="store_true", help="a smoke run for the test suite")
    # What the growth comparison runs in each process.
    parser.add_argument("--build", nargs=4, metavar=("PATH", "MEMBERS", "DAYS", "LONG"))
    parser.add_argument("--growth", metavar="PATH")
    args = parser.parse_args(argv)
    if args.build:
        path, members, days, long = args.build
        asyncio.run(build(Path(path), int(members), int(days), int(long)))
        print(json.dumps({}))
        return 0
    if args.growth:
        print(json.dumps(asyncio.run(growth(Path(args.growth)))))
        return 0
    # Even the tiny run gives each of 100 concurrent members a check-in of their own.
    per_run = 200 if args.tiny else 400 if args.quick else 2000
    runs = 1 if args.tiny else 3
    years = 0.1 if args.tiny else 5
    print(heading("Check-ins", args))
    print(asyncio.run(throughput_table(per_run, runs)))
    print(asyncio.run(stats_table(years, runs)))
    members, days, long = (
        (50, 30, 300)
        if args.tiny
        else (1_000, 365, 10_000)
        if args.quick
        else (
            10_000,
            3 * 365,
            10_000,
        )
    )
    print(growth_table(members, days, long))
    return 0


GUILD = 1
# The member with the long history, outside the guild.
LONG_MEMBER = 10**9
NEW_MEMBER = 10**9 + 1


async def build(path: Path, members: int, days: int, long: int) -> None:
    """A guild of `members`, each active every day for `days` days up to yesterday, and one
    member active for `long` days: written straight into the schema this code migrates to."""
    await (await open_sqlite(path)).close()
    today = START.date()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO members (user_id, created_at) VALUES (?, ?)",
        ((u, START.isoformat()) for u in [*range(1, members + 1), LONG_MEMBER]),
    )
    conn.executemany(
        "INSERT INTO guild_members (guild_id, user_id, first_seen) VALUES (?, ?, ?)",
        ((GUILD, u, START.isoformat()) for u in range(1, members + 1)),
    )
    history = [(today - timedelta(days=n)).isoformat() for n in range(days, 0, -1)]
    conn.executemany(
        "INSERT INTO active_days (user_id, local_date, checkins) VALUES (?, ?, ?)",
        ((u, d, 1 + (u + i) % 3) for u in range(1, members + 1) for i, d in enumerate(history)),
    )
    conn.executemany(
        "INSERT INTO active_days (user_id, local_date, checkins) VALUES (?, ?, 1)",
        ((LONG_MEMBER, (today - timedelta(days=n)).isoformat()) for n in range(long, 0, -1)),
    )
    conn.execute("COMMIT")
    conn.close()


async def growth(path: Path) -> dict[str, Any]:
    db = await open_sqlite(path)  # the new code migrates the old code's database here
    clock = FakeClock(START)
    service = checkin_service(db, clock)
    boards: dict[str, list[float]] = {}
    for period in ("week", "month", "all"):
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            await service.leaderboard(GUILD, period, 1)
            timings.append((time.perf_counter() - started) * 1000)
        boards[period] = timings
    # Check-ins by members with the whole history, while leaderboards (the default, this week)
    # run one after another beside them.
    during: list[float] = []
    running = True

    async def leaderboards() -> int:
        count = 0
        while running:
            await service.leaderboard(GUILD, "week", 1)
            count += 1
        return count

    boarding = asyncio.create_task(leaderboards())
    await asyncio.sleep(0)
    for n in range(200):
        started = time.perf_counter()
        await service.checkin(user_id=1 + n % 20, source_key=f"during:{n}", reps=10)
        during.append((time.perf_counter() - started) * 1000)
        await asyncio.sleep(0.002)  # members check in now and then, not back to back
    running = False
    boards_during = await boarding
    # The long history against a new member: each check-in on a new day.
    long: list[float] = []
    new: list[float] = []
    for n in range(30):
        clock.advance(timedelta(days=1))
        for user, timings in ((LONG_MEMBER, long), (NEW_MEMBER, new)):
            started = time.perf_counter()
            await service.checkin(user_id=user, source_key=f"{user}:{n}", reps=10)
            timings.append((time.perf_counter() - started) * 1000)
    await db.close()
    return {
        "boards": boards,
        "during": during,
        "boards_during": boards_during,
        "long": long,
        "new": new,
    }


def growth_table(members: int, days: int, long: int) -> str:
    folder = tempfile.TemporaryDirectory()
    built = Path(folder.name) / "old.db"
    old: dict[str, Any] | None = None
    if (
        on_base("bench.checkins", ["--build", str(built), str(members), str(days), str(long)])
        is None
    ):
        run_here("bench.checkins", ["--build", str(built), str(members), str(days), str(long)])
    else:
        copy = Path(folder.name) / "new.db"
        shutil.copyfile(built, copy)
        old = on_base("bench.checkins", ["--growth", str(built)])
        built = copy
    new = run_here("bench.checkins", ["--growth", str(built)])
    folder.cleanup()
    lines = [
        "## Growth: a big server's long history",
        f"\n{members:,} members in one server, each active every day for {days:,} days; one "
        f"more member active for {long:,} days. Each column is a fresh process on a copy of one "
        f"database: this code, and the code of {BASE_COMMIT} (before this work). Goals: "
        "/leaderboard under 100 ms; a check-in while leaderboards run under 10 ms at p99; a "
        "check-in after 10,000 days within 2x of a new member's.\n",
        f"| Measure | This code | {BASE_COMMIT} |",
        "| --- | --- | --- |",
    ]
    runs = [new, old]
    for period in ("week", "month", "all"):
        cells = [_median(r["boards"][period]) if r else "" for r in runs]
        lines.append(f"| /leaderboard {period} (median of 5) | {cells[0]} | {cells[1]} |")
    for key, label in (
        ("during", "a check-in while leaderboards run: p50 / p99 (200)"),
        ("long", f"a check-in after {long:,} days: p50 / p99 (30)"),
        ("new", "a new member's check-in: p50 / p99 (30)"),
    ):
        cells = [_p50_p99(r[key]) if r else "" for r in runs]
        lines.append(f"| {label} | {cells[0]} | {cells[1]} |")
    cells = [str(r["boards_during"]) if r else "" for r in runs]
    lines.append(f"| leaderboards run beside those check-ins | {cells[0]} | {cells[1]} |")
    cells = [
        f"{statistics.median(r['long']) / statistics.median(r['new']):.1f}x" if r else ""
        for r in runs
    ]
    lines.append(f"| long history / new member (p50) | {cells[0]} | {cells[1]} |")
    return "\n".join(lines) + "\n"


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):,.1f} ms"


def _p50_p99(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} / {percentile(values, 99):.2f} ms"


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
                db = await open_sqlite(Path(folder) / "bench.db")
                service_rates.append(await service_rate(db, members, per_run))
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


async def service_rate(db: Database, members: int, total: int) -> float:
    """Check-ins a second through the service, `members` at once; closes `db` at the end."""
    service = checkin_service(db, FakeClock(START))
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
    await (await open_sqlite(path)).close()
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
        db = await open_sqlite(Path(folder) / "stats.db")
        clock = FakeClock(START)
        service = checkin_service(db, clock)
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
