"""`python -m bot health` beside a real `python -m bot run` connected to the fake Discord: the
container's HEALTHCHECK, as it runs."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.e2e.conftest import e2e_config
from tests.e2e.fake_discord import FakeDiscord
from tests.e2e.test_startup import bot_process, write_config_file
from tests.helpers import printed_lines, run_bot


async def test_health_is_healthy_while_the_bot_runs_and_not_after(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    write_config_file(tmp_path, e2e_config(tmp_path, fake))
    async with bot_process(tmp_path, "run"):
        await fake.wait_for(lambda: fake.identified.is_set(), seconds=30)
        # The first beat is written as the app opens, before Discord connects.
        result = await asyncio.to_thread(run_bot, tmp_path, "health")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("healthy: pid ")
        assert f" on {tmp_path / 'bot.db'}, last heartbeat " in result.stdout
    after = await asyncio.to_thread(run_bot, tmp_path, "health")
    assert after.returncode == 1
    assert printed_lines(after.stderr) == [
        f"unhealthy: no bot is running on {tmp_path / 'bot.db'} (nothing holds its lock)"
    ]
