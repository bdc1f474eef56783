"""Scenarios 1 and 8: log in, register commands, survive a dropped gateway."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import msgspec
import yaml

from bot.catalog import COMMANDS, MESSAGE_ACTIONS
from bot.config import Config
from bot.discord.client import SecondHeartBot
from bot.discord.start import TOKEN_REJECTED, sync
from tests.e2e.conftest import e2e_config
from tests.e2e.fake_discord import MANAGE_GUILD, FakeDiscord, check_commands
from tests.helpers import printed_lines, run_bot, start_bot


async def test_the_bot_logs_in_and_reaches_ready(bot: SecondHeartBot, fake: FakeDiscord) -> None:
    assert bot.user is not None
    assert str(bot.user.id) == fake.bot_user["id"]
    assert fake.identify_count == 1
    assert ("GET", "/api/v10/users/@me") in fake.requests
    # Commands are never synced on start: Discord limits command creation.
    assert fake.commands == {}


async def test_owner_sync_registers_every_command_within_discords_rules(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    names = await sync(e2e_config(tmp_path, fake), guild_id=None)
    registered = fake.commands["global"]
    assert check_commands(registered) == []
    top_level = {c.name.split()[0] for c in COMMANDS} | {m.name for m in MESSAGE_ACTIONS}
    assert set(names) == top_level
    assert {c["name"] for c in registered} == top_level
    kb = next(c for c in registered if c["name"] == "kb")
    assert {o["name"] for o in kb["options"]} == {"reload", "gaps"}


async def test_managers_commands_are_synced_hidden_from_members(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    await sync(e2e_config(tmp_path, fake), guild_id=None)
    by_name = {c["name"]: c for c in fake.commands["global"]}
    hidden = {n for n, c in by_name.items() if c.get("default_member_permissions") is not None}
    # Exactly the commands /help lists for server managers, each by its top-level name.
    assert hidden == {c.name.split()[0] for c in COMMANDS if c.admin}
    assert hidden == {"kb", "remind-channel", "challenge-start", "challenge-end", "recap"}
    for name in hidden:
        assert int(by_name[name]["default_member_permissions"]) == MANAGE_GUILD
        assert by_name[name]["dm_permission"] is False
    # Everything a member may use stays visible, /remind included.
    assert by_name["remind"].get("default_member_permissions") is None


async def test_guild_sync_goes_to_that_guild_only(tmp_path: Path, fake: FakeDiscord) -> None:
    await sync(e2e_config(tmp_path, fake), guild_id=int(fake.guild_id))
    assert set(fake.commands) == {fake.guild_id}


async def test_sync_clear_removes_a_test_guilds_copy_and_leaves_the_global_commands(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    config = e2e_config(tmp_path, fake)
    await sync(config, guild_id=int(fake.guild_id))
    await sync(config, guild_id=None)
    # Both copies now show in that guild: each command twice.
    assert fake.commands[fake.guild_id]
    assert fake.commands["global"]
    write_config_file(tmp_path, config)
    result = await asyncio.to_thread(run_bot, tmp_path, "sync", "--clear", "--guild", fake.guild_id)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"cleared the commands of guild {fake.guild_id}\n"
    assert fake.commands[fake.guild_id] == []
    assert {c["name"] for c in fake.commands["global"]} == {c.name.split()[0] for c in COMMANDS} | {
        m.name for m in MESSAGE_ACTIONS
    }


async def test_a_dropped_gateway_is_resumed_and_the_next_question_answered(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any]
) -> None:
    await fake.drop_gateway()
    await fake.wait_for(lambda: fake.resumed >= 1 or fake.identify_count >= 2, seconds=20)
    interaction = await fake.slash(
        member, "ask", [{"name": "question", "type": 3, "value": "what causes calf cramps"}]
    )
    reply = await fake.reply_to(interaction)
    assert reply["embeds"][0]["title"] == "Calf cramps"


async def test_python_m_bot_run_connects_answers_and_stops_cleanly(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    user = fake.add_member("lin")
    write_config_file(tmp_path, e2e_config(tmp_path, fake))
    async with bot_process(tmp_path, "run"):
        await fake.wait_for(lambda: fake.identified.is_set(), seconds=30)
        # Events arrive in order, so this comes after READY and GUILD_CREATE.
        interaction = await fake.slash(
            user, "ask", [{"name": "question", "type": 3, "value": "what causes calf cramps"}]
        )
        reply = await fake.reply_to(interaction, seconds=20)
        assert reply["embeds"][0]["title"] == "Calf cramps"


@contextlib.asynccontextmanager
async def bot_process(
    folder: Path, *args: str, module: str = "bot", **env: str
) -> AsyncIterator[list[str]]:
    """`python -m bot *args` (or `module`, a launcher that runs it) in `folder` for the block,
    then stopped with SIGTERM; it must exit 0 without a traceback. What it wrote to stderr is in
    the yielded list after."""
    stderr: list[str] = []
    process = start_bot(folder, *args, module=module, **env)
    pipe = process.stderr
    assert pipe is not None
    written: list[str] = []
    # Read while it runs, not only at the end: a DEBUG log passes the pipe's 64 KB buffer before
    # the bot has identified, and a bot blocked writing its log stops answering.
    reader = threading.Thread(target=lambda: written.append(pipe.read()), daemon=True)
    reader.start()
    try:
        yield stderr
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.to_thread(process.wait, timeout=30)
        await asyncio.to_thread(reader.join, timeout=30)
        for stream in (process.stdin, process.stdout, pipe):
            if stream is not None:
                stream.close()
        err = "".join(written)
        stderr.append(err)
    assert process.returncode == 0, err
    assert "Traceback" not in err


def write_config_file(folder: Path, config: Config) -> None:
    """`config` as the config.yaml a `python -m bot` subprocess started in `folder` reads."""
    data = msgspec.to_builtins(config, enc_hook=lambda s: s.reveal())
    (folder / "config.yaml").write_text(yaml.safe_dump(data))


async def test_a_token_discord_refuses_makes_sync_say_so_in_one_line(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    fake.fail("GET", r"/users/@me$", 401, times=1)
    write_config_file(tmp_path, e2e_config(tmp_path, fake))
    result = await asyncio.to_thread(run_bot, tmp_path, "sync")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert printed_lines(result.stderr) == [f"error: {TOKEN_REJECTED}"]
    assert fake.commands == {}


async def test_a_debug_log_holds_no_interaction_token(tmp_path: Path, fake: FakeDiscord) -> None:
    user = fake.add_member("lin")
    write_config_file(tmp_path, e2e_config(tmp_path, fake))
    async with bot_process(tmp_path, "run", SECOND_HEART_LOG_LEVEL="DEBUG") as stderr:
        await fake.wait_for(lambda: fake.identified.is_set(), seconds=30)
        interaction = await fake.slash(
            user, "ask", [{"name": "question", "type": 3, "value": "what causes calf cramps"}]
        )
        await fake.reply_to(interaction, seconds=20)
    [err] = stderr
    # discord.py logs every gateway event and every request URL at DEBUG; both carry the token,
    # which lets anyone answer as the bot for 15 minutes.
    assert f"/interactions/{interaction.id}/" in err
    assert interaction.token not in err
    assert "[redacted]" in err
