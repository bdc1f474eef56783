"""One Second Heart per database, whatever name the database is reached by.

Two processes delivering the same reminders is the most common cause of duplicates in reminder
bots, so start-up takes an exclusive lock. The kernel (flock) drops a lock when the process dies,
even on SIGKILL, so a crash never leaves a stale lock behind.

A lock on a file named after the path alone is bypassed by a second name for the same database,
so two locks are taken, each keyed on the file's identity:
- `PATH.lock` beside the *resolved* path, so a symlink (or `..`) names the same lock file. It also
  works before the database exists, and holds the pid for the error message.
- the database file itself, whose inode every hard link shares. It can only be taken once the
  file exists, so start-up calls `hold_database` again after opening the database.

The descriptor on the database file stays open until `release`, after the database is closed:
closing any descriptor of a file drops the POSIX locks the process holds on it, SQLite's own
included (https://sqlite.org/howtocorrupt.html, § 2.2).
"""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from bot.files import unwritable_reason


class LockError(Exception):
    """The instance lock can't be taken; the message says why and what to do."""


class AlreadyRunning(LockError):
    def __init__(self, database: str, pid: int | None, *, other_name: bool = False) -> None:
        who = f"pid {pid}" if pid else "pid unknown"
        how = " under another name (a hard link)" if other_name else ""
        super().__init__(f"another Second Heart is already running on {database}{how} ({who})")
        self.pid = pid


def lock_path_for(database: str) -> Path:
    """The lock file: beside the real file, so every symlink to it shares one lock."""
    return Path(f"{os.path.realpath(database)}.lock")


class InstanceLock:
    def __init__(self, database: str) -> None:
        self.database = database
        self.path = lock_path_for(database)
        self._fd: int | None = None
        self._database_fd: int | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise LockError(
                f"cannot create the lock file {self.path}: "
                f"{unwritable_reason(exc, self.path.parent)}; Second Heart needs to write in "
                "the database's folder"
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(fd)
            os.close(fd)
            raise AlreadyRunning(self.database, holder) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        try:
            self.hold_database()
        except LockError:
            self.release()
            raise

    def hold_database(self) -> None:
        """Lock the database file itself, if it exists and isn't locked by us yet.

        Call after the database is first created too: until then no hard link can exist, but
        one may be made while we run.
        """
        if self._database_fd is not None:
            return
        try:
            fd = os.open(self.database, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise LockError(f"cannot open {self.database}: {exc.strerror or exc}") from None
        # Kept even if the lock is refused, and closed in release(): see the module docstring.
        self._database_fd = fd
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(self.database, _flock_holder(fd), other_name=True) from None

    def release(self) -> None:
        if self._database_fd is not None:
            # Closing drops our flock (never SQLite's POSIX locks: it has closed by now).
            os.close(self._database_fd)
            self._database_fd = None
        if self._fd is None:
            return
        # Truncate before unlocking so a reader never sees our pid on a free lock.
        os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode().strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


def _flock_holder(fd: int) -> int | None:
    """The pid holding a flock on `fd`'s file, from Linux's /proc/locks; None elsewhere."""
    try:
        holder = _flocks().get(_identity(os.fstat(fd)))
    except OSError:
        return None
    return holder.pid if holder else None


@dataclass(frozen=True)
class LockHolder:
    """The process holding an instance lock, as /proc/locks shows it."""

    # None when /proc/locks gives no pid for it (0: a holder this pid namespace can't name).
    pid: int | None


def lock_holder(database: str) -> LockHolder | None:
    """Who holds the instance lock on `database`; None if nobody does.

    Read from /proc/locks, so the lock is never taken, not even for a moment: trying it would
    make a bot that starts at that instant find it held and exit. Raises LockError where
    /proc/locks can't be read (not Linux).
    """
    try:
        st = os.stat(lock_path_for(database))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise LockError(f"cannot read the lock file of {database}: {exc.strerror}") from None
    try:
        return _flocks().get(_identity(st))
    except OSError as exc:
        raise LockError(
            f"cannot tell whether a bot holds the lock on {database}: /proc/locks is "
            f"unreadable ({exc.strerror}); this check needs Linux"
        ) from None


def _identity(st: os.stat_result) -> str:
    """A file as /proc/locks names it: device major:minor:inode."""
    return f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"


def _flocks() -> dict[str, LockHolder]:
    """Every flock on the machine (this pid namespace's view), by file identity."""
    found: dict[str, LockHolder] = {}
    for line in Path("/proc/locks").read_text().splitlines():
        # "1: FLOCK  ADVISORY  WRITE 4242 fe:00:16039961 0 EOF"; a waiter's line has "->".
        fields = line.split()
        if len(fields) >= 6 and fields[1] == "FLOCK":
            pid = int(fields[4]) if fields[4].isdigit() and fields[4] != "0" else None
            found[fields[5]] = LockHolder(pid)
    return found
