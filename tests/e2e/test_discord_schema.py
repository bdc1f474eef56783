"""The fake Discord checks every request body against Discord's own OpenAPI description.

The rest of the e2e suite runs with the check on (the `fake` fixture fails a test on any
violation); these tests drive the fake directly, to show that a body the schema rejects is caught.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.e2e.fake_discord import FakeDiscord, openapi_check

needs_spec = pytest.mark.skipif(
    not openapi_check.SPEC_PATH.is_file(),
    reason="Discord's OpenAPI description is not on this machine",
)
# Valid by hand-written checks and by the schema, but for one field: `tts` must be a boolean.
GOOD = {"content": "hello", "allowed_mentions": {"parse": []}}
BAD = {**GOOD, "tts": "yes"}


@pytest.fixture
async def server() -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord()
    await fake.start()
    yield fake
    await fake.stop()


@needs_spec
async def test_a_json_body_discords_schema_rejects_is_a_violation(server: FakeDiscord) -> None:
    url = f"{server.api_base}/channels/{server.channel_id}/messages"
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json=GOOD) as response:
            assert response.status == 200
        assert server.violations == []
        async with session.post(url, json=BAD) as response:
            assert response.status == 200
    assert len(server.violations) == 1
    violation = server.violations[0]
    assert "create_message" in violation
    assert "$.tts" in violation


@needs_spec
async def test_an_uploads_payload_json_discords_schema_rejects_is_a_violation(
    server: FakeDiscord,
) -> None:
    url = f"{server.api_base}/channels/{server.channel_id}/messages"
    async with aiohttp.ClientSession() as session:
        for body in (GOOD, BAD):
            form = aiohttp.FormData()
            form.add_field("payload_json", json.dumps(body), content_type="application/json")
            form.add_field("files[0]", b"\x89PNG", filename="chart.png")
            async with session.post(url, data=form) as response:
                assert response.status == 200
    assert len(server.violations) == 1
    assert "$.tts" in server.violations[0]
    # The upload itself was still served and stored.
    assert all("chart.png" in files for files in server.files.values())


@needs_spec
async def test_a_command_sync_discords_schema_rejects_is_a_violation(server: FakeDiscord) -> None:
    url = f"{server.api_base}/applications/{server.application_id}/commands"
    command = {"name": "ask", "description": "Ask a question", "dm_permission": "sometimes"}
    async with aiohttp.ClientSession() as session, session.put(url, json=[command]) as response:
        assert response.status == 200
    assert len(server.violations) == 1
    assert "bulk_set_application_commands: $[0].dm_permission" in server.violations[0]


@needs_spec
def test_integer_snowflakes_that_discord_py_sends_are_allowed() -> None:
    spec = openapi_check.load()
    assert spec is not None
    assert spec.problems("POST", "/users/@me/channels", {"recipient_id": 1234567890123}) == []
    assert spec.problems("POST", "/users/@me/channels", {"recipient_id": "1234567890123"}) == []
    assert spec.problems("POST", "/users/@me/channels", {"recipient_id": "not-an-id"}) != []
    assert spec.problems("POST", "/users/@me/channels", {"recipient_id": -1}) != []


@needs_spec
def test_a_request_to_no_discord_operation_is_a_violation() -> None:
    spec = openapi_check.load()
    assert spec is not None
    assert spec.problems("POST", "/users/@me", {}) != []
    assert spec.problems("GET", "/users/@me", None) == []


async def test_without_the_schema_file_the_check_is_skipped_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "openapi.json"
    monkeypatch.setattr(openapi_check, "SPEC_PATH", missing)
    note = openapi_check.missing_note()
    assert str(missing) in note
    assert "not checked" in note
    fake = FakeDiscord()
    assert fake.schema is None
    await fake.start()
    try:
        url = f"{fake.api_base}/channels/{fake.channel_id}/messages"
        async with aiohttp.ClientSession() as session, session.post(url, json=BAD) as response:
            assert response.status == 200
    finally:
        await fake.stop()
    # Served as before, with only the hand-written checks, which this body passes.
    assert fake.violations == []
    assert len(fake.messages[fake.channel_id]) == 1
