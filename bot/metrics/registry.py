"""The metric objects of one App, in a registry of its own, and the methods that record them.

A registry per App, not prometheus_client's global one: tests (and benchmarks) open several apps
in one process, and each must count only its own.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from typing import Final, Literal

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from bot.checkins.service import ACTIVITIES, CheckinResult
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
SKIP_REASONS: Final[tuple[SkipReason, ...]] = ("offline", "checked_in")
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


class Metrics:
    """Everything Second Heart exposes, recorded by the hooks bot/app.py connects."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        registry = self.registry

        def counter(name: str, documentation: str, *labels: str) -> Counter:
            return Counter(f"{PREFIX}_{name}", documentation, labels, registry=registry)

        self._interactions = counter(
            "interactions",
            "Slash commands and button presses, by command and outcome (ok, refused, error).",
            "command",
            "outcome",
        )
        self._answers = counter(
            "answers",
            "Questions answered, by zone: answer, suggestions, declined, small_talk, "
            "urgent (emergency or same day), see_gp.",
            "zone",
        )
        self._triage = counter(
            "triage",
            "Questions by the warning-sign level triage gave them (none: no sign).",
            "level",
        )
        self._checkins = counter(
            "checkins",
            "Check-ins recorded (a replayed interaction is not counted), by activity.",
            "activity",
        )
        self._due = counter(
            "reminders_due", "Reminder occurrences that came due, skipped ones included."
        )
        self._sent = counter("reminders_sent", "Reminders delivered.")
        self._lateness = Histogram(
            f"{PREFIX}_reminder_lateness_seconds",
            "How long after its due time each reminder was delivered.",
            buckets=LATENESS_BUCKETS,
            registry=registry,
        )
        self._skipped = counter(
            "reminders_skipped",
            "Occurrences recorded as skipped: offline (missed while the bot was down, beyond "
            "the grace window) or checked_in (the member had already checked in that day).",
            "reason",
        )
        self._retried = counter(
            "reminder_retries", "Reminder sends that failed and will be tried again.", "reason"
        )
        self._failed = counter("reminders_failed", "Occurrences given up, by reason.", "reason")
        self._database = Histogram(
            f"{PREFIX}_database_seconds",
            "Time spent in the database per operation: transaction, write_now (the check-in's "
            "short write) or read, waits for the write lock included.",
            ["operation"],
            buckets=(*DATABASE_BUCKETS, *DATABASE_BUCKETS_SLOW),
            registry=registry,
        )
        self._gateway = _GatewayCollector()
        registry.register(self._gateway)
        # Every known label value shows from the first scrape, at 0, so rate() and alerts work
        # before the first event and a scrape lists what can be counted.
        for zone in AnswerKind:
            self._answers.labels(zone.value)
        for level in TRIAGE_LEVELS:
            self._triage.labels(level)
        for activity in ACTIVITIES:
            self._checkins.labels(activity)
        for by_reason, reasons in (
            (self._skipped, SKIP_REASONS),
            (self._retried, RETRY_REASONS),
            (self._failed, FAIL_REASONS),
        ):
            for reason in reasons:
                by_reason.labels(reason)

    # Questions and check-ins: the services' on_answer and on_checkin hooks.

    def answered(self, answer: Answer) -> None:
        self._answers.labels(answer.kind.value).inc()
        self._triage.labels(answer.triage.level.label if answer.triage else "none").inc()

    def checked_in(self, result: CheckinResult) -> None:
        if result.created:
            self._checkins.labels(result.checkin.activity).inc()

    # Reminders: the dispatcher's watcher (bot/reminders/outcomes.py).

    def made(self, count: int) -> None:
        self._due.inc(count)

    def skipped(self, reason: SkipReason, count: int) -> None:
        self._skipped.labels(reason).inc(count)

    def sent(self, late_by: timedelta) -> None:
        self._sent.inc()
        self._lateness.observe(max(late_by.total_seconds(), 0.0))

    def retried(self, reason: RetryReason) -> None:
        self._retried.labels(reason).inc()

    def failed(self, reason: FailReason) -> None:
        self._failed.labels(reason).inc()

    # The Discord front end.

    def interaction(self, command: str, outcome: Outcome) -> None:
        self._interactions.labels(command, outcome).inc()

    def watch_gateway(self, read: Callable[[], GatewayState]) -> None:
        """Read the gateway's state from `read` at each scrape (nothing polls in between)."""
        self._gateway.read = read

    # Storage.

    def timed(self, db: Database) -> Database:
        """`db`, with the time of each operation recorded."""
        return TimedDatabase(
            db,
            transaction=self._database.labels("transaction"),
            write_now=self._database.labels("write_now"),
            read=self._database.labels("read"),
        )


class _GatewayCollector(Collector):
    """Latency and connection per shard, read from the Discord client when scraped."""

    def __init__(self) -> None:
        self.read: Callable[[], GatewayState] = list

    def collect(self) -> Iterator[Metric]:
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
        for shard, seconds, up in self.read():
            if math.isfinite(seconds):
                latency.add_metric([str(shard)], seconds)
            connected.add_metric([str(shard)], 1.0 if up else 0.0)
        yield latency
        yield connected
