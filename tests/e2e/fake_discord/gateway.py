"""The gateway: JSON WebSocket sessions with HELLO, heartbeats, IDENTIFY, RESUME and shards.

Enough of Discord's gateway for discord.py to connect, see its guilds (READY, then one
GUILD_CREATE each) and receive the events the test driver dispatches; closing the connections
the way a Discord restart does makes the bot reconnect.

Sharding is Discord's (events/gateway, "Sharding"): an IDENTIFY may carry `shard: [id, count]`,
a session then sees only the guilds with `(guild_id >> 22) % count == id`, each guild's events go
to the session on its shard, and direct messages go to shard 0. A shard Discord would refuse
closes the connection with its close code (4010 invalid shard, 4011 sharding required).
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import WSMsgType, web

from tests.e2e.fake_discord import discord_limits
from tests.e2e.fake_discord.payloads import (
    bot_member_payload,
    guild_payload,
    member_payload,
    shard_of,
    snowflake,
)
from tests.e2e.fake_discord.state import DiscordState

# Gateway opcodes (topics/opcodes-and-status-codes).
_DISPATCH, _HEARTBEAT, _IDENTIFY, _RESUME, _HELLO, _HEARTBEAT_ACK = 0, 1, 2, 6, 10, 11
# Events whose payload is the guild itself, so its id is `id` rather than `guild_id`.
_GUILD_OBJECT_EVENTS = ("GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE")


@dataclass
class Session:
    """One gateway session: what IDENTIFY started and RESUME continues, over its latest
    connection."""

    id: str
    # (shard id, shard count); an unsharded session is shard 0 of 1 and sees every guild.
    shard: tuple[int, int]
    ws: web.WebSocketResponse
    seq: int = 0

    def serves(self, guild_id: str | None) -> bool:
        shard_id, count = self.shard
        if guild_id is None:
            return shard_id == 0
        return shard_of(guild_id, count) == shard_id


class Gateway:
    def __init__(self, state: DiscordState) -> None:
        self.state = state
        self.sessions: dict[str, Session] = {}

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        """Serve one gateway connection until the bot (or `drop`) closes it."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": _HELLO, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        async for message in ws:
            if message.type is not WSMsgType.TEXT:
                continue
            sent = json.loads(message.data)
            op = sent["op"]
            self.state.changed.set()
            if op == _HEARTBEAT:
                await ws.send_json({"op": _HEARTBEAT_ACK, "d": None, "s": None, "t": None})
            elif op == _IDENTIFY:
                await self._on_identify(ws, sent["d"])
            elif op == _RESUME:
                await self._on_resume(ws, sent["d"])
            self.state.changed.set()
        return ws

    async def _on_identify(self, ws: web.WebSocketResponse, identify: dict[str, Any]) -> None:
        state = self.state
        sent_shard = identify.get("shard")
        refusal = self._refusal(sent_shard)
        if refusal is not None:
            state.refused.append((refusal[0], sent_shard))
            await ws.close(code=refusal[0], message=refusal[1].encode())
            return
        shard = (sent_shard[0], sent_shard[1]) if sent_shard is not None else None
        state.identify_count += 1
        state.identified_at = time.monotonic()
        state.identified_shards.append(shard)
        session = Session("session-" + snowflake(), shard or (0, 1), ws)
        self.sessions[session.id] = session
        guilds = [g for g in state.guilds.values() if session.serves(g.id)]
        ready: dict[str, Any] = {
            "v": 10,
            "user": state.bot_user,
            "guilds": [{"id": g.id, "unavailable": True} for g in guilds],
            "session_id": session.id,
            "resume_gateway_url": state.gateway_url,
            "application": {"id": state.application_id, "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        if shard is not None:
            ready["shard"] = list(shard)
        await self._send(session, "READY", ready)
        members = [member_payload(m.user, m.permissions) for m in state.members.values()]
        members.append(bot_member_payload(state.bot_user))
        for guild in guilds:
            payload = guild_payload(
                guild.id, guild.channel_id, state.owner["id"], members, guild.name
            )
            await self._send(session, "GUILD_CREATE", payload)
        state.identified.set()

    def _refusal(self, shard: Any) -> tuple[int, str] | None:
        """The close code and reason Discord would end this IDENTIFY with, if any."""
        state = self.state
        if shard is not None:
            valid = (
                isinstance(shard, list)
                and len(shard) == 2
                and all(type(n) is int for n in shard)
                and 0 <= shard[0] < shard[1]
            )
            if not valid or (state.shard_count is not None and shard[1] != state.shard_count):
                return discord_limits.INVALID_SHARD, "Invalid shard."
        count = shard[1] if shard is not None else 1
        guilds = state.guild_count if state.guild_count is not None else len(state.guilds)
        if count < math.ceil(guilds / discord_limits.GUILDS_PER_SHARD):
            return discord_limits.SHARDING_REQUIRED, "Sharding required."
        return None

    async def _on_resume(self, ws: web.WebSocketResponse, resume: dict[str, Any]) -> None:
        session = self.sessions.get(resume.get("session_id", ""))
        if session is None:
            # Discord answers an unknown session with op 9; discord.py never sends one here.
            self.state.violations.append(f"RESUME of unknown session {resume.get('session_id')}")
            return
        session.ws = ws
        self.state.resumed += 1
        await self._send(session, "RESUMED", {})

    async def _send(self, session: Session, event: str, data: Any) -> None:
        session.seq += 1
        await session.ws.send_json({"op": _DISPATCH, "t": event, "s": session.seq, "d": data})

    async def dispatch(self, event: str, data: Any) -> None:
        """Send an event to the session whose shard it belongs to: its guild's, or shard 0's
        for a direct message."""
        guild_id = data.get("guild_id") or (data["id"] if event in _GUILD_OBJECT_EVENTS else None)
        live = [s for s in self.sessions.values() if not s.ws.closed]
        owners = [s for s in live if s.serves(None if guild_id is None else str(guild_id))]
        if not owners:
            where = f"guild {guild_id}" if guild_id else "direct messages"
            raise AssertionError(f"no bot is connected to the gateway on the shard of {where}")
        for session in owners:
            await self._send(session, event, data)

    async def drop(self) -> None:
        """Close every connection the way a Discord restart does; the bot must come back."""
        live = [s for s in self.sessions.values() if not s.ws.closed]
        assert live, "the bot is not connected to the gateway"
        for session in live:
            await session.ws.close(code=4000, message=b"fake restart")

    async def close(self) -> None:
        for session in self.sessions.values():
            if not session.ws.closed:
                await session.ws.close()
