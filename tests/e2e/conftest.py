"""End-to-end fixtures: the fake Discord on 127.0.0.1, and the bot started the normal way."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import msgspec
import pytest

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.config import Config, DiscordConfig, Secret
from bot.discord.client import SecondHeartBot

try:
    from bot.discord.start import build_discord_bot, run_discord
except ModuleNotFoundError:
    # bench.endtoend also drives BASE_COMMIT's bot/ with these fixtures: from before the move.
    from bot.runner import build_discord_bot, run_discord  # type: ignore[attr-defined,no-redef]
from tests.e2e.fake_discord import MANAGE_GUILD, FakeDiscord, openapi_check
from tests.helpers import BACKENDS, config_for_tests, on_database

# The scenarios issue #16 holds both backends to (a bot killed and restarted, Discord answering
# 429 and 5xx, a reminder or check-in delivered once) run on each: `backend` as a parameter.
on_both_backends = pytest.mark.parametrize("backend", BACKENDS)


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    # Start-up rewrites these two discord.py globals; put them back after each test.
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket,
        "DEFAULT_GATEWAY",
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
    )
    server = FakeDiscord()
    await server.start()
    yield server
    await server.stop()
    assert server.violations == [], "the bot did something Discord would reject"


@pytest.fixture
def member(fake: FakeDiscord) -> dict[str, Any]:
    return fake.add_member("ada")


@pytest.fixture
def admin(fake: FakeDiscord) -> dict[str, Any]:
    return fake.add_member("grace", permissions=MANAGE_GUILD | 0x7FFF)


@pytest.fixture
def backend() -> str:
    """SQLite, the default, for any end-to-end test not marked `on_both_backends`: the other
    tests are about the front end, and one backend is enough to run it."""
    return "sqlite"


@pytest.fixture
def e2e_database(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> str:
    """Where the bot under test keeps its data: a SQLite path, or a new PostgreSQL database on
    the test session's server (tests/conftest.py; a skip without one, a failure under CI)."""
    if backend == "postgresql":
        url: str = request.getfixturevalue("postgres_url")
        return url
    return config_for_tests(tmp_path).database.path


def e2e_config(tmp_path: Path, fake: FakeDiscord, database: str | None = None) -> Config:
    """The bot's config against `fake`, on `database` (the e2e_database fixture's) if given."""
    base = config_for_tests(tmp_path)
    if database is not None:
        base = on_database(base, database)
    return msgspec.structs.replace(
        base,
        discord=DiscordConfig(
            token=Secret("fake-token"), api_base=fake.api_base, gateway_url=fake.gateway_url
        ),
    )


@pytest.fixture
async def e2e_app(
    tmp_path: Path, fake: FakeDiscord, clock: FakeClock, e2e_database: str
) -> AsyncIterator[App]:
    app = await open_app(e2e_config(tmp_path, fake, e2e_database), clock=clock)
    yield app
    await app.close()


@contextlib.asynccontextmanager
async def running_bot(app: App, **options: Any) -> AsyncIterator[SecondHeartBot]:
    """The bot, connected through bot.discord.start.run_discord, as `python -m bot run` does;
    `options` go to the client (identify_spacing=0 starts a sharded bot's shards at once)."""
    client = build_discord_bot(app, guild_ready_timeout=0.05, **options)
    stop = asyncio.Event()
    task = asyncio.create_task(run_discord(app, stop, client))
    done, _ = await asyncio.wait(
        {task, asyncio.create_task(client.wait_until_ready())},
        timeout=15,
        return_when=asyncio.FIRST_COMPLETED,
    )
    if task in done:
        task.result()
    assert client.is_ready(), "the bot never became ready"
    try:
        yield client
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=15)


@pytest.fixture
async def bot(
    e2e_app: App, fake: FakeDiscord, member: dict[str, Any], admin: dict[str, Any]
) -> AsyncIterator[SecondHeartBot]:
    async with running_bot(e2e_app) as client:
        yield client


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    # Said once per run, rather than failing every e2e test on a machine without ../shared.
    if not openapi_check.SPEC_PATH.is_file():
        terminalreporter.write_line(openapi_check.missing_note())
