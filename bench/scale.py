"""python -m bench.scale [--quick|--tiny]: the PostgreSQL backend beside SQLite.

Check-ins a second through the real service on each engine, each as a share of that engine's
own raw-insert ceiling measured in the same run (the schema our migrations make, one plain
INSERT per transaction, no service). Ratios, not absolute rates: the machine is shared, and
the PostgreSQL here is a throwaway server with durability off (fsync and synchronous commit:
tests/postgres_server.py), the same for the service and its ceiling.

Needs PostgreSQL's programs (Debian's `postgresql` package); without them the tables say so.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.checkins import START, raw_rate, service_rate
from bench.common import heading, open_sqlite, spread
from bot.storage.db import open_database
from tests.postgres_server import Databases, available_postgres


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="a 10-second version")
    size.add_argument("--tiny", action="store_true", help="a smoke run for the test suite")
    args = parser.parse_args(argv)
    per_run = 200 if args.tiny else 400 if args.quick else 2000
    runs = 1 if args.tiny else 3
    print(heading("Scale", args))
    with available_postgres() as server:
        if server is None:
            print("PostgreSQL is not installed here: nothing to measure.\n")
            return 0
        print(asyncio.run(checkins_table(server, per_run, runs)))
    return 0


async def checkins_table(server: Databases, per_run: int, runs: int) -> str:
    lines = [
        "## Check-ins per second, PostgreSQL beside SQLite",
        f"\n{per_run} check-ins per run, median of {runs} runs (spread in brackets). Each engine's "
        "service is shown as a share of its own raw-insert ceiling, measured in the same run.\n",
        "| Concurrent members | SQLite service | SQLite / its ceiling | PostgreSQL service | "
        "PostgreSQL / its ceiling |",
        "| --- | --- | --- | --- | --- |",
    ]
    for members in (1, 10, 100):
        sqlite_service, sqlite_raw, pg_service, pg_raw = [], [], [], []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as folder:
                db = await open_sqlite(Path(folder) / "bench.db")
                sqlite_service.append(await service_rate(db, members, per_run))
            with tempfile.TemporaryDirectory() as folder:
                sqlite_raw.append(await raw_rate(Path(folder), per_run))
            pg = await open_database(server.new())
            pg_service.append(await service_rate(pg, members, per_run))
            pg_raw.append(await postgres_raw_rate(server.new(), per_run))
        s, sr = statistics.median(sqlite_service), statistics.median(sqlite_raw)
        p, pr = statistics.median(pg_service), statistics.median(pg_raw)
        lines.append(
            f"| {members} | {s:,.0f}/s {spread(sqlite_service, '{:,.0f}')} | {s / sr:.0%} | "
            f"{p:,.0f}/s {spread(pg_service, '{:,.0f}')} | {p / pr:.0%} |"
        )
    return "\n".join(lines) + "\n"


async def postgres_raw_rate(url: str, total: int) -> float:
    """Our schema, with one psycopg connection and one INSERT per transaction, no service."""
    import psycopg

    await (await open_database(url)).close()
    with psycopg.connect(url, autocommit=True) as conn:
        started = time.perf_counter()
        for n in range(total):
            with conn.transaction():
                conn.execute(
                    "INSERT INTO checkins (user_id, source_key, activity, reps, local_date, "
                    "timezone, created_at) VALUES (%s, %s, 'calf raises', 15, '2026-03-02', "
                    "'UTC', %s) ON CONFLICT DO NOTHING",
                    (1, f"raw:{n}", START.isoformat()),
                )
        elapsed = time.perf_counter() - started
    return total / elapsed


if __name__ == "__main__":
    raise SystemExit(main())
