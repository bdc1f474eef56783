"""Check request bodies against Discord's own OpenAPI description of its v10 HTTP API.

The fake Discord's hand-written checks say what *we* believe Discord rejects; this module asks
Discord's published schema instead, so a body that only our beliefs accept still fails a test.
The description is read in place from the shared datasets folder beside the repository and never
copied into it; on a machine without that folder the check is skipped, and `missing_note` says so.

Where the schema is known to lag Discord's documentation and discord.py's request is valid per
the docs, the difference is allowed in `_ALLOWANCES`, the one place such differences live.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = (
    Path(__file__).resolve().parents[4] / "shared" / "datasets" / "discord-openapi" / "openapi.json"
)
_SPEC_URI = "urn:discord-openapi"
_HTTP_METHODS = ("get", "put", "post", "patch", "delete")
_JSON_MEDIA = "application~1json"  # "application/json" as a JSON Pointer token


def _snowflake_accepts_integers(schemas: dict[str, Any]) -> None:
    # The schema types every snowflake as a decimal string, but Discord's docs ("Snowflakes")
    # and its API accept the same ID as a JSON integer, and discord.py sends integers
    # (`recipient_id` when opening a DM, `users` in allowed_mentions).
    schemas["SnowflakeType"] = {
        "anyOf": [schemas["SnowflakeType"], {"type": "integer", "minimum": 0}]
    }


# Each one edits the in-memory copy of `components.schemas` before any validator is built.
_ALLOWANCES: tuple[Callable[[dict[str, Any]], None], ...] = (_snowflake_accepts_integers,)


class Operation:
    """One operation's request-body and success-response validators, each built on first use
    and then kept."""

    def __init__(
        self,
        operation_id: str,
        pointer: str | None,
        registry: Registry[Any],
        response_pointer: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self._pointer = pointer
        self._response_pointer = response_pointer
        self._registry = registry
        self._validators: dict[str, Draft202012Validator] = {}

    def problems(self, body: Any) -> list[str]:
        if self._pointer is None:
            # Discord takes no body here: anything sent is ignored at best.
            return [] if body is None else [f"{self.operation_id} takes no request body"]
        return self._check(self._pointer, body)

    def response_problems(self, body: Any) -> list[str]:
        """What the schema rejects in a 200 answer: the fake's own answers are claims too."""
        if self._response_pointer is None:
            return [f"{self.operation_id} answers no JSON"]
        return self._check(self._response_pointer, body)

    def _check(self, pointer: str, body: Any) -> list[str]:
        if pointer not in self._validators:
            self._validators[pointer] = Draft202012Validator(
                {"$ref": f"{_SPEC_URI}#{pointer}"}, registry=self._registry
            )
        error = best_match(self._validators[pointer].iter_errors(body))
        if error is None:
            return []
        error = _deepest(error)
        message = error.message if len(error.message) <= 200 else error.message[:200] + "…"
        return [f"{self.operation_id}: {error.json_path}: {message}"]


class OpenApiSpec:
    """Discord's operations by method and path, each able to check a request's JSON body."""

    def __init__(self, spec: dict[str, Any]) -> None:
        for allow in _ALLOWANCES:
            allow(spec["components"]["schemas"])
        registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        # (literal segments, method, path regex, operation): the most literal match wins, so
        # /users/@me is not read as /users/{user_id}.
        self._operations: list[tuple[int, str, re.Pattern[str], Operation]] = []
        for template, item in spec["paths"].items():
            for method in _HTTP_METHODS:
                if method not in item:
                    continue
                at = f"/paths/{template.replace('~', '~0').replace('/', '~1')}/{method}"
                content = (item[method].get("requestBody") or {}).get("content") or {}
                pointer = None
                if "application/json" in content:
                    pointer = f"{at}/requestBody/content/{_JSON_MEDIA}/schema"
                answer = (item[method].get("responses") or {}).get("200") or {}
                response = None
                if "application/json" in (answer.get("content") or {}):
                    response = f"{at}/responses/200/content/{_JSON_MEDIA}/schema"
                operation = Operation(item[method]["operationId"], pointer, registry, response)
                literal = sum(1 for part in template.split("/") if "{" not in part)
                self._operations.append(
                    (literal, method.upper(), _template_regex(template), operation)
                )
        self._operations.sort(key=lambda entry: -entry[0])

    def operation(self, method: str, path: str) -> Operation | None:
        for _, verb, pattern, operation in self._operations:
            if verb == method and pattern.fullmatch(path):
                return operation
        return None

    def problems(self, method: str, path: str, body: Any) -> list[str]:
        """What the schema rejects in `body` (the JSON, or a multipart upload's payload_json)."""
        operation = self.operation(method, path)
        if operation is None:
            return [f"{method} {path} is not an operation in Discord's OpenAPI description"]
        return operation.problems(body)


def _deepest(error: ValidationError) -> ValidationError:
    """Within a union no member accepted, the error that got furthest into the body: for an
    interaction callback, the member whose `type` matched rather than "none of 7 schemas"."""
    while error.context:
        deepest = max(error.context, key=_reach)
        if _reach(deepest) <= len(error.absolute_path):
            # Every member failed at this very value: "not valid under any" says it best.
            break
        error = deepest
    return error


def _reach(error: ValidationError) -> int:
    return max([len(error.absolute_path), *(_reach(e) for e in error.context or [])])


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


def load(path: Path | None = None) -> OpenApiSpec | None:
    """The description, read once per process; None where this machine has no copy."""
    return _load(path or SPEC_PATH)


@cache
def _load(path: Path) -> OpenApiSpec | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return OpenApiSpec(json.loads(text))


def missing_note(path: Path | None = None) -> str:
    return (
        f"fake Discord: request bodies were not checked against Discord's OpenAPI description "
        f"({path or SPEC_PATH} is not on this machine)"
    )
