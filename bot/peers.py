"""This process among the others on one database: the shards it holds, the reloads it hears.

Several processes share a PostgreSQL database (README § Running at scale). Before one connects
to Discord it takes its shards (`App.shards`; unsharded is shard 0 of 1) in the database, so no
two processes ever serve one shard: a shard held elsewhere stops start-up with a StartupError
saying which and what to do. While it runs, a `/kb reload` here is announced to the others, and
theirs reload this one. On SQLite there is nothing to do: the instance lock allows one process.

No SQL and no driver here: the database's `link` (bot/storage/) holds the locks and carries the
notices.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from bot.app import App
from bot.errors import StartupError
from bot.storage.db import ProcessLink
from bot.storage.errors import ShardsHeld

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def holding_shards(app: App) -> AsyncIterator[asyncio.Task[None] | None]:
    """Hold `app.shards` for the life of the block, and follow the others' knowledge reloads.

    Yields the task that follows them (None on SQLite): it ends only by raising ShardLockLost,
    when the shards were lost with the connection that held them, and then the caller must
    stop serving. Raises StartupError if another process holds one of the shards.
    """
    shards = app.shards
    try:
        link = await app.db.link(shards.count, shards.ids)
    except ShardsHeld as exc:
        raise StartupError(str(exc)) from None
    if link is None:
        yield None
        return
    log.info("holding %s on %s", shards, app.db.name)
    app.questions.on_reload.append(link.announce_knowledge_reload)
    following = asyncio.create_task(follow_reloads(app, link), name="knowledge reloads")
    try:
        yield following
    finally:
        app.questions.on_reload.remove(link.announce_knowledge_reload)
        following.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await following
        await link.close()


async def follow_reloads(app: App, link: ProcessLink) -> None:
    """Reload the knowledge base each time another process does, as /kb reload does here."""
    async for _ in link.knowledge_reloads():
        try:
            problems = await app.questions.reload(tell_others=False)
        except Exception:
            # Only a lost link may end this task: that is what stops the process.
            log.exception("could not reload the knowledge base after another process did")
            continue
        if problems:
            # The other process read a good knowledge folder; this machine's copy is not.
            log.error(
                "another process reloaded the knowledge base, but this one's copy has %d "
                "problem(s) and keeps the old knowledge; run `python -m bot kb check` here",
                len(problems),
            )
        else:
            log.info("knowledge base reloaded after another process's /kb reload")
