"""Shared fixtures: real databases, never mocks.

`db` and `app` run each test on both backends: a SQLite file in a temporary folder, and a new
database on a real PostgreSQL server (tests/postgres_server.py says which server).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.storage.db import Database, open_database
from tests.helpers import BACKENDS, config_for_tests, on_database
from tests.postgres_server import URL_VARIABLE, Databases, available_postgres

# A fixed instant for tests that read the clock.
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Databases | None]:
    """Databases on a PostgreSQL server, or None where there is none (never under CI)."""
    with available_postgres() as found:
        yield found


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """Where a test's data lives: the SQLite file `db_path`, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(db_path)
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def postgres_url(postgres: Databases | None) -> str:
    """A new database on the session's PostgreSQL; without one a skip, and under CI a failure."""
    if postgres is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs the PostgreSQL tests: install PostgreSQL or set {URL_VARIABLE}")
        pytest.skip(f"no PostgreSQL: install it (README § Tests) or set {URL_VARIABLE}")
    return postgres.new()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "second-heart.db"


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = await open_database(database_url)
    yield database
    await database.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def app(tmp_path: Path, clock: FakeClock, database_url: str) -> AsyncIterator[App]:
    """The real composition root, as the bot builds it, on a temporary database."""
    built = await open_app(on_database(config_for_tests(tmp_path), database_url), clock=clock)
    yield built
    await built.close()
