"""The metrics of one App, in a registry of its own, and the methods that record them.

A registry per App, not prometheus_client's global one: tests (and benchmarks) open several apps
in one process, and each must count only its own.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from typing import Final, Literal

from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from bot.checkins.service import ACTIVITIES, CheckinResult
from bot.metrics.tallies import Histogram, Tally
from bot.metrics.timed_db import TimedDatabase
from bot.questions.service import Answer, AnswerKind
from bot.questions.triage import Level
from bot.reminders.outcomes import FailReason, RetryReason, SkipReason
from bot.storage.db import Database

PREFIX: Final = "second_heart"
# What became of a slash command or a button: done; refused with a message the member can act
# on (bad input, a cooldown, a missing permission); or our own failure, answered with an apology.
Outcome = Literal["ok", "refused", "error"]
# Per shard: its id, the gateway's heartbeat latency in seconds (NaN before the first), and
# whether its connection is up.
GatewayState = Iterable[tuple[int, float, bool]]

TRIAGE_LEVELS: Final = (*(level.label for level in Level), "none")
SKIP_REASONS: Final[tuple[SkipReason, ...]] = ("offline", "checked_in", "paused", "safe")
RETRY_REASONS: Final[tuple[RetryReason, ...]] = ("timeout", "transient", "unexpected")
FAIL_REASONS: Final[tuple[FailReason, ...]] = (
    "dms_closed",
    "no_permission",
    "channel_gone",
    "refused",
    "gave_up",
    "interrupted",
)
# Reminders are due at a second; a backlog or a retry makes them minutes or hours late.
LATENESS_BUCKETS: Final = (0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600, 7200)
# A check-in's transaction takes about 0.1 ms; a leaderboard over years, tens of ms.
DATABASE_BUCKETS: Final = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05)
DATABASE_BUCKETS_SLOW: Final = (0.1, 0.25, 0.5, 1, 2.5, 5, 10)
DATABASE_OPERATIONS: Final = ("transaction", "write_now", "read")


class Metrics(Collector):
    """Everything Second Heart exposes, recorded by the hooks bot/app.py connects and read
    out at each scrape."""

    def __init__(self) -> None:
        def tally(
            name: str, documentation: str, label: str | None = None, values: Iterable[str] = ()
        ) -> Tally:
            labels = [label] if label else []
            return Tally(f"{PREFIX}_{name}", documentation, labels, [(v,) for v in values])

        self._interactions = Tally(
            f"{PREFIX}_interactions",
            "Slash commands and button presses, by command and outcome (ok, refused, error).",
            ["command", "outcome"],
        )
        self._answers = tally(
            "answers",
            "Questions answered, by zone: answer, suggestions, declined, small_talk, "
            "urgent (emergency or same day), see_gp.",
            "zone",
            [zone.value for zone in AnswerKind],
        )
        self._triage = tally(
            "triage",
            "Questions by the warning-sign level triage gave them (none: no sign).",
            "level",
            TRIAGE_LEVELS,
        )
        self._checkins = tally(
            "checkins",
            "Check-ins recorded (a replayed interaction is not counted), by activity.",
            "activity",
            ACTIVITIES,
        )
        self._due = tally(
            "reminders_due", "Reminder occurrences that came due, skipped ones included."
        )
        self._sent = tally("reminders_sent", "Reminders delivered.")
        self._lateness = Histogram(
            f"{PREFIX}_reminder_lateness_seconds",
            "How long after its due time each reminder was delivered.",
            LATENESS_BUCKETS,
        )
        self._skipped = tally(
            "reminders_skipped",
            "Occurrences recorded as skipped: offline (missed while the bot was down, beyond "
            "the grace window), checked_in (the member had already checked in that day), "
            "paused (the member's streak was paused that day) or safe (a nudge whose day no "
            "longer decided the streak).",
            "reason",
            SKIP_REASONS,
        )
        self._retried = tally(
            "reminder_retries",
            "Reminder sends that failed and will be tried again, by reason.",
            "reason",
            RETRY_REASONS,
        )
        self._failed = tally(
            "reminders_failed", "Occurrences given up, by reason.", "reason", FAIL_REASONS
        )
        self._database = Histogram(
            f"{PREFIX}_database_seconds",
            "Time spent in the database per operation: transaction, write_now (the check-in's "
            "short write) or read, waits for the write lock included.",
            (*DATABASE_BUCKETS, *DATABASE_BUCKETS_SLOW),
            ["operation"],
        )
        # Shown at 0 from the first scrape, like every known label value, so rate() and alerts
        # work before the first event and a scrape lists what can be counted.
        self._timers = {op: self._database.series((op,)) for op in DATABASE_OPERATIONS}
        self.read_gateway: Callable[[], GatewayState] = list
        self.registry = CollectorRegistry()
        self.registry.register(self)

    def collect(self) -> Iterator[Metric]:
        for tally in (
            self._interactions,
            self._answers,
            self._triage,
            self._checkins,
            self._due,
            self._sent,
            self._skipped,
            self._retried,
            self._failed,
        ):
            yield tally.family()
        yield self._lateness.family()
        yield self._database.family()
        yield from _gateway_families(self.read_gateway())

    # Questions and check-ins: the services' on_answer and on_checkin hooks.

    def answered(self, answer: Answer) -> None:
        self._answers.add((answer.kind.value,))
        self._triage.add((answer.triage.level.label if answer.triage else "none",))

    def checked_in(self, result: CheckinResult) -> None:
        if result.created:
            self._checkins.add((result.checkin.activity,))

    # Reminders: the dispatcher's watcher (bot/reminders/outcomes.py).

    def made(self, count: int) -> None:
        self._due.add((), count)

    def skipped(self, reason: SkipReason, count: int) -> None:
        self._skipped.add((reason,), count)

    def sent(self, late_by: timedelta) -> None:
        self._sent.add()
        self._lateness.observe(max(late_by.total_seconds(), 0.0))

    def retried(self, reason: RetryReason) -> None:
        self._retried.add((reason,))

    def failed(self, reason: FailReason) -> None:
        self._failed.add((reason,))

    # The Discord front end.

    def interaction(self, command: str, outcome: Outcome) -> None:
        self._interactions.add((command, outcome))

    def watch_gateway(self, read: Callable[[], GatewayState]) -> None:
        """Read the gateway's state from `read` at each scrape (nothing polls in between)."""
        self.read_gateway = read

    # Storage.

    def timed(self, db: Database) -> Database:
        """`db`, with the time of each operation recorded."""
        return TimedDatabase(db, **self._timers)


def _gateway_families(state: GatewayState) -> Iterator[Metric]:
    """Latency and connection per shard, as read from the Discord client at this scrape."""
    latency = GaugeMetricFamily(
        f"{PREFIX}_gateway_latency_seconds",
        "Time between the gateway's last heartbeat and its acknowledgement, per shard.",
        labels=["shard"],
    )
    connected = GaugeMetricFamily(
        f"{PREFIX}_gateway_connected",
        "1 while the shard's gateway connection is open and ready, else 0.",
        labels=["shard"],
    )
    for shard, seconds, up in state:
        if math.isfinite(seconds):
            latency.add_metric([str(shard)], seconds)
        connected.add_metric([str(shard)], 1.0 if up else 0.0)
    yield latency
    yield connected
