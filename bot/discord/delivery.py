"""Reminder delivery through Discord: the Sender the dispatcher uses to post reminders.

It sends a member's reminder to their DMs or a channel, a server's reminder to its channel, and
maps Discord's answers onto the dispatcher's two kinds of failure, so the dispatcher (in the
Discord-free core) decides what to retry without knowing Discord's error codes.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord

from bot.community.replies import post_reply
from bot.discord.client import SecondHeartBot
from bot.discord.render import embed_for, files_for, mention
from bot.discord.views import view_for
from bot.reminders.models import Claimed
from bot.reminders.nudge_replies import nudge_message
from bot.reminders.outcomes import FailReason, PermanentFailure, TransientFailure
from bot.reminders.replies import disabled_notice, guild_reminder_message, reminder_message
from bot.reminders.service import RemindersService
from bot.replies import Reply

log = logging.getLogger(__name__)

# Discord error codes that mean "this will never work": retrying only adds invalid requests,
# which count toward Cloudflare's ban threshold.
CANNOT_DM = 50007
MISSING_ACCESS = 50001
MISSING_PERMISSIONS = 50013
UNKNOWN_CHANNEL = 10003
UNKNOWN_USER = 10013
MENTIONS_PER_MESSAGE = 90


class DiscordSender:
    """Sends reminders through discord.py, mapping its errors onto the dispatcher's two kinds."""

    # Each HTTP request is paid from the reminders' budget as it leaves (bot/discord/pacing.py).
    charges_each_request = True

    def __init__(self, bot: SecondHeartBot, reminders: RemindersService) -> None:
        self._bot = bot
        self._reminders = reminders

    async def send(self, delivery: Claimed, nonce: str) -> int:
        if delivery.kind == "recap":
            return await self._send_post(delivery, nonce)
        prompt = self._reminders.prompt_for(delivery.reminder_id, delivery.local_date)
        if delivery.kind == "guild":
            return await self._send_to_guild(
                delivery, nonce, guild_reminder_message(delivery, prompt)
            )
        reply = (
            nudge_message(delivery)
            if delivery.kind == "nudge"
            else reminder_message(delivery, prompt)
        )
        view = view_for(reply.actions) or discord.utils.MISSING
        async with _discord_errors():
            if delivery.channel_id is None:
                message = await self._send_dm(
                    delivery, embed=embed_for(reply), view=view, nonce=nonce
                )
            else:
                target = await self._destination(delivery)
                # A channel reminder mentions its member, and only them.
                message = await target.send(
                    content=f"<@{delivery.user_id}>",
                    embed=embed_for(reply),
                    view=view,
                    nonce=nonce,
                    allowed_mentions=discord.AllowedMentions(
                        everyone=False, roles=False, users=[discord.Object(delivery.user_id)]
                    ),
                )
        return message.id

    async def _send_to_guild(self, delivery: Claimed, nonce: str, reply: Reply) -> int:
        """One message for everyone who opted in: a few requests for thousands of members.

        Mentions go in the content, 90 to a message (Discord lets one message allow at most
        100 user mentions); each part has its own nonce, so a resend posts none twice.
        """
        members = await self._reminders.subscribers(delivery.reminder_id)
        role = [discord.Object(delivery.role_id)] if delivery.role_id else []
        chunks = [
            members[i : i + MENTIONS_PER_MESSAGE]
            for i in range(0, len(members), MENTIONS_PER_MESSAGE)
        ]
        first_id = 0
        async with _discord_errors():
            target = await self._destination(delivery)
            for part, chunk in enumerate(chunks or [[]]):
                mentions = " ".join(f"<@{m}>" for m in chunk)
                if part == 0 and delivery.role_id:
                    mentions = f"<@&{delivery.role_id}> {mentions}".strip()
                message = await target.send(
                    content=mentions or None,
                    embed=embed_for(reply) if part == 0 else discord.utils.MISSING,
                    view=(view_for(reply.actions) or discord.utils.MISSING)
                    if part == 0
                    else discord.utils.MISSING,
                    nonce=f"{nonce}.{part}",
                    allowed_mentions=discord.AllowedMentions(
                        everyone=False,
                        roles=role if part == 0 else False,
                        users=[discord.Object(m) for m in chunk],
                    ),
                )
                first_id = first_id or message.id
        return first_id

    async def _send_post(self, delivery: Claimed, nonce: str) -> int:
        """A community post (a weekly recap, a challenge's end), written at send time so it
        shows the week it is posted in. Members are named by mentions inside the embed, which
        ping nobody; the message allows no mentions at all."""
        community = self._bot.app.community
        post = await community.post(delivery.reminder_id, delivery.guild_id, delivery.due_at)
        reply = post_reply(post, mention)
        embed = embed_for(reply)
        async with _discord_errors():
            target = await self._destination(delivery)
            message = await target.send(
                embed=embed,
                files=files_for(reply, embed),
                nonce=nonce,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        return message.id

    async def notify_disabled(self, delivery: Claimed, reason: str) -> None:
        """Tell the member in the reminder's channel if it has one; a closed DM can't be told.
        A community post has no member to tell: /recap set starts it again."""
        if delivery.channel_id is None or delivery.kind == "recap":
            return
        channel = self._bot.get_channel(delivery.channel_id)
        if isinstance(channel, discord.abc.Messageable):
            with contextlib.suppress(discord.HTTPException):
                await channel.send(
                    content=f"<@{delivery.user_id}>",
                    embed=embed_for(disabled_notice(reason, delivery.reminder_id)),
                    allowed_mentions=discord.AllowedMentions(
                        users=[discord.Object(delivery.user_id)]
                    ),
                )

    async def _destination(self, delivery: Claimed) -> discord.abc.Messageable:
        assert delivery.channel_id is not None
        channel = self._bot.get_channel(delivery.channel_id) or await self._bot.fetch_channel(
            delivery.channel_id
        )
        if not isinstance(channel, discord.abc.Messageable):
            raise PermanentFailure("that channel can't receive messages", "channel_gone")
        return channel

    async def _send_dm(self, delivery: Claimed, **message: Any) -> discord.Message:
        """Send to the member's DMs: one request with the channel stored from before, two the
        first time (open the DM, then send), and the channel is stored for next time.

        A stored channel Discord no longer knows (Unknown Channel) is dropped and the DM opened
        again, once; if that fails too, the failure is the send's.
        """
        stored = delivery.dm_channel_id
        if stored is not None:
            try:
                return await self._dm(stored).send(**message)
            except discord.NotFound as exc:
                if exc.code != UNKNOWN_CHANNEL:
                    raise
                log.info(
                    "user %s: stored DM channel %s is unknown; opening it again",
                    delivery.user_id,
                    stored,
                )
                await self._reminders.forget_dm_channel(delivery.user_id, stored)
                # Not discord.py's cache: it may hold the same stale channel.
                opened = int((await self._bot.http.start_private_message(delivery.user_id))["id"])
        else:
            # discord.py's cache first: a member who DMed the bot since it started has one.
            opened = (await self._bot.create_dm(discord.Object(delivery.user_id))).id
        await self._reminders.remember_dm_channel(delivery.user_id, opened)
        return await self._dm(opened).send(**message)

    def _dm(self, channel_id: int) -> discord.PartialMessageable:
        return self._bot.get_partial_messageable(channel_id, type=discord.ChannelType.private)


@contextlib.asynccontextmanager
async def _discord_errors() -> AsyncIterator[None]:
    """Discord's answers as the dispatcher's two kinds of failure."""
    try:
        yield
    except (discord.Forbidden, discord.NotFound) as exc:
        raise PermanentFailure(*_reason(exc)) from exc
    except discord.HTTPException as exc:
        if exc.code in (CANNOT_DM, MISSING_ACCESS, MISSING_PERMISSIONS, UNKNOWN_CHANNEL):
            raise PermanentFailure(*_reason(exc)) from exc
        raise TransientFailure(f"Discord answered {exc.status}") from exc
    except (TimeoutError, aiohttp.ClientError) as exc:
        raise TransientFailure(type(exc).__name__) from exc


def _reason(exc: discord.HTTPException) -> tuple[str, FailReason]:
    """What the member reads, and its fixed name for the metrics."""
    if exc.code == CANNOT_DM:
        return "your DMs are closed to this server's members (Discord error 50007)", "dms_closed"
    if exc.code in (MISSING_ACCESS, MISSING_PERMISSIONS) or isinstance(exc, discord.Forbidden):
        return "I'm not allowed to post there any more", "no_permission"
    if exc.code in (UNKNOWN_CHANNEL, UNKNOWN_USER) or isinstance(exc, discord.NotFound):
        return "that channel no longer exists", "channel_gone"
    return f"Discord refused it ({exc.status})", "refused"
