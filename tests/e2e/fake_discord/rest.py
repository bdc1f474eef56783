"""The REST routes under /api/v10 that the bot uses, each answered as Discord answers it.

Every request body is checked, against Discord's OpenAPI description (when present) and the
hand-written rules, before it is served; what either rejects is recorded as a violation and the
request is still served, so one mistake shows as one violation rather than as a cascade.
"""

from __future__ import annotations

import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from tests.e2e.fake_discord import discord_limits, rules
from tests.e2e.fake_discord.payloads import (
    dm_channel_payload,
    snowflake,
    text_channel_payload,
    user_payload,
)
from tests.e2e.fake_discord.state import API, DiscordState
from tests.e2e.fake_discord.wire import body, error_response, json_response, payload

Handler = Callable[..., Awaitable[web.StreamResponse]]
# What an edit or an interaction update may change in a stored message.
_EDITABLE = ("content", "embeds", "components")


class Rest:
    def __init__(self, state: DiscordState) -> None:
        self.state = state

    async def handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path.removeprefix(API)
        method = request.method
        await self._check_schema(request, method, path)
        for pattern, verb, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and verb == method:
                return await handler(request, **match.groupdict())
        self.state.violations.append(f"unhandled route {method} {path}")
        return error_response("404: Not Found", 0, 404)

    def _routes(self) -> list[tuple[str, str, Handler]]:
        app = self.state.application_id
        hook = rf"/webhooks/{app}/(?P<token>[^/]+)"
        hook_message = rf"{hook}/messages/(?P<mid>[^/]+)"
        message = r"/channels/(?P<channel>\d+)/messages/(?P<mid>\d+)"
        return [
            (r"/users/@me", "GET", self._me),
            (r"/oauth2/applications/@me", "GET", self._application),
            (rf"/applications/{app}/commands", "PUT", self._put_commands),
            (rf"/applications/{app}/commands", "GET", self._get_commands),
            (rf"/applications/{app}/guilds/(?P<guild>\d+)/commands", "PUT", self._put_commands),
            (rf"/applications/{app}/guilds/(?P<guild>\d+)/commands", "GET", self._get_commands),
            (r"/interactions/(?P<iid>\d+)/(?P<token>[^/]+)/callback", "POST", self._callback),
            (hook, "POST", self._followup),
            (hook_message, "PATCH", self._edit_hook),
            (hook_message, "GET", self._get_hook),
            (hook_message, "DELETE", self._no_content),
            (r"/channels/(?P<channel>\d+)", "GET", self._get_channel),
            (r"/channels/(?P<channel>\d+)/messages", "POST", self._create_message),
            (message, "PATCH", self._edit_message),
            (message, "DELETE", self._no_content),
            (r"/users/@me/channels", "POST", self._open_dm),
            (r"/gateway", "GET", self._gateway_info),
            (r"/gateway/bot", "GET", self._gateway_bot),
        ]

    async def _check_schema(self, request: web.Request, method: str, path: str) -> None:
        schema = self.state.schema
        if schema is None:
            return
        sent = await payload(request)
        if isinstance(sent, dict) and "_files" in sent:
            # The uploaded files themselves are not JSON; payload_json is what the schema covers.
            sent = {k: v for k, v in sent.items() if k != "_files"}
        for problem in schema.problems(method, path, sent):
            self.state.violations.append(f"{method} {path} against Discord's schema: {problem}")

    def _check_message(self, sent: dict[str, Any], where: str) -> None:
        for problem in rules.check_message(sent):
            self.state.violations.append(f"{where}: {problem}")

    async def _me(self, request: web.Request) -> web.Response:
        return json_response(self.state.bot_user)

    async def _gateway_info(self, request: web.Request) -> web.Response:
        return json_response({"url": self.state.gateway_url})

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        """Where to connect, how many shards Discord recommends, and how many session starts
        are left today (each IDENTIFY uses one)."""
        state = self.state
        total = discord_limits.SESSION_STARTS_PER_DAY
        return json_response(
            {
                "url": state.gateway_url,
                "shards": state.shard_count or 1,
                "session_start_limit": {
                    "total": total,
                    "remaining": max(0, total - state.identify_count),
                    "reset_after": discord_limits.SESSION_START_RESET_MS,
                    "max_concurrency": 1,
                },
            }
        )

    async def _application(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "id": self.state.application_id,
                "name": "Second Heart",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": self.state.owner,
                "team": None,
                "verify_key": "0" * 64,
                "flags": 0,
            }
        )

    async def _put_commands(self, request: web.Request, guild: str | None = None) -> web.Response:
        state = self.state
        commands = await payload(request)
        for problem in rules.check_commands(commands):
            state.violations.append(f"command sync: {problem}")
        # Discord answers with every command's description: "" for a context menu, sent without.
        stored = [
            {
                "description": "",
                **c,
                "id": snowflake(),
                "application_id": state.application_id,
                "version": "1",
            }
            for c in commands
        ]
        if guild:
            for command in stored:
                command["guild_id"] = guild
        state.commands[guild or "global"] = stored
        return json_response(stored)

    async def _get_commands(self, request: web.Request, guild: str | None = None) -> web.Response:
        return json_response(self.state.commands.get(guild or "global", []))

    async def _callback(self, request: web.Request, iid: str, token: str) -> web.Response:
        state = self.state
        sent = await body(request)
        interaction = state.interactions.get(iid)
        if interaction is None or interaction.token != token:
            state.violations.append(f"callback for unknown interaction {iid}")
            return error_response("Unknown interaction", 10062, 404)
        elapsed = time.monotonic() - interaction.sent_at
        interaction.answer_attempts += 1
        if interaction.callbacks:
            if not interaction.redelivered:
                state.violations.append(f"interaction {iid} answered twice")
            return error_response("Interaction has already been acknowledged.", 40060, 400)
        if elapsed > discord_limits.INTERACTION_DEADLINE_SECONDS:
            state.violations.append(f"interaction {iid} answered after {elapsed:.1f} s")
        kind = sent.get("type")
        if kind not in rules.CALLBACK_TYPES:
            state.violations.append(f"interaction {iid}: callback type {kind}")
        data = sent.get("data") or {}
        if kind == 8:
            state.violations.extend(rules.check_autocomplete(data))
        elif kind in (4, 7):
            self._check_message(data, f"interaction {iid} response")
        interaction.callbacks.append(sent)
        interaction.answered_at = time.monotonic()
        message = None
        if kind in (4, 5):
            files = {"_files": sent.get("_files")}
            message = state.store_message(interaction.channel_id, {**data, **files})
        elif kind == 7 and interaction.clicked is not None:
            message = interaction.clicked
            message.update({k: v for k, v in data.items() if k in _EDITABLE})
        interaction.original = message
        result: dict[str, Any] = {"interaction": {"id": iid, "type": interaction.kind}}
        if message is not None:
            result["resource"] = {"type": kind, "message": message}
        return json_response(result)

    async def _followup(self, request: web.Request, token: str) -> web.Response:
        state = self.state
        sent = await body(request)
        interaction = state.by_token(token)
        if interaction is None:
            return error_response("Unknown Webhook", 10015, 404)
        if not interaction.callbacks:
            state.violations.append("follow-up sent before the interaction was acknowledged")
        limit = discord_limits.USER_INSTALL_FOLLOW_UPS
        if interaction.follow_up_limited and len(interaction.followups) >= limit:
            state.violations.append(
                f"follow-up {len(interaction.followups) + 1} to a member's own install: "
                f"Discord allows {limit}"
            )
        self._check_message(sent, "follow-up")
        message = state.store_message(interaction.channel_id, sent, webhook=True)
        interaction.followups.append(message)
        return json_response(message)

    def _original(self, token: str) -> dict[str, Any]:
        """The message an interaction's webhook token refers to as @original."""
        interaction = self.state.by_token(token)
        if interaction is None:
            return self.state.blank_message(self.state.channel_id)
        return interaction.original or self.state.blank_message(interaction.channel_id)

    async def _edit_hook(self, request: web.Request, token: str, mid: str) -> web.Response:
        sent = await body(request)
        self._check_message(sent, "edit of an interaction message")
        base = self._original(token)
        base.update({k: v for k, v in sent.items() if k in _EDITABLE})
        return json_response(base)

    async def _get_hook(self, request: web.Request, token: str, mid: str) -> web.Response:
        return json_response(self._original(token))

    async def _create_message(self, request: web.Request, channel: str) -> web.Response:
        state = self.state
        sent = await body(request)
        if channel not in state.guild_channels() and channel not in state.dm_channels.values():
            return error_response("Unknown Channel", 10003, 404)
        self._check_message(sent, f"message in {channel}")
        nonce = sent.get("nonce")
        if nonce is not None and sent.get("enforce_nonce"):
            key = (channel, str(nonce))
            if key in state.nonces:
                # Discord returns the message already created for a repeated nonce.
                return json_response(state.nonces[key])
        message = state.store_message(channel, sent)
        state.created_at.append(time.monotonic())
        sender = request.headers.get("Authorization", "")
        state.sent_with[message["id"]] = sender.removeprefix("Bot ")
        if nonce is not None:
            state.nonces[(channel, str(nonce))] = message
        return json_response(message)

    async def _edit_message(self, request: web.Request, channel: str, mid: str) -> web.Response:
        sent = await body(request)
        self._check_message(sent, "message edit")
        for message in self.state.messages[channel]:
            if message["id"] == mid:
                message.update({k: v for k, v in sent.items() if k in _EDITABLE})
                return json_response(message)
        return error_response("Unknown Message", 10008, 404)

    async def _open_dm(self, request: web.Request) -> web.Response:
        sent = await body(request)
        user_id = str(sent["recipient_id"])
        channel = self.state.dm_channel_for(user_id)
        return json_response(dm_channel_payload(channel, self._recipient(user_id)))

    def _recipient(self, user_id: str) -> dict[str, Any]:
        member = self.state.members.get(user_id)
        return member.user if member else user_payload(user_id, "someone")

    async def _get_channel(self, request: web.Request, channel: str) -> web.Response:
        """A channel the bot has not cached yet (a process that sees only its own shards' guilds
        fetches the rest): the guild's text channel or a DM, as Discord gives them."""
        state = self.state
        for guild in state.guilds.values():
            if guild.channel_id == channel:
                return json_response(text_channel_payload(guild.id, channel))
        for user_id, dm in state.dm_channels.items():
            if dm == channel:
                return json_response(dm_channel_payload(channel, self._recipient(user_id)))
        return error_response("Unknown Channel", 10003, 404)

    async def _no_content(self, request: web.Request, **_: str) -> web.Response:
        return web.Response(status=204)
