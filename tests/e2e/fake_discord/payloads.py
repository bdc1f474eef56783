"""Discord's objects as JSON, shaped the way discord.py 2.7 reads them.

Pure builders: they hold nothing, so the gateway, the REST routes and the test driver can share
them. Optional keys are left out rather than sent as null where discord.py reads presence as
meaning.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

# Discord's default @everyone permissions: view channel, send messages, embed links, attach
# files, read message history.
EVERYONE_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16)
MANAGE_GUILD = 1 << 5

_ids = itertools.count(1_300_000_000_000_000_000)
# Guild ids a millisecond apart (a snowflake's timestamp is its bits from 22 up), so that they
# fall on different shards as real guilds do; below `_ids`, so the two never meet.
_guild_milliseconds = itertools.count(1_200_000_000_000_000_000 >> 22)


def snowflake() -> str:
    """A fresh ID, unique within the process and as large as Discord's are today."""
    return str(next(_ids))


def shard_of(guild_id: str, shard_count: int) -> int:
    """Discord's rule (events/gateway, "Sharding"): the shard a guild's events go to."""
    return (int(guild_id) >> 22) % shard_count


def guild_snowflake(shard: tuple[int, int] | None = None) -> str:
    """A fresh guild ID; with `shard` (id, count), one that Discord delivers on that shard."""
    while True:
        guild_id = str(next(_guild_milliseconds) << 22)
        if shard is None or shard_of(guild_id, shard[1]) == shard[0]:
            return guild_id


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


def member_payload(user: dict[str, Any], permissions: int) -> dict[str, Any]:
    """A guild member as interactions carry it (with its computed permissions)."""
    return {
        "user": user,
        "roles": [],
        "joined_at": now_iso(),
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "permissions": str(permissions),
        "nick": None,
        "avatar": None,
        "communication_disabled_until": None,
    }


def without_user(member: dict[str, Any]) -> dict[str, Any]:
    """A member as MESSAGE_CREATE and resolved data carry it: the user is given beside it."""
    return {k: v for k, v in member.items() if k != "user"}


def bot_member_payload(bot_user: dict[str, Any]) -> dict[str, Any]:
    return {
        "user": bot_user,
        "roles": [],
        "joined_at": now_iso(),
        "deaf": False,
        "mute": False,
        "flags": 0,
    }


def guild_payload(
    guild_id: str, channel_id: str, owner_id: str, members: list[dict[str, Any]], name: str
) -> dict[str, Any]:
    """GUILD_CREATE for one of the fake's guilds: one text channel and an @everyone role."""
    return {
        "id": guild_id,
        "name": name,
        "icon": None,
        "owner_id": owner_id,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [
            {
                "id": guild_id,
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
        "channels": [text_channel_payload(guild_id, channel_id)],
        "threads": [],
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "joined_at": now_iso(),
    }


def text_channel_payload(guild_id: str, channel_id: str) -> dict[str, Any]:
    """A guild's one text channel, as GUILD_CREATE and GET /channels/{id} give it."""
    return {
        "id": channel_id,
        "type": 0,
        "guild_id": guild_id,
        "name": "general",
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def dm_channel_payload(channel_id: str, recipient: dict[str, Any]) -> dict[str, Any]:
    """A DM channel, as POST /users/@me/channels and GET /channels/{id} give it."""
    return {"id": channel_id, "type": 1, "recipients": [recipient], "last_message_id": None}


def message_payload(
    channel_id: str,
    author: dict[str, Any],
    content: str,
    *,
    mentions: list[dict[str, Any]] | None = None,
    embeds: list[dict[str, Any]] | None = None,
    components: list[dict[str, Any]] | None = None,
    attachments: list[dict[str, Any]] | None = None,
    flags: int = 0,
) -> dict[str, Any]:
    """A message as Discord returns and dispatches it, whoever wrote it."""
    return {
        "id": snowflake(),
        "channel_id": channel_id,
        "author": author,
        "content": content,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": mentions or [],
        "mention_roles": [],
        "attachments": attachments or [],
        "embeds": embeds or [],
        "components": components or [],
        "pinned": False,
        "type": 0,
        "flags": flags,
    }


def typed_options(options: list[dict[str, Any]], kind: int) -> list[str]:
    """The values of a command's options of one type (6 user, 7 channel), at any depth."""
    found = []
    for option in options:
        if option.get("type") == kind:
            found.append(str(option["value"]))
        found.extend(typed_options(option.get("options") or [], kind))
    return found
