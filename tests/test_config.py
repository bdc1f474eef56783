from __future__ import annotations

import logging
import sys
from pathlib import Path

import msgspec
import pytest
import yaml

from bot.config import Config, ConfigError, load_config
from bot.logs import REDACTED, RedactingFormatter
from bot.shards import ShardPlan
from tests.helpers import REPO

TOKEN = "MTIzNDU2Nzg5.secret-token-value"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_is_loaded(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "discord:\n  message_content: true\n"
        "database:\n  path: /tmp/x.db\n"
        "logging:\n  level: DEBUG\n"
        "default_timezone: Europe/Berlin\n",
    )
    config = load_config(path, env={})
    assert config.discord.message_content is True
    assert config.database.path == "/tmp/x.db"
    assert config.logging.level == "DEBUG"
    assert config.default_timezone == "Europe/Berlin"


def test_no_file_and_no_env_gives_working_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(None, env={})
    assert not config.discord.token
    assert config.database.path == "data/second-heart.db"
    assert config.default_timezone == "UTC"


def test_named_file_that_is_missing_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(ConfigError, match=r"nope\.yaml: config file not found"):
        load_config(missing, env={})


def test_unknown_key_names_file_and_full_key(tmp_path: Path) -> None:
    path = write(tmp_path, "discord:\n  tokn: abc\n")
    with pytest.raises(ConfigError) as info:
        load_config(path, env={})
    assert str(info.value) == (
        f"{path}: discord.tokn: unknown key (check the spelling against config.example.yaml)"
    )


def test_a_retired_key_says_why_it_went(tmp_path: Path) -> None:
    path = write(tmp_path, "reminders:\n  jitter_seconds: 60\n")
    why = r"no longer used \(reminders are now sent at their due second\); remove it$"
    with pytest.raises(ConfigError, match=r"\.yaml: reminders\.jitter_seconds: " + why):
        load_config(path, env={})


def test_unknown_top_level_section_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "databse:\n  path: x.db\n")
    with pytest.raises(ConfigError, match="databse: unknown key"):
        load_config(path, env={})


def test_wrong_type_names_key_and_expected_type(tmp_path: Path) -> None:
    path = write(tmp_path, "discord:\n  message_content: 'yes'\n")
    with pytest.raises(ConfigError) as info:
        load_config(path, env={})
    assert str(info.value) == f"{path}: discord.message_content: expected `bool`, got `str`"


def test_wrong_token_type_keeps_the_key_path(tmp_path: Path) -> None:
    path = write(tmp_path, "discord:\n  token: 12345\n")
    with pytest.raises(ConfigError, match=r"discord\.token: expected a string, got int"):
        load_config(path, env={})


def test_out_of_range_value_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "database:\n  busy_timeout_ms: 0\n")
    with pytest.raises(ConfigError, match=r"database\.busy_timeout_ms: expected `int` >= 1"):
        load_config(path, env={})


@pytest.mark.parametrize("days", ["0", "3651", "'30'", "1.5"])
def test_a_retention_outside_one_day_to_ten_years_is_refused(tmp_path: Path, days: str) -> None:
    path = write(tmp_path, f"reminders:\n  retention_days: {days}\n")
    with pytest.raises(ConfigError, match=r"\.yaml: reminders\.retention_days: expected `int`"):
        load_config(path, env={})


def test_unknown_time_zone_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "default_timezone: Mars/Olympus\n")
    with pytest.raises(ConfigError, match="default_timezone: unknown time zone 'Mars/Olympus'"):
        load_config(path, env={})


@pytest.mark.parametrize("name", ["Europe", "Europe/" + "x" * 300, "right/UTC", "localtime"])
def test_a_default_timezone_that_is_not_a_bundled_zone_is_a_config_error(
    tmp_path: Path, name: str
) -> None:
    path = write(tmp_path, f"default_timezone: {name}\n")
    with pytest.raises(ConfigError, match="default_timezone: unknown time zone") as refused:
        load_config(path, env={})
    assert len(str(refused.value)) < 250


def test_bad_endpoint_url_names_the_key(tmp_path: Path) -> None:
    path = write(tmp_path, "discord:\n  gateway_url: http://127.0.0.1/gw\n")
    with pytest.raises(ConfigError, match=r"discord\.gateway_url: expected a ws:// or wss:// URL"):
        load_config(path, env={})


def test_yaml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "discord:\n  token: x\nlogging: [oops\n")
    with pytest.raises(ConfigError, match=rf"{path}:4: not valid YAML"):
        load_config(path, env={})


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "- a\n- b\n")
    with pytest.raises(ConfigError, match="expected a mapping"):
        load_config(path, env={})


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "database:\n  path: from-file.db\nlogging:\n  level: INFO\n")
    env = {
        "DISCORD_TOKEN": TOKEN,
        "SECOND_HEART_DB": "from-env.db",
        "SECOND_HEART_LOG_LEVEL": "debug",
        "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10",
        "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9/gateway",
    }
    config = load_config(path, env=env)
    assert config.discord.token.reveal() == TOKEN
    assert config.database.path == "from-env.db"
    assert config.logging.level == "DEBUG"
    assert config.discord.api_base == "http://127.0.0.1:9/api/v10"
    assert config.discord.gateway_url == "ws://127.0.0.1:9/gateway"


def test_the_vector_cache_folder_comes_from_the_environment(tmp_path: Path) -> None:
    # The systemd unit's working folder is read-only: the cache must be movable without a file.
    path = write(tmp_path, "questions:\n  cache_dir: data/cache\n")
    config = load_config(path, env={"SECOND_HEART_CACHE_DIR": "/var/cache/second-heart/vectors"})
    assert config.questions.cache_dir == "/var/cache/second-heart/vectors"


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, ""), env={"SECOND_HEART_LOG_LEVEL": "loud"})
    assert str(info.value) == "environment variable SECOND_HEART_LOG_LEVEL: invalid value 'LOUD'"


def test_empty_environment_variable_does_not_override(tmp_path: Path) -> None:
    path = write(tmp_path, f"discord:\n  token: {TOKEN}\n")
    assert load_config(path, env={"DISCORD_TOKEN": ""}).discord.token.reveal() == TOKEN


def test_token_is_not_in_repr_or_str(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, f"discord:\n  token: {TOKEN}\n"), env={})
    assert TOKEN not in repr(config)
    assert TOKEN not in str(config)
    assert TOKEN not in repr(config.discord.token)
    assert TOKEN not in f"{config.discord.token}"


def test_token_is_not_in_config_errors(tmp_path: Path) -> None:
    path = write(tmp_path, f"discord:\n  token: {TOKEN}\n  message_content: 3\n")
    with pytest.raises(ConfigError) as info:
        load_config(path, env={})
    assert TOKEN not in str(info.value)


def test_token_is_redacted_from_log_lines_and_tracebacks() -> None:
    formatter = RedactingFormatter([TOKEN])
    try:
        raise RuntimeError(f"login failed with {TOKEN}")
    except RuntimeError:
        record = logging.LogRecord(
            "t", logging.ERROR, __file__, 1, "token was %s", (TOKEN,), exc_info=sys.exc_info()
        )
    text = formatter.format(record)
    assert TOKEN not in text
    assert text.count(REDACTED) == 2


INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTMw"


@pytest.mark.parametrize(
    "message",
    [
        # discord.http and the webhook adapter at DEBUG
        f"POST http://x/api/v10/interactions/130/{INTERACTION_TOKEN}/callback with None",
        f"Webhook ID 42 with PATCH http://x/webhooks/42/{INTERACTION_TOKEN}/messages/@original",
        # discord.gateway at DEBUG: the event as a dict
        f"WebSocket Event: {{'t': 'INTERACTION_CREATE', 'd': {{'token': '{INTERACTION_TOKEN}'}}}}",
        f'payload {{"token": "{INTERACTION_TOKEN}", "type": 2}}',
    ],
)
def test_interaction_tokens_are_redacted_wherever_discord_py_logs_them(message: str) -> None:
    record = logging.LogRecord("discord", logging.DEBUG, __file__, 1, "%s", (message,), None)
    text = RedactingFormatter([]).format(record)
    assert INTERACTION_TOKEN not in text
    assert REDACTED in text


