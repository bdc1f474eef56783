"""deploy/second-heart.service: the options README § Deploying promises, systemd's own checks
(`systemd-analyze verify` and the offline `security` audit), and the exit status the unit never
restarts on, taken from a real `python -m bot` run with a configuration error."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ENV_OVERRIDES
from tests.helpers import REPO, run_bot

UNIT = REPO / "deploy" / "second-heart.service"
# `systemd-analyze security`'s exposure, 0 (locked down) to 10; up to 2 it calls "OK".
MAX_EXPOSURE = 2.0


def unit_options(path: Path = UNIT) -> dict[str, list[str]]:
    """`Section.Key` -> every value given, in order (systemd keys may repeat)."""
    options: dict[str, list[str]] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        options.setdefault(f"{section}.{key}", []).append(value)
    return options


def test_the_unit_restarts_on_failure_but_not_on_a_config_error(tmp_path: Path) -> None:
    options = unit_options()
    assert options["Service.Restart"] == ["on-failure"]
    [status] = options["Service.RestartPreventExitStatus"]
    result = run_bot(tmp_path, "run", SECOND_HEART_LOG_LEVEL="loud")
    assert result.stderr.startswith("config error: ")
    assert result.returncode == int(status)
    assert options["Install.WantedBy"] == ["multi-user.target"]


def test_the_unit_keeps_its_data_in_its_state_directory() -> None:
    options = unit_options()
    assert options["Service.User"] == ["second-heart"]
    assert options["Service.StateDirectory"] == ["second-heart"]
    environment = dict(v.split("=", 1) for v in options["Service.Environment"])
    assert environment["SECOND_HEART_DB"] == "%S/second-heart/second-heart.db"
    # Each variable it sets is one the bot reads (bot/config.py), not a misspelling.
    ours = {name for name in environment if name.startswith("SECOND_HEART_")}
    assert ours <= set(ENV_OVERRIDES)
    assert options["Service.EnvironmentFile"] == ["/etc/second-heart/env"]
    [command] = options["Service.ExecStart"]
    assert command.endswith(" -m bot run")


def test_the_unit_is_hardened() -> None:
    options = unit_options()
    for key, value in {
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "NoNewPrivileges": "yes",
        "PrivateTmp": "yes",
        "PrivateDevices": "yes",
        "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
    }.items():
        assert options[f"Service.{key}"] == [value], key
    assert "@system-service" in options["Service.SystemCallFilter"]
    # onnxruntime and numpy are not shown to run without writable-executable memory.
    assert "Service.MemoryDenyWriteExecute" not in options


@pytest.fixture
def verifiable_unit(tmp_path: Path) -> Path:
    """The unit with its interpreter, which only exists once installed, replaced by this one:
    `verify` checks that the command is executable."""
    if shutil.which("systemd-analyze") is None:
        if os.environ.get("CI"):
            pytest.fail("CI checks the unit with systemd-analyze; install systemd")
        pytest.skip("systemd-analyze is not installed (Debian: apt-get install systemd)")
    [command] = unit_options()["Service.ExecStart"]
    interpreter = command.split()[0]
    copy = tmp_path / UNIT.name
    copy.write_text(UNIT.read_text(encoding="utf-8").replace(interpreter, sys.executable))
    return copy


def test_systemd_finds_nothing_wrong_in_the_unit(verifiable_unit: Path) -> None:
    result = subprocess.run(
        ["systemd-analyze", "verify", str(verifiable_unit)],
        capture_output=True,
        text=True,
        check=False,
    )
    # Unknown keys and bad values are only warnings, with exit status 0: any line about the
    # unit fails the test.
    about_it = [line for line in (result.stdout + result.stderr).splitlines() if UNIT.name in line]
    assert (result.returncode, about_it) == (0, [])


def test_systemds_security_audit_rates_the_unit_ok(verifiable_unit: Path) -> None:
    result = subprocess.run(
        [
            "systemd-analyze",
            "security",
            "--offline=yes",
            f"--threshold={MAX_EXPOSURE * 10:.0f}",
            str(verifiable_unit),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
