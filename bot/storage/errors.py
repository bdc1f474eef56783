"""Storage errors: each message is fit for the operator, naming the file and what to do."""

from __future__ import annotations


class StorageError(Exception):
    """A database problem with a message fit for the operator."""


class MigrationFailed(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass
