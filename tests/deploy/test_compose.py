"""compose.yaml, read as YAML: `docker compose config` would need the compose plugin, which
neither this machine nor CI has, so each promise is asserted on the file itself, and held to
the Dockerfile, the bot's config and deploy/prometheus.yml it must agree with."""

from __future__ import annotations

import subprocess
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from bot.config import load_config
from tests.deploy.dockerfile import final_stage
from tests.helpers import REPO

BOTS = ["bot", "bot-postgres"]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((REPO / "compose.yaml").read_text(encoding="utf-8"))
    return loaded


def test_each_profile_runs_one_bot(compose: dict[str, Any]) -> None:
    profiles = {name: service.get("profiles") for name, service in compose["services"].items()}
    assert profiles == {
        "bot": ["sqlite"],
        "bot-postgres": ["postgres"],
        "postgres": ["postgres"],
        "prometheus": ["prometheus"],
    }


@pytest.mark.parametrize("name", BOTS)
def test_a_bot_writes_only_its_data_volume_as_the_images_user(
    compose: dict[str, Any], name: str
) -> None:
    service = compose["services"][name]
    image = final_stage(REPO / "Dockerfile")
    assert service["build"] == "."
    assert service["read_only"] is True
    # SQLite writes its temporary files for big sorts in /tmp.
    assert service["tmpfs"] == ["/tmp"]
    assert service["user"] == image.user
    [volume] = image.volumes
    named = [v for v in service["volumes"] if v.endswith(f":{volume}")]
    assert named == [f"bot-data:{volume}"]
    assert "bot-data" in compose["volumes"]
    assert service["cap_drop"] == ["ALL"]
    assert "no-new-privileges:true" in service["security_opt"]
    assert service["restart"] == "unless-stopped"


@pytest.mark.parametrize("name", BOTS)
def test_a_bots_secrets_come_from_the_env_file_only(compose: dict[str, Any], name: str) -> None:
    service = compose["services"][name]
    assert service["env_file"] == ".env"
    environment = service["environment"]
    assert "DISCORD_TOKEN" not in environment
    # A password appears only as a reference to .env, never as a value in the file.
    assert environment.get("PGPASSWORD", "${POSTGRES_PASSWORD:-}") == "${POSTGRES_PASSWORD:-}"
    ignored = subprocess.run(["git", "check-ignore", "--no-index", "-q", ".env"], cwd=REPO)
    assert ignored.returncode == 0, "git would commit .env"


def test_the_postgres_bot_starts_once_the_database_is_healthy(compose: dict[str, Any]) -> None:
    services = compose["services"]
    bot, postgres = services["bot-postgres"], services["postgres"]
    assert bot["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    assert postgres["healthcheck"]["test"][:2] == ["CMD", "pg_isready"]
    assert "postgres-data:/var/lib/postgresql/data" in postgres["volumes"]
    assert postgres["environment"]["POSTGRES_PASSWORD"] == "${POSTGRES_PASSWORD:-}"
    # The URL names the compose service, its user and its database, and the bot accepts it.
    url = bot["environment"]["SECOND_HEART_DATABASE_URL"]
    parts = urlsplit(url)
    assert parts.hostname == "postgres"
    assert parts.username == postgres["environment"]["POSTGRES_USER"]
    assert parts.path == f"/{postgres['environment']['POSTGRES_DB']}"
    config = load_config(REPO / "config.example.yaml", env={"SECOND_HEART_DATABASE_URL": url})
    assert config.database.target == url


def test_prometheus_scrapes_the_port_the_bots_serve_metrics_on(compose: dict[str, Any]) -> None:
    prometheus = compose["services"]["prometheus"]
    assert "./deploy/prometheus.yml:/etc/prometheus/prometheus.yml:ro" in prometheus["volumes"]
    scrape = yaml.safe_load((REPO / "deploy" / "prometheus.yml").read_text(encoding="utf-8"))
    [job] = scrape["scrape_configs"]
    [target] = job["static_configs"][0]["targets"]
    host, port = target.split(":")
    for name in BOTS:
        service = compose["services"][name]
        assert service["environment"]["SECOND_HEART_METRICS_PORT"] == port
        # The container's loopback would hide the endpoint from Prometheus.
        assert service["environment"]["SECOND_HEART_METRICS_HOST"] == "0.0.0.0"
        assert host in service["networks"]["default"]["aliases"]
    # Published on the host's loopback only.
    assert all(p.startswith("127.0.0.1:") for p in prometheus["ports"])