def _keys(struct: type[msgspec.Struct], prefix: str = "") -> list[str]:
    keys: list[str] = []
    for field in msgspec.structs.fields(struct):
        name = f"{prefix}{field.encode_name}"
        keys.append(name)
        if isinstance(field.type, type) and issubclass(field.type, msgspec.Struct):
            keys.extend(_keys(field.type, f"{name}."))
    return keys


def test_example_config_is_valid_and_documents_every_key() -> None:
    example = REPO / "config.example.yaml"
    load_config(example, env={})
    data = yaml.safe_load(example.read_text())
    for key in _keys(Config):
        node = data
        for part in key.split("."):
            assert part in node, f"config.example.yaml lacks {key}"
            node = node[part]
    text = example.read_text().splitlines()
    for number, line in enumerate(text):
        is_section = line.rstrip().endswith(":")
        if line.strip() and not line.lstrip().startswith("#") and not is_section:
            above = text[number - 1].strip() if number else ""
            assert above.startswith("#"), f"line {number + 1} has no comment above it: {line}"


def test_question_channels_need_the_message_content_intent(tmp_path: Path) -> None:
    path = write(tmp_path, "questions:\n  channels: [123]\n")
    with pytest.raises(ConfigError, match="needs the Message Content intent"):
        load_config(path, env={})
    ok = write(tmp_path, "discord:\n  message_content: true\nquestions:\n  channels: [123]\n")
    assert load_config(ok, env={}).questions.channels == (123,)


def test_the_optional_log_file_rotates_and_redacts(tmp_path: Path) -> None:
    from bot.config import LoggingConfig
    from bot.logs import configure_logging

    path = tmp_path / "bot.log"
    configure_logging(
        LoggingConfig(level="INFO", file=str(path), max_bytes=200, backup_count=1), [TOKEN]
    )
    try:
        for n in range(10):
            logging.getLogger("test").info("line %d with %s", n, TOKEN)
    finally:
        for handler in logging.getLogger().handlers[:]:
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert path.exists()
    assert (tmp_path / "bot.log.1").exists()
    text = path.read_text() + (tmp_path / "bot.log.1").read_text()
    assert TOKEN not in text
    assert "line 9 with [redacted]" in text


def test_a_library_that_logs_at_debug_is_quiet_at_info(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.config import LoggingConfig
    from bot.logs import configure_logging

    noisy = logging.getLogger("test.noisy")
    noisy.setLevel(logging.DEBUG)  # as bm25s does to its own logger
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging(LoggingConfig(level="INFO"))
    try:
        noisy.debug("building index")
        noisy.info("index built")
    finally:
        for handler in root.handlers[:]:
            root.removeHandler(handler)
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
    err = capsys.readouterr().err
    assert "index built" in err
    assert "building index" not in err


def test_shards_are_read_as_a_plan_and_unset_means_unsharded(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "discord: {}\n"), env={}).discord.shard_plan is None
    both = load_config(write(tmp_path, "discord:\n  shard_count: 4\n  shard_ids: [1, 3]\n"), {})
    assert both.discord.shard_plan == ShardPlan(4, (1, 3))
    every = load_config(write(tmp_path, "discord:\n  shard_count: 2\n"), env={})
    assert every.discord.shard_plan == ShardPlan(2, (0, 1))


@pytest.mark.parametrize(
    ("discord", "message"),
    [
        ("shard_ids: [0]", "discord.shard_ids: also set discord.shard_count"),
        ("shard_count: 0", "discord.shard_count: expected `int` >= 1"),
        ("shard_count: 2\n  shard_ids: [0, 2]", "discord.shard_ids: shard 2 is outside 0-1"),
        ("shard_count: 2\n  shard_ids: [1, 1]", "discord.shard_ids: shard 1 is named twice"),
        ("shard_count: 2\n  shard_ids: []", "discord.shard_ids: name at least one shard"),
    ],
)
def test_shards_that_cannot_run_are_a_config_error_naming_the_key(
    tmp_path: Path, discord: str, message: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, f"discord:\n  {discord}\n"), env={})
    assert str(raised.value).startswith(f"{tmp_path / 'config.yaml'}: {message}")
