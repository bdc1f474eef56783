"""The gateway: one JSON WebSocket session with HELLO, heartbeats, IDENTIFY and RESUME.

Enough of Discord's gateway for discord.py to connect, see its guild (READY, then GUILD_CREATE)
and receive the events the test driver dispatches; closing it the way a Discord restart does
makes the bot reconnect.
"""

from __future__ import annotations

import json
import time
from typing import Any

from aiohttp import WSMsgType, web

from tests.e2e.fake_discord.payloads import (
    bot_member_payload,
    guild_payload,
    member_payload,
    snowflake,
)
from tests.e2e.fake_discord.state import DiscordState

# Gateway opcodes (topics/opcodes-and-status-codes).
_DISPATCH, _HEARTBEAT, _IDENTIFY, _RESUME, _HELLO, _HEARTBEAT_ACK = 0, 1, 2, 6, 10, 11


class Gateway:
    def __init__(self, state: DiscordState) -> None:
        self.state = state
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._session_id = "session-" + snowflake()

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """Serve one gateway connection until the bot (or `drop`) closes it."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": _HELLO, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        async for message in ws:
            if message.type is not WSMsgType.TEXT:
                continue
            op = json.loads(message.data)["op"]
            self.state.changed.set()
            if op == _HEARTBEAT:
                await ws.send_json({"op": _HEARTBEAT_ACK, "d": None, "s": None, "t": None})
            elif op == _IDENTIFY:
                await self._on_identify(ws)
            elif op == _RESUME:
                self.state.resumed += 1
                await self._send(ws, "RESUMED", {})
            self.state.changed.set()
        return ws

    async def _on_identify(self, ws: web.WebSocketResponse) -> None:
        state = self.state
        state.identify_count += 1
        state.identified_at = time.monotonic()
        self._seq = 0
        await self._send(
            ws,
            "READY",
            {
                "v": 10,
                "user": state.bot_user,
                "guilds": [{"id": state.guild_id, "unavailable": True}],
                "session_id": self._session_id,
                "resume_gateway_url": state.gateway_url,
                "application": {"id": state.application_id, "flags": 0},
                "private_channels": [],
                "relationships": [],
            },
        )
        members = [member_payload(m.user, m.permissions) for m in state.members.values()]
        members.append(bot_member_payload(state.bot_user))
        guild = guild_payload(state.guild_id, state.channel_id, state.owner["id"], members)
        await self._send(ws, "GUILD_CREATE", guild)
        state.identified.set()

    async def _send(self, ws: web.WebSocketResponse, event: str, data: Any) -> None:
        self._seq += 1
        await ws.send_json({"op": _DISPATCH, "t": event, "s": self._seq, "d": data})

    async def dispatch(self, event: str, data: Any) -> None:
        if self._ws is None or self._ws.closed:
            raise AssertionError("the bot is not connected to the gateway")
        await self._send(self._ws, event, data)

    async def drop(self) -> None:
        """Close the connection the way a Discord restart does; the bot must come back."""
        assert self._ws is not None
        await self._ws.close(code=4000, message=b"fake restart")

    async def close(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
