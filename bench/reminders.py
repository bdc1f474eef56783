"""Reminders: a burst due in one minute, lateness alone and under a rate limit, DMs through
discord.py at Discord's real limit, and the database's size over a year.

    python -m bench.reminders            full run (100,000 reminders, 5,000 DMs, a year: 35 min)
    python -m bench.reminders --quick    about 4 minutes
    python -m bench.reminders --tiny     what `make test` runs so the benchmark can't rot

The DM figures run `python -m bot run` itself, as a separate process, against the fake Discord
(tests/e2e/fake_discord/) in this one, which enforces Discord's global limit of 50 requests
a second with global 429s and counts every request as it arrives. Today's code runs the same
way from a git worktree of main at BASE_COMMIT (made once under the temporary folder), so both
are measured in the same run; --tiny measures this tree alone.

Reminders are written straight into the schema our migrations create (making 100,000 through
the service would measure the service, not the dispatcher), spread over every IANA zone so that
each is due at the same instant. Asserts nothing about speed.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import Pacer, heading, open_sqlite, parse_size, percentile, spread
from bot.clock import AdjustableClock, Clock, FakeClock, SystemClock
from bot.members.service import MembersService
from bot.reminders.dispatcher import Dispatcher, Settings
from bot.reminders.models import Claimed
from bot.reminders.service import RemindersService
from bot.reminders.service import Settings as ServiceSettings
from bot.replies import Reply
from bot.retention import Retention
from bot.retention import Settings as RetentionSettings
from tests.e2e.fake_discord import FakeDiscord

if TYPE_CHECKING:
    from bot.storage.db import Database

DUE = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


class InstantSender:
    async def send(self, delivery: Claimed, nonce: str) -> int:
        return delivery.id

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        return None


class LimitedSender:
    """Accepts at most `rate` messages a second, like Discord's global limit; records when."""

    def __init__(self, rate: float, clock: Clock) -> None:
        self._pacer = Pacer(rate)
        self._clock = clock
        self.sent_at: dict[int, datetime] = {}
        self.arrived = asyncio.Event()

    async def send(self, delivery: Claimed, nonce: str) -> int:
        await self._pacer.turn()
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
    dms = 20 if args.tiny else 300 if args.quick else 5_000
    # A tiny run starts one small bot; it is ready well within 5 s.
    margin = 5.0 if args.tiny else START_MARGIN
    print(asyncio.run(dm_table(dms, None if args.tiny else base_tree(), margin)))
    members, days = (50, 60) if args.tiny else (1_000, 365) if args.quick else (10_000, 365)
    print(asyncio.run(year_table(members, days)))
    return 0


def zones() -> list[str]:
    return sorted(z for z in zoneinfo.available_timezones() if "/" in z)


