"""How a reminder's delivery ends: the failures a sender raises, and what the dispatcher reports
as it works to whoever watches it (bot/metrics when metrics are on): occurrences made, skipped,
sent, retried and failed, each reason one of a few fixed names.

Fixed names, not the stored reason text: the text names tries and status codes, and a watcher
that keyed on it (a Prometheus label) would grow without bound. The default watcher does
nothing, so a bot without metrics pays one empty call per event.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final, Literal, Protocol

# Why an occurrence was recorded as skipped rather than sent.
SkipReason = Literal["offline", "checked_in", "paused", "safe"]
# Why an attempt will be tried again: cut off at the time limit, a failure Discord says is
# passing (5xx, a dropped connection), or an error of neither kind (a bug, an unreadable reply).
RetryReason = Literal["timeout", "transient", "unexpected"]
# Why an occurrence was given up: the destination is gone for good (DMs closed, no permission,
# the channel deleted, another refusal), it failed every try, or the bot died sending it.
FailReason = Literal[
    "dms_closed", "no_permission", "channel_gone", "refused", "gave_up", "interrupted"
]

# The reason text materialise stores for a skipped occurrence, and its fixed name.
SKIPPED_OFFLINE: Final = "missed while the bot was offline"
SKIPPED_CHECKED_IN: Final = "already checked in"
SKIPPED_PAUSED: Final = "streak paused (/streak pause)"
# A nudge, judged just before sending: its day no longer decides the streak.
SKIPPED_SAFE: Final = "the streak was not at stake"
SKIP_REASONS: Final[dict[str, SkipReason]] = {
    SKIPPED_OFFLINE: "offline",
    SKIPPED_CHECKED_IN: "checked_in",
    SKIPPED_PAUSED: "paused",
    SKIPPED_SAFE: "safe",
}


class PermanentFailure(Exception):
    """The destination is gone for good (DMs closed, channel deleted, no permission): a sender
    raises it. The message is the reason the member reads; `kind` names it for the watcher."""

    def __init__(self, message: str = "", kind: FailReason = "refused") -> None:
        super().__init__(message)
        self.kind: FailReason = kind


class TransientFailure(Exception):
    """Worth retrying (rate limited, Discord error, timeout): a sender raises it."""


class DispatchWatcher(Protocol):
    def made(self, count: int) -> None:
        """`count` occurrences came due and were recorded (skipped ones included)."""

    def skipped(self, reason: SkipReason, count: int) -> None:
        """`count` of them were recorded as skipped, never to be sent."""

    def sent(self, late_by: timedelta) -> None:
        """One occurrence was delivered, `late_by` after its due time."""

    def retried(self, reason: RetryReason) -> None:
        """One attempt failed and will be tried again."""

    def failed(self, reason: FailReason) -> None:
        """One occurrence was given up."""


class Unwatched:
    """The watcher of a dispatcher nobody watches: every report is dropped."""

    def made(self, count: int) -> None:
        pass

    def skipped(self, reason: SkipReason, count: int) -> None:
        pass

    def sent(self, late_by: timedelta) -> None:
        pass

    def retried(self, reason: RetryReason) -> None:
        pass

    def failed(self, reason: FailReason) -> None:
        pass


UNWATCHED: Final = Unwatched()
