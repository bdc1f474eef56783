"""The console in-process: the same services, rendered as text."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import App
from bot.catalog import COMMANDS, CONSOLE_ONLY
from bot.clock import AdjustableClock, SystemClock
from bot.config import Config, DatabaseConfig, DiscordConfig
from bot.console import Console, Quit, console_setup, display_width, render_text
from bot.replies import Reply, Tone
from tests.helpers import rows, run_bot


@pytest.fixture
def console(app: App) -> Console:
    return Console(app, user_id=42)


async def text(console: Console, line: str) -> str:
    reply = await console.handle(line)
    assert reply is not None
    return render_text(reply)


async def test_plain_text_is_a_question(console: Console) -> None:
    assert "Calf cramps" in await text(console, "what causes calf cramps at night")


async def test_a_numbered_pick_opens_a_suggestion(console: Console) -> None:
    suggestions = await text(console, "/ask leg training")
    assert "  1. " in suggestions
    picked = await text(console, "1")
    assert "Sources:" in picked


async def test_a_numbered_pick_works_after_a_plain_question(console: Console) -> None:
    assert "  1. " in await text(console, "leg training")
    assert "Sources:" in await text(console, "1")


async def test_a_numbered_pick_opens_a_related_topic(console: Console) -> None:
    answer = await text(console, "what causes calf cramps at night")
    [third] = [line for line in answer.splitlines() if line.startswith("  3. Related: ")]
    title = third.removeprefix("  3. Related: ").split("  (/topic ")[0]
    assert title in (await text(console, "3")).splitlines()[0]


async def test_a_pick_out_of_range_is_explained(console: Console) -> None:
    await console.handle("/ask leg training")
    assert "Pick a number from 1 to" in await text(console, "9")


async def test_rating_the_last_answer_records_the_vote(console: Console, app: App) -> None:
    await console.handle("what causes calf cramps at night")
    assert "Thanks" in await text(console, "/unhelpful")
    assert rows(app, "SELECT user_id, entry_id, helpful FROM answer_feedback") == [
        (42, "calf-cramps", 0)
    ]


async def test_rating_with_no_answer_yet_is_explained(console: Console) -> None:
    assert "ask a question first" in await text(console, "/helpful")


async def test_an_empty_ask_shows_an_example(console: Console) -> None:
    assert "for example" in await text(console, "/ask")


async def test_unknown_topic_is_explained(console: Console) -> None:
    assert "There is no topic 'nope'" in await text(console, "/topic nope")


async def test_curator_commands(console: Console) -> None:
    await console.handle("recommend a good anime")
    assert "1 × recommend a good anime" in await text(console, "/kb gaps")
    assert "reloaded" in await text(console, "/kb reload")
    assert "Use /kb reload or /kb gaps" in await text(console, "/kb frobnicate")


async def test_blank_lines_are_ignored_and_quit_ends(console: Console) -> None:
    assert await console.handle("   ") is None
    with pytest.raises(Quit):
        await console.handle("/quit")


def on_files(tmp_path: Path, bot: str, console: str) -> Config:
    return Config(
        database=DatabaseConfig(path=str(tmp_path / bot), console_path=str(tmp_path / console))
    )


def test_the_console_opens_its_own_file_with_a_clock_that_moves(tmp_path: Path) -> None:
    config, clock = console_setup(on_files(tmp_path, "bot.db", "console.db"))
    assert config.database.path == str(tmp_path / "console.db")
    assert isinstance(clock, AdjustableClock)


def test_the_console_shows_every_guilds_reminders_whatever_shards_the_config_names(
    tmp_path: Path,
) -> None:
    """A config for a bot on shard 1 of 2 would keep shard 0's channel reminders from it."""
    sharded = msgspec.structs.replace(
        on_files(tmp_path, "bot.db", "console.db"),
        discord=DiscordConfig(shard_count=2, shard_ids=(1,)),
    )
    config, _ = console_setup(sharded)
    assert config.discord.shard_plan is None


@pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
def test_the_clock_stays_put_on_the_bots_file_however_it_is_named(
    tmp_path: Path, link: str
) -> None:
    (tmp_path / "bot.db").write_bytes(b"")
    if link == "symlink":
        (tmp_path / "console.db").symlink_to(tmp_path / "bot.db")
    elif link == "hardlink":
        (tmp_path / "console.db").hardlink_to(tmp_path / "bot.db")
    console = "bot.db" if link == "same" else "console.db"
    _, clock = console_setup(on_files(tmp_path, "bot.db", console))
    assert isinstance(clock, SystemClock)


@pytest.mark.parametrize(
    ("title", "tone"),
    [
        ("Delete all your data?", Tone.WARNING),
        ("Done ✅ 🎉", Tone.SUCCESS),
        ("Tägliche Übung: 小腿", Tone.URGENT),
        ("**Bold** title", Tone.INFO),
    ],
)
def test_a_title_is_underlined_to_its_full_width_on_screen(title: str, tone: Tone) -> None:
    first, underline, *_ = render_text(Reply(body="b", title=title, tone=tone)).splitlines()
    assert "**" not in first
    assert len(underline) == display_width(first)
    assert set(underline) == {"="}


def test_wide_characters_take_two_columns_and_marks_none() -> None:
    assert display_width("ab") == 2
    assert display_width("✅") == 2
    assert display_width("小腿") == 4
    assert display_width("e\u0301") == 1
    assert display_width("❤\ufe0f") == 1


def test_every_command_in_the_catalog_has_a_console_handler(console: Console) -> None:
    assert set(console._handlers) == {c.name for c in (*COMMANDS, *CONSOLE_ONLY)}


_NAMES = sorted({c.name for c in (*COMMANDS, *CONSOLE_ONLY)})
_KEYS = sorted({f"{o.name}:" for c in (*COMMANDS, *CONSOLE_ONLY) for o in c.options})
_WORD = st.one_of(
    st.text(max_size=10),
    st.sampled_from(["99999999999999999999", "²", "-1", "0", "<t:99999999999999:F>", "+5000000d"]),
    st.builds(str.__add__, st.sampled_from(_KEYS), st.text(max_size=10)),
)
_LINE = st.one_of(
    st.builds(
        lambda n, ws: " ".join(["/" + n, *ws]), st.sampled_from(_NAMES), st.lists(_WORD, max_size=4)
    ),
    st.text(max_size=30),
    st.from_regex(r"[0-9]{1,30}", fullmatch=True),
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(lines=st.lists(_LINE, min_size=1, max_size=5))
async def test_no_line_typed_into_the_console_ends_the_session_or_logs_an_error(
    console: Console, caplog: pytest.LogCaptureFixture, lines: list[str]
) -> None:
    caplog.clear()
    for line in lines:
        try:
            reply = await console.handle(line)
        except Quit:
            continue
        if reply is not None:
            render_text(reply)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_a_used_reminder_refuses_a_second_press_in_the_console(tmp_path: Path) -> None:
    due = datetime.now(UTC) + timedelta(minutes=2)
    script = [
        f"/remind set time:{due:%H:%M}",
        "/clock +5m",  # the reminder arrives, offering 1. Done 2. Snooze 3. Skip today
        "2",
        "/remind snooze 1",
        "/remind done 1",
        "/clock +61m",  # the one snooze comes back
    ]
    # The console's own file: /clock only moves on a database the bot doesn't use.
    result = run_bot(
        tmp_path,
        "console",
        stdin="\n".join(script) + "\n",
        SECOND_HEART_CONSOLE_DB=str(tmp_path / "console.db"),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("Snoozed: I'll remind you again at") == 1
    assert out.count("Already snoozed: I'll remind you again at") == 1
    assert "You snoozed this reminder" in out
    assert "Logged" not in out
    assert out.count("Calf-raise time") == 2