# How `seed` writes its rows: SQL both backends take, for a caller that seeds PostgreSQL too.
SEED_MEMBER = "INSERT INTO members (user_id, timezone, created_at) VALUES (?, ?, ?)"
SEED_REMINDER = (
    "INSERT INTO reminders (user_id, local_time, weekdays, next_due, next_date, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
Rows = list[tuple[object, ...]]


def seed_rows(count: int, due: datetime) -> tuple[Rows, Rows]:
    """`count` members spread over every zone, and a reminder for each due at `due`: the rows
    for SEED_MEMBER and for SEED_REMINDER."""
    names = zones()
    members: Rows = []
    reminders: Rows = []
    for n in range(count):
        zone = names[n % len(names)]
        local = due.astimezone(zoneinfo.ZoneInfo(zone))
        members.append((n + 1, zone, due.isoformat()))
        reminders.append(
            (
                n + 1,
                local.strftime("%H:%M"),
                127,
                due.isoformat(),
                local.date().isoformat(),
                due.isoformat(),
            )
        )
    return members, reminders


async def seed_due(db: Database, count: int, due: datetime) -> None:
    """seed_rows written through the storage interface, in one transaction: on SQLite or
    PostgreSQL, for a test whose bot then runs on either."""
    members, reminders = seed_rows(count, due)
    async with db.transaction() as tx:
        await tx.executemany(SEED_MEMBER, members)
        await tx.executemany(SEED_REMINDER, reminders)


def seed(path: Path, count: int, due: datetime) -> int:
    """Insert `count` reminders over every zone, each due at `due`; return the file size."""
    members, reminders = seed_rows(count, due)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(SEED_MEMBER, members)
        conn.executemany(SEED_REMINDER, reminders)
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
        await (await open_sqlite(path)).close()
        empty = path.stat().st_size
        size = seed(path, count, DUE)
        db = await open_sqlite(path)
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
    await (await open_sqlite(path)).close()
    seed(path, count, DUE)
    db = await open_sqlite(path)
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


async def _no_checkins(user_id: int, source_key: str, guild_id: int | None) -> Reply:
    raise AssertionError("the benchmark presses no reminder's Done")


async def _lone_lateness(trials: int) -> list[float]:
    """Seconds each lone reminder left after its due second, in real time.

    The clock is the wall clock moved so that the next whole minute is a moment away, so a trial
    takes a fraction of a second and not a minute.
    """
    clock = AdjustableClock()
    lateness = []
    with tempfile.TemporaryDirectory() as folder:
        db = await open_sqlite(Path(folder) / "alone.db")
        sender = LimitedSender(50, clock)
        dispatcher = Dispatcher(db, clock, sender, Settings(timedelta(hours=2), "UTC", 40))
        service = RemindersService(
            db,
            clock,
            MembersService(db, clock, "UTC"),
            ServiceSettings("UTC", 10),
            prompts=lambda: (),
            check_in=_no_checkins,
            wake=dispatcher.wake,
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
        await (await open_sqlite(path)).close()
        due = clock.now().replace(microsecond=0) + timedelta(seconds=1)
        seed(path, count, due)
        db = await open_sqlite(path)
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


REPO = Path(__file__).resolve().parent.parent
# Main when issue #19 was filed: "today's code" for the DM figures.
BASE_COMMIT = "ac04839"
# Discord's global limit, which the fake enforces.
DISCORD_LIMIT = 50
# The reminders are due this long after they are written: the bot process starts meanwhile.
START_MARGIN = 30.0
OPEN_DM = "POST /users/@me/channels"
SEND = "POST /channels/{id}/messages"


def base_tree() -> Path:
    """A worktree of main at BASE_COMMIT, made once, for today's code."""
    tree = Path(tempfile.gettempdir()) / f"second-heart-base-{BASE_COMMIT}"
    if not (tree / "bot").is_dir():
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", "-f", str(tree), BASE_COMMIT],
            check=True,
            capture_output=True,
        )
    return tree


@dataclass(frozen=True)
class DmRun:
    # Seconds the bot was connected before the reminders were due, and from then to its first
    # reminder request: start-up is not the dispatcher's lateness.
    ready: float
    start: float
    requests_per_dm: float
    peak: int
    limited: int
    p50: float
    p99: float


async def dm_table(count: int, base: Path | None, margin: float = START_MARGIN) -> str:
    trees = ([("today's code (main at " + BASE_COMMIT + ")", base)] if base else []) + [
        ("this branch", REPO)
    ]
    rows = []
    for label, tree in trees:
        first, restarted = await _dm_runs(tree, count, margin)
        for when, run in (("first DM", first), ("after a restart", restarted)):
            # The best any bot could do with this many requests: all of them at Discord's 50.
            floor = count * run.requests_per_dm / DISCORD_LIMIT
            rows.append(
                f"| {label} | {when} | {run.ready:.1f} s | {run.start:.2f} s "
                f"| {run.requests_per_dm:.2f} | {run.peak} | {run.limited:,} "
                f"| {run.p50:.1f} s | {run.p99:.1f} s | {floor:.1f} s |"
            )
    floor = count / DISCORD_LIMIT
    return (
        "\n".join(
            [
                "## DM reminders at Discord's real limit",
                f"\n{count:,} members, none ever sent a DM before, each with a reminder due at "
                "the same second; `python -m bot run` sends them through discord.py to the fake "
                f"Discord, which answers a global 429 past {DISCORD_LIMIT} requests in any "
                "second. Then the bot stops and a new process on the same database sends the "
                "next one (discord.py's cache of DM channels starts empty). Requests per DM "
                "count opening the DM, sending, and every retry; the peak is the most requests "
                "the fake received within any one second. Lateness runs from the due second "
                "to the message's creation at the fake. At one request per DM and the full "
                f"{DISCORD_LIMIT} a second, the last DM can't arrive before {floor:.1f} s; the "
                "last column is the floor for the requests each run needed, all at "
                f"{DISCORD_LIMIT} a second (this branch spends 40 a second: 50 less the room "
                "kept for commands).\n",
                "| Code | Run | Connected before due | First request after due "
                "| Requests per DM | Peak requests in 1 s | 429s | p50 late | p99 late "
                "| Floor for these requests |",
                "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
                *rows,
            ]
        )
        + "\n"
    )


async def _dm_runs(tree: Path, count: int, margin: float) -> tuple[DmRun, DmRun]:
    """The first run and the one after a restart, of `tree`'s bot, on one fake Discord (it
    keeps the DM channels it opened, as Discord does)."""
    fake = FakeDiscord(check_schema=False)
    fake.global_limit = DISCORD_LIMIT
    await fake.start()
    try:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            path = folder / "dms.db"
            _run_in(
                tree,
                # Either tree: the storage interface (open_database) came with the scale work.
                "import asyncio, bot.storage.db as db\n"
                "opener = getattr(db, 'open_database', None) or db.Database.open\n"
                f"async def made(): await (await opener({str(path)!r})).close()\n"
                "asyncio.run(made())",
            )
            first = await _dm_run(tree, folder, fake, count, margin, restart=False)
            again = await _dm_run(tree, folder, fake, count, margin, restart=True)
    finally:
        await fake.stop()
    return first, again


def _run_in(tree: Path, code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True, env=_env(tree), cwd=tree)


def _env(tree: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SECOND_HEART_"))}
    return {**env, "PYTHONPATH": str(tree), **extra}


async def _dm_run(
    tree: Path, folder: Path, fake: FakeDiscord, count: int, margin: float, *, restart: bool
) -> DmRun:
    path = folder / "dms.db"
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=margin)
    if restart:
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE reminders SET next_due = ?", (due.isoformat(),))
        conn.close()
    else:
        seed(path, count, due)
    due_at = time.monotonic() + (due - datetime.now(UTC)).total_seconds()
    fake.timed_requests.clear()
    fake.created_at.clear()
    config = folder / "config.yaml"
    config.write_text(
        f"knowledge:\n  path: {tree / 'knowledge'}\n"
        f"questions:\n  engine: lexical\n  cache_dir: {folder / 'cache'}\n",
        encoding="utf-8",
    )
    env = _env(
        tree,
        DISCORD_TOKEN="bench",
        DISCORD_API_BASE=fake.api_base,
        DISCORD_GATEWAY_URL=fake.gateway_url,
        SECOND_HEART_DB=str(path),
        SECOND_HEART_LOG_LEVEL="ERROR",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "--config",
        str(config),
        "run",
        env=env,
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        await fake.wait_for(lambda: len(fake.created_at) >= count, margin + count + 60)
        # The last acknowledgements land just after the last message.
        await asyncio.sleep(1.0)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), 30)
        except TimeoutError:
            process.kill()
            await process.wait()
    late = sorted(t - due_at for t in fake.created_at)
    reminder = [t for t, m, r in fake.timed_requests if f"{m} {r}" in (OPEN_DM, SEND)]
    return DmRun(
        ready=due_at - fake.identified_at,
        start=reminder[0] - due_at,
        requests_per_dm=len(reminder) / count,
        peak=fake.peak_per_second(),
        limited=fake.rate_limited,
        p50=statistics.median(late),
        p99=percentile(late, 99),
    )


