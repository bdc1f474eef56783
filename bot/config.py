"""Typed configuration: config.yaml, then environment variables, validated at start-up.

A wrong key, type or value raises ConfigError with a message that names the file (or the
environment variable), the key and what was expected. Unknown keys are errors, so typos are caught.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Final, Literal

import msgspec
import yaml

from bot.shards import ShardPlan, shard_problem
from bot.timezones import known_zones, shown

DEFAULT_CONFIG_PATH: Final = Path("config.yaml")

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
PositiveInt = Annotated[int, msgspec.Meta(ge=1)]


class ConfigError(Exception):
    """A configuration problem the operator can fix; the message says where and how."""


class Secret:
    """A string that never shows itself in repr, str, logs or error messages."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return "Secret('********')" if self._value else "Secret('')"

    __str__ = __repr__


class _Section(msgspec.Struct, forbid_unknown_fields=True, kw_only=True, frozen=True):
    """A config section: unknown keys are errors. (Subclasses repeat frozen=True for mypy.)"""


class DiscordConfig(_Section, frozen=True):
    # The bot token; empty means "no Discord: start the local console".
    token: Secret = msgspec.field(default_factory=lambda: Secret(""))
    # Another Discord-compatible REST base, e.g. http://127.0.0.1:8080/api/v10 (tests use this).
    api_base: str | None = None
    # Another Discord-compatible gateway, e.g. ws://127.0.0.1:8080/gateway.
    gateway_url: str | None = None
    # The privileged Message Content intent: only needed to answer in a channel without a mention.
    message_content: bool = False
    # Run Discord shards `shard_ids` (all of them if unset) of `shard_count` in this process;
    # `python -m bot run --shards 0-3/8` sets both. Unset: one connection for every guild, all
    # a bot in fewer than 2,500 servers needs.
    shard_count: PositiveInt | None = None
    shard_ids: tuple[int, ...] | None = None

    @property
    def shard_plan(self) -> ShardPlan | None:
        """The shards to run, or None to connect unsharded, as before sharding existed."""
        if self.shard_count is None:
            return None
        ids = self.shard_ids if self.shard_ids is not None else tuple(range(self.shard_count))
        return ShardPlan(self.shard_count, ids)

    def __post_init__(self) -> None:
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise ValueError("shard_ids: also set discord.shard_count, the shards in all")
            problem = shard_problem(self.shard_count, self.shard_ids)
            if problem:
                raise ValueError(f"shard_ids: {problem}")
        if self.api_base is not None and not re.match(r"^https?://\S+$", self.api_base):
            raise ValueError("api_base: expected an http:// or https:// URL")
        if self.gateway_url is not None and not re.match(r"^wss?://\S+$", self.gateway_url):
            raise ValueError("gateway_url: expected a ws:// or wss:// URL")


class DatabaseConfig(_Section, frozen=True):
    # The SQLite file. Its directory is created if missing; a lock file sits beside it.
    path: str = "data/second-heart.db"
    # Instead of `path`: sqlite:///path/to/file.db, or postgresql://user:password@host/dbname to
    # run several processes on one PostgreSQL database (README § Running at scale).
    url: str | None = None
    # The local console's own file: its pretend member and its movable clock (/clock +1d) never
    # touch the bot's data. Set it to `path` to use the console on the bot's data; the clock
    # then stays put.
    console_path: str = "data/console.db"
    # How long a writer waits for a lock held by another connection (e.g. a backup).
    busy_timeout_ms: PositiveInt = 5000
    # Before a new version migrates the SQLite file, a copy goes to backups/ beside it; this many
    # of the newest are kept. 0 upgrades without one (only if you back up otherwise).
    backups_before_migration: Annotated[int, msgspec.Meta(ge=0, le=100)] = 3

    def __post_init__(self) -> None:
        if self.url is not None and not re.match(r"^(sqlite:///|postgres(ql)?://)\S+$", self.url):
            raise ValueError(
                "url: expected sqlite:///path/to/file.db or postgresql://user@host/dbname"
            )

    @property
    def target(self) -> str:
        """What to open: the URL if one is set, else the SQLite file at `path`."""
        return self.url or self.path


class LoggingConfig(_Section, frozen=True):
    level: LogLevel = "INFO"
    # Also log to this file, rotated by size; None logs to stderr only.
    file: str | None = None
    max_bytes: PositiveInt = 5_000_000
    backup_count: Annotated[int, msgspec.Meta(ge=0)] = 3


class KnowledgeConfig(_Section, frozen=True):
    # The folder of curated YAML entries.
    path: str = "knowledge"


