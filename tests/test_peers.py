"""Processes on one PostgreSQL database (bot/peers.py): each holds its shards before it
connects, a shard held elsewhere stops start-up, a lost hold is heard, and a /kb reload in one
process reloads the others."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import msgspec
import pytest

from bot.app import open_app
from bot.clock import FakeClock
from bot.config import KnowledgeConfig
from bot.errors import StartupError
from bot.peers import holding_shards
from bot.storage.errors import ShardLockLost
from tests.helpers import REPO, config_for_tests
from tests.reminders.test_shard_claims import OpenApp, apps_on, sharded
from tests.storage.test_shard_locks import terminate_shard_holders

ENTRY_TITLE = "    title: Exercise after a DVT\n"


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """A copy of the knowledge base that every process of the test reads, as on one machine."""
    folder = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", folder)
    return folder


@pytest.fixture
def app_on(tmp_path: Path, clock: FakeClock, postgres_url: str, knowledge: Path) -> OpenApp:
    config = config_for_tests(tmp_path)
    config = msgspec.structs.replace(config, knowledge=KnowledgeConfig(path=str(knowledge)))
    return apps_on(config, postgres_url, clock)


async def test_starting_a_shard_another_process_holds_is_a_startup_error_naming_it(
    app_on: OpenApp,
) -> None:
    async with app_on((0,)) as first, app_on((0, 1)) as second, holding_shards(first):
        with pytest.raises(StartupError) as refused:
            async with holding_shards(second):
                pytest.fail("started on a held shard")
    assert str(refused.value).startswith(
        f"shard 0 of 2 is already running on {second.db.name} (second-heart "
    )


async def test_a_stopped_process_lets_the_next_one_start_its_shards(app_on: OpenApp) -> None:
    async with app_on((0, 1)) as first, app_on((0, 1)) as second:
        async with holding_shards(first):
            pass
        async with holding_shards(second) as following:
            assert following is not None
            assert not following.done()


async def test_a_lost_hold_ends_the_process_with_the_reason(
    app_on: OpenApp, postgres_url: str
) -> None:
    async with app_on((1,)) as app, holding_shards(app) as following:
        assert following is not None
        terminate_shard_holders(postgres_url)
        with pytest.raises(ShardLockLost):
            await asyncio.wait_for(following, 10)


async def test_a_kb_reload_in_one_process_reloads_the_others(
    app_on: OpenApp, knowledge: Path
) -> None:
    async with (
        app_on((0,)) as here,
        app_on((1,)) as there,
        holding_shards(here),
        holding_shards(there),
    ):
        assert there.questions.kb.by_id["exercise-after-dvt"].title == "Exercise after a DVT"
        file = knowledge / "conditions-and-life-stages.yaml"
        file.write_text(
            file.read_text().replace(ENTRY_TITLE, "    title: Exercising after a DVT\n")
        )
        assert await here.questions.reload() == []
        for _ in range(100):
            if there.questions.kb.by_id["exercise-after-dvt"].title != "Exercise after a DVT":
                break
            await asyncio.sleep(0.05)
        assert there.questions.kb.by_id["exercise-after-dvt"].title == "Exercising after a DVT"


async def test_on_sqlite_there_is_nothing_to_hold_or_hear(tmp_path: Path) -> None:
    """Its instance lock already keeps a second process off the file."""
    app = await open_app(sharded(config_for_tests(tmp_path), str(tmp_path / "one.db"), (0,)))
    try:
        async with holding_shards(app) as following:
            assert following is None
        assert app.questions.on_reload == []
    finally:
        await app.close()
