"""What every area's benchmark shares: its size flags, its heading and how figures are shown."""

from __future__ import annotations

import argparse
import os
import platform
from collections.abc import Sequence
from datetime import date


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
