"""The console reads each command from the catalog, the one description Discord registers too."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog import ALIASES, COMMANDS, CONSOLE_ONLY, GROUP_DEFAULTS, CommandInfo, Option
from bot.console.parse import DISCORD_INTEGER, CommandError, Parsed, parse_line

ALL = (*COMMANDS, *CONSOLE_ONLY)
# A value Discord would accept for each kind of option, for the forms /help documents.
SAMPLE = {"text": "07:30", "integer": "3", "member": "@ada", "channel": "#general", "role": "@x"}


def parse(line: str) -> Parsed:
    return parse_line(line, ALL, GROUP_DEFAULTS, ALIASES)


def sample(option: Option) -> str:
    if option.choices:
        return option.choices[-1]
    if option.kind == "integer" and option.low is not None:
        return str(option.low)
    return SAMPLE[option.kind]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_documented_form_is_read_with_every_option_named(command: CommandInfo) -> None:
    options = [o for o in command.options if not o.console_only]
    parsed = parse(" ".join([command.name, *(f"{o.name}:{sample(o)}" for o in options)]))
    assert parsed.command == command
    for option in options:
        expected: str | int = sample(option)
        if option.kind == "integer":
            expected = int(expected)
        assert parsed.values[option.name] == expected


@pytest.mark.parametrize(
    ("line", "name", "values"),
    [
        ("remind off id:3", "remind off", {"id": 3}),
        ("remind off 3", "remind off", {"id": 3}),
        ("remind off #3", "remind off", {"id": 3}),
        ("remind skip-if-done skip:off", "remind skip-if-done", {"skip": "off"}),
        ("remind skip-if-done off", "remind skip-if-done", {"skip": "off"}),
        ("privacy leaderboard show:off", "privacy leaderboard", {"show": "off"}),
        ("privacy leaderboard off", "privacy leaderboard", {"show": "off"}),
        ("goal set days-per-week:5", "goal set", {"days-per-week": 5}),
        ("goal set 5", "goal set", {"days-per-week": 5}),
        ("leaderboard month", "leaderboard", {"period": "month"}),
        ("remind", "remind list", {}),
        ("timezone", "timezone show", {}),
        ("remind-channel", "remind-channel list", {}),
    ],
)
def test_the_forms_the_readme_and_help_give_are_read(
    line: str, name: str, values: dict[str, object]
) -> None:
    parsed = parse(line)
    assert parsed.command.name == name
    assert {k: v for k, v in parsed.values.items() if k in values} == values


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("remind channel", "remind-channel list"),
        ("remind channel list", "remind-channel list"),
        ("Remind Channel remove", "remind-channel remove"),
        ("remind channel set time:07:30 zone:berlin", "remind-channel set"),
    ],
)
def test_the_old_remind_channel_form_still_works(line: str, name: str) -> None:
    assert parse(line).command.name == name


@pytest.mark.parametrize(
    ("line", "option", "value"),
    [
        ("timezone set new york", "zone", "new york"),
        ("timezone set zone:new york", "zone", "new york"),
        ("remind set time:7:30 pm days:mon to fri", "days", "mon to fri"),
        ("remind set time:7:30 pm days:mon to fri", "time", "7:30 pm"),
        ('checkin note:"leg day" sets:3', "note", "leg day"),
        ("checkin note:leg day: done sets:3", "note", "leg day: done"),
        ("checkin note:see https://example.org reps:10", "note", "see https://example.org"),
    ],
)
def test_a_value_of_several_words_runs_to_the_next_option(
    line: str, option: str, value: str
) -> None:
    assert parse(line).values[option] == value


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("goal set ²", "days-per-week must be a whole number from 1 to 7"),
        ("goal set 9", "days-per-week must be a whole number from 1 to 7"),
        ("remind off 99999999999999999999", "id must be a whole number from"),
        ("remind off " + "9" * 5000, "id must be a whole number"),
        ("history 99999999999999999999", "page must be a whole number from 1"),
        ("leaderboard period:year", "period is one of: week, month, all."),
        ("remind set time:7pm dayz:weekdays", "/remind set has no option dayz"),
        ("remind off", "Add id:, for example: /remind off id:3"),
        ("remind set time:" + "1" * 21, "time is at most 20 characters"),
        ("topics 2", "/topics takes no options"),
        ("remind off 3 id:4", "You gave id: twice"),
        ("kb frobnicate", "Use /kb reload or /kb gaps."),
        # An old form's mistakes are answered with the form to use now.
        ("remind channel frobnicate", "Use /remind-channel list, /remind-channel set"),
        ("frobnicate", "There is no /frobnicate command"),
    ],
)
def test_input_we_cannot_read_gets_one_clear_message(line: str, message: str) -> None:
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace("?", r"\?")):
        parse(line)


def test_whole_numbers_are_bounded_as_discord_bounds_them() -> None:
    assert parse(f"remind off {DISCORD_INTEGER}").values["id"] == DISCORD_INTEGER
    with pytest.raises(CommandError):
        parse(f"remind off {DISCORD_INTEGER + 1}")


_KEYS = sorted({f"{o.name}:" for c in ALL for o in c.options} | {"x:", "07:", "#"})
_WORDS = st.one_of(
    st.text(max_size=12),
    st.builds(lambda key, value: key + value, st.sampled_from(_KEYS), st.text(max_size=12)),
)


@settings(deadline=None, max_examples=400)
@given(st.sampled_from([c.name for c in ALL] + ["", "remind", "kb"]), st.lists(_WORDS, max_size=8))
def test_any_line_is_read_or_refused_with_a_message(name: str, words: list[str]) -> None:
    started = time.monotonic()
    outcome: Parsed | CommandError
    try:
        outcome = parse(" ".join([name, *words]))
    except CommandError as exc:
        outcome = exc
    assert time.monotonic() - started < 0.5
    if isinstance(outcome, CommandError):
        assert str(outcome).strip()
    else:
        assert outcome.command in ALL
        for option in outcome.command.options:
            value = outcome.values.get(option.name)
            if option.kind == "integer" and value is not None:
                assert isinstance(value, int)
                assert abs(value) <= DISCORD_INTEGER
