from __future__ import annotations

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
