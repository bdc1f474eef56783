"""SQL for the community area: challenges, the weekly recap's schedule, and what a server's
members did (read from the check-ins' tables; nothing here writes a check-in).

A recap, and the announcement of a challenge's end, is a reminder row of kind 'recap' owned
by no member (GUILD_OWNER), so the dispatcher sends it through the outbox like any reminder.
Which check-ins count for a server is the leaderboard's rule: those of the members the bot
has seen use it there (guild_members), wherever each check-in was made, by its local date.
"""

from __future__ import annotations

from datetime import date, datetime, time

from bot.community.models import (
    Challenge,
    Contribution,
    Metric,
    PostTime,
    RecapSchedule,
    WeekActivity,
)
from bot.reminders.models import GUILD_OWNER
from bot.storage.db import Database, Row, Transaction, insert_returning_id

_CHALLENGE = (
    "SELECT id, guild_id, metric, target, start_date, end_date, timezone, channel_id, ended_at "
    "FROM challenges"
)


def _challenge(row: Row) -> Challenge:
    return Challenge(
        id=row["id"],
        guild_id=row["guild_id"],
        metric=row["metric"],
        target=row["target"],
        start=date.fromisoformat(row["start_date"]),
        end=date.fromisoformat(row["end_date"]),
        zone=row["timezone"],
        channel_id=row["channel_id"],
        ended_at=datetime.fromisoformat(row["ended_at"]) if row["ended_at"] else None,
    )


def _placement(channel_id: int, zone: str, when: PostTime) -> tuple[int, str, int, str, str, str]:
    """A post row's channel and timing, in the column order both the insert and the move use:
    channel_id, local_time, weekdays, timezone, next_due, next_date."""
    return (
        channel_id,
        when.local_time.strftime("%H:%M"),
        1 << when.day.weekday(),
        zone,
        when.due.isoformat(),
        when.day.isoformat(),
    )


async def _add_post(
    tx: Transaction,
    guild_id: int,
    channel_id: int,
    zone: str,
    when: PostTime,
    at: datetime,
    *,
    once: bool,
) -> int:
    """A community post's reminder row, weekly on `when`'s weekday and local time, or once
    (a challenge's end): the dispatcher makes its occurrences."""
    new_id = await insert_returning_id(
        tx,
        "INSERT INTO reminders (user_id, guild_id, channel_id, local_time, weekdays, timezone, "
        "next_due, next_date, created_at, kind, skip_if_checked_in, once) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'recap', 0, ?) RETURNING id",
        (GUILD_OWNER, guild_id, *_placement(channel_id, zone, when), at.isoformat(), int(once)),
    )
    assert new_id is not None
    return new_id


async def start_challenge(
    db: Database,
    *,
    guild_id: int,
    metric: Metric,
    target: int,
    period: tuple[date, date],
    zone: str,
    channel_id: int,
    announce: PostTime,
    today: date,
    at: datetime,
) -> Challenge | None:
    """Start the guild's challenge, its end announced at `announce`; None if one is still
    running. One whose end date is before `today` is over: it is closed first."""
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE challenges SET ended_at = ? "
            "WHERE guild_id = ? AND ended_at IS NULL AND end_date < ?",
            (at.isoformat(), guild_id, today.isoformat()),
        )
        if await tx.fetchone(
            "SELECT 1 FROM challenges WHERE guild_id = ? AND ended_at IS NULL", (guild_id,)
        ):
            return None
        announce_id = await _add_post(tx, guild_id, channel_id, zone, announce, at, once=True)
        row = await tx.fetchone(
            "INSERT INTO challenges (guild_id, metric, target, start_date, end_date, timezone, "
            "channel_id, announce_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id, guild_id, metric, target, start_date, end_date, timezone, "
            "channel_id, ended_at",
            (
                guild_id,
                metric,
                target,
                period[0].isoformat(),
                period[1].isoformat(),
                zone,
                channel_id,
                announce_id,
                at.isoformat(),
            ),
        )
        assert row is not None
        return _challenge(row)


