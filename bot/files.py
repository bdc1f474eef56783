"""Why a file could not be written, in the operator's terms: one line for a start-up error."""

from __future__ import annotations

import os
from pathlib import Path


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