async def year_table(members: int, days: int) -> str:
    without = await _year(members, days, prune=False)
    pruned = await _year(members, days, prune=True)
    marks = sorted(without)
    return (
        "\n".join(
            [
                "## The database over a year",
                f"\n{members:,} daily reminders, each day's {members:,} occurrences written as "
                "sent (the rows the dispatcher leaves), for "
                f"{days} days; with pruning, the retention pass (30 days) runs after each "
                "day's, as the hourly one would. The file and its write-ahead log, in MB.\n",
                "| Pruning | " + " | ".join(f"Day {d}" for d in marks) + " |",
                "| --- |" + " --- |" * len(marks),
                "| none | " + " | ".join(f"{without[d] / 1e6:,.1f}" for d in marks) + " |",
                "| 30 days | " + " | ".join(f"{pruned[d] / 1e6:,.1f}" for d in marks) + " |",
            ]
        )
        + "\n"
    )


async def _year(members: int, days: int, *, prune: bool) -> dict[int, int]:
    """The database's size on a few days of a simulated year."""
    from bot.storage.sqlite import SqliteDatabase  # this tree only; see open_sqlite

    marks = {d for d in (30, days // 4, days // 2, 3 * days // 4, days) if d}
    sizes: dict[int, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "year.db"
        await (await SqliteDatabase.open(path)).close()
        seed(path, members, DUE)
        db = await SqliteDatabase.open(path)  # checkpoints, to measure the file alone
        clock = FakeClock(DUE)
        keep = timedelta(days=30)
        retention = Retention(db, clock, RetentionSettings(keep, keep))
        for day in range(1, days + 1):
            due = DUE + timedelta(days=day)
            clock._now = due + timedelta(minutes=5)
            async with db.transaction() as tx:
                await tx.executemany(
                    "INSERT INTO reminder_occurrences (reminder_id, occurrence, local_date, "
                    "due_at, status, attempts, not_before, message_id, sent_at) "
                    "VALUES (?, ?, ?, ?, 'sent', 1, ?, ?, ?)",
                    [
                        (
                            r,
                            due.date().isoformat(),
                            due.date().isoformat(),
                            due.isoformat(),
                            due.isoformat(),
                            1_300_000_000_000_000_000 + day * members + r,
                            clock.now().isoformat(),
                        )
                        for r in range(1, members + 1)
                    ],
                )
            if prune:
                await retention.prune()
            if day in marks:
                await db.checkpoint()
                sizes[day] = path.stat().st_size + _wal(path)
        await db.close()
    return sizes


def _wal(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


if __name__ == "__main__":
    sys.exit(main())
