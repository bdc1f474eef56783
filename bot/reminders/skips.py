"""Which due occurrences are recorded as skipped rather than sent, and why: the member had
already checked in that day (for reminders that skip checked-in days), or the member's streak
is paused that day (/streak pause: a member's own reminders rest; a server's channel reminder
goes on for everyone else).

Read in the dispatcher's materialise transaction, in one query per rule for the whole batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bot.reminders import outcomes
from bot.reminders.models import Reminder
from bot.storage import outbox, pauses
from bot.storage.db import Transaction


async def skip_reasons(
    tx: Transaction, due: Iterable[tuple[Reminder, date]]
) -> dict[tuple[int, date], str]:
    """For each (reminder, local date) that would be sent: the reason to skip it instead, by
    (reminder id, date); those to send are left out."""
    due = list(due)
    paused = await pauses.paused_pairs(
        tx, {(r.user_id, day) for r, day in due if r.kind != "guild"}
    )
    done = await outbox.checked_in_days(
        tx, {(r.user_id, day) for r, day in due if r.skip_if_checked_in}
    )
    reasons: dict[tuple[int, date], str] = {}
    for reminder, day in due:
        member_day = (reminder.user_id, day)
        if reminder.kind != "guild" and member_day in paused:
            reasons[reminder.id, day] = outcomes.SKIPPED_PAUSED
        elif reminder.skip_if_checked_in and member_day in done:
            reasons[reminder.id, day] = outcomes.SKIPPED_CHECKED_IN
    return reasons
