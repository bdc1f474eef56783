"""`make` as a newcomer runs it: each slow first-run step says what it is doing; then quiet."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")


def make(folder: Path, target: str, pip: str = "true") -> str:
    """Run one target with pip replaced (no network), and return what it printed."""
    result = subprocess.run(
        ["make", "--no-print-directory", f"PYTHON={sys.executable}", f"PIP={pip}", target],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == (0 if pip == "true" else 2), result.stderr
    return result.stdout + result.stderr


def test_make_says_what_it_is_doing_before_each_slow_step_and_is_quiet_after(
    tmp_path: Path,
) -> None:
    # Plus a target that needs the test tools and prints one word, as `make test` runs ruff.
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    (tmp_path / "Makefile").write_text(
        makefile + "\nprobe: $(VENV)/.test-deps\n\t@echo checks\n", encoding="utf-8"
    )
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    first = make(tmp_path, "probe")
    assert "Creating a virtual environment in .venv" in first
    assert "Installing Second Heart and its test tools into .venv" in first
    # Installed: nothing slow left to do, so nothing to say.
    assert make(tmp_path, "probe") == "checks\n"
    # A changed pyproject.toml installs again, and says so; the environment stays.
    # (Dated by moving the install's stamp back: a file from the future makes make complain.)
    edited = (tmp_path / "pyproject.toml").stat().st_mtime_ns
    os.utime(tmp_path / ".venv" / ".test-deps", ns=(edited - 10**10, edited - 10**10))
    # The message comes before the step: an install that fails has already been announced.
    failed = make(tmp_path, "probe", pip="false")
    assert "Creating" not in failed
    assert "Installing Second Heart and its test tools into .venv" in failed
    assert "checks" not in failed
    again = make(tmp_path, "probe")
    assert "Installing Second Heart and its test tools into .venv" in again
    assert make(tmp_path, "probe") == "checks\n"
