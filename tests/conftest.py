"""Shared fixtures: real SQLite files in a temporary folder, never mocks."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.storage.db import Database, open_database
from tests.helpers import config_for_tests

# A fixed instant for tests that read the clock.
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "second-heart.db"


@pytest.fixture
async def db(db_path: Path) -> AsyncIterator[Database]:
    database = await open_database(str(db_path))
    yield database
    await database.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def app(tmp_path: Path, clock: FakeClock) -> AsyncIterator[App]:
    """The real composition root, as the bot builds it, on a temporary database."""
    built = await open_app(config_for_tests(tmp_path), clock=clock)
    yield built
    await built.close()
