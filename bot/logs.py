"""Logging: one format, the level from config, an optional rotating file, secrets redacted."""

from __future__ import annotations

import logging
import logging.handlers
import re
from collections.abc import Iterable

from bot.config import ConfigError, LoggingConfig

FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
REDACTED = "[redacted]"

# Interaction and webhook tokens: each lets anyone answer as the bot for 15 minutes. At DEBUG,
# discord.py logs every request URL (/interactions/ID/TOKEN/callback, /webhooks/APP/TOKEN) and
# every gateway event as a dict ({'token': '…'}), so they are found by where they sit.
_TOKENS = (
    re.compile(r"(/(?:interactions|webhooks)/\d+/)[^/\s?'\"]+"),
    re.compile(r"""(['"]token['"]\s*:\s*['"])[^'"]+"""),
)


class RedactingFormatter(logging.Formatter):
    """Replaces every secret in the formatted record, tracebacks included.

    Redacting the final text (not record.msg) also catches secrets inside args and exceptions.
    """

    def __init__(self, secrets: Iterable[str], fmt: str = FORMAT) -> None:
        super().__init__(fmt)
        self._secrets = tuple(s for s in secrets if s)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        for pattern in _TOKENS:
            text = pattern.sub(rf"\g<1>{REDACTED}", text)
        return text


def configure_logging(config: LoggingConfig, secrets: Iterable[str] = ()) -> None:
    """Install our handlers on the root logger, replacing any from an earlier call."""
    formatter = RedactingFormatter(secrets)
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if config.file:
        try:
            handlers.append(
                logging.handlers.RotatingFileHandler(
                    config.file,
                    maxBytes=config.max_bytes,
                    backupCount=config.backup_count,
                    encoding="utf-8",
                )
            )
        except OSError as exc:
            raise ConfigError(
                f"logging.file: cannot write to {config.file}: {exc.strerror or exc}"
            ) from None
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
        old.close()
    for handler in handlers:
        handler.setFormatter(formatter)
        # On the handlers too: a library that sets its own logger to DEBUG (bm25s does) would
        # otherwise write below the configured level.
        handler.setLevel(config.level)
        root.addHandler(handler)
    root.setLevel(config.level)
