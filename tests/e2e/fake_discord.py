"""A fake Discord, on 127.0.0.1, strict where Discord is strict.

It serves REST under /api/v10 and a JSON gateway over WebSocket, enough for the real discord.py
client to log in, sync commands, receive messages and interactions, and answer them. Everything
the bot sends is recorded; anything Discord would reject (an oversize embed, a late or double
interaction response, a message that could ping @everyone) is recorded as a violation, and the
e2e fixtures fail the test if there are any. Every request body (a multipart upload's
payload_json too) is also checked against Discord's own OpenAPI description (openapi_check.py).

Faults can be injected per route: 429 (with the Via header discord.py needs to retry), 500/503,
slow or hanging responses, a 200 whose body isn't JSON, a dropped gateway, 403 "cannot message
this user". Nonces are honoured like Discord does with enforce_nonce: a repeated nonce returns
the message already created.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

try:
    from bot.discord import limits
except ImportError:
    # bench.endtoend also drives BASE_COMMIT's bot/ with this fake: from before limits moved.
    from bot import limits  # type: ignore[attr-defined,no-redef]
from tests.e2e import openapi_check

API = "/api/v10"
# Discord: an initial interaction response must arrive within 3 seconds.
INTERACTION_DEADLINE = limits.INTERACTION_DEADLINE_SECONDS
MANAGE_GUILD = 1 << 5
EVERYONE_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16)
_NAME = re.compile(r"^[-_\w]{1,32}$")

# Where a request's parsed body is kept once read.
_PAYLOAD = web.RequestKey("payload", object)

_ids = itertools.count(1_300_000_000_000_000_000)


def snowflake() -> str:
    return str(next(_ids))


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000000+00:00", time.gmtime())


def user_payload(user_id: str, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": user_id,
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


@dataclass
class Fault:
    method: str
    path: re.Pattern[str]
    status: int
    remaining: int
    retry_after: float = 0.05
    is_global: bool = False
    delay: float = 0.0
    code: int = 0
    # Answer with this raw body instead (a proxy's HTML page, say), whatever the status.
    body: str | None = None


@dataclass
class Interaction:
    id: str
    token: str
    kind: int
    sent_at: float
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    followups: list[dict[str, Any]] = field(default_factory=list)
    # The message the interaction created (type 4/5) or updated (type 7), as stored.
    original: dict[str, Any] | None = None
    # For a button click: the message the button was on.
    clicked: dict[str, Any] | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    # Delivered again on purpose (a gateway replay): a second answer is expected and refused.
    redelivered: bool = False
    answer_attempts: int = 0
    # When the first callback arrived (time.monotonic), for round-trip timing.
    answered_at: float | None = None


@dataclass
class Member:
    user: dict[str, Any]
    permissions: int = EVERYONE_PERMISSIONS


class FakeDiscord:
    def __init__(self, *, check_schema: bool = True) -> None:
        # Checking bodies against Discord's schema costs up to a few ms of CPU per request.
        self.schema = openapi_check.load() if check_schema else None
        self.bot_user = user_payload(snowflake(), "Second Heart", bot=True)
        self.application_id = snowflake()
        self.owner = user_payload(snowflake(), "owner")
        self.guild_id = snowflake()
        self.channel_id = snowflake()
        self.members: dict[str, Member] = {}
        self.messages: dict[str, list[dict[str, Any]]] = defaultdict(list)
        # Uploaded files by message id, then filename.
        self.files: dict[str, dict[str, bytes]] = {}
        self.dm_channels: dict[str, str] = {}  # recipient user id -> channel id
        self.commands: dict[str, list[dict[str, Any]]] = {}  # scope -> commands
        self.interactions: dict[str, Interaction] = {}
        self.violations: list[str] = []
        self.requests: list[tuple[str, str]] = []
        # Every request as it arrived: (time.monotonic(), method, route with ids as {id}).
        self.timed_requests: list[tuple[float, str, str]] = []
        # Discord's global limit of requests a second, enforced as Discord does when set: a
        # request past it gets a global 429. Interaction callbacks don't count, as in Discord.
        self.global_limit: int | None = None
        self.rate_limited = 0
        # When each new message was created (time.monotonic()), for lateness.
        self.created_at: list[float] = []
        self._recent: deque[float] = deque()
        self.faults: list[Fault] = []
        self.identified = asyncio.Event()
        self.resumed = 0
        self.identify_count = 0
        # When the bot last identified on the gateway (time.monotonic()).
        self.identified_at = 0.0
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._session_id = "session-" + snowflake()
        self._nonces: dict[tuple[str, str], dict[str, Any]] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0
        # Set whenever the bot's requests or gateway messages change what the fake holds.
        self._changed = asyncio.Event()

    # ----------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # ------------------------------------------------------------------ members

    def add_member(self, name: str, *, permissions: int = EVERYONE_PERMISSIONS) -> dict[str, Any]:
        user = user_payload(snowflake(), name)
        self.members[user["id"]] = Member(user, permissions)
        return user

    def member_payload(self, user_id: str) -> dict[str, Any]:
        member = self.members[user_id]
        return {
            "user": member.user,
            "roles": [],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "permissions": str(member.permissions),
            "nick": None,
            "avatar": None,
            "communication_disabled_until": None,
        }

    # ------------------------------------------------------------------ gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        async for message in ws:
            if message.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(message.data)
            op = payload["op"]
            self._changed.set()
            if op == 1:
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:
                await self._on_identify(ws)
            elif op == 6:
                self.resumed += 1
                await self._send(ws, "RESUMED", {})
            self._changed.set()
        return ws

    async def _on_identify(self, ws: web.WebSocketResponse) -> None:
        self.identify_count += 1
        self.identified_at = time.monotonic()
        self._seq = 0
        await self._send(
            ws,
            "READY",
            {
                "v": 10,
                "user": self.bot_user,
                "guilds": [{"id": self.guild_id, "unavailable": True}],
                "session_id": self._session_id,
                "resume_gateway_url": self.gateway_url,
                "application": {"id": self.application_id, "flags": 0},
                "private_channels": [],
                "relationships": [],
            },
        )
        await self._send(ws, "GUILD_CREATE", self._guild_payload())
        self.identified.set()

    def _guild_payload(self) -> dict[str, Any]:
        members = [self.member_payload(uid) for uid in self.members]
        members.append({**self.member_payload_for_bot()})
        return {
            "id": self.guild_id,
            "name": "Fitness Club",
            "icon": None,
            "owner_id": self.owner["id"],
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [
                {
                    "id": self.guild_id,
                    "name": "@everyone",
                    "color": 0,
                    "hoist": False,
                    "position": 0,
                    "permissions": str(EVERYONE_PERMISSIONS),
                    "managed": False,
                    "mentionable": False,
                    "flags": 0,
                }
            ],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "system_channel_flags": 0,
            "premium_tier": 0,
            "nsfw_level": 0,
            "preferred_locale": "en-US",
            "unavailable": False,
            "large": False,
            "member_count": len(members),
            "members": members,
            "channels": [
                {
                    "id": self.channel_id,
                    "type": 0,
                    "guild_id": self.guild_id,
                    "name": "general",
                    "position": 0,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                    "topic": None,
                    "last_message_id": None,
                    "rate_limit_per_user": 0,
                }
            ],
            "threads": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "joined_at": now_iso(),
        }

    def member_payload_for_bot(self) -> dict[str, Any]:
        return {
            "user": self.bot_user,
            "roles": [],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
        }

    async def _send(self, ws: web.WebSocketResponse, event: str, data: Any) -> None:
        self._seq += 1
        await ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    async def dispatch(self, event: str, data: Any) -> None:
        if self._ws is None or self._ws.closed:
            raise AssertionError("the bot is not connected to the gateway")
        await self._send(self._ws, event, data)

    async def drop_gateway(self) -> None:
        """Close the connection the way a Discord restart does; the bot must come back."""
        assert self._ws is not None
        await self._ws.close(code=4000, message=b"fake restart")

    # ------------------------------------------------------------ interactions

    async def slash(
        self,
        user: dict[str, Any],
        name: str,
        options: list[dict[str, Any]] | None = None,
        *,
        kind: int = 2,
        dm: bool = False,
    ) -> Interaction:
        """Send an application command (type 2) or autocomplete (type 4) interaction."""
        data = {"id": self._command_id(name), "name": name, "type": 1, "options": options or []}
        return await self._interact(user, kind, data, dm=dm)

    async def click(
        self, user: dict[str, Any], message: dict[str, Any], custom_id: str
    ) -> Interaction:
        """Click a button on a message the bot sent."""
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._interact(user, 3, data, message=message)

    async def _interact(
        self,
        user: dict[str, Any],
        kind: int,
        data: dict[str, Any],
        *,
        message: dict[str, Any] | None = None,
        dm: bool = False,
    ) -> Interaction:
        interaction = Interaction(snowflake(), "token-" + snowflake(), kind, time.monotonic())
        self.interactions[interaction.id] = interaction
        payload: dict[str, Any] = {
            "id": interaction.id,
            "application_id": self.application_id,
            "type": kind,
            "data": data,
            "token": interaction.token,
            "version": 1,
            "locale": "en-GB",
            "app_permissions": "0",
            "entitlements": [],
            "authorizing_integration_owners": {},
            "attachment_size_limit": 10_485_760,
        }
        if dm:
            channel_id = self._dm_channel_for(user["id"])
            payload["channel"] = {"id": channel_id, "type": 1, "recipients": [user]}
            payload["channel_id"] = channel_id
            payload["user"] = user
            payload["context"] = 1
        else:
            payload["guild_id"] = self.guild_id
            payload["guild_locale"] = "en-US"
            payload["channel_id"] = self.channel_id
            payload["channel"] = {"id": self.channel_id, "type": 0, "guild_id": self.guild_id}
            payload["member"] = self.member_payload(user["id"])
            payload["context"] = 0
        if message is not None:
            payload["message"] = message
            interaction.clicked = message
        channels = _typed_options(data.get("options") or [], 7)
        if channels:
            payload["data"].setdefault("resolved", {})["channels"] = {
                cid: {
                    "id": cid,
                    "type": 0,
                    "name": "general",
                    "permissions": "0",
                    "guild_id": self.guild_id,
                }
                for cid in channels
            }
        users = _user_options(data.get("options") or [])
        if users:
            resolved = payload["data"].setdefault("resolved", {})
            resolved["users"] = {uid: self.members[uid].user for uid in users}
            resolved["members"] = {
                uid: {k: v for k, v in self.member_payload(uid).items() if k != "user"}
                for uid in users
            }
        interaction.payload = payload
        await self.dispatch("INTERACTION_CREATE", payload)
        return interaction

    async def redeliver(self, interaction: Interaction) -> None:
        """Dispatch the same interaction again, as a gateway replay after RESUME can."""
        interaction.redelivered = True
        await self.dispatch("INTERACTION_CREATE", interaction.payload)

    def _command_id(self, name: str) -> str:
        for commands in self.commands.values():
            for command in commands:
                if command["name"] == name:
                    return str(command["id"])
        return snowflake()

    async def wait_for(self, check: Any, seconds: float = 10.0) -> Any:
        """Wait until `check()` returns something truthy, and return it."""
        try:
            async with asyncio.timeout(seconds):
                while True:
                    self._changed.clear()
                    if result := check():
                        return result
                    await self._changed.wait()
        except TimeoutError:
            raise AssertionError(f"timed out waiting; violations: {self.violations}") from None

    async def reply_to(self, interaction: Interaction, seconds: float = 10.0) -> dict[str, Any]:
        """The message the bot answered with: the callback's, or the first follow-up."""

        def answered() -> dict[str, Any] | None:
            if interaction.followups:
                return interaction.followups[0]
            for callback in interaction.callbacks:
                if callback["type"] in (4, 7):
                    return interaction.original
                if callback["type"] in (8, 9):
                    return dict(callback.get("data") or {})
            return None

        result: dict[str, Any] = await self.wait_for(answered, seconds)
        return result

    async def followup_to(self, interaction: Interaction, seconds: float = 10.0) -> dict[str, Any]:
        """The bot's first follow-up: its answer when the callback only updated the clicked
        message (a reminder's buttons greyed out, say)."""
        result: dict[str, Any] = await self.wait_for(
            lambda: interaction.followups and interaction.followups[0], seconds
        )
        return result

    # ------------------------------------------------------------------ messages

    async def post_message(
        self, user: dict[str, Any], content: str, *, dm: bool = False, mentions_bot: bool = False
    ) -> dict[str, Any]:
        """A member posts a message (MESSAGE_CREATE), in the guild channel or a DM."""
        channel_id = self._dm_channel_for(user["id"]) if dm else self.channel_id
        message = {
            "id": snowflake(),
            "channel_id": channel_id,
            "author": user,
            "content": content,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [self.bot_user] if mentions_bot else [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }
        if not dm:
            message["guild_id"] = self.guild_id
            message["member"] = {
                k: v for k, v in self.member_payload(user["id"]).items() if k != "user"
            }
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    def dm_channel(self, user: dict[str, Any]) -> str:
        """The id of the bot's DM channel with `user` (opened now if it isn't yet)."""
        return self._dm_channel_for(user["id"])

    def _dm_channel_for(self, user_id: str) -> str:
        if user_id not in self.dm_channels:
            self.dm_channels[user_id] = snowflake()
        return self.dm_channels[user_id]

    def close_dm(self, user: dict[str, Any]) -> None:
        """Forget the DM channel with `user`: sending there is now 404 Unknown Channel, and
        opening the DM again gives a new channel."""
        self.dm_channels.pop(user["id"], None)

    def bot_messages(self, channel_id: str) -> list[dict[str, Any]]:
        return [m for m in self.messages[channel_id] if m["author"]["id"] == self.bot_user["id"]]

    # ---------------------------------------------------------------- faults

    def fail(
        self,
        method: str,
        path: str,
        status: int,
        times: int = 1,
        *,
        retry_after: float = 0.05,
        is_global: bool = False,
        delay: float = 0.0,
        code: int = 0,
        body: str | None = None,
    ) -> None:
        """The next `times` requests matching `method` and the `path` regex get `status`.

        A 200 without `body` only delays (by `delay`) and then serves the request as usual; with
        `body`, the request is answered with that text as an HTML page and nothing is stored.
        """
        self.faults.append(
            Fault(
                method, re.compile(path), status, times, retry_after, is_global, delay, code, body
            )
        )

    def peak_per_second(self, method: str | None = None) -> int:
        """The most requests (of `method`, or all) that arrived within any one second."""
        times = [t for t, m, _ in self.timed_requests if method is None or m == method]
        peak, start = 0, 0
        for end, moment in enumerate(times):
            while moment - times[start] >= 1.0:
                start += 1
            peak = max(peak, end - start + 1)
        return peak

    def requests_by_route(self) -> Counter[str]:
        return Counter(f"{method} {route}" for _, method, route in self.timed_requests)

    def _over_global_limit(self, path: str, moment: float) -> float | None:
        """Seconds to wait if this request passes the global limit, else None (and it counts)."""
        if self.global_limit is None or "/interactions/" in path:
            return None
        while self._recent and moment - self._recent[0] >= 1.0:
            self._recent.popleft()
        if len(self._recent) >= self.global_limit:
            return 1.0 - (moment - self._recent[0])
        self._recent.append(moment)
        return None

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        self.requests.append((request.method, request.path))
        moment = time.monotonic()
        route = re.sub(r"\d{6,}", "{id}", request.path.removeprefix(API))
        self.timed_requests.append((moment, request.method, route))
        wait = self._over_global_limit(request.path, moment)
        if wait is not None:
            self.rate_limited += 1
            return self._error(
                Fault(request.method, re.compile(""), 429, 0, round(wait, 3), is_global=True)
            )
        for fault in self.faults:
            if (
                fault.remaining
                and request.method == fault.method
                and fault.path.search(request.path)
            ):
                fault.remaining -= 1
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.status == 200 and fault.body is None:
                    break
                self._changed.set()
                return self._error(fault)
        try:
            response: web.StreamResponse = await handler(request)
        finally:
            self._changed.set()
        return response

    @staticmethod
    def _error(fault: Fault) -> web.Response:
        if fault.body is not None:
            return web.Response(status=fault.status, text=fault.body, content_type="text/html")
        if fault.status == 429:
            body = {
                "message": "You are being rate limited.",
                "retry_after": fault.retry_after,
                "global": fault.is_global,
            }
            headers = {
                # Without Via, discord.py treats a 429 as a Cloudflare ban and gives up.
                "Via": "1.1 google",
                "Retry-After": str(fault.retry_after),
                "X-RateLimit-Scope": "global" if fault.is_global else "user",
            }
            if fault.is_global:
                headers["X-RateLimit-Global"] = "true"
            return _json(body, status=429, headers=headers)
        body = {"message": "fake failure", "code": fault.code}
        return _json(body, status=fault.status)

    # -------------------------------------------------------------------- REST

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = request.path.removeprefix(API)
        method = request.method
        await self._check_schema(request, method, path)
        for pattern, verb, handler in self._routes():
            match = re.fullmatch(pattern, path)
            if match and verb == method:
                result: web.StreamResponse = await handler(request, **match.groupdict())
                return result
        self.violations.append(f"unhandled route {method} {path}")
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    def _routes(self) -> list[tuple[str, str, Any]]:
        app = self.application_id
        return [
            (r"/users/@me", "GET", self._me),
            (r"/oauth2/applications/@me", "GET", self._application),
            (rf"/applications/{app}/commands", "PUT", self._put_commands),
            (rf"/applications/{app}/commands", "GET", self._get_commands),
            (rf"/applications/{app}/guilds/(?P<guild>\d+)/commands", "PUT", self._put_commands),
            (rf"/applications/{app}/guilds/(?P<guild>\d+)/commands", "GET", self._get_commands),
            (r"/interactions/(?P<iid>\d+)/(?P<token>[^/]+)/callback", "POST", self._callback),
            (rf"/webhooks/{app}/(?P<token>[^/]+)", "POST", self._followup),
            (
                rf"/webhooks/{app}/(?P<token>[^/]+)/messages/(?P<mid>[^/]+)",
                "PATCH",
                self._edit_hook,
            ),
            (rf"/webhooks/{app}/(?P<token>[^/]+)/messages/(?P<mid>[^/]+)", "GET", self._get_hook),
            (
                rf"/webhooks/{app}/(?P<token>[^/]+)/messages/(?P<mid>[^/]+)",
                "DELETE",
                self._no_content,
            ),
            (r"/channels/(?P<channel>\d+)/messages", "POST", self._create_message),
            (r"/channels/(?P<channel>\d+)/messages/(?P<mid>\d+)", "PATCH", self._edit_message),
            (r"/channels/(?P<channel>\d+)/messages/(?P<mid>\d+)", "DELETE", self._no_content),
            (r"/users/@me/channels", "POST", self._open_dm),
            (r"/gateway", "GET", self._gateway_info),
        ]

    async def _check_schema(self, request: web.Request, method: str, path: str) -> None:
        if self.schema is None:
            return
        body = await _payload(request)
        if isinstance(body, dict) and "_files" in body:
            # The uploaded files themselves are not JSON; payload_json is what the schema covers.
            body = {k: v for k, v in body.items() if k != "_files"}
        for problem in self.schema.problems(method, path, body):
            self.violations.append(f"{method} {path} against Discord's schema: {problem}")

    async def _me(self, request: web.Request) -> web.Response:
        return _json(self.bot_user)

    async def _gateway_info(self, request: web.Request) -> web.Response:
        return _json({"url": self.gateway_url})

    async def _application(self, request: web.Request) -> web.Response:
        return _json(
            {
                "id": self.application_id,
                "name": "Second Heart",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": self.owner,
                "team": None,
                "verify_key": "0" * 64,
                "flags": 0,
            }
        )

    async def _put_commands(self, request: web.Request, guild: str | None = None) -> web.Response:
        commands = await _payload(request)
        for problem in check_commands(commands):
            self.violations.append(f"command sync: {problem}")
        stored = [
            {**c, "id": snowflake(), "application_id": self.application_id, "version": "1"}
            for c in commands
        ]
        if guild:
            for command in stored:
                command["guild_id"] = guild
        self.commands[guild or "global"] = stored
        return _json(stored)

    async def _get_commands(self, request: web.Request, guild: str | None = None) -> web.Response:
        return _json(self.commands.get(guild or "global", []))

    async def _callback(self, request: web.Request, iid: str, token: str) -> web.Response:
        body = await _body(request)
        interaction = self.interactions.get(iid)
        if interaction is None or interaction.token != token:
            self.violations.append(f"callback for unknown interaction {iid}")
            return _json({"message": "Unknown interaction", "code": 10062}, status=404)
        elapsed = time.monotonic() - interaction.sent_at
        interaction.answer_attempts += 1
        if interaction.callbacks:
            if not interaction.redelivered:
                self.violations.append(f"interaction {iid} answered twice")
            return _json(
                {"message": "Interaction has already been acknowledged.", "code": 40060}, status=400
            )
        if elapsed > INTERACTION_DEADLINE:
            self.violations.append(f"interaction {iid} answered after {elapsed:.1f} s")
        kind = body.get("type")
        if kind not in (4, 5, 6, 7, 8, 9):
            self.violations.append(f"interaction {iid}: callback type {kind}")
        data = body.get("data") or {}
        if kind == 8:
            choices = data.get("choices", [])
            if len(choices) > limits.AUTOCOMPLETE_CHOICES:
                self.violations.append(f"autocomplete returned {len(choices)} choices")
            for choice in choices:
                if not 1 <= len(choice["name"]) <= limits.CHOICE_NAME:
                    self.violations.append(f"autocomplete choice name of {len(choice['name'])}")
        elif kind in (4, 7):
            self._check_message(data, f"interaction {iid} response")
        interaction.callbacks.append(body)
        interaction.answered_at = time.monotonic()
        message = None
        if kind in (4, 5):
            message = self._store_message(self.channel_id, {**data, "_files": body.get("_files")})
        elif kind == 7 and interaction.clicked is not None:
            message = interaction.clicked
            message.update(
                {k: v for k, v in data.items() if k in ("content", "embeds", "components")}
            )
        interaction.original = message
        result: dict[str, Any] = {"interaction": {"id": iid, "type": interaction.kind}}
        if message is not None:
            result["resource"] = {"type": kind, "message": message}
        return _json(result)

    async def _followup(self, request: web.Request, token: str) -> web.Response:
        body = await _body(request)
        interaction = self._by_token(token)
        if interaction is None:
            return _json({"message": "Unknown Webhook", "code": 10015}, status=404)
        if not interaction.callbacks:
            self.violations.append("follow-up sent before the interaction was acknowledged")
        self._check_message(body, "follow-up")
        message = self._store_message(self.channel_id, body, webhook=True)
        interaction.followups.append(message)
        return _json(message)

    async def _edit_hook(self, request: web.Request, token: str, mid: str) -> web.Response:
        body = await _body(request)
        self._check_message(body, "edit of an interaction message")
        interaction = self._by_token(token)
        base = (interaction.original if interaction else None) or self._blank_message(
            self.channel_id
        )
        base.update({k: v for k, v in body.items() if k in ("content", "embeds", "components")})
        return _json(base)

    async def _get_hook(self, request: web.Request, token: str, mid: str) -> web.Response:
        interaction = self._by_token(token)
        return _json(
            (interaction.original if interaction else None) or self._blank_message(self.channel_id)
        )

    async def _create_message(self, request: web.Request, channel: str) -> web.Response:
        body = await _body(request)
        if channel != self.channel_id and channel not in self.dm_channels.values():
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        self._check_message(body, f"message in {channel}")
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            key = (channel, str(nonce))
            if key in self._nonces:
                # Discord returns the message already created for a repeated nonce.
                return _json(self._nonces[key])
        message = self._store_message(channel, body)
        self.created_at.append(time.monotonic())
        if nonce is not None:
            self._nonces[(channel, str(nonce))] = message
        return _json(message)

    async def _edit_message(self, request: web.Request, channel: str, mid: str) -> web.Response:
        body = await _body(request)
        self._check_message(body, "message edit")
        for message in self.messages[channel]:
            if message["id"] == mid:
                message.update(
                    {k: v for k, v in body.items() if k in ("content", "embeds", "components")}
                )
                return _json(message)
        return _json({"message": "Unknown Message", "code": 10008}, status=404)

    async def _open_dm(self, request: web.Request) -> web.Response:
        body = await _body(request)
        user_id = str(body["recipient_id"])
        member = self.members.get(user_id)
        recipient = member.user if member else user_payload(user_id, "someone")
        return _json(
            {
                "id": self._dm_channel_for(user_id),
                "type": 1,
                "recipients": [recipient],
                "last_message_id": None,
            }
        )

    async def _no_content(self, request: web.Request, **_: str) -> web.Response:
        return web.Response(status=204)

    # ----------------------------------------------------------------- helpers

    def _by_token(self, token: str) -> Interaction | None:
        return next((i for i in self.interactions.values() if i.token == token), None)

    def _blank_message(self, channel_id: str) -> dict[str, Any]:
        return self._store_message(channel_id, {}, record=False)

    def _store_message(
        self, channel_id: str, body: dict[str, Any], *, webhook: bool = False, record: bool = True
    ) -> dict[str, Any]:
        message = {
            "id": snowflake(),
            "channel_id": channel_id,
            "author": self.bot_user,
            "content": body.get("content") or "",
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": body.get("attachments", []),
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": body.get("flags", 0) or 0,
        }
        # Optional keys are absent, not null: discord.py reads presence as meaning.
        for key in ("nonce", "message_reference", "allowed_mentions"):
            if body.get(key) is not None:
                message[key] = body[key]
        if webhook:
            message["webhook_id"] = self.application_id
        uploads = body.get("_files") or []
        if uploads:
            self.files[message["id"]] = {f["filename"]: f["data"] for f in uploads}
            message["attachments"] = [
                {
                    "id": snowflake(),
                    "filename": f["filename"],
                    "size": f["size"],
                    "url": f"{self.api_base}/attachments/{f['filename']}",
                    "proxy_url": f"{self.api_base}/attachments/{f['filename']}",
                }
                for f in uploads
            ]
        if record:
            self.messages[channel_id].append(message)
        return message

    def _check_message(self, body: dict[str, Any], where: str) -> None:
        for problem in check_message(body):
            self.violations.append(f"{where}: {problem}")


def _typed_options(options: list[dict[str, Any]], kind: int) -> list[str]:
    """The values of options of one type (6 user, 7 channel), at any depth."""
    found = []
    for option in options:
        if option.get("type") == kind:
            found.append(str(option["value"]))
        found.extend(_typed_options(option.get("options") or [], kind))
    return found


def _user_options(options: list[dict[str, Any]]) -> list[str]:
    return _typed_options(options, 6)


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
    if content or embeds:
        allowed = body.get("allowed_mentions")
        if allowed is None:
            problems.append("no allowed_mentions: member text could ping @everyone or roles")
        else:
            parse = allowed.get("parse", [])
            if "everyone" in parse or "roles" in parse:
                problems.append(f"allowed_mentions parse {parse} lets member text ping")
    return problems


def check_commands(commands: list[dict[str, Any]]) -> list[str]:
    """Discord's rules for registering application commands."""
    problems = []
    if len(commands) > 100:
        problems.append(f"{len(commands)} commands")
    for command in commands:
        problems.extend(_check_command(command, command.get("name", "?")))
    return problems


def _check_command(command: dict[str, Any], path: str) -> list[str]:
    problems = []
    name = command.get("name", "")
    if not _NAME.match(name) or name != name.lower():
        problems.append(f"{path}: name {name!r} must be 1-32 lowercase characters")
    description = command.get("description", "")
    if command.get("type", 1) == 1 and not 1 <= len(description) <= 100:
        problems.append(f"{path}: description of {len(description)} characters")
    options = command.get("options") or []
    if len(options) > 25:
        problems.append(f"{path}: {len(options)} options")
    for option in options:
        sub = f"{path} {option.get('name', '?')}"
        if len(option.get("choices") or []) > 25:
            problems.append(f"{sub}: more than 25 choices")
        problems.extend(_check_command({**option, "type": 1}, sub))
    return problems


async def _body(request: web.Request) -> dict[str, Any]:
    """The JSON object body, whether sent plainly or as multipart with files (in `_files`)."""
    body = await _payload(request)
    if body is None:
        return {}
    assert isinstance(body, dict), f"expected a JSON object, got {type(body).__name__}"
    return body


async def _payload(request: web.Request) -> Any:
    """The request's JSON (None without a body), read once: the schema check and the handler
    both need it, and a multipart stream can only be read once."""
    if _PAYLOAD not in request:
        request[_PAYLOAD] = await _read_payload(request)
    return request[_PAYLOAD]


async def _read_payload(request: web.Request) -> Any:
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        payload: dict[str, Any] = {}
        attachments = []
        async for part in reader:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "payload_json":
                payload = json.loads(await part.text())
            elif part.name:
                data = await part.read()
                attachments.append({"filename": part.filename, "size": len(data), "data": data})
        payload["_files"] = attachments
        return payload
    if not request.can_read_body:
        return None
    return await request.json()


def _json(data: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py compares Content-Type for equality; aiohttp's json_response adds a charset.
    return web.Response(
        body=json.dumps(data, default=str).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )
