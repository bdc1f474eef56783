"""The test driver: what a test does to the fake Discord, and how it waits for the bot.

`FakeDiscord` is the fake's state plus the ways to act on it: start and stop the server, add
members, send slash commands and autocomplete, click buttons, post messages and DMs, replay an
interaction, arm faults, and wait (without polling) for the bot's answer.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Literal

from aiohttp import web

from tests.e2e.fake_discord.faults import FaultInjection
from tests.e2e.fake_discord.gateway import Gateway
from tests.e2e.fake_discord.payloads import (
    EVERYONE_PERMISSIONS,
    guild_snowflake,
    member_payload,
    message_payload,
    snowflake,
    typed_options,
    user_payload,
    without_user,
)
from tests.e2e.fake_discord.rest import Rest
from tests.e2e.fake_discord.rules import check_reachable
from tests.e2e.fake_discord.state import API, DiscordState, Guild, Interaction, Member

_USER_OPTION, _CHANNEL_OPTION = 6, 7
_MESSAGE_COMMAND = 3
# Whose install a member reaches the bot through: the server's (the bot is in it), or their own
# (Discord's user install: DMs, and servers the bot is not in).
Install = Literal["server", "member"]
_INSTALL_TYPE: dict[Install, int] = {"server": 0, "member": 1}


class FakeDiscord(DiscordState):
    def __init__(self, *, check_schema: bool = True) -> None:
        super().__init__(check_schema=check_schema)
        self._gateway = Gateway(self)
        self._rest = Rest(self)
        self._faults = FaultInjection(self)
        self._runner: web.AppRunner | None = None
        # The jobs other modules do, under the names tests call them by.
        self.fail = self._faults.fail
        self.peak_per_second = self._faults.peak_per_second
        self.requests_by_route = self._faults.requests_by_route
        self.dispatch = self._gateway.dispatch
        self.drop_gateway = self._gateway.drop

    # ----------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        app = web.Application(middlewares=[self._faults.middleware])
        app.router.add_get("/gateway", self._gateway.handle)
        app.router.add_route("*", API + "/{tail:.*}", self._rest.handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        await self._gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # ------------------------------------------------------------------- guilds

    def server_without_the_bot(self, name: str = "Running Club") -> Guild:
        """A server the bot was never added to: members reach it there through their own
        install only, and it has no channel the bot can post in."""
        return Guild(guild_snowflake(), snowflake(), name)

    def add_guild(self, name: str, *, shard: tuple[int, int] | None = None) -> Guild:
        """Another guild the bot is in (before it connects), on `shard` (id, count) if given."""
        guild = Guild(guild_snowflake(shard), snowflake(), name)
        self.guilds[guild.id] = guild
        return guild

    # ------------------------------------------------------------------ members

    def add_member(self, name: str, *, permissions: int = EVERYONE_PERMISSIONS) -> dict[str, Any]:
        user = user_payload(snowflake(), name)
        self.members[user["id"]] = Member(user, permissions)
        return user

    def member_payload(self, user_id: str) -> dict[str, Any]:
        member = self.members[user_id]
        return member_payload(member.user, member.permissions)

    # ------------------------------------------------------------ interactions

    async def slash(
        self,
        user: dict[str, Any],
        name: str,
        options: list[dict[str, Any]] | None = None,
        *,
        kind: int = 2,
        dm: bool = False,
        guild: Guild | None = None,
        install: Install = "server",
    ) -> Interaction:
        """Send an application command (type 2) or autocomplete (type 4) interaction, in
        `guild` (the first guild by default) or a DM, reached through `install`."""
        data = {"id": self._command_id(name), "name": name, "type": 1, "options": options or []}
        return await self._interact(user, kind, data, dm=dm, guild=guild, install=install)

    async def message_command(
        self,
        user: dict[str, Any],
        name: str,
        target: dict[str, Any],
        *,
        guild: Guild | None = None,
        install: Install = "server",
    ) -> Interaction:
        """Use a message command (the Apps menu on a message) on `target`, a message in
        `guild`'s channel (the first guild's by default). Discord sends the message whole, in
        the resolved data."""
        data = {
            "id": self._command_id(name),
            "name": name,
            "type": _MESSAGE_COMMAND,
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}},
        }
        return await self._interact(user, 2, data, guild=guild, install=install)

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
        guild: Guild | None = None,
        install: Install = "server",
    ) -> Interaction:
        guild = guild or self.guilds[self.guild_id]
        interaction = Interaction(
            snowflake(), "token-" + snowflake(), kind, time.monotonic(), guild.channel_id
        )
        # Discord names the install that authorised the interaction: the server's id (or "0"
        # in the bot's DMs), or the member's own id ("Authorizing Integration Owners Object").
        # A member's install outside a server that has the bot allows 5 follow-ups only.
        owners = {"1": user["id"]} if install == "member" else {"0": "0" if dm else guild.id}
        interaction.follow_up_limited = install == "member" and (dm or guild.id not in self.guilds)
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
            "authorizing_integration_owners": owners,
            "attachment_size_limit": 10_485_760,
        }
        if dm:
            channel_id = self.dm_channel_for(user["id"])
            payload["channel"] = {"id": channel_id, "type": 1, "recipients": [user]}
            payload["channel_id"] = channel_id
            payload["user"] = user
            payload["context"] = 1
        else:
            payload["guild_id"] = guild.id
            payload["guild_locale"] = "en-US"
            payload["channel_id"] = guild.channel_id
            # The partial channel Discord sends; discord.py reads it where it has no cached
            # copy (a server the bot is not in).
            payload["channel"] = {
                "id": guild.channel_id,
                "type": 0,
                "guild_id": guild.id,
                "name": "general",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
            }
            payload["member"] = self.member_payload(user["id"])
            payload["context"] = 0
        if message is not None:
            payload["message"] = message
            interaction.clicked = message
        self._check_reachable(data, _INSTALL_TYPE[install], payload["context"])
        self._resolve(data, guild.id)
        interaction.payload = payload
        await self.dispatch("INTERACTION_CREATE", payload)
        return interaction

    def _check_reachable(self, data: dict[str, Any], install: int, context: int) -> None:
        """A test may only do what Discord would let a member do: use a registered command from
        an install and in a context its registration allows (unregistered ones pass, for tests
        that never sync)."""
        name = data.get("name")
        for commands in self.commands.values():
            for command in commands:
                if command["name"] == name and command.get("type", 1) == data.get("type", 1):
                    self.violations.extend(
                        f"test: {p}" for p in check_reachable(command, install, context, name=name)
                    )
                    return

    def _resolve(self, data: dict[str, Any], guild_id: str) -> None:
        """Add the channels and members that a command's options name, as Discord does."""
        options = data.get("options") or []
        channels = typed_options(options, _CHANNEL_OPTION)
        if channels:
            data.setdefault("resolved", {})["channels"] = {
                cid: {
                    "id": cid,
                    "type": 0,
                    "name": "general",
                    "permissions": "0",
                    "guild_id": guild_id,
                }
                for cid in channels
            }
        users = typed_options(options, _USER_OPTION)
        if users:
            resolved = data.setdefault("resolved", {})
            resolved["users"] = {uid: self.members[uid].user for uid in users}
            resolved["members"] = {uid: without_user(self.member_payload(uid)) for uid in users}

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

    # ------------------------------------------------------------------ waiting

    async def wait_for(self, check: Any, seconds: float = 10.0) -> Any:
        """Wait until `check()` returns something truthy, and return it."""
        try:
            async with asyncio.timeout(seconds):
                while True:
                    self.changed.clear()
                    if result := check():
                        return result
                    await self.changed.wait()
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
        self,
        user: dict[str, Any],
        content: str,
        *,
        dm: bool = False,
        mentions_bot: bool = False,
        guild: Guild | None = None,
    ) -> dict[str, Any]:
        """A member posts a message (MESSAGE_CREATE), in a guild's channel (the first guild's
        by default) or a DM."""
        guild = guild or self.guilds[self.guild_id]
        channel_id = self.dm_channel_for(user["id"]) if dm else guild.channel_id
        mentions = [self.bot_user] if mentions_bot else []
        message = message_payload(channel_id, user, content, mentions=mentions)
        if not dm:
            message["guild_id"] = guild.id
            message["member"] = without_user(self.member_payload(user["id"]))
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    def dm_channel(self, user: dict[str, Any]) -> str:
        """The id of the bot's DM channel with `user` (opened now if it isn't yet)."""
        return self.dm_channel_for(user["id"])

    def close_dm(self, user: dict[str, Any]) -> None:
        """Forget the DM channel with `user`: sending there is now 404 Unknown Channel, and
        opening the DM again gives a new channel."""
        self.dm_channels.pop(user["id"], None)

    def bot_messages(self, channel_id: str) -> list[dict[str, Any]]:
        return [m for m in self.messages[channel_id] if m["author"]["id"] == self.bot_user["id"]]
