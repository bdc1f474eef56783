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


# Application command types: 1 chat input (a slash command), 2 user and 3 message (context menus).
_CHAT_INPUT = 1
# Installation contexts (integration_types) and interaction contexts (contexts).
INSTALL_TYPES = {0: "a server install", 1: "a member's own install"}
CONTEXTS = {0: "a server", 1: "the bot's DMs", 2: "another DM or group DM"}


def _check_command(command: dict[str, Any], path: str) -> list[str]:
    problems = []
    if command.get("type", _CHAT_INPUT) != _CHAT_INPUT:
        return _check_context_menu(command, path)
    problems.extend(_check_reach(command, path))
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


def _check_context_menu(command: dict[str, Any], path: str) -> list[str]:
    """A user or message command: a name of 1-32 characters (spaces and capitals allowed, as
    the Apps menu shows it), no description and no options
    (interactions/application-commands, "User Commands" and "Message Commands")."""
    problems = _check_reach(command, path)
    if not 1 <= len(command.get("name", "")) <= limits.COMMAND_NAME:
        problems.append(f"{path}: a context menu name of 1-{limits.COMMAND_NAME} characters")
    if command.get("description"):
        problems.append(f"{path}: a context menu takes no description")
    if command.get("options"):
        problems.append(f"{path}: a context menu takes no options")
    return problems


def _check_reach(command: dict[str, Any], path: str) -> list[str]:
    """Where a top-level command may be installed and used: known values, none twice, and
    never a DM for a command Discord is told is for servers only (dm_permission false)."""
    problems = []
    for key, known in (("integration_types", INSTALL_TYPES), ("contexts", CONTEXTS)):
        values = command.get(key)
        if values is None:
            continue
        if not values or len(set(values)) != len(values) or not set(values) <= set(known):
            problems.append(f"{path}: {key} {values}")
    contexts = command.get("contexts") or []
    if command.get("dm_permission") is False and set(contexts) - {0}:
        problems.append(f"{path}: dm_permission false but contexts {contexts}")
    return problems


def check_reachable(
    command: dict[str, Any], install: int, context: int, *, name: str = "command"
) -> list[str]:
    """Whether Discord would offer a registered command to a member at all: from this install
    (0 the server's, 1 their own) and in this context. Unset lists mean Discord's defaults: a
    server install, in every context."""
    installs = command.get("integration_types") or [0]
    contexts = command.get("contexts") or list(CONTEXTS)
    problems = []
    if install not in installs:
        problems.append(f"/{name} used from {INSTALL_TYPES[install]}, not among {installs}")
    if context not in contexts:
        problems.append(f"/{name} used in {CONTEXTS[context]}, not among {contexts}")
    return problems
