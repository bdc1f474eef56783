"""The container image's command, run without a container engine (none here, none in CI): the
Dockerfile's own ENTRYPOINT and CMD, with its ENV and WORKDIR, as a subprocess on a filesystem
laid out as the image's, read-only but for the data volume, against the fake Discord."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path, PurePosixPath

from tests.deploy.dockerfile import Stage, final_stage
from tests.e2e.fake_discord import FakeDiscord
from tests.helpers import REPO, as_ordinary_user

# The image's virtual environment, whose python PATH finds first.
IMAGE_VENV_BIN = "/opt/venv/bin"
INFO_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO ")


async def test_the_images_command_writes_only_its_volume_and_stops_cleanly_on_sigterm(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    stage = final_stage(REPO / "Dockerfile")
    root = tmp_path / "root"
    workdir = inside(root, stage.workdir)
    shutil.copytree(REPO / "knowledge", workdir / "knowledge")
    # The image makes its data folder; compose mounts the volume there.
    [volume] = [inside(root, v) for v in stage.volumes]
    volume.mkdir()
    home, tmp = root / "home", root / "tmp"
    home.mkdir()
    tmp.mkdir()
    # Read-only, as compose's read_only makes the image's filesystem; /tmp is its tmpfs.
    for folder in (root, workdir, workdir / "knowledge", home):
        folder.chmod(0o555)
    before = files_outside(root, volume)
    member = fake.add_member("lin")
    process = start_image_command(
        stage,
        root,
        HOME=str(home),
        TMPDIR=str(tmp),
        DISCORD_TOKEN="fake-token",
        DISCORD_API_BASE=fake.api_base,
        DISCORD_GATEWAY_URL=fake.gateway_url,
    )
    try:
        # The first start embeds the knowledge base with the model the image bakes in.
        await fake.wait_for(lambda: fake.identified.is_set() or process.poll() is not None, 120)
        assert process.poll() is None, "the bot exited at start-up"
        answer = await fake.reply_to(
            await fake.slash(member, "ask", [text("question", "what causes calf cramps")])
        )
        assert answer["embeds"][0]["title"] == "Calf cramps"
        await fake.reply_to(await fake.slash(member, "checkin"))
        # The chart imports matplotlib, which needs a writable MPLCONFIGDIR.
        stats = await fake.reply_to(await fake.slash(member, "stats"), seconds=60)
        assert "stats.png" in fake.files[stats["id"]]
        # The image's HEALTHCHECK, run as Docker would beside the running bot.
        health = await asyncio.to_thread(
            subprocess.run,
            [*as_ordinary_user(), *stage.healthcheck],
            cwd=inside(root, stage.workdir),
            env={**image_environment(stage, root), "PYTHONPATH": str(REPO), "HOME": str(home)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert health.returncode == 0, health.stderr
        assert health.stdout.startswith("healthy: ")
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.to_thread(process.communicate, timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    # A write refused outside the volume shows on stderr (the vector cache's and matplotlib's
    # as warnings, onnxruntime's telemetry as its own line): only INFO records may be there,
    # and discord.py's notes that voice needs packages the bot doesn't use.
    unexpected = [
        line
        for line in err.splitlines()
        if not INFO_RECORD.match(line) and "voice will NOT be supported" not in line
    ]
    assert unexpected == [], err
    assert files_outside(root, volume) == before
    assert list(tmp.iterdir()) == []
    written = {p.relative_to(volume).parts[0] for p in volume.iterdir()}
    assert {"second-heart.db", "second-heart.db.lock", "cache"} <= written
    assert list((volume / "cache").glob("*.npy"))
    assert (volume / "cache" / "matplotlib").is_dir()


def start_image_command(stage: Stage, root: Path, **env: str) -> subprocess.Popen[str]:
    """The image's command, running as the image would run it, its filesystem under `root`."""
    return subprocess.Popen(
        # File permissions apply, even to root: a read-only folder must refuse a write.
        [*as_ordinary_user(), *stage.command],
        cwd=inside(root, stage.workdir),
        # The image installs bot/ into its venv; here the checkout stands in for it.
        env={**image_environment(stage, root), "PYTHONPATH": str(REPO), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def inside(root: Path, container_path: str) -> Path:
    """Where a path of the image's filesystem lies under `root`."""
    return root.joinpath(*PurePosixPath(container_path).parts[1:])


def image_environment(stage: Stage, root: Path) -> dict[str, str]:
    """The image's ENV with its paths moved under `root`, and its venv's python first on PATH."""
    assert stage.env["PATH"].startswith(f"{IMAGE_VENV_BIN}:")
    # Nothing of this machine's environment but its processor quirks: not CI, which some
    # libraries read as "stay quiet" (onnxruntime's telemetry), nor HOME or XDG_* folders.
    env = {k: v for k, v in os.environ.items() if k.startswith("OPENBLAS_")}
    for key, value in stage.env.items():
        if key != "PATH":
            env[key] = str(inside(root, value)) if value.startswith("/") else value
    env["PATH"] = f"{Path(sys.executable).parent}:{os.environ['PATH']}"
    return env


def files_outside(root: Path, volume: Path) -> set[Path]:
    return {p for p in root.rglob("*") if volume not in (p, *p.parents)}


def text(name: str, value: str) -> dict[str, object]:
    return {"name": name, "type": 3, "value": value}
