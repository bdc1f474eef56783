"""The one dispatcher: materialise due occurrences, claim, send, acknowledge. State lives in SQLite.

Each pass:
1. **Materialise** (one transaction): for every reminder whose next send time has passed,
   create its occurrence row, unique on (reminder, local date), and advance the reminder to its
   next occurrence. After downtime only the latest missed occurrence is sent, and only within the
   grace window, marked late; older ones are recorded as skipped. A day the member already
   checked in is skipped too, and so is a member's own reminder on a day their streak is
   paused. A reminder whose stored zone can't be loaded is stopped, with the
   reason, and logged once; the others in the batch go on.
2. **Claim** pending occurrences with a lease (committed before sending), so a crashed sender's
   work is picked up again once the lease runs out.
3. **Send** with a nonce derived from the occurrence id. Discord honours it (enforce_nonce): a
   resend after a crash or a timeout returns the message already posted instead of posting
   twice. Different destinations are sent to side by side, paced together under one budget of
   requests a second (every request counts, retries included: budget.py), and each send has a
   time limit, so a slow one holds up nobody else.
4. **Acknowledge**: sent; a permanent failure disables the reminder and tells the member where
   it can; a transient one, or any other error in that one send, is retried with backoff. Every
   attempt counts, an unacknowledged one included, and after MAX_ATTEMPTS it is given up.

Between passes the task sleeps until the next due moment (capped), and any change wakes it.
Nothing is held in memory that isn't also on disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict, deque
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from bot.clock import Clock
from bot.reminders import outcomes
from bot.reminders.budget import RequestBudget, charged_send
from bot.reminders.models import (
    ZONE_UNAVAILABLE,
    Claimed,
    NewOccurrence,
    OccurrenceStatus,
    Reminder,
)
from bot.reminders.nudges import NudgeDue
from bot.reminders.outcomes import PermanentFailure, TransientFailure
from bot.reminders.schedule import zone_problem
from bot.reminders.skips import skip_reasons
from bot.reminders.walk import walk
from bot.shards import ShardPlan
from bot.storage import outbox
from bot.storage import reminders as store
from bot.storage.db import Database

log = logging.getLogger(__name__)

UNSHARDED = ShardPlan.unsharded()

LEASE = timedelta(minutes=2)
# Never sleep longer than this: bounds the damage of a missed wake-up or a clock jump.
MAX_SLEEP = timedelta(minutes=10)
BATCH = 500
MAX_ATTEMPTS = 8
# Sent later than this after its time, an occurrence says it is late.
LATE_AFTER = timedelta(minutes=2)
# Seconds one send may take. Discord answers in well under a second; aiohttp alone would wait
# 300 s. A send cut off here is retried like any transient failure, and its nonce keeps a first
# attempt that did land from posting twice.
SEND_TIMEOUT = 10.0
# Sends in flight at once. The rate limiter sets the pace; this only bounds what hanging sends
# can hold (aiohttp opens at most 100 connections, and commands need some too).
MAX_IN_FLIGHT = 25


class Sender(Protocol):
    async def send(self, delivery: Claimed, nonce: str) -> int:
        """Deliver one reminder; return the message id. Raise Permanent/TransientFailure."""
        ...

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        """Tell the member (where possible) that their reminder stopped, and why."""
        ...


@dataclass(frozen=True)
class Settings:
    grace: timedelta
    default_zone: str
    # Every request a reminder makes counts: opening a DM, sending, retrying (see budget.py).
    requests_per_second: float
    # The shards this process serves: it sends its own guilds' channel reminders, and DMs.
    shards: ShardPlan = UNSHARDED


def nonce_for(occurrence_id: int) -> str:
    """Deterministic, so a resend is recognised (Discord nonces are at most 25 characters)."""
    return f"sh-reminder-{occurrence_id}"


def _destination(delivery: Claimed) -> tuple[str, int]:
    """Where a delivery goes: its channel, or the member's DMs."""
    if delivery.channel_id is not None:
        return ("channel", delivery.channel_id)
    return ("dm", delivery.user_id)


def zone_stop_reason(reminder: Reminder) -> str:
    """What the member (or the server's managers) see for a reminder whose zone won't load."""
    fix = (
        "set the reminder again with /remind-channel set"
        if reminder.kind == "guild"
        else "choose yours again with /timezone set"
    )
    shown = reminder.zone if len(reminder.zone) <= 40 else reminder.zone[:39] + "…"
    return f"{ZONE_UNAVAILABLE}: {shown!r} can't be loaded on this host; {fix}"


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2 ** (attempts - 1), 3600))


