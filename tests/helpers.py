"""Running `python -m bot` as a real subprocess, isolated from the developer's config and env."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SECOND_HEART_"))}
    env["SECOND_HEART_DB"] = str(tmp_path / "bot.db")
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def run_bot(
    tmp_path: Path, *args: str, stdin: str = "", timeout: float = 60, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the CLI to completion from `tmp_path`, so no ./config.yaml of the developer is read."""
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
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path, **env),
    )
