"""The console as a newcomer (or an attacker) uses it: `python -m bot console` in a subprocess,
commands on stdin, real database files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.helpers import bot_env, write_test_config

# Sent after every line: its reply marks where the line's own reply ends.
_SEPARATOR = "/--"
_SEPARATOR_REPLY = "✗ There is no /-- command. Type /help for the list."


def session(tmp_path: Path, *lines: str, **env: str) -> list[str]:
    """Each line's reply, in order. The session must end cleanly, with no traceback."""
    stdin = "".join(f"{line}\n{_SEPARATOR}\n" for line in lines)
    write_test_config(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=bot_env(tmp_path, **env),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    replies = [part.strip() for part in result.stdout.split(_SEPARATOR_REPLY)]
    assert len(replies) == len(lines) + 1, result.stdout
    return replies[:-1]


def own_database(tmp_path: Path) -> dict[str, str]:
    """The console on a file of its own, as by default: its clock can move."""
    return {"SECOND_HEART_CONSOLE_DB": str(tmp_path / "console.db")}


def count(path: Path, table: str) -> int:
    if not path.exists():
        return 0
    with sqlite3.connect(path) as conn:
        (n,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(n)


def test_the_option_forms_in_the_help_work_in_the_console(tmp_path: Path) -> None:
    replies = session(
        tmp_path,
        "/remind set time:07:30",
        "/remind skip-if-done skip:off",
        "/privacy leaderboard show:off",
        "/remind off id:1",
    )
    assert replies[0].startswith("Reminder #1 set")
    assert replies[1] == "Reminders now come every day, checked in or not."
    assert replies[2] == "You're hidden from leaderboards."
    assert replies[3] == "Reminder #1 removed."


def test_a_city_of_two_words_needs_no_quotes(tmp_path: Path) -> None:
    [reply] = session(tmp_path, "/timezone set new york")
    assert reply == "Your time zone is now America/New_York."


def test_zone_names_we_cannot_use_get_a_clear_message_and_the_session_goes_on(
    tmp_path: Path,
) -> None:
    replies = session(
        tmp_path, "/timezone set Europe", "/timezone set " + "x" * 300, "/timezone set EST"
    )
    assert replies[0].startswith("✗ 'Europe' is a region, not a time zone")
    assert replies[1].startswith("✗ I don't know the time zone")
    assert len(replies[1]) < 200
    assert replies[2].startswith("Your time zone is now EST.")
    assert "no daylight saving" in replies[2]


def test_a_channel_reminder_takes_a_city_like_timezone_does(tmp_path: Path) -> None:
    [reply] = session(tmp_path, "/remind-channel set time:07:30 zone:berlin")
    assert "(Europe/Berlin)" in reply


def test_the_channel_reminder_answers_to_its_old_console_form_too(tmp_path: Path) -> None:
    set_reply, listed, removed = session(
        tmp_path,
        "/remind channel set time:07:30 zone:berlin",
        "/remind channel",
        "/remind-channel remove",
    )
    assert "(Europe/Berlin)" in set_reply
    assert "(Europe/Berlin)" in listed
    assert removed == "The channel reminder is removed."


def test_huge_numbers_get_a_clear_message_and_the_session_goes_on(tmp_path: Path) -> None:
    replies = session(
        tmp_path,
        "/history 99999999999999999999",
        "/remind off 99999999999999999999",
        "/clock +5000000d",
        "/goal set ²",
        "/checkin",
        **own_database(tmp_path),
    )
    assert replies[0].startswith("✗ page must be a whole number from 1 to")
    assert replies[1].startswith("✗ id must be a whole number from")
    assert replies[2].startswith("✗ The clock moves at most 31 days at a time")
    assert replies[3] == (
        "✗ days-per-week must be a whole number from 1 to 7, such as days-per-week:5."
    )
    assert replies[4].startswith("Logged: calf raises")


def test_a_timestamp_no_calendar_holds_is_shown_as_typed(tmp_path: Path) -> None:
    token = "<t:99999999999999:F>"
    replies = session(
        tmp_path, f"/checkin note:{token}", "/history", f"anime on {token}?", "/kb gaps"
    )
    assert replies[0].startswith("Logged: calf raises")
    assert token in replies[1]
    assert token in replies[3]


def test_a_number_with_nothing_to_pick_is_not_taken_as_a_question(tmp_path: Path) -> None:
    replies = session(tmp_path, "/topics", "2", "/kb gaps")
    assert replies[1].startswith("✗ There's nothing to pick")
    assert "No declined or unhelpful questions" in replies[2]


def test_keep_it_and_cancel_change_nothing_and_say_so(tmp_path: Path) -> None:
    replies = session(tmp_path, "/checkin", "/checkin-undo", "2", "/forget-me", "2", "/history")
    assert replies[2] == "OK, nothing changed."
    assert replies[4] == "OK, nothing changed."
    assert "calf raises" in replies[5]


def test_the_console_keeps_its_own_database_by_default(tmp_path: Path) -> None:
    # The console's file unset, as for a newcomer: data/console.db beside the working folder.
    replies = session(tmp_path, "/clock +5d", "/checkin", SECOND_HEART_CONSOLE_DB="")
    assert replies[1].startswith("Logged")
    assert count(tmp_path / "bot.db", "checkins") == 0
    assert count(tmp_path / "data" / "console.db", "checkins") == 1


def test_the_clock_stays_put_on_the_bots_own_database(tmp_path: Path) -> None:
    # tests.helpers points the console at the bot's file unless a test says otherwise.
    replies = session(tmp_path, "/clock +5d", "/checkin")
    assert replies[0].startswith("✗ The clock can't move here")
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        [(day,)] = conn.execute("SELECT local_date FROM checkins").fetchall()
    today = datetime.now(UTC).date()
    assert day in (today.isoformat(), (today + timedelta(days=1)).isoformat())


def test_reminders_fired_by_the_clock_come_on_time_each_day(tmp_path: Path) -> None:
    at = (datetime.now(UTC) + timedelta(hours=2)).strftime("%H:%M")
    replies = session(tmp_path, f"/remind set time:{at}", "/clock +3d", **own_database(tmp_path))
    assert replies[1].count("Calf-raise time") == 3
    assert "Sent late" not in replies[1]


def test_the_console_shows_markdown_as_readable_text(tmp_path: Path) -> None:
    replies = session(tmp_path, "/checkin", "what causes calf cramps at night", "/forget-me")
    assert "**" not in "".join(replies)
    assert "Streak: 1 day" in replies[0]
    assert " <https://" in replies[1]
    title, underline = replies[2].splitlines()[:2]
    assert title == "! Delete all your data?"
    assert underline == "=" * len(title)