class QuestionsConfig(_Section, frozen=True):
    # "semantic" (MiniLM; falls back to lexical if the model cannot load) or "lexical" (BM25).
    engine: Literal["semantic", "lexical"] = "semantic"
    # Where the semantic engine caches phrasing vectors; null recomputes them at every start.
    cache_dir: str | None = "data/cache"
    # Per-member limit on questions in Discord: at most `cooldown_rate` per `cooldown_seconds`.
    cooldown_rate: PositiveInt = 5
    cooldown_seconds: PositiveInt = 60
    # Channel ids where every message is a question, no mention needed. Needs the privileged
    # Message Content intent (discord.message_content: true), since Discord sends no text without.
    channels: tuple[int, ...] = ()


class RemindersConfig(_Section, frozen=True):
    # After downtime, the latest missed reminder is still sent (marked late) within this window.
    grace_minutes: PositiveInt = 120
    # How many reminders one member may have.
    max_per_member: PositiveInt = 10
    # Discord requests a second for reminders, every one counted: opening a DM, sending, and
    # each retry. Discord allows 50 a second in all; the default leaves 10 for commands.
    sends_per_second: Annotated[float, msgspec.Meta(gt=0, le=50)] = 40.0
    # Sent, skipped and failed occurrences are deleted this many days after they were due.
    retention_days: Annotated[int, msgspec.Meta(ge=1, le=3650)] = 30


class StreaksConfig(_Section, frozen=True):
    # Paused days (/streak pause) a member may use per calendar month.
    pause_days_per_month: Annotated[int, msgspec.Meta(ge=1, le=31)] = 14
    # The streak-at-risk nudge's default: this many hours before the member's local midnight.
    nudge_hours: Annotated[int, msgspec.Meta(ge=1, le=12)] = 3


class MetricsConfig(_Section, frozen=True):
    # The port of the Prometheus endpoint (GET /metrics); null, the default, opens no port.
    port: Annotated[int, msgspec.Meta(ge=1, le=65535)] | None = None
    # The address it listens on: this machine only by default. In a container, 0.0.0.0, so
    # the port can be published (the container's network is then what keeps it private).
    host: str = "127.0.0.1"

    def __post_init__(self) -> None:
        try:
            ipaddress.ip_address(self.host)
        except ValueError:
            raise ValueError(
                "host: expected an IP address such as 127.0.0.1 (this machine only) or 0.0.0.0"
            ) from None


class Config(_Section, frozen=True):
    discord: DiscordConfig = msgspec.field(default_factory=DiscordConfig)
    database: DatabaseConfig = msgspec.field(default_factory=DatabaseConfig)
    logging: LoggingConfig = msgspec.field(default_factory=LoggingConfig)
    knowledge: KnowledgeConfig = msgspec.field(default_factory=KnowledgeConfig)
    questions: QuestionsConfig = msgspec.field(default_factory=QuestionsConfig)
    reminders: RemindersConfig = msgspec.field(default_factory=RemindersConfig)
    streaks: StreaksConfig = msgspec.field(default_factory=StreaksConfig)
    metrics: MetricsConfig = msgspec.field(default_factory=MetricsConfig)
    # The zone used for a member who has not set theirs yet.
    default_timezone: str = "UTC"
    # Named in every "call now" reply; empty: "your local emergency number (999, 911, 112)".
    emergency_number: str = ""

    def __post_init__(self) -> None:
        if self.questions.channels and not self.discord.message_content:
            raise ValueError(
                "questions: channels: answering without a mention needs the Message Content "
                "intent; set discord.message_content: true (and enable it in the portal)"
            )
        if len(self.emergency_number) > 40:
            raise ValueError("emergency_number: at most 40 characters, such as '999' or '112'")
        # The same list a member's /timezone accepts, so the zone loads on every host.
        if self.default_timezone not in known_zones():
            raise ValueError(
                f"default_timezone: unknown time zone {shown(self.default_timezone)}; expected "
                "an IANA name such as 'Europe/Berlin' or 'UTC' (a city, not a region)"
            )


# Environment variables that override a config key: name -> path of keys.
ENV_OVERRIDES: Final[Mapping[str, tuple[str, str]]] = {
    "DISCORD_TOKEN": ("discord", "token"),
    "DISCORD_API_BASE": ("discord", "api_base"),
    "DISCORD_GATEWAY_URL": ("discord", "gateway_url"),
    "SECOND_HEART_DB": ("database", "path"),
    "SECOND_HEART_DATABASE_URL": ("database", "url"),
    "SECOND_HEART_CONSOLE_DB": ("database", "console_path"),
    # A service whose working folder is read-only (deploy/second-heart.service) keeps it elsewhere.
    "SECOND_HEART_CACHE_DIR": ("questions", "cache_dir"),
    "SECOND_HEART_LOG_LEVEL": ("logging", "level"),
    "SECOND_HEART_METRICS_PORT": ("metrics", "port"),
    "SECOND_HEART_METRICS_HOST": ("metrics", "host"),
}
# Variables whose key is a whole number: the environment only holds text.
ENV_NUMBERS: Final = frozenset({"SECOND_HEART_METRICS_PORT"})