class Dispatcher:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        sender: Sender,
        settings: Settings,
        watcher: outcomes.DispatchWatcher = outcomes.UNWATCHED,
        nudge_due: NudgeDue | None = None,
    ) -> None:
        self._db = db
        self._nudge_due = nudge_due
        self._watcher = watcher
        self._clock = clock
        self._sender = sender
        self._settings = settings
        self.budget = RequestBudget(settings.requests_per_second)
        # A sender that charges each of its requests to the budget itself, as they leave (see
        # budget.py); any other is charged one request a send.
        self._charges_each_request: bool = getattr(sender, "charges_each_request", False)
        # Reminders this process stopped because their zone can't be loaded.
        self.stopped_for_zone = 0
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Something changed (a reminder added, the clock moved): look again now."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Serve until `stop` is set."""
        # On SQLite the instance lock means no other dispatcher is alive, so anything still
        # marked as being sent belongs to a process that died. Send it again now rather than
        # wait out its lease: the same nonce makes Discord return the message if it had already
        # gone. On PostgreSQL another process may be sending it right now: its lease decides.
        if self._db.dialect.one_process:
            released = await outbox.release_claims(self._db)
            if released:
                log.info("resending %d reminder(s) interrupted by a restart", released)
        while not stop.is_set():
            try:
                await self.tick()
            except Exception:
                log.exception("reminder pass failed; trying again shortly")
            await self._sleep(stop)

    async def _sleep(self, stop: asyncio.Event) -> None:
        self._wake.clear()
        shards = self._settings.shards
        upcoming = await outbox.next_wake(self._db, shard_count=shards.count, shard_ids=shards.ids)
        now = self._clock.now()
        wait = MAX_SLEEP if upcoming is None else min(max(upcoming - now, timedelta(0)), MAX_SLEEP)
        waiters = {asyncio.create_task(self._wake.wait()), asyncio.create_task(stop.wait())}
        try:
            await asyncio.wait(waiters, timeout=wait.total_seconds(), return_when="FIRST_COMPLETED")
        finally:
            for task in waiters:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def tick(self) -> int:
        """One pass: materialise and send everything due now. Returns how many were sent."""
        await self.materialise()
        sent = 0
        shards = self._settings.shards
        while batch := await outbox.claim(
            self._db,
            self._clock.now(),
            self._clock.now() + LEASE,
            BATCH,
            shard_count=shards.count,
            shard_ids=shards.ids,
        ):
            sent += await self._send_batch(batch)
        return sent

    async def _send_batch(self, batch: list[Claimed]) -> int:
        """One lane per destination, up to MAX_IN_FLIGHT lanes side by side: a destination's
        messages keep their order, and a slow destination holds up only its own lane."""
        by_destination: dict[tuple[str, int], list[Claimed]] = defaultdict(list)
        for delivery in batch:
            by_destination[_destination(delivery)].append(delivery)
        lanes = deque(by_destination.values())

        async def work() -> int:
            sent = 0
            while lanes:
                for delivery in lanes.popleft():
                    sent += await self._deliver_isolated(delivery)
            return sent

        workers = [asyncio.create_task(work()) for _ in range(min(MAX_IN_FLIGHT, len(lanes)))]
        try:
            return sum(await asyncio.gather(*workers))
        finally:
            # Workers are still running only if one died of something that ends the process.
            for worker in workers:
                worker.cancel()

    async def materialise(self) -> int:
        """Create every occurrence now due, a batch at a time; returns how many were new."""
        created = 0
        while True:
            handled, new = await self.materialise_batch()
            created += new
            if not handled:
                return created

    async def materialise_batch(self) -> tuple[int, int]:
        """Up to BATCH due reminders: record their occurrences and advance them, in one
        transaction. Returns (reminders handled, occurrences created); (0, 0) when none."""
        now = self._clock.now()
        async with self._db.transaction() as tx:
            reminders = await store.due(
                tx,
                now,
                self._settings.default_zone,
                BATCH,
                skip_locked=self._db.dialect.skip_locked_of("r"),
            )
            plans: list[tuple[Reminder, list[tuple[date, datetime, bool]], datetime, date]] = []
            unloadable: list[tuple[Reminder, str]] = []
            for reminder in reminders:
                if (problem := zone_problem(reminder.zone)) is not None:
                    unloadable.append((reminder, problem))
                    continue
                occurrences, due, day = walk(reminder, now, self._settings.grace)
                plans.append((reminder, occurrences, due, day))
            skipped = await skip_reasons(
                tx,
                [
                    (r, day)
                    for r, occurrences, _, _ in plans
                    for day, _, send in occurrences
                    if send
                ],
            )
            rows = []
            for reminder, occurrences, _, _ in plans:
                for day, due_at, send in occurrences:
                    status: OccurrenceStatus = "pending"
                    reason = None
                    if not send:
                        status, reason = "skipped", outcomes.SKIPPED_OFFLINE
                    elif (reminder.id, day) in skipped:
                        status, reason = "skipped", skipped[reminder.id, day]
                    rows.append(
                        NewOccurrence(
                            reminder.id, day, due_at, status, now - due_at > LATE_AFTER, reason
                        )
                    )
            # One statement per outcome, so what each made is known exactly (a row that
            # already existed makes nothing), for the watcher. Pending rows keep their order.
            groups: dict[str | None, list[NewOccurrence]] = defaultdict(list)
            for row in rows:
                groups[row.reason].append(row)
            made = {
                why: await outbox.add_occurrences(tx, group, now) for why, group in groups.items()
            }
            created = sum(made.values())
            await store.reschedule_many(
                tx, [(r.id, due, day) for r, _, due, day in plans if not r.once]
            )
            # A one-off's one occurrence is made: it is finished, never due again.
            await store.finish_many(tx, [r.id for r, _, _, _ in plans if r.once], now)
            # Stopped, so no longer due: each is handled once, and never blocks the rest.
            await store.disable_many(tx, [(r.id, zone_stop_reason(r)) for r, _ in unloadable])
        if created:
            self._watcher.made(created)
        for reason, count in made.items():
            if reason is not None and count:
                self._watcher.skipped(outcomes.SKIP_REASONS[reason], count)
        for reminder, problem in unloadable:
            self.stopped_for_zone += 1
            log.warning(
                "reminder %d stopped: its time zone %r can't be loaded (%s)",
                reminder.id,
                reminder.zone,
                problem,
            )
        return len(reminders), created

    async def _deliver_isolated(self, delivery: Claimed) -> int:
        """Deliver one occurrence; whatever goes wrong with it stays with it.

        If even recording the outcome fails, the occurrence keeps its lease and is claimed
        again when that runs out, which counts as another attempt.
        """
        try:
            return await self._deliver(delivery)
        except Exception:
            log.exception("reminder occurrence %s: could not record its outcome", delivery.id)
            return 0

    async def _deliver(self, delivery: Claimed) -> int:
        if delivery.attempts > MAX_ATTEMPTS:
            # Claimed again although its last attempt was never acknowledged: the process died
            # in the send. Every claim counts, so a send that kills us can't repeat forever.
            await self._give_up(delivery, "the bot stopped while sending it", "interrupted")
            return 0
        if delivery.kind == "nudge" and not (
            self._nudge_due and await self._nudge_due(delivery.user_id, delivery.local_date)
        ):
            # Judged again now, just before sending: a check-in since it was made, a pause,
            # or its day over, and it is not sent.
            await outbox.mark_skipped(self._db, delivery.id, outcomes.SKIPPED_SAFE)
            self._watcher.skipped("safe", 1)
            return 0
        try:
            async with self._charged():
                message_id = await self._sender.send(delivery, nonce_for(delivery.id))
        except PermanentFailure as exc:
            reason = str(exc) or "the destination can't be reached"
            log.info("reminder %s disabled: %s", delivery.reminder_id, reason)
            await outbox.mark_failed(self._db, delivery.id, reason, disable_reminder=True)
            self._watcher.failed(exc.kind)
            # Telling the member is a request too, paid from the same budget.
            with contextlib.suppress(Exception):
                async with self._charged():
                    await self._sender.notify_disabled(delivery, reason)
            return 0
        except TimeoutError:
            await self._retry_or_give_up(
                delivery, f"no answer within {SEND_TIMEOUT:g} s", "timeout"
            )
            return 0
        except (TransientFailure, OSError) as exc:
            await self._retry_or_give_up(delivery, str(exc) or type(exc).__name__, "transient")
            return 0
        except Exception as exc:
            # Neither kind we know: a bug, or an answer we can't read (a 200 that isn't JSON).
            # It is this occurrence's problem, counted like any failure, not the whole pass's.
            log.exception("reminder occurrence %s: unexpected error while sending", delivery.id)
            await self._retry_or_give_up(
                delivery, f"unexpected error ({type(exc).__name__})", "unexpected"
            )
            return 0
        sent_at = self._clock.now()
        await outbox.mark_sent(self._db, delivery.id, message_id, sent_at)
        self._watcher.sent(sent_at - delivery.due_at)
        return 1

    @contextlib.asynccontextmanager
    async def _charged(self) -> AsyncIterator[None]:
        """Around one call to the sender: its requests paid from the budget, within SEND_TIMEOUT
        of Discord's time (waiting for the budget's turn never counts against the limit)."""
        if not self._charges_each_request:
            await self.budget.spend()
        async with asyncio.timeout(SEND_TIMEOUT) as limit:
            if self._charges_each_request:
                with charged_send(self.budget, limit):
                    yield
            else:
                yield

    async def _retry_or_give_up(
        self, delivery: Claimed, reason: str, kind: outcomes.RetryReason
    ) -> None:
        if delivery.attempts >= MAX_ATTEMPTS:
            await self._give_up(delivery, reason)
        else:
            retry_at = self._clock.now() + backoff(delivery.attempts)
            await outbox.mark_retry(self._db, delivery.id, retry_at, reason)
            self._watcher.retried(kind)

    async def _give_up(
        self, delivery: Claimed, reason: str, kind: outcomes.FailReason = "gave_up"
    ) -> None:
        tries = min(delivery.attempts, MAX_ATTEMPTS)
        log.warning("reminder occurrence %s gave up after %d tries: %s", delivery.id, tries, reason)
        await outbox.mark_failed(
            self._db, delivery.id, f"gave up after {tries} tries: {reason}", disable_reminder=False
        )
        self._watcher.failed(kind)