async def end_challenge(
    db: Database, guild_id: int, today: date, announce: PostTime, at: datetime
) -> Challenge | None:
    """End the guild's running challenge now: its period stops at `today`, and its end is
    announced at `announce` (now) instead of after the period. None if none is running."""
    async with db.transaction() as tx:
        row = await tx.fetchone(
            _CHALLENGE + " WHERE guild_id = ? AND ended_at IS NULL AND end_date >= ?",
            (guild_id, today.isoformat()),
        )
        if row is None:
            return None
        challenge = _challenge(row)
        start = min(challenge.start, today)
        await tx.execute(
            "UPDATE challenges SET ended_at = ?, start_date = ?, end_date = ? WHERE id = ?",
            (at.isoformat(), start.isoformat(), today.isoformat(), challenge.id),
        )
        await tx.execute(
            "UPDATE reminders SET next_due = ?, next_date = ?, local_time = ?, weekdays = ? "
            "WHERE id = (SELECT announce_id FROM challenges WHERE id = ?) "
            "AND finished_at IS NULL",
            (
                announce.due.isoformat(),
                announce.day.isoformat(),
                announce.local_time.strftime("%H:%M"),
                1 << announce.day.weekday(),
                challenge.id,
            ),
        )
        return Challenge(
            challenge.id,
            challenge.guild_id,
            challenge.metric,
            challenge.target,
            start,
            today,
            challenge.zone,
            challenge.channel_id,
            at,
        )


async def latest_challenge(db: Database, guild_id: int) -> Challenge | None:
    """The guild's running challenge, or else its last one."""
    row = await db.fetchone(
        _CHALLENGE + " WHERE guild_id = ? ORDER BY (ended_at IS NULL) DESC, id DESC LIMIT 1",
        (guild_id,),
    )
    return _challenge(row) if row else None


async def announced_challenge(db: Database, reminder_id: int) -> Challenge | None:
    """The challenge whose end the community post `reminder_id` announces, if any."""
    row = await db.fetchone(_CHALLENGE + " WHERE announce_id = ?", (reminder_id,))
    return _challenge(row) if row else None


_VISIBLE = "coalesce(m.leaderboard_visible, 1) = 1"
_PARTS: dict[Metric, str] = {
    # A calf-raise check-in adds sets × reps (one set if not given); without reps, nothing:
    # the count is what members said, never a guess.
    "calf-raises": (
        "SELECT c.user_id, sum(coalesce(c.sets, 1) * coalesce(c.reps, 0)) AS amount, {visible} "
        "AS visible FROM checkins AS c "
        "JOIN guild_members AS g ON g.user_id = c.user_id AND g.guild_id = ? "
        "LEFT JOIN members AS m ON m.user_id = c.user_id "
        "WHERE c.activity = 'calf raises' AND c.local_date BETWEEN ? AND ? "
        "GROUP BY c.user_id, m.leaderboard_visible"
    ),
    "check-ins": (
        "SELECT d.user_id, sum(d.checkins) AS amount, {visible} AS visible FROM active_days AS d "
        "JOIN guild_members AS g ON g.user_id = d.user_id AND g.guild_id = ? "
        "LEFT JOIN members AS m ON m.user_id = d.user_id "
        "WHERE d.local_date BETWEEN ? AND ? GROUP BY d.user_id, m.leaderboard_visible"
    ),
    "active-days": (
        "SELECT d.user_id, count(*) AS amount, {visible} AS visible FROM active_days AS d "
        "JOIN guild_members AS g ON g.user_id = d.user_id AND g.guild_id = ? "
        "LEFT JOIN members AS m ON m.user_id = d.user_id "
        "WHERE d.local_date BETWEEN ? AND ? GROUP BY d.user_id, m.leaderboard_visible"
    ),
}


async def contributions(db: Database, challenge: Challenge) -> tuple[list[Contribution], int]:
    """Each member's part in the challenge, and how many members the guild has (that the bot
    has seen use it there)."""
    rows = await db.fetchall(
        _PARTS[challenge.metric].format(visible=f"CASE WHEN {_VISIBLE} THEN 1 ELSE 0 END"),
        (challenge.guild_id, challenge.start.isoformat(), challenge.end.isoformat()),
    )
    return [
        Contribution(r["user_id"], int(r["amount"]), bool(r["visible"])) for r in rows
    ], await guild_size(db, challenge.guild_id)


async def guild_size(db: Database, guild_id: int) -> int:
    row = await db.fetchone(
        "SELECT count(*) AS n FROM guild_members WHERE guild_id = ?", (guild_id,)
    )
    return int(row["n"]) if row else 0


_RECAP = (
    "SELECT guild_id, channel_id, weekdays, local_time, timezone, next_due FROM reminders "
    "WHERE guild_id = ? AND kind = 'recap' AND once = 0"
)


