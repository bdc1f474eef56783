"""The Dockerfile read as `docker build` reads it, for tests that run the image's command outside
a container: neither this machine nor CI has a container engine (README § Deploying)."""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Stage:
    """What the final stage sets, in the order the Dockerfile sets it."""

    workdir: str = "/"
    env: dict[str, str] = field(default_factory=dict)
    entrypoint: list[str] = field(default_factory=list)
    cmd: list[str] = field(default_factory=list)
    healthcheck: list[str] = field(default_factory=list)
    stopsignal: str = ""
    user: str = ""
    volumes: list[str] = field(default_factory=list)

    @property
    def command(self) -> list[str]:
        """What the container runs: ENTRYPOINT, then CMD as its arguments."""
        return [*self.entrypoint, *self.cmd]


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) for each instruction, continuation lines joined, comments out."""
    joined = re.sub(r"\\\n(\s*#[^\n]*\n)*", " ", text)
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, arguments = line.partition(" ")
            found.append((name.upper(), arguments.strip()))
    return found


def final_stage(path: Path) -> Stage:
    """The settings of the image that `docker build` tags: those after the last FROM."""
    stage = Stage()
    for name, arguments in instructions(path.read_text(encoding="utf-8")):
        if name == "FROM":
            stage = Stage()
        elif name == "WORKDIR":
            stage.workdir = str(Path(stage.workdir, arguments))
        elif name == "ENV":
            for pair in shlex.split(arguments):
                key, _, value = pair.partition("=")
                stage.env[key] = value
        elif name == "ENTRYPOINT":
            stage.entrypoint = _exec_form(arguments)
        elif name == "CMD":
            stage.cmd = _exec_form(arguments)
        elif name == "HEALTHCHECK":
            stage.healthcheck = _exec_form(arguments.partition("CMD ")[2])
        elif name == "STOPSIGNAL":
            stage.stopsignal = arguments
        elif name == "USER":
            stage.user = arguments
        elif name == "VOLUME":
            stage.volumes = _exec_form(arguments)
    return stage


def context_sources(path: Path) -> set[str]:
    """Every path a COPY takes from the build context (not from another stage), in any stage."""
    sources: set[str] = set()
    for name, arguments in instructions(path.read_text(encoding="utf-8")):
        if name == "COPY" and not arguments.startswith("--from"):
            *taken, _ = shlex.split(arguments)
            sources.update(taken)
    return sources


def _exec_form(arguments: str) -> list[str]:
    # The shell form would run under /bin/sh, which would then get the stop signal, not the bot.
    words = json.loads(arguments)
    assert isinstance(words, list), f"not the exec form (a JSON list): {arguments}"
    return [str(w) for w in words]
