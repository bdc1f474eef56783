"""A member's export: everything stored about them, as one CSV.

One row per record, each value under the heading that names it; EXPORT_COLUMNS says which
headings each kind of record fills. It reads every area's storage: what is stored about a
member is the members area's question, as forget-me is.
"""

from __future__ import annotations

import csv
import io
from typing import Final

from bot.reminders.schedule import describe_days, mask_to_days
from bot.storage import checkins as checkin_store
from bot.storage import members as store
from bot.storage import pauses as pause_store
from bot.storage import reminders as reminder_store
from bot.storage.db import Database

# The export's headings, and which of them each kind of record fills.
EXPORT_COLUMNS: Final = {
    "checkin": (
        "id",
        "created_at",
        "local_date",
        "activity",
        "sets",
        "reps",
        "minutes",
        "note",
        "timezone",
    ),
    "reminder": ("id", "time", "days", "where", "timezone", "status"),
    "setting": ("setting", "value"),
    "channel-reminder": ("guild_id",),
    "feedback": ("created_at", "topic", "question", "helpful"),
    "streak-pause": ("first_day", "last_day"),
    "streak-nudge": ("time", "timezone", "status"),
}
EXPORT_FIELDS: Final = ("record", *dict.fromkeys(c for cs in EXPORT_COLUMNS.values() for c in cs))


async def export_csv(db: Database, user_id: int, default_zone: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    settings = await store.settings(db, user_id)
    for name, value in (
        ("timezone", settings.timezone or ""),
        ("goal_days", settings.goal_days),
        ("leaderboard_visible", int(settings.leaderboard_visible)),
        ("reminders_skip_if_done", int(settings.reminders_skip_if_done)),
    ):
        writer.writerow({"record": "setting", "setting": name, "value": value})
    for reminder in await reminder_store.for_user(db, user_id, default_zone):
        status = "paused" if reminder.paused else "on"
        if reminder.disabled_reason:
            status = f"stopped: {reminder.disabled_reason}"
        days = describe_days(mask_to_days(reminder.weekdays))
        if reminder.once:
            # A one-off's day is its date; once it came, it is done.
            days = f"once on {reminder.next_date.isoformat()}"
            status = "done" if reminder.finished else status
        writer.writerow(
            {
                "record": "reminder",
                "id": reminder.id,
                "time": reminder.local_time.strftime("%H:%M"),
                "days": days,
                "where": "dm" if reminder.channel_id is None else f"channel {reminder.channel_id}",
                "timezone": reminder.zone,
                "status": status,
            }
        )
    nudge = await reminder_store.nudge_of(db, user_id, default_zone)
    if nudge is not None:
        writer.writerow(
            {
                "record": "streak-nudge",
                "time": nudge.local_time.strftime("%H:%M"),
                "timezone": nudge.zone,
                "status": f"stopped: {nudge.disabled_reason}" if nudge.disabled_reason else "on",
            }
        )
    for guild_id in await reminder_store.subscriptions_of(db, user_id):
        writer.writerow({"record": "channel-reminder", "guild_id": guild_id})
    for row in await checkin_store.all_checkins(db, user_id):
        writer.writerow(
            {
                "record": "checkin",
                "id": row.id,
                "created_at": row.created_at.isoformat(),
                "local_date": row.local_date.isoformat(),
                "activity": row.activity,
                "sets": _blank(row.sets),
                "reps": _blank(row.reps),
                "minutes": _blank(row.minutes),
                "note": row.note or "",
                "timezone": row.timezone,
            }
        )
    for pause in await pause_store.pauses_of(db, user_id):
        writer.writerow(
            {
                "record": "streak-pause",
                "first_day": pause.first.isoformat(),
                "last_day": pause.last.isoformat(),
            }
        )
    for fb in await store.feedback(db, user_id):
        writer.writerow(
            {
                "record": "feedback",
                "created_at": fb.created_at.isoformat(),
                "topic": fb.entry_id,
                "question": fb.question,
                "helpful": "yes" if fb.helpful else "no",
            }
        )
    return buffer.getvalue().encode("utf-8")


def _blank(value: int | None) -> str | int:
    return "" if value is None else value
