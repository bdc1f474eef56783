"""Request bodies in and JSON responses out, the way Discord's HTTP API frames them."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import BodyPartReader, web

# Where a request's parsed body is kept once read.
_PAYLOAD = web.RequestKey("payload", object)


async def body(request: web.Request) -> dict[str, Any]:
    """The JSON object body, whether sent plainly or as multipart with files (in `_files`)."""
    parsed = await payload(request)
    if parsed is None:
        return {}
    assert isinstance(parsed, dict), f"expected a JSON object, got {type(parsed).__name__}"
    return parsed


async def payload(request: web.Request) -> Any:
    """The request's JSON (None without a body), read once: the schema check and the handler
    both need it, and a multipart stream can only be read once."""
    if _PAYLOAD not in request:
        request[_PAYLOAD] = await _read_payload(request)
    return request[_PAYLOAD]


async def _read_payload(request: web.Request) -> Any:
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        parsed: dict[str, Any] = {}
        attachments = []
        async for part in reader:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "payload_json":
                parsed = json.loads(await part.text())
            elif part.name:
                data = await part.read()
                attachments.append({"filename": part.filename, "size": len(data), "data": data})
        parsed["_files"] = attachments
        return parsed
    if not request.can_read_body:
        return None
    return await request.json()


def json_response(
    data: Any, *, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    # discord.py compares Content-Type for equality; aiohttp's json_response adds a charset.
    return web.Response(
        body=json.dumps(data, default=str).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def error_response(message: str, code: int, status: int) -> web.Response:
    """Discord's error body: a message and its JSON error code."""
    return json_response({"message": message, "code": code}, status=status)
