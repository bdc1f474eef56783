"""What every area's benchmark shares: its size flags, its heading and how figures are shown."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.storage.db import Database

REPO = Path(__file__).resolve().parent.parent
# The code before issue #19's work: benchmarks that compare run it beside today's, in one run.
BASE_COMMIT = "ac04839"


def parse_size(argv: Sequence[str] | None, description: str) -> argparse.Namespace:
    """--quick (about 10 seconds) or --tiny (what `make test` runs); neither means the full run."""
    parser = argparse.ArgumentParser(description=description)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="a 10-second version")
    size.add_argument("--tiny", action="store_true", help="a smoke run for the test suite")
    return parser.parse_args(argv)


def machine() -> str:
    return f"{os.cpu_count()} cores, Python {platform.python_version()}, {date.today()}"


def heading(area: str, size: argparse.Namespace) -> str:
    label = "tiny" if size.tiny else "quick" if size.quick else "full"
    return f"# {area} benchmark ({label})\n\n{machine()}\n"


def spread(values: Sequence[float], form: str = "{:.2f}") -> str:
    """The range of repeated runs, in brackets; nothing for a single run."""
    if len(values) < 2:
        return ""
    return f"({form.format(min(values))}–{form.format(max(values))})"


def percentile(values: Sequence[float], percent: int) -> float:
    """Nearest-rank percentile: a value that was measured, not an interpolation."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]


def run_here(module: str, args: Sequence[str]) -> Any:
    """`python -m module args` in a fresh process with this code; its stdout parsed as JSON."""
    return _run(module, args, None)


# Set for a process on_base starts: the knowledge base as it was at BASE_COMMIT. That commit's
# code refuses fields added to the knowledge files since (an entry's `audience`).
_BASE_KNOWLEDGE = "SECOND_HEART_BENCH_BASE_KNOWLEDGE"


def knowledge_folder() -> Path:
    """The knowledge base this process's code reads: this repository's, or BASE_COMMIT's."""
    return Path(os.environ.get(_BASE_KNOWLEDGE) or REPO / "knowledge")


def on_base(module: str, args: Sequence[str]) -> Any | None:
    """The same with `bot/` and `knowledge/` as they were at BASE_COMMIT (this repository's bench/
    and tests/ drive it); None when that commit isn't in this clone."""
    archive = subprocess.run(
        ["git", "archive", BASE_COMMIT, "bot", "knowledge"],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        return None
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        return _run(module, args, folder)


def _run(module: str, args: Sequence[str], base: str | None) -> Any:
    # `bot` is imported from `base` first; bench and tests then come from this repository.
    launcher = (
        "import runpy, sys\n"
        f"base, repo = {base!r}, {str(REPO)!r}\n"
        "if base:\n"
        "    sys.path.insert(0, base)\n"
        "    import bot\n"
        "    sys.path[0] = repo\n"
        "else:\n"
        "    sys.path.insert(0, repo)\n"
        f"sys.argv = [{module!r}, *{list(args)!r}]\n"
        f"runpy.run_module({module!r}, run_name='__main__', alter_sys=True)\n"
    )
    env = dict(os.environ)
    if base:
        env[_BASE_KNOWLEDGE] = str(Path(base) / "knowledge")
    done = subprocess.run(
        [sys.executable, "-c", launcher],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{module} {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


async def open_sqlite(path: Path | str) -> Database:
    """The SQLite database at `path`, migrated, through whichever storage API this tree has: the
    benchmarks also run on the base commit, from before the storage interface (open_database)."""
    import bot.storage.db as storage

    opener = getattr(storage, "open_database", None) or vars(storage)["Database"].open
    database: Database = await opener(str(path))
    return database


class Pacer:
    """Admits one caller every 1/`rate` seconds, in arrival order: Discord's global limit, as
    the benchmarks' stand-ins for Discord apply it."""

    def __init__(self, rate: float) -> None:
        self._interval = 1 / rate
        self._next = 0.0

    async def turn(self) -> None:
        loop = asyncio.get_running_loop()
        wait = self._next - loop.time()
        self._next = max(loop.time(), self._next) + self._interval
        if wait > 0:
            await asyncio.sleep(wait)
