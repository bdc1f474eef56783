"""The container image's promises that its Dockerfile states: no container engine runs here or in
CI, so the image's command runs outside one in tests/e2e/test_image_entrypoint.py, and hadolint
lints the Dockerfile in `make test`."""

from __future__ import annotations

import fnmatch
import re

from tests.deploy.dockerfile import context_sources, final_stage
from tests.helpers import REPO

DOCKERFILE = REPO / "Dockerfile"


def test_the_image_runs_the_bot_unprivileged_with_its_own_health_check() -> None:
    stage = final_stage(DOCKERFILE)
    assert stage.command == ["python", "-m", "bot", "run"]
    assert stage.healthcheck == ["python", "-m", "bot", "health"]
    assert stage.stopsignal == "SIGTERM"
    # Numeric, so an orchestrator can check it is not root without reading /etc/passwd.
    assert re.fullmatch(r"[1-9][0-9]*:[0-9]+", stage.user), stage.user
    assert stage.volumes == [f"{stage.workdir}/data"]
    assert stage.env["PYTHONDONTWRITEBYTECODE"] == "1"
    # matplotlib's font cache: on the volume, since nothing else is writable.
    assert stage.env["MPLCONFIGDIR"].startswith(f"{stage.workdir}/data/")


def test_the_build_context_holds_what_the_dockerfile_copies_and_no_secret() -> None:
    patterns = [
        line.strip()
        for line in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]

    def sent(name: str) -> bool:
        # Docker's rule: the last pattern that matches decides; "!" takes a path back in.
        verdict = True
        for pattern in patterns:
            if fnmatch.fnmatch(name, pattern.removeprefix("!").rstrip("/")):
                verdict = pattern.startswith("!")
        return verdict

    copied = {source.rstrip("/") for source in context_sources(DOCKERFILE)}
    assert copied, "the Dockerfile copies nothing from the build context"
    assert {name for name in copied if not sent(name)} == set()
    for secret in (".env", "config.yaml", "data", ".venv", ".git"):
        assert not sent(secret), f"{secret} would reach the build context"