async def set_recap(
    db: Database,
    guild_id: int,
    channel_id: int,
    zone: str,
    when: PostTime,
    at: datetime,
) -> None:
    """Create or move the guild's weekly recap: weekly on `when`'s weekday and local time."""
    values = _placement(channel_id, zone, when)
    async with db.transaction() as tx:
        changed = await tx.execute(
            "UPDATE reminders SET channel_id = ?, local_time = ?, weekdays = ?, timezone = ?, "
            "next_due = ?, next_date = ?, disabled_reason = NULL, paused = 0 "
            "WHERE guild_id = ? AND kind = 'recap' AND once = 0",
            (*values, guild_id),
        )
        if not changed:
            await _add_post(tx, guild_id, channel_id, zone, when, at, once=False)


async def recap_schedule(db: Database, guild_id: int) -> RecapSchedule | None:
    row = await db.fetchone(_RECAP, (guild_id,))
    if row is None:
        return None
    return RecapSchedule(
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        weekday=int(row["weekdays"]).bit_length() - 1,
        hour=time.fromisoformat(row["local_time"]),
        zone=row["timezone"],
        next_due=datetime.fromisoformat(row["next_due"]),
    )


async def delete_recap(db: Database, guild_id: int) -> bool:
    """Stop the weekly recap. Posts already made stay: they are messages in the channel."""
    async with db.transaction() as tx:
        return (
            await tx.execute(
                "DELETE FROM reminders WHERE guild_id = ? AND kind = 'recap' AND once = 0",
                (guild_id,),
            )
            > 0
        )


async def guild_zone(db: Database, guild_id: int) -> str | None:
    """The zone the server's managers chose: its recap's, else its channel reminder's."""
    row = await db.fetchone(
        "SELECT timezone FROM reminders WHERE guild_id = ? AND timezone IS NOT NULL "
        "AND (kind = 'guild' OR (kind = 'recap' AND once = 0)) "
        "ORDER BY CASE kind WHEN 'recap' THEN 0 ELSE 1 END LIMIT 1",
        (guild_id,),
    )
    return row["timezone"] if row else None


async def activity(db: Database, guild_id: int, first: date, last: date) -> WeekActivity:
    """What the guild's members did from `first` to `last` (local dates, both included)."""
    rows = await db.fetchall(
        "SELECT d.local_date, count(*) AS members, sum(d.checkins) AS checkins "
        "FROM active_days AS d JOIN guild_members AS g ON g.user_id = d.user_id "
        "AND g.guild_id = ? WHERE d.local_date BETWEEN ? AND ? GROUP BY d.local_date",
        (guild_id, first.isoformat(), last.isoformat()),
    )
    members = await db.fetchone(
        "SELECT count(DISTINCT d.user_id) AS n FROM active_days AS d "
        "JOIN guild_members AS g ON g.user_id = d.user_id AND g.guild_id = ? "
        "WHERE d.local_date BETWEEN ? AND ?",
        (guild_id, first.isoformat(), last.isoformat()),
    )
    return WeekActivity(
        active_days=sum(int(r["members"]) for r in rows),
        checkins=sum(int(r["checkins"]) for r in rows),
        members=int(members["n"]) if members else 0,
        by_day={date.fromisoformat(r["local_date"]): int(r["checkins"]) for r in rows},
    )


async def recent_visible_members(
    db: Database, guild_id: int, since: date
) -> list[tuple[int, int, list[date]]]:
    """Each visible member of the guild active since `since`: (user id, weekly goal, every
    active date), for their current streaks. A member quiet since then has none."""
    rows = await db.fetchall(
        "SELECT d.user_id, coalesce(m.goal_days, 7) AS goal, d.local_date "
        "FROM active_days AS d LEFT JOIN members AS m ON m.user_id = d.user_id "
        "WHERE d.user_id IN (SELECT r.user_id FROM active_days AS r "
        "JOIN guild_members AS g ON g.user_id = r.user_id AND g.guild_id = ? "
        "WHERE r.local_date >= ?) AND " + _VISIBLE + " ORDER BY d.user_id, d.local_date",
        (guild_id, since.isoformat()),
    )
    found: dict[int, tuple[int, list[date]]] = {}
    for r in rows:
        found.setdefault(r["user_id"], (int(r["goal"]), []))[1].append(
            date.fromisoformat(r["local_date"])
        )
    return [(user, goal, days) for user, (goal, days) in found.items()]