def load_config(path: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Read `path` (or ./config.yaml if it exists), apply environment overrides, validate.

    An explicitly named file must exist; the default one is optional, so a newcomer can start
    with no config at all.
    """
    env = os.environ if env is None else env
    source = path or DEFAULT_CONFIG_PATH
    if path is not None and not path.is_file():
        raise ConfigError(f"{path}: config file not found (copy config.example.yaml to start)")
    raw = _read_yaml(source) if source.is_file() else {}
    from_env = _apply_env(raw, env)
    try:
        return msgspec.convert(raw, Config, strict=True, dec_hook=_decode_secret)
    except msgspec.ValidationError as exc:
        raise ConfigError(_explain(exc, source, from_env)) from None


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ConfigError(f"{where}: not valid YAML: {exc.problem}") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of keys at the top level")
    return data


def _apply_env(raw: dict[str, Any], env: Mapping[str, str]) -> dict[str, str]:
    """Copy set environment variables into `raw`; return dotted key -> variable name."""
    applied: dict[str, str] = {}
    for name, (section, key) in ENV_OVERRIDES.items():
        value = env.get(name, "").strip()
        if not value:
            continue
        if name == "SECOND_HEART_LOG_LEVEL":
            value = value.upper()
        target = raw.setdefault(section, {})
        if not isinstance(target, dict):
            # The file's section is malformed; let validation report it against the file.
            continue
        # Anything but digits stays text, and validation says what was expected.
        target[key] = int(value) if name in ENV_NUMBERS and value.isdigit() else value
        applied[f"{section}.{key}"] = name
    return applied


def _decode_secret(kind: type, obj: object) -> object:
    if kind is Secret:
        # A TypeError (not ValidationError) lets msgspec attach the key's path.
        if not isinstance(obj, str):
            raise TypeError(f"expected a string, got {type(obj).__name__}")
        token = obj.strip()
        # A token is one printable ASCII word. A line break inside one (a bad paste) would
        # otherwise reach an HTTP header and fail deep inside aiohttp. The message never
        # repeats the value.
        if any(c.isspace() or not c.isprintable() or not c.isascii() for c in token):
            raise TypeError(
                "contains a space, a line break or another character no Discord token has; "
                "copy it again from the Developer Portal (Bot > Reset Token)"
            )
        return Secret(token)
    raise NotImplementedError(kind)


# Keys older versions read, and why they went: an old config file names the fix, not a typo.
RETIRED_KEYS: Final[Mapping[str, str]] = {
    "reminders.jitter_seconds": "reminders are now sent at their due second",
}

_ERROR_AT = re.compile(r"^(?P<message>.*) - at `\$(?P<path>[^`]*)`$", re.DOTALL)
_UNKNOWN = re.compile(r"Object contains unknown field `(?P<key>[^`]+)`")
# Our own __post_init__ checks start their message with the field they are about.
_FIELD_PREFIX = re.compile(r"^(?P<key>[a-z_]+): (?P<message>.*)$", re.DOTALL)


def _explain(exc: msgspec.ValidationError, source: Path, from_env: Mapping[str, str]) -> str:
    """Turn msgspec's message into 'file: key: problem', naming an env var where one was used."""
    text = str(exc)
    match = _ERROR_AT.match(text)
    message, path = (match["message"], match["path"]) if match else (text, "")
    key = path.lstrip(".")
    unknown = _UNKNOWN.match(message)
    if unknown:
        full = f"{key}.{unknown['key']}" if key else unknown["key"]
        if full in RETIRED_KEYS:
            return f"{source}: {full}: no longer used ({RETIRED_KEYS[full]}); remove it"
        return f"{source}: {full}: unknown key (check the spelling against config.example.yaml)"
    own = _FIELD_PREFIX.match(message)
    if own:
        key = f"{key}.{own['key']}" if key else own["key"]
        message = own["message"]
    message = message.replace("Expected", "expected").replace("Invalid enum value", "invalid value")
    if key in from_env:
        return f"environment variable {from_env[key]}: {message}"
    return f"{source}: {key or 'top level'}: {message}"
