"""The composition root: config -> storage -> services. Nothing else builds long-lived objects.

Both front ends (the Discord client and the console) receive a ready `App` and only render.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from bot.checkins.service import CheckinService
from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.questions.engines import ranker_factory
from bot.questions.kb import load_knowledge_strict
from bot.questions.service import QuestionService
from bot.storage.db import Database

log = logging.getLogger(__name__)


@dataclass
class App:
    config: Config
    db: Database
    questions: QuestionService
    checkins: CheckinService
    clock: Clock = field(default_factory=SystemClock)

    async def close(self) -> None:
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
    make_ranker = ranker_factory(config.questions.engine, cache)
    db = await Database.open(config.database.path, busy_timeout_ms=config.database.busy_timeout_ms)
    try:
        questions = QuestionService(kb, make_ranker, db, clock, knowledge)
    except BaseException:
        await db.close()
        raise
    log.info(
        "database %s at schema version %d; %d knowledge entries, %s engine",
        db.path,
        db.schema_version,
        len(kb.entries),
        questions.engine,
    )
    checkins = CheckinService(db, clock, config.default_timezone)
    return App(config=config, db=db, questions=questions, checkins=checkins, clock=clock)
