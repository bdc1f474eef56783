"""The database's file: the path that means none, and why a file could not be written, in the
operator's terms (one line for a start-up error)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

# The database path that keeps everything in memory (SQLite's own name for it): no file, no lock.
MEMORY: Final = ":memory:"


def unwritable_reason(exc: Exception, folder: Path) -> str:
    """The likeliest cause of `exc`, raised while writing a file in `folder`.

    The OS says "File exists" when a parent is a file and SQLite says "unable to open database
    file" for a read-only folder; neither tells the operator what to change.
    """
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder"
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
