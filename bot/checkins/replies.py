"""How check-ins read, in Discord and the console alike."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.checkins import charts
from bot.checkins.models import Checkin
from bot.checkins.service import CheckinResult, HistoryPage, Leaderboard, Stats
from bot.questions.replies import care_reply
from bot.replies import Action, Attachment, Field, Reply, Tone, error_reply
from bot.timezones import fixed_offset_note

NameOf = Callable[[int], str]
_PERIODS = {"week": "this week", "month": "this month", "all": "all time"}
_HIDDEN = "You're hidden from the leaderboard (/privacy leaderboard show:on to appear)."


def describe(row: Checkin) -> str:
    """ "3 × 15 calf raises, 10 min" """
    amount = ""
    if row.sets and row.reps:
        amount = f"{row.sets} × {row.reps} "
    elif row.reps:
        amount = f"{row.reps} "
    elif row.sets:
        amount = f"{row.sets} sets of "
    text = f"{amount}{row.activity}"
    if row.minutes:
        text += f", {row.minutes} min"
    return text


def checkin_reply(result: CheckinResult) -> Reply:
    row = result.checkin
    lines = [
        f"**Streak:** {_days(result.streak.current)} (best {_days(result.streak.best)})",
        f"**This week:** {result.week_done} of {result.goal} day{'s' if result.goal != 1 else ''}",
    ]
    if result.milestone:
        lines.insert(0, f"🎉 **{result.milestone}-day streak!** That's a real habit.")
    if not result.created:
        lines.insert(0, "This check-in was already logged; it counts once.")
    if result.zone_is_default:
        lines.append(
            f"Your days are counted in {result.zone}, the server default. "
            "Set your own with `/timezone set`."
        )
    fields = (Field("Note", row.note),) if row.note else ()
    when = " (yesterday)" if result.backfilled else ""
    if result.warning is not None:
        # The warning first: the note describes a sign that needs care; the log comes after.
        care = care_reply(result.warning, row.note or "", result.emergency_number)
        logged = f"**Logged:** {describe(row)}{when}. " + " · ".join(lines)
        return Reply(
            title=care.title,
            body=f"{care.body}\n\n{logged}",
            fields=(*care.fields, *fields),
            footer=care.footer,
            tone=care.tone,
            actions=care.actions,
        )
    return Reply(
        title=f"Logged: {describe(row)}{when}",
        body="\n".join(lines),
        fields=fields,
        tone=Tone.SUCCESS,
    )


def undo_prompt(row: Checkin | None) -> Reply:
    if row is None:
        return Reply(
            body="There's no check-in from the last 24 hours to undo.",
            tone=Tone.ERROR,
            private=True,
        )
    return Reply(
        title="Remove this check-in?",
        body=f"{describe(row)} on {row.local_date.isoformat()}",
        private=True,
        actions=(
            Action("Remove it", f"checkin-undo:{row.id}", f"/checkin undo {row.id}"),
            Action("Keep it", "dismiss", "/cancel"),
        ),
    )


def undo_done(removed: bool) -> Reply:
    if removed:
        return Reply(body="Removed. Your streak has been recalculated.", private=True)
    return Reply(
        body="That check-in can't be removed any more: it's over 24 hours old or not your latest.",
        tone=Tone.ERROR,
        private=True,
    )


def chart_title(stats: Stats) -> str:
    """The line over the /stats chart (the service draws it; this names it for a reader)."""
    return charts.chart_title(stats.streak.active_days, stats.recent)


def stats_reply(stats: Stats, name: str, chart: bytes) -> Reply:
    totals = "\n".join(f"{activity}: {n}" for activity, n in stats.totals.items()) or "none yet"
    return Reply(
        title=f"Stats for {name}",
        body=(
            f"**Current streak:** {_days(stats.streak.current)}\n"
            f"**Best streak:** {_days(stats.streak.best)}\n"
            f"**Active days:** {stats.streak.active_days}\n"
            f"**This week:** {stats.week_done} of {stats.goal}"
        ),
        fields=(Field("Check-ins by activity", totals),),
        files=(Attachment("stats.png", chart, "The last 12 weeks of check-ins"),),
    )


def leaderboard_reply(board: Leaderboard, name_of: NameOf) -> Reply:
    period = _PERIODS[board.period]
    if not board.top and board.viewer_hidden:
        # Their own check-ins may be why it isn't empty: never tell them to be the first.
        return Reply(
            title=f"Leaderboard, {period}",
            body=f"Nobody is on the board yet. {_HIDDEN}",
        )
    if not board.top:
        return Reply(title=f"Leaderboard, {period}", body="No check-ins yet. Be the first!")
    lines = [
        f"{rank}. {name_of(row.user_id)}: {_days(row.active_days)}, {row.checkins} check-ins"
        for rank, row in enumerate(board.top, 1)
    ]
    if board.viewer_hidden:
        footer = _HIDDEN
    elif board.viewer_rank is None:
        footer = "You're not on the board yet: /checkin after a workout."
    else:
        footer = f"You're #{board.viewer_rank}."
    return Reply(title=f"Leaderboard, {period}", body="\n".join(lines), footer=footer)


def history_reply(page: HistoryPage) -> Reply:
    if not page.rows:
        return Reply(body="No check-ins yet.", private=True)
    lines = [
        f"{row.local_date.isoformat()}: {describe(row)}" + (f" ({row.note})" if row.note else "")
        for row in page.rows
    ]
    actions = []
    if page.page > 1:
        actions.append(Action("Newer", f"history:{page.page - 1}", f"/history {page.page - 1}"))
    if page.page < page.pages:
        actions.append(Action("Older", f"history:{page.page + 1}", f"/history {page.page + 1}"))
    return Reply(
        title="Your check-ins",
        body="\n".join(lines),
        footer=f"Page {page.page} of {page.pages}",
        private=True,
        actions=tuple(actions),
    )


def export_reply(csv_data: bytes) -> Reply:
    return Reply(
        body=(
            "Everything Second Heart stores about you: check-ins, reminders, settings and feedback."
        ),
        private=True,
        files=(Attachment("second-heart-export.csv", csv_data, "Your data"),),
    )


def forget_prompt(user_id: int) -> Reply:
    return Reply(
        title="Delete all your data?",
        body=(
            "This removes every check-in, setting and vote of yours, for good. "
            "Use `/export` first if you want a copy."
        ),
        tone=Tone.WARNING,
        private=True,
        actions=(
            Action("Delete everything", f"forget:{user_id}", "/forget-me confirm"),
            Action("Cancel", "dismiss", "/cancel"),
        ),
    )


def forgotten_reply(deleted: dict[str, int]) -> Reply:
    if not deleted:
        return Reply(body="There was nothing stored about you.", private=True)
    lines = "\n".join(f"{table.replace('_', ' ')}: {n}" for table, n in sorted(deleted.items()))
    return Reply(title="Deleted", body=f"Removed from every table:\n{lines}", private=True)


def goal_reply(days: int) -> Reply:
    return setting_reply(f"Your weekly goal is now {_days(days)}.")


def privacy_reply(visible: bool) -> Reply:
    """The answer to /privacy leaderboard."""
    return setting_reply(
        "You're shown on leaderboards." if visible else "You're hidden from leaderboards."
    )


def setting_reply(text: str) -> Reply:
    return Reply(body=text, tone=Tone.SUCCESS, private=True)


def nothing_changed() -> Reply:
    """The answer to "Keep it" or "Cancel" on a confirmation."""
    return setting_reply("OK, nothing changed.")


def timezone_set_reply(zone_name: str) -> Reply:
    """The new zone, and a word of warning if it is a bare offset with no summer time."""
    note = fixed_offset_note(zone_name)
    reply = setting_reply(f"Your time zone is now {zone_name}.")
    return dataclasses.replace(reply, body=f"{reply.body}\n{note}") if note else reply


def timezone_reply(zone_name: str, is_default: bool) -> Reply:
    note = " (the server default; set yours with /timezone set)" if is_default else ""
    return setting_reply(f"Your time zone is {zone_name}{note}.")


def _days(n: int) -> str:
    return _counted(n, "day")


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def stats_not_shared_reply() -> Reply:
    return error_reply("You can see someone's stats only in a server you share.")


def not_your_confirmation_reply() -> Reply:
    return error_reply("Only the person who asked can confirm this.")
