"""Running `python -m bot` as a real subprocess, isolated from the developer's config and env."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Literal

import msgspec

from bot.config import Config, KnowledgeConfig, QuestionsConfig

REPO = Path(__file__).resolve().parent.parent


def config_for_tests(tmp_path: Path, engine: Literal["semantic", "lexical"] = "lexical") -> Config:
    """The real knowledge base, a database in `tmp_path`, and the fast lexical engine."""
    return Config(
        database=msgspec.structs.replace(Config().database, path=str(tmp_path / "app.db")),
        knowledge=KnowledgeConfig(path=str(REPO / "knowledge")),
        questions=QuestionsConfig(engine=engine, cache_dir=str(tmp_path / "cache")),
    )


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SECOND_HEART_"))}
    env["SECOND_HEART_DB"] = str(tmp_path / "bot.db")
    # The console on the same file, unless a test gives it its own (its clock then moves).
    env["SECOND_HEART_CONSOLE_DB"] = str(tmp_path / "bot.db")
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


def run_bot(
    tmp_path: Path, *args: str, stdin: str = "", timeout: float = 60, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the CLI to completion from `tmp_path` (never reading the developer's config.yaml)."""
    write_test_config(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path, **env),
        timeout=timeout,
        check=False,
    )


def start_bot(tmp_path: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    write_test_config(tmp_path)
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path, **env),
    )
