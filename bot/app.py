"""The composition root: config -> storage -> services. Nothing else builds long-lived objects.

Both front ends (the Discord client and the console) receive a ready `App` and only render.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from bot.checkins.replies import checkin_reply
from bot.checkins.service import CheckinService
from bot.clock import Clock, SystemClock
from bot.community.service import CommunityService
from bot.config import Config
from bot.members.protection import StreakProtection
from bot.members.service import MembersService
from bot.questions.engines import build_engines
from bot.questions.kb import load_knowledge_strict
from bot.questions.service import GAP_DAYS, QuestionService
from bot.reminders.dispatcher import Dispatcher, Sender
from bot.reminders.dispatcher import Settings as DispatchSettings
from bot.reminders.nudges import NudgeService
from bot.reminders.outcomes import UNWATCHED
from bot.reminders.service import RemindersService
from bot.reminders.service import Settings as ReminderSettings
from bot.replies import Reply
from bot.retention import Retention
from bot.retention import Settings as RetentionSettings
from bot.shards import ShardPlan
from bot.storage.db import Database, open_database

if TYPE_CHECKING:
    from bot.metrics.registry import Metrics

log = logging.getLogger(__name__)


@dataclass
class App:
    config: Config
    db: Database
    questions: QuestionService
    members: MembersService
    checkins: CheckinService
    reminders: RemindersService
    retention: Retention
    community: CommunityService
    protection: StreakProtection
    nudges: NudgeService
    clock: Clock = field(default_factory=SystemClock)
    # Set when metrics.port is: what the services report goes here (bot/metrics).
    metrics: Metrics | None = None

    def dispatcher(self, sender: Sender) -> Dispatcher:
        """The reminder dispatcher for a front end's way of sending; it wakes on every change."""
        settings = self.config.reminders
        metrics = self.metrics
        dispatcher = Dispatcher(
            metrics.timed(self.db) if metrics else self.db,
            self.clock,
            sender,
            DispatchSettings(
                grace=timedelta(minutes=settings.grace_minutes),
                default_zone=self.config.default_timezone,
                requests_per_second=settings.sends_per_second,
                shards=self.shards,
            ),
            watcher=metrics or UNWATCHED,
            nudge_due=self.checkins.decides_streak,
        )
        self.reminders.wake = self.nudges.wake = self.community.wake = dispatcher.wake
        return dispatcher

    @cached_property
    def shards(self) -> ShardPlan:
        """The Discord shards this process serves: a guild's channel reminders go out only from
        the process whose shards include that guild. Unsharded, it serves them all."""
        return self.config.discord.shard_plan or ShardPlan.unsharded()

    async def close(self) -> None:
        await self.questions.close()
        await self.db.close()


async def open_app(config: Config, clock: Clock | None = None) -> App:
    """Open storage and build every service from `config`.

    A knowledge base with problems stops start-up (KnowledgeError): serving half-checked health
    content is worse than not starting.
    """
    clock = clock or SystemClock()
    knowledge = Path(config.knowledge.path)
    kb = load_knowledge_strict(knowledge)
    cache = Path(config.questions.cache_dir) if config.questions.cache_dir else None
    engines = build_engines(config.questions.engine, cache)
    db = await open_database(
        config.database.target,
        busy_timeout_ms=config.database.busy_timeout_ms,
        backups_kept=config.database.backups_before_migration,
    )
    metrics = _metrics_for(config)
    # The services' own handle: with metrics on, each operation is timed.
    data = metrics.timed(db) if metrics else db
    try:
        questions = QuestionService(
            kb,
            engines.make_ranker,
            data,
            clock,
            knowledge,
            triage=engines.triage,
            embedder=engines.embedder,
            emergency_number=config.emergency_number,
        )
    except BaseException:
        await db.close()
        raise
    log.info(
        "database %s at schema version %d; %d knowledge entries, %s engine",
        db.name,
        db.schema_version,
        len(kb.entries),
        questions.engine,
    )
    members = MembersService(data, clock, config.default_timezone)
    checkins = CheckinService(
        data,
        clock,
        members,
        triage=engines.triage,
        embedder=engines.embedder,
        emergency_number=config.emergency_number,
    )

    async def log_done(user_id: int, source_key: str, guild_id: int | None) -> Reply:
        # A reminder's Done is a check-in, said as /checkin says it.
        result = await checkins.checkin(user_id=user_id, source_key=source_key, guild_id=guild_id)
        return checkin_reply(result)

    reminders = RemindersService(
        data,
        clock,
        members,
        ReminderSettings(
            default_zone=config.default_timezone,
            max_per_member=config.reminders.max_per_member,
        ),
        prompts=lambda: questions.kb.prompts,
        check_in=log_done,
    )
    nudges = NudgeService(data, clock, members, config.streaks.nudge_hours)
    # A member's new time zone moves their reminders too, and their nudge.
    members.on_timezone_change.append(reminders.reschedule_member)
    members.on_timezone_change.append(nudges.reschedule)
    # Forget-me deleted the member's guild pairs: the check-ins' cache of them must go too.
    members.on_forget.append(checkins.forget_guilds_of)
    if metrics is not None:
        questions.on_answer.append(metrics.answered)
        checkins.on_checkin.append(metrics.checked_in)
    return App(
        config=config,
        db=db,
        questions=questions,
        members=members,
        checkins=checkins,
        reminders=reminders,
        retention=Retention(
            data,
            clock,
            RetentionSettings(
                occurrences=timedelta(days=config.reminders.retention_days),
                # /kb gaps never reads further back than this.
                question_logs=timedelta(days=GAP_DAYS),
            ),
        ),
        community=CommunityService(data, clock, config.default_timezone),
        protection=StreakProtection(data, clock, members, config.streaks.pause_days_per_month),
        nudges=nudges,
        clock=clock,
        metrics=metrics,
    )


def _metrics_for(config: Config) -> Metrics | None:
    """The app's metrics if metrics.port is set. Imported only then: a bot without them never
    loads prometheus_client."""
    if config.metrics.port is None:
        return None
    from bot.metrics.registry import Metrics

    return Metrics()
