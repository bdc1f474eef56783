"""What the fake Discord holds and what it has seen, in one place.

The gateway, the REST routes and fault injection each work on this one state, and the test
driver (`FakeDiscord`) is this state plus the ways to act on it, so a test reads
`fake.messages`, `fake.violations` or `fake.identify_count` wherever the value was recorded.
"""

from __future__ import annotations

import asyncio
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from tests.e2e.fake_discord import openapi_check
from tests.e2e.fake_discord.payloads import (
    EVERYONE_PERMISSIONS,
    guild_snowflake,
    message_payload,
    snowflake,
    user_payload,
)

API = "/api/v10"


@dataclass
class Member:
    user: dict[str, Any]
    permissions: int = EVERYONE_PERMISSIONS


@dataclass(frozen=True)
class Guild:
    """A server the bot is in, with its one text channel."""

    id: str
    channel_id: str
    name: str = "Fitness Club"


@dataclass
class Interaction:
    id: str
    token: str
    kind: int
    sent_at: float
    # Where the fake keeps the answer: the guild channel the command came from (for a DM, the
    # first guild's channel, where the fake has always kept it).
    channel_id: str = ""
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
    # Reached through a member's own install, outside a server that has the bot: Discord allows
    # such an interaction 5 follow-ups.
    follow_up_limited: bool = False


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


class DiscordState:
    """The bot's guilds (one unless a test adds more), each with one text channel, their
    members, and everything the bot has sent."""

    def __init__(self, *, check_schema: bool = True) -> None:
        # Checking bodies against Discord's schema costs up to a few ms of CPU per request.
        self.schema = openapi_check.load() if check_schema else None
        self.bot_user = user_payload(snowflake(), "Second Heart", bot=True)
        self.application_id = snowflake()
        self.owner = user_payload(snowflake(), "owner")
        self.guild_id = guild_snowflake()
        self.channel_id = snowflake()
        # Every guild by id, the first one (guild_id, channel_id) included.
        self.guilds: dict[str, Guild] = {self.guild_id: Guild(self.guild_id, self.channel_id)}
        self.port = 0
        self.members: dict[str, Member] = {}
        self.messages: dict[str, list[dict[str, Any]]] = defaultdict(list)
        # Uploaded files by message id, then filename.
        self.files: dict[str, dict[str, bytes]] = {}
        self.dm_channels: dict[str, str] = {}  # recipient user id -> channel id
        self.commands: dict[str, list[dict[str, Any]]] = {}  # scope -> commands
        self.interactions: dict[str, Interaction] = {}
        self.violations: list[str] = []
        # Messages already created per (channel, nonce), for enforce_nonce.
        self.nonces: dict[tuple[str, str], dict[str, Any]] = {}
        # When each new message was created (time.monotonic()), for lateness.
        self.created_at: list[float] = []
        # The token each new message was sent with, by message id. The fake accepts any token,
        # so a test running several bot processes gives each its own to tell who sent what.
        self.sent_with: dict[str, str] = {}

        # Requests, as fault injection sees them arrive.
        self.requests: list[tuple[str, str]] = []
        # Every request as it arrived: (time.monotonic(), method, route with ids as {id}).
        self.timed_requests: list[tuple[float, str, str]] = []
        self.faults: list[Fault] = []
        # Discord's global limit of requests a second, enforced as Discord does when set: a
        # request past it gets a global 429. Interaction callbacks don't count, as in Discord.
        self.global_limit: int | None = None
        self.rate_limited = 0
        # Arrival times of the requests counted against the global limit in the last second.
        self.recent: deque[float] = deque()

        # The gateway session, as the bot used it.
        self.identified = asyncio.Event()
        self.resumed = 0
        self.identify_count = 0
        # When the bot last identified on the gateway (time.monotonic()).
        self.identified_at = 0.0

        # Sharding. The shard count the bot must identify with, which GET /gateway/bot also
        # recommends; None recommends 1 and accepts any count.
        self.shard_count: int | None = None
        # How many guilds Discord counts for the bot, when a test needs more than it adds (to
        # see 4011, sharding required); None counts `guilds`.
        self.guild_count: int | None = None
        # The shard [id, count] of each IDENTIFY, in order (None for an unsharded one).
        self.identified_shards: list[tuple[int, int] | None] = []
        # Each IDENTIFY refused: (close code, the shard as sent).
        self.refused: list[tuple[int, Any]] = []

        # Set whenever the bot's requests or gateway messages change what the fake holds.
        self.changed = asyncio.Event()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def dm_channel_for(self, user_id: str) -> str:
        if user_id not in self.dm_channels:
            self.dm_channels[user_id] = snowflake()
        return self.dm_channels[user_id]

    def guild_channels(self) -> set[str]:
        return {guild.channel_id for guild in self.guilds.values()}

    def by_token(self, token: str) -> Interaction | None:
        return next((i for i in self.interactions.values() if i.token == token), None)

    def blank_message(self, channel_id: str) -> dict[str, Any]:
        return self.store_message(channel_id, {}, record=False)

    def store_message(
        self, channel_id: str, body: dict[str, Any], *, webhook: bool = False, record: bool = True
    ) -> dict[str, Any]:
        """The message the bot's request body creates, kept (unless `record` is false) the way
        Discord would return it."""
        message = message_payload(
            channel_id,
            self.bot_user,
            body.get("content") or "",
            embeds=body.get("embeds"),
            components=body.get("components"),
            attachments=body.get("attachments"),
            flags=body.get("flags", 0) or 0,
        )
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
