"""Reminders: a burst due in one minute, lateness alone and under a rate limit, disk size.

    python -m bench.reminders            full run (100,000 reminders; about a minute or two)
    python -m bench.reminders --quick    about 10 seconds
    python -m bench.reminders --tiny     what `make test` runs so the benchmark can't rot

Reminders are written straight into the schema our migrations create (making 100,000 through
the service would measure the service, not the dispatcher), spread over every IANA zone so that
each is due at the same instant. Asserts nothing about speed.
"""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
import zoneinfo
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import heading, parse_size, percentile, spread
from bot.clock import AdjustableClock, Clock, FakeClock, SystemClock
from bot.reminders.dispatcher import Dispatcher, Settings
from bot.reminders.service import RemindersService
from bot.reminders.service import Settings as ServiceSettings
from bot.storage.db import Database
from bot.storage.reminders import Claimed

DUE = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


class InstantSender:
    async def send(self, delivery: Claimed, nonce: str) -> int:
        return delivery.id

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        return None


class LimitedSender:
    """Accepts at most `rate` messages a second, like Discord's global limit; records when."""

    def __init__(self, rate: float, clock: Clock) -> None:
        self._interval = 1 / rate
        self._next = 0.0
        self._clock = clock
        self.sent_at: dict[int, datetime] = {}
        self.arrived = asyncio.Event()

    async def send(self, delivery: Claimed, nonce: str) -> int:
        loop = asyncio.get_running_loop()
        wait = self._next - loop.time()
        self._next = max(loop.time(), self._next) + self._interval
        if wait > 0:
            await asyncio.sleep(wait)
        self.sent_at[delivery.id] = self._clock.now()
        self.arrived.set()
        return delivery.id

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_size(argv, __doc__.splitlines()[0])
    burst = 200 if args.tiny else 2_000 if args.quick else 100_000
    limited = 20 if args.tiny else 50 if args.quick else 1_000
    alone = 3 if args.tiny else 10 if args.quick else 100
    print(heading("Reminders", args))
    runs = 1 if args.tiny else 3
    print(asyncio.run(burst_table(burst, runs)))
    print(asyncio.run(lateness_table(limited, runs, alone)))
    return 0


def zones() -> list[str]:
    return sorted(z for z in zoneinfo.available_timezones() if "/" in z)


def seed(path: Path, count: int, due: datetime) -> int:
    """Insert `count` reminders over every zone, each due at `due`; return the file size."""
    names = zones()
    rows = []
    for n in range(count):
        zone = names[n % len(names)]
        local = due.astimezone(zoneinfo.ZoneInfo(zone))
        rows.append(
            (
                n + 1,
                local.strftime("%H:%M"),
                127,
                due.isoformat(),
                local.date().isoformat(),
                due.isoformat(),
                zone,
            )
        )
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO members (user_id, timezone, created_at) VALUES (?, ?, ?)",
            [(r[0], r[6], r[5]) for r in rows],
        )
        conn.executemany(
            "INSERT INTO reminders (user_id, local_time, weekdays, next_due, next_date, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [r[:6] for r in rows],
        )
    # Fold the write-ahead log into the file, so its size is the database's.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.stat().st_size


async def burst_table(count: int, runs: int) -> str:
    rates, totals, peaks = [], [], []
    for _ in range(runs):
        rate, total, _, sent, per_100k = await _burst(count)
        rates.append(rate)
        totals.append(total)
        # Memory is traced in a run of its own: tracemalloc slows every allocation, which
        # would distort the rate above.
        with tempfile.TemporaryDirectory() as folder:
            peaks.append(await _peak_memory(Path(folder) / "memory.db", count))
    rate = statistics.median(rates)
    megabytes = [peak / 1e6 for peak in peaks]
    verdict = "" if rate >= 20_000 else " (below goal)"
    return (
        "\n".join(
            [
                "## A burst due in one minute",
                f"\n{count:,} reminders over {len(zones())} IANA zones, all due at the same "
                "instant, handed to a sender that accepts instantly; median of "
                f"{runs} run(s), spread in brackets. Goal: at least 20,000 "
                "occurrences materialised a second, and memory that doesn't grow with the count.\n",
                "| Reminders | Materialised per second | Sent (claim, send, ack) | Total "
                "| Peak Python memory | Database per 100,000 reminders |",
                "| --- | --- | --- | --- | --- | --- |",
                f"| {count:,} | {rate:,.0f}/s {spread(rates, '{:,.0f}')}{verdict} | {sent:,} "
                f"| {statistics.median(totals):.1f} s {spread(totals, '{:.1f}')} "
                f"| {statistics.median(megabytes):.1f} MB {spread(megabytes, '{:.1f}')} "
                f"| {per_100k / 1e6:.1f} MB |",
            ]
        )
        + "\n"
    )


async def _burst(count: int) -> tuple[float, float, int, int, float]:
    """One run: (materialised a second, total seconds, made, sent, bytes per 100,000)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "burst.db"
        await (await Database.open(path)).close()
        empty = path.stat().st_size
        size = seed(path, count, DUE)
        db = await Database.open(path)
        clock = FakeClock(DUE + timedelta(seconds=30))
        settings = Settings(grace=timedelta(hours=2), default_zone="UTC", requests_per_second=1e9)
        dispatcher = Dispatcher(db, clock, InstantSender(), settings)
        started = time.perf_counter()
        made = await dispatcher.materialise()
        materialised = time.perf_counter() - started
        sent = await dispatcher.tick()
        total = time.perf_counter() - started
        await db.close()
    return made / materialised, total, made, sent, (size - empty) / count * 100_000


async def _peak_memory(path: Path, count: int) -> int:
    await (await Database.open(path)).close()
    seed(path, count, DUE)
    db = await Database.open(path)
    settings = Settings(grace=timedelta(hours=2), default_zone="UTC", requests_per_second=1e9)
    dispatcher = Dispatcher(db, FakeClock(DUE + timedelta(seconds=30)), InstantSender(), settings)
    tracemalloc.start()
    await dispatcher.tick()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    await db.close()
    return peak


async def lateness_table(count: int, runs: int, alone: int) -> str:
    p50s, p99s = [], []
    for _ in range(runs):
        p50, p99 = await _lateness(count)
        p50s.append(p50)
        p99s.append(p99)
    floor = (count - 1) / 50
    lone = await _lone_lateness(alone)
    lone_p99 = percentile(lone, 99)
    verdict = "" if lone_p99 <= 1.0 else " (above goal)"
    return (
        "\n".join(
            [
                "## Lateness under Discord's rate limit",
                f"\n{count:,} reminders due at once, sent to a stub that accepts 50 a second; "
                f"median of {runs} run(s), spread in brackets. At 50 a second the last can't "
                f"leave before {floor:.1f} s; the goal is a p99 set by the rate limit alone. "
                f"Beside it, a reminder due with nothing else: {alone} of them one after "
                "another, each set through the service and sent by the dispatcher's own loop, "
                "which sleeps until it is due. Goal: p99 at most 1 s.\n",
                "| Reminders | p50 | p99 | Rate-limit floor for the last one |",
                "| --- | --- | --- | --- |",
                f"| 1, alone | {statistics.median(lone):.3f} s "
                f"| {lone_p99:.3f} s{verdict} | 0.00 s |",
                f"| {count:,} at once | {statistics.median(p50s):.2f} s {spread(p50s, '{:.2f}')} "
                f"| {statistics.median(p99s):.2f} s {spread(p99s, '{:.2f}')} | {floor:.2f} s |",
            ]
        )
        + "\n"
    )


async def _lone_lateness(trials: int) -> list[float]:
    """Seconds each lone reminder left after its due second, in real time.

    The clock is the wall clock moved so that the next whole minute is a moment away, so a trial
    takes a fraction of a second and not a minute.
    """
    clock = AdjustableClock()
    lateness = []
    with tempfile.TemporaryDirectory() as folder:
        db = await Database.open(Path(folder) / "alone.db")
        sender = LimitedSender(50, clock)
        dispatcher = Dispatcher(db, clock, sender, Settings(timedelta(hours=2), "UTC", 40))
        service = RemindersService(
            db, clock, ServiceSettings("UTC", 10), prompts=lambda: (), wake=dispatcher.wake
        )
        stop = asyncio.Event()
        loop = asyncio.create_task(dispatcher.run(stop))
        for member in range(1, trials + 1):
            now = clock.now()
            due = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
            clock.advance(due - now - timedelta(seconds=0.2))
            sender.arrived.clear()
            await service.create(user_id=member, time_text=f"{due:%H:%M}")
            await sender.arrived.wait()
            lateness.append((max(sender.sent_at.values()) - due).total_seconds())
        stop.set()
        await loop
        await db.close()
    return lateness


async def _lateness(count: int) -> tuple[float, float]:
    clock = SystemClock()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "late.db"
        await (await Database.open(path)).close()
        due = clock.now().replace(microsecond=0) + timedelta(seconds=1)
        seed(path, count, due)
        db = await Database.open(path)
        sender = LimitedSender(50, clock)
        dispatcher = Dispatcher(
            db, clock, sender, Settings(timedelta(hours=2), "UTC", requests_per_second=50)
        )
        await asyncio.sleep(max(0.0, (due - clock.now()).total_seconds()))
        await dispatcher.tick()
        await db.close()
    lateness = sorted((at - due).total_seconds() for at in sender.sent_at.values())
    p99 = percentile(lateness, 99)
    return statistics.median(lateness), p99


if __name__ == "__main__":
    sys.exit(main())
