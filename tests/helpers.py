"""Running `python -m bot` as a real subprocess, isolated from the developer's config and env."""

from __future__ import annotations

import ast
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeGuard

import msgspec
import pytest

from bot.config import Config, KnowledgeConfig, QuestionsConfig

if TYPE_CHECKING:
    from bot.app import App
    from bot.checkins.service import CheckinResult
    from bot.storage.db import Database
    from bot.storage.sqlite import SqliteDatabase

REPO = Path(__file__).resolve().parent.parent

# YAML whose nine levels of nine aliases each expand to 9**9 (387 million) strings: the
# "billion laughs". `*l9` names the top level.
ALIAS_BOMB = "".join(
    [
        'lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n',
        *(f"lol{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 10)),
    ]
)


def config_for_tests(tmp_path: Path, engine: Literal["semantic", "lexical"] = "lexical") -> Config:
    """The real knowledge base, a database in `tmp_path`, and the fast lexical engine."""
    return Config(
        database=msgspec.structs.replace(Config().database, path=str(tmp_path / "app.db")),
        knowledge=KnowledgeConfig(path=str(REPO / "knowledge")),
        questions=QuestionsConfig(engine=engine, cache_dir=str(tmp_path / "cache")),
    )


# The storage backends the tests run on (conftest.py's `database_url`, e2e's `on_both_backends`).
BACKENDS = ["sqlite", "postgresql"]


def on_database(config: Config, url: str) -> Config:
    """`config` with its data at `url` (a SQLite path or a PostgreSQL URL)."""
    if url.startswith("postgresql://"):
        return msgspec.structs.replace(
            config, database=msgspec.structs.replace(config.database, url=url)
        )
    return config


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SECOND_HEART_"))}
    env["SECOND_HEART_DB"] = str(tmp_path / "bot.db")
    # The console on the same file, unless a test gives it its own (its clock then moves).
    env["SECOND_HEART_CONSOLE_DB"] = extra.get("SECOND_HEART_DB", str(tmp_path / "bot.db"))
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def write_test_config(folder: Path, engine: str = "lexical") -> None:
    """A ./config.yaml for a bot run from `folder`: the repo's knowledge base, caches in `folder`.

    The lexical engine starts in milliseconds; tests that need the semantic one ask for it.
    """
    config = folder / "config.yaml"
    if not config.exists():
        config.write_text(
            f"knowledge:\n  path: {REPO / 'knowledge'}\n"
            f"questions:\n  engine: {engine}\n  cache_dir: {folder / 'cache'}\n",
            encoding="utf-8",
        )


# The start of a log record (bot.logs.FORMAT), as opposed to a message printed for the operator.
_LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ ")


def printed_lines(stderr: str) -> list[str]:
    """What the CLI printed on stderr for the operator, without the log records around it."""
    return [line for line in stderr.strip().splitlines() if not _LOG_RECORD.match(line)]


def as_ordinary_user() -> list[str]:
    """A command prefix under which file permissions apply, even to root.

    Root ignores them (CAP_DAC_OVERRIDE), so a read-only folder would test nothing; setpriv
    drops that capability for the child. Tests that need it skip where that isn't possible.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions can't be tested")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def run_bot(
    tmp_path: Path,
    *args: str,
    stdin: str = "",
    timeout: float = 60,
    honour_permissions: bool = False,
    **env: str,
) -> subprocess.CompletedProcess[str]:
    """Run the CLI to completion from `tmp_path` (never reading the developer's config.yaml)."""
    write_test_config(tmp_path)
    prefix = as_ordinary_user() if honour_permissions else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path, **env),
        timeout=timeout,
        check=False,
    )


def start_bot(tmp_path: Path, *args: str, module: str = "bot", **env: str) -> subprocess.Popen[str]:
    """`python -m bot *args` from `tmp_path`, running (or `module`, a launcher that runs it)."""
    write_test_config(tmp_path)
    return subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path, **env),
    )


# The guild the service tests check in from.
GUILD = 555


def rows(app: App, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Rows read (or written, and committed) straight in the app's database, beside the service
    under test: with plain sqlite3 from its file, or over a connection of its own to PostgreSQL."""
    if _on_sqlite(app.db):
        return rows_at(app.db.path, sql, params)
    assert app.config.database.url is not None
    return rows_at(app.config.database.url, sql, params)


def rows_at(database: str, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """`rows` in the database at a SQLite path or a PostgreSQL URL, for a test whose bot runs in
    another process (no App of its own to ask)."""
    if not database.startswith(("postgresql://", "postgres://")):
        with sqlite3.connect(database) as conn:
            return conn.execute(sql, params).fetchall()
    import psycopg

    from bot.storage.postgres import to_psycopg

    with psycopg.connect(database) as conn:
        cursor = conn.execute(to_psycopg(sql), params)
        return list(cursor.fetchall()) if cursor.description else []


def columns_of(app: App, table: str) -> list[str]:
    """The columns of a table of the app's database, read from the engine's own catalogue (not
    through the code under test)."""
    if _on_sqlite(app.db):
        return [str(c[1]) for c in rows(app, f"PRAGMA table_info({table})")]
    found = rows(
        app,
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = ?",
        (table,),
    )
    return [str(c) for (c,) in found]


def tables_with_column(app: App, column: str) -> list[str]:
    """Every table of the app's database with a column named `column`."""
    if _on_sqlite(app.db):
        listed = rows(app, "SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        listed = rows(
            app,
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()",
        )
    return [str(t) for (t,) in listed if column in columns_of(app, str(t))]


async def log(app: App, user: int = 1, key: str | None = None, **options: Any) -> CheckinResult:
    """A check-in in GUILD, with a source key of its own unless `key` is given."""
    keys = rows(app, "SELECT count(*) FROM checkins")[0][0]
    return await app.checkins.checkin(
        user_id=user, source_key=key or f"k{user}-{keys}-{options}", guild_id=GUILD, **options
    )


def imports_in(source: str) -> list[tuple[str, str | None]]:
    """(module, name) for every absolute import in `source`, at any depth (under TYPE_CHECKING
    or inside a function too): name is None for `import module`. The layer tests read these."""
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found += [(node.module, alias.name) for alias in node.names]
    return found


def _on_sqlite(db: Database) -> TypeGuard[SqliteDatabase]:
    # Imported here: the benchmarks import this module on the base commit too, from before
    # the storage interface.
    from bot.storage.sqlite import SqliteDatabase as Sqlite

    return isinstance(db, Sqlite)


def sqlite_file(db: Database) -> str:
    """The file of a SQLite database, for a test that reads it with plain sqlite3."""
    assert _on_sqlite(db), f"a SQLite test got {db.name}"
    return db.path
