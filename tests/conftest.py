"""Shared fixtures: real SQLite files in a temporary folder, never mocks."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage.db import Database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "second-heart.db"


@pytest.fixture
async def db(db_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(db_path)
    yield database
    await database.close()
