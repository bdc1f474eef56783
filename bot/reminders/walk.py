"""A reminder's occurrences between its next due time and now: pure time maths, no I/O.

The dispatcher records each one (sent or skipped) and moves the reminder on to what comes after.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.reminders.models import Reminder
from bot.reminders.schedule import mask_to_days, next_occurrence

# Occurrences further behind than this are skipped in one go rather than walked day by day.
MAX_CATCH_UP = 400

Walked = tuple[list[tuple[date, datetime, bool]], datetime, date]


def walk(reminder: Reminder, now: datetime, grace: timedelta) -> Walked:
    """The reminder's occurrences up to now, each with whether it may still be sent (only the
    latest, within `grace`), and its next occurrence after now. A one-off has one occurrence
    and no next: the dispatcher finishes it instead."""
    if reminder.once:
        due, day = reminder.next_due, reminder.next_date
        return [(day, due, now - due <= grace)], due, day
    days = mask_to_days(reminder.weekdays)
    due, day = reminder.next_due, reminder.next_date
    found: list[tuple[date, datetime, bool]] = []
    while due <= now:
        after, after_day = next_occurrence(reminder.zone, reminder.local_time, days, due)
        latest = after > now
        found.append((day, due, latest and now - due <= grace))
        due, day = after, after_day
        if len(found) >= MAX_CATCH_UP:
            # Years offline: record what was walked and jump to the next one after now.
            due, day = next_occurrence(reminder.zone, reminder.local_time, days, now)
            break
    return found, due, day
