"""Metrics: off by default, configured from the file or the environment, one registry per app,
and what the services report (the end-to-end scrape is tests/e2e/test_metrics.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path

import msgspec
import pytest

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.config import Config, ConfigError, MetricsConfig, load_config
from bot.console import console_setup
from bot.metrics.registry import Metrics
from tests.helpers import REPO, config_for_tests, on_database, printed_lines, run_bot


def measured(config: Config) -> Config:
    """`config` with metrics on. Nothing here serves them: only run_discord opens the port."""
    return msgspec.structs.replace(config, metrics=MetricsConfig(port=9464))


def sample(metrics: Metrics, name: str, **labels: str) -> float | None:
    return metrics.registry.get_sample_value(f"second_heart_{name}", labels)


@pytest.fixture
async def measured_app(tmp_path: Path, clock: FakeClock, database_url: str) -> AsyncIterator[App]:
    app = await open_app(measured(on_database(config_for_tests(tmp_path), database_url)), clock)
    yield app
    await app.close()


def test_metrics_are_off_by_default_and_prometheus_is_never_loaded(tmp_path: Path) -> None:
    """No port, no registry, not even the import: the bot and the console run as before."""
    script = textwrap.dedent(
        f"""
        import asyncio, sys
        from pathlib import Path
        from bot.app import open_app
        from tests.helpers import config_for_tests

        async def main():
            app = await open_app(config_for_tests(Path({str(tmp_path)!r})))
            print(app.metrics, "prometheus_client" in sys.modules)
            await app.close()

        asyncio.run(main())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "False"]
    assert Config().metrics.port is None


def test_the_metrics_port_and_address_come_from_the_environment(tmp_path: Path) -> None:
    config = load_config(
        None,
        env={"SECOND_HEART_METRICS_PORT": "9464", "SECOND_HEART_METRICS_HOST": "0.0.0.0"},
    )
    assert config.metrics == MetricsConfig(port=9464, host="0.0.0.0")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SECOND_HEART_METRICS_PORT": "ninety"}, "environment variable SECOND_HEART_METRICS_PORT"),
        ({"SECOND_HEART_METRICS_PORT": "70000"}, "environment variable SECOND_HEART_METRICS_PORT"),
        (
            {"SECOND_HEART_METRICS_HOST": "anywhere"},
            "environment variable SECOND_HEART_METRICS_HOST",
        ),
    ],
)
def test_a_metrics_setting_that_is_wrong_in_the_environment_names_the_variable(
    env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(None, env=env)


def test_a_metrics_address_that_is_no_ip_address_is_refused_naming_the_key(
    tmp_path: Path,
) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("metrics:\n  port: 9464\n  host: localhost\n")
    with pytest.raises(ConfigError, match=r"metrics\.host: expected an IP address"):
        load_config(path, env={})


def test_the_console_never_measures_even_with_a_port_set(tmp_path: Path) -> None:
    config, _ = console_setup(measured(config_for_tests(tmp_path)))
    assert config.metrics.port is None


def test_each_app_counts_in_a_registry_of_its_own() -> None:
    first, second = Metrics(), Metrics()
    first.interaction("/ask", "ok")
    assert sample(first, "interactions_total", command="/ask", outcome="ok") == 1
    assert sample(second, "interactions_total", command="/ask", outcome="ok") is None


async def test_answers_are_counted_by_zone_and_triage_level(measured_app: App) -> None:
    metrics = measured_app.metrics
    assert metrics is not None
    await measured_app.questions.ask("my chest feels tight and my left arm is heavy")
    await measured_app.questions.ask("recommend a good anime")
    # A curator's `python -m bot ask` records nothing, and counts nothing either.
    await measured_app.questions.ask("recommend a good anime", record=False)
    assert sample(metrics, "answers_total", zone="urgent") == 1
    assert sample(metrics, "answers_total", zone="declined") == 1
    assert sample(metrics, "triage_total", level="emergency") == 1
    assert sample(metrics, "triage_total", level="none") == 1
    assert sample(metrics, "triage_total", level="info") == 0


async def test_a_replayed_check_in_is_counted_once_and_its_write_is_timed(
    measured_app: App,
) -> None:
    metrics = measured_app.metrics
    assert metrics is not None
    for _ in range(2):
        await measured_app.checkins.checkin(user_id=1, source_key="interaction:1", activity="walk")
    assert sample(metrics, "checkins_total", activity="walk") == 1
    assert sample(metrics, "checkins_total", activity="calf raises") == 0
    # Both went to the database; each time was recorded.
    assert sample(metrics, "database_seconds_count", operation="write_now") == 2


def test_python_m_bot_run_on_a_metrics_port_in_use_exits_1_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_bot(
            tmp_path,
            "run",
            DISCORD_TOKEN="any",
            # Nothing listens there: start-up must stop before it tries to connect.
            DISCORD_API_BASE="http://127.0.0.1:9/api/v10",
            DISCORD_GATEWAY_URL="ws://127.0.0.1:9/gateway",
            SECOND_HEART_METRICS_PORT=str(port),
        )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    [line] = printed_lines(result.stderr)
    assert line.startswith(f"error: metrics.port: cannot listen on 127.0.0.1:{port} (")
