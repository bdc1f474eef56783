"""python -m bench.scale [--quick|--tiny]: the PostgreSQL backend, and several processes on it.

Reminders: a burst of DM reminders due at one instant, worked by 1, 2 and 4 dispatcher
processes (`python -m bench.scale --worker`) on one PostgreSQL database, all sending to one stub
that accepts Discord's global rate (50 requests a second) and counts every arrival: how fast
the occurrences are made and sent, how late they arrive, and whether any arrives twice.

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
import contextlib
import os
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiohttp import ClientSession, web

from bench.checkins import START, raw_rate, service_rate
from bench.common import Pacer, heading, open_sqlite, percentile, spread
from bot.clock import SystemClock
from bot.reminders.dispatcher import Dispatcher, Settings
from bot.reminders.models import Claimed
from bot.storage.db import open_database
from tests.postgres_server import Databases, available_postgres


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="a 10-second version")
    size.add_argument("--tiny", action="store_true", help="a smoke run for the test suite")
    parser.add_argument("--worker", nargs=2, metavar=("DATABASE_URL", "STUB_URL"))
    args = parser.parse_args(argv)
    if args.worker:
        asyncio.run(worker(*args.worker))
        return 0
    per_run = 200 if args.tiny else 400 if args.quick else 2000
    burst = 30 if args.tiny else 500 if args.quick else 10_000
    processes = (1, 2) if args.tiny else (1, 2, 4)
    runs = 1 if args.tiny else 3
    print(heading("Scale", args))
    with available_postgres() as server:
        if server is None:
            print("PostgreSQL is not installed here: nothing to measure.\n")
            return 0
        print(asyncio.run(checkins_table(server, per_run, runs)))
        print(asyncio.run(reminders_table(server, burst, processes)))
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


DISCORD_RATE = 50  # Discord's global limit, requests a second
LEAD = timedelta(seconds=6)  # the workers start and connect before the burst is due


class RateStub:
    """One Discord-like endpoint for every process: admits DISCORD_RATE sends a second, in
    arrival order, and records when each occurrence arrived."""

    def __init__(self) -> None:
        self._pacer = Pacer(DISCORD_RATE)
        self.arrivals: list[tuple[int, datetime]] = []
        self.done = asyncio.Event()
        self.expected = 0

    async def send(self, request: web.Request) -> web.Response:
        body = await request.json()
        await self._pacer.turn()
        self.arrivals.append((int(body["id"]), datetime.now(UTC)))
        if len(self.arrivals) >= self.expected:
            self.done.set()
        return web.json_response({"id": body["id"]})


class StubSender:
    """The dispatcher's sender, over HTTP to the stub."""

    def __init__(self, session: ClientSession, url: str) -> None:
        self._session = session
        self._url = url

    async def send(self, delivery: Claimed, nonce: str) -> int:
        async with self._session.post(self._url, json={"id": delivery.id, "nonce": nonce}) as r:
            return int((await r.json())["id"])

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        return None


async def worker(database_url: str, stub_url: str) -> None:
    """One dispatcher process, until SIGTERM."""
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    db = await open_database(database_url)
    settings = Settings(timedelta(hours=2), "UTC", requests_per_second=DISCORD_RATE)
    async with ClientSession() as session:
        await Dispatcher(db, SystemClock(), StubSender(session, stub_url), settings).run(stop)
    await db.close()


def seed_due(url: str, count: int, due: datetime) -> None:
    """`count` DM reminders, one a member, all due at `due` (written straight into the schema)."""
    import psycopg

    with psycopg.connect(url) as conn, conn.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO reminders (user_id, local_time, weekdays, next_due, next_date, "
            "created_at) VALUES (%s, %s, 127, %s, %s, %s)",
            [
                (n, due.strftime("%H:%M"), due.isoformat(), due.date().isoformat(), due.isoformat())
                for n in range(1, count + 1)
            ],
        )


async def reminders_table(server: Databases, count: int, processes: tuple[int, ...]) -> str:
    lines = [
        "## Reminders from several processes on one PostgreSQL",
        f"\n{count:,} DM reminders due at one instant, worked by dispatcher processes that share "
        f"the database and one stub admitting Discord's global {DISCORD_RATE} requests a second. "
        "Made: occurrences created a second from the due time; sent: delivered a second from the "
        "due time to the last arrival; lateness from the due time to arrival at the stub.\n",
        "| Processes | Made a second | Sent a second | Lateness p50 | Lateness p99 | Delivered | "
        "Twice |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for n in processes:
        row = await _burst_on_postgres(server.new(), count, n)
        lines.append(
            f"| {n} | {row['made']:,.0f} | {row['sent']:,.0f} | {row['p50']:.1f} s | "
            f"{row['p99']:.1f} s | {row['delivered']:,} of {count:,} | {row['twice']} |"
        )
    lines.append(
        "\nEach process holds a pool of up to 8 connections; the database does the sharing "
        "(SKIP LOCKED on due reminders and on claims), so adding a process adds connections and "
        "claim traffic, not coordination. Sending is bound by Discord's global limit whatever "
        "the number of processes: more processes help making and recovering, not sending.\n"
    )
    return "\n".join(lines)


async def _burst_on_postgres(url: str, count: int, processes: int) -> dict[str, Any]:
    await (await open_database(url)).close()
    due = datetime.now(UTC).replace(microsecond=0) + LEAD
    seed_due(url, count, due)
    stub = RateStub()
    stub.expected = count
    app = web.Application()
    app.router.add_post("/send", stub.send)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    stub_url = f"http://127.0.0.1:{port}/send"
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.scale", "--worker", url, stub_url, env=env
        )
        for _ in range(processes)
    ]
    made_at = await _when_all_made(url, count, due)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stub.done.wait(), timeout=count / DISCORD_RATE * 2 + 60)
    await asyncio.sleep(1)  # anything sent twice arrives by now
    for process in workers:
        process.send_signal(signal.SIGTERM)
    for process in workers:
        await asyncio.wait_for(process.wait(), timeout=30)
    await runner.cleanup()
    late = sorted((at - due).total_seconds() for _, at in stub.arrivals)
    ids = [i for i, _ in stub.arrivals]
    last = max(late) if late else float("nan")
    return {
        "made": count / max(made_at, 1e-3),
        "sent": len(set(ids)) / max(last, 1e-3),
        "p50": statistics.median(late) if late else float("nan"),
        "p99": percentile(late, 99) if late else float("nan"),
        "delivered": len(set(ids)),
        "twice": len(ids) - len(set(ids)),
    }


async def _when_all_made(url: str, count: int, due: datetime) -> float:
    """Seconds from `due` until every occurrence exists (polled every 50 ms)."""
    db = await open_database(url)
    try:
        while True:
            row = await db.fetchone("SELECT count(*) AS n FROM reminder_occurrences")
            if row is not None and row["n"] >= count:
                return (datetime.now(UTC) - due).total_seconds()
            await asyncio.sleep(0.05)
    finally:
        await db.close()


if __name__ == "__main__":
    raise SystemExit(main())
