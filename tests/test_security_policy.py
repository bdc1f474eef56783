"""SECURITY.md tells admins and members what the bot stores: every table of the schema, so a
table added by a migration must be described there too."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path

from bot.storage.db import open_database
from tests.helpers import REPO


async def test_security_md_describes_every_table_the_database_has(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    db = await open_database(str(path))
    await db.close()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        tables = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    rows = [
        line
        for line in (REPO / "SECURITY.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    described = {name for row in rows for name in re.findall(r"`([a-z_]+)`", row.split("|")[1])}
    assert tables - described == set()
