"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, on 127.0.0.1.

The storage tests run on both backends. Which PostgreSQL they use:
- SECOND_HEART_TEST_POSTGRES_URL, if set: a server you run (each test gets a new database on it);
- otherwise one this module starts, if PostgreSQL's programs are installed (Debian's
  `postgresql` package puts them in /usr/lib/postgresql/<version>/bin), and stops at the end;
- otherwise none: the PostgreSQL cases are skipped, except under CI, where that is a failure.

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user that
Debian's package creates (or `nobody`). Durability is off (fsync, synchronous_commit): the data
lives for one test session.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

URL_VARIABLE = "SECOND_HEART_TEST_POSTGRES_URL"


def postgres_bin() -> Path | None:
    """The folder with initdb and pg_ctl, newest version first; None if not installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_user() -> list[str]:
    """The prefix that runs a command as an unprivileged user when we are root."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return ["runuser", "-u", name, "--"]
    raise RuntimeError("running as root, and neither a postgres nor a nobody user exists")


@contextlib.contextmanager
def throwaway_postgres(bin_dir: Path) -> Iterator[str]:
    """Start a cluster in a temporary folder; yield its URL; stop it and delete the folder."""
    prefix = _as_user()
    folder = Path(tempfile.mkdtemp(prefix="second-heart-pg-"))
    data = folder / "data"
    port = _free_port()
    if prefix:
        shutil.chown(folder, user=prefix[2])
    try:
        subprocess.run(
            [
                *prefix,
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        subprocess.run(
            [
                *prefix,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "server.log"),
                "-w",
                "start",
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    except subprocess.CalledProcessError as exc:
        log = folder / "server.log"
        detail = log.read_text() if log.exists() else ""
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr}{detail}") from exc
    finally:
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def wait_until_accepting(url: str, timeout: float = 30) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


class Databases:
    """A fresh database on the server for each test that asks: `new()` returns its URL."""

    def __init__(self, server_url: str) -> None:
        self._server_url = server_url
        self._count = 0

    def new(self) -> str:
        import psycopg

        self._count += 1
        name = f"second_heart_test_{os.getpid()}_{self._count}"
        with psycopg.connect(self._server_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        return urlunsplit(urlsplit(self._server_url)._replace(path=f"/{name}"))


@contextlib.contextmanager
def available_postgres() -> Iterator[Databases | None]:
    """The server the module docstring describes, for the life of the block; None if none."""
    url = os.environ.get(URL_VARIABLE, "").strip()
    if url:
        wait_until_accepting(url)
        yield Databases(url)
        return
    bin_dir = postgres_bin()
    if bin_dir is None:
        yield None
        return
    with throwaway_postgres(bin_dir) as started:
        wait_until_accepting(started)
        yield Databases(started)
