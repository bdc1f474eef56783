"""Discord's rules for what the bot sends, as hand-written checks.

Each check returns what Discord would reject (or what our own rules forbid, such as a message
that could ping @everyone), worded for a violation; an empty list means the body passes. They say
what *we* believe Discord enforces, with the numbers in discord_limits; openapi_check asks
Discord's published schema as well, so a belief that is too lenient still fails a test.
"""

from __future__ import annotations

import re
from typing import Any

from tests.e2e.fake_discord import discord_limits as limits

_NAME = re.compile(rf"^[-_\w]{{1,{limits.COMMAND_NAME}}}$")
# Interaction callback types: 4 message, 5 deferred message, 6 deferred update, 7 update,
# 8 autocomplete result, 9 modal.
CALLBACK_TYPES = (4, 5, 6, 7, 8, 9)
_ACTION_ROW, _BUTTON = 1, 2


def check_message(body: dict[str, Any]) -> list[str]:
    """What Discord would reject in a message body, and mentions our rules forbid."""
    problems = []
    content = body.get("content") or ""
    if len(content) > limits.MESSAGE_CONTENT:
        problems.append(f"content of {len(content)} characters")
    embeds = body.get("embeds") or []
    if len(embeds) > limits.EMBEDS_PER_MESSAGE:
        problems.append(f"{len(embeds)} embeds")
    total = 0
    for embed in embeds:
        parts = {
            "title": (embed.get("title") or "", limits.EMBED_TITLE),
            "description": (embed.get("description") or "", limits.EMBED_DESCRIPTION),
            "footer": ((embed.get("footer") or {}).get("text") or "", limits.EMBED_FOOTER),
            "author": ((embed.get("author") or {}).get("name") or "", limits.EMBED_AUTHOR),
        }
        for name, (text, limit) in parts.items():
            total += len(text)
            if len(text) > limit:
                problems.append(f"embed {name} of {len(text)} characters")
        fields = embed.get("fields") or []
        if len(fields) > limits.EMBED_FIELDS:
            problems.append(f"{len(fields)} embed fields")
        for f in fields:
            total += len(f["name"]) + len(f["value"])
            if not 1 <= len(f["name"]) <= limits.EMBED_FIELD_NAME:
                problems.append(f"field name of {len(f['name'])} characters")
            if not 1 <= len(f["value"]) <= limits.EMBED_FIELD_VALUE:
                problems.append(f"field value of {len(f['value'])} characters")
    if total > limits.EMBED_TOTAL:
        problems.append(f"embeds total {total} characters")
    problems.extend(check_components(body.get("components") or []))
    if content or embeds:
        allowed = body.get("allowed_mentions")
        if allowed is None:
            problems.append("no allowed_mentions: member text could ping @everyone or roles")
        else:
            parse = allowed.get("parse", [])
            if "everyone" in parse or "roles" in parse:
                problems.append(f"allowed_mentions parse {parse} lets member text ping")
    return problems


def check_components(rows: list[dict[str, Any]]) -> list[str]:
    """A message's buttons: action rows at the top, each with a few buttons, each short."""
    problems = []
    if len(rows) > limits.ACTION_ROWS:
        problems.append(f"{len(rows)} action rows")
    for row in rows:
        if row.get("type") != _ACTION_ROW:
            problems.append(f"a top-level component of type {row.get('type')}, not an action row")
            continue
        buttons = [c for c in row.get("components") or [] if c.get("type") == _BUTTON]
        if len(buttons) > limits.BUTTONS_PER_ROW:
            problems.append(f"{len(buttons)} buttons in one action row")
        for button in buttons:
            label = button.get("label") or ""
            if len(label) > limits.BUTTON_LABEL:
                problems.append(f"button label of {len(label)} characters")
            custom_id = button.get("custom_id")
            if custom_id is not None and not 1 <= len(custom_id) <= limits.CUSTOM_ID:
                problems.append(f"button custom_id of {len(custom_id)} characters")
    return problems


def check_autocomplete(data: dict[str, Any]) -> list[str]:
    """An autocomplete result (callback type 8): how many choices, and how long their names."""
    problems = []
    choices = data.get("choices", [])
    if len(choices) > limits.AUTOCOMPLETE_CHOICES:
        problems.append(f"autocomplete returned {len(choices)} choices")
    for choice in choices:
        if not 1 <= len(choice["name"]) <= limits.CHOICE_NAME:
            problems.append(f"autocomplete choice name of {len(choice['name'])} characters")
    return problems


def check_commands(commands: list[dict[str, Any]]) -> list[str]:
    """Discord's rules for registering application commands."""
    problems = []
    if len(commands) > limits.COMMANDS:
        problems.append(f"{len(commands)} commands")
    for command in commands:
        problems.extend(_check_command(command, command.get("name", "?")))
    return problems


def _check_command(command: dict[str, Any], path: str) -> list[str]:
    problems = []
    name = command.get("name", "")
    if not _NAME.match(name) or name != name.lower():
        problems.append(
            f"{path}: name {name!r} must be 1-{limits.COMMAND_NAME} lowercase characters"
        )
    description = command.get("description", "")
    if command.get("type", 1) == 1 and not 1 <= len(description) <= limits.COMMAND_DESCRIPTION:
        problems.append(f"{path}: description of {len(description)} characters")
    options = command.get("options") or []
    if len(options) > limits.COMMAND_OPTIONS:
        problems.append(f"{path}: {len(options)} options")
    for option in options:
        sub = f"{path} {option.get('name', '?')}"
        if len(option.get("choices") or []) > limits.OPTION_CHOICES:
            problems.append(f"{sub}: more than {limits.OPTION_CHOICES} choices")
        problems.extend(_check_command({**option, "type": 1}, sub))
    return problems
