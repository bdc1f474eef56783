from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from bot.instance_lock import AlreadyRunning, InstanceLock


def test_second_instance_on_the_same_database_is_refused(db_path: Path) -> None:
    with InstanceLock(str(db_path)), pytest.raises(AlreadyRunning) as info:
        InstanceLock(str(db_path)).acquire()
    assert str(info.value) == (
        f"another Second Heart is already running on {db_path} (pid {os.getpid()})"
    )


def test_lock_is_free_again_after_release(db_path: Path) -> None:
    with InstanceLock(str(db_path)):
        pass
    with InstanceLock(str(db_path)) as again:
        assert again.path.read_text().strip() == str(os.getpid())


def test_different_databases_do_not_conflict(tmp_path: Path) -> None:
    with InstanceLock(str(tmp_path / "a.db")), InstanceLock(str(tmp_path / "b.db")):
        pass


def test_a_symlink_to_a_database_not_yet_created_shares_its_lock(
    db_path: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(db_path)
    with InstanceLock(str(link)), pytest.raises(AlreadyRunning):
        InstanceLock(str(db_path)).acquire()


@pytest.mark.parametrize(
    ("kind", "how"), [("symlink", ""), ("hard link", " under another name (a hard link)")]
)
def test_a_second_instance_through_another_name_is_refused(
    db_path: Path, tmp_path: Path, kind: str, how: str
) -> None:
    db_path.touch()
    link = tmp_path / "elsewhere" / "link.db"
    link.parent.mkdir()
    if kind == "symlink":
        link.symlink_to(db_path)
    else:
        link.hardlink_to(db_path)
    with InstanceLock(str(db_path)), pytest.raises(AlreadyRunning) as info:
        InstanceLock(str(link)).acquire()
    assert str(info.value) == (
        f"another Second Heart is already running on {link}{how} (pid {os.getpid()})"
    )


def test_a_hard_link_to_a_database_created_after_start_up_is_refused(
    db_path: Path, tmp_path: Path
) -> None:
    with InstanceLock(str(db_path)) as first:
        db_path.touch()  # what opening the database does
        first.hold_database()
        link = tmp_path / "link.db"
        link.hardlink_to(db_path)
        with pytest.raises(AlreadyRunning):
            InstanceLock(str(link)).acquire()


def test_a_refused_instance_does_not_keep_its_own_lock_file(db_path: Path, tmp_path: Path) -> None:
    db_path.touch()
    link = tmp_path / "link.db"
    link.hardlink_to(db_path)
    with InstanceLock(str(db_path)):
        with pytest.raises(AlreadyRunning):
            InstanceLock(str(link)).acquire()
        # It held link.db.lock for a moment; once refused, that lock is free and empty.
        with open(tmp_path / "link.db.lock") as file:
            fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            assert file.read() == ""
