"""Issue #16's scenario as processes: two shards of 2 on one PostgreSQL, 1,000 reminders due at
once, one process killed (SIGKILL) mid-burst and restarted.

Counted at the fake Discord: every reminder arrives once, in its own DM or channel; a member who
already checked in today gets nothing, and the skip is recorded with its reason; each guild's
channel reminders come from the process running the guild's shard (the fake accepts any token,
so each process gets its own, and the fake records which one each message came with); and a
third process asking for shard 0 while it runs is refused. The bots run with a short claim lease
(short_lease_bot.py), so the dead process's claims free up in seconds, not two minutes.
"""

from __future__ import annotations

import asyncio
import signal
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from bench.reminders import seed_due
from bot.app import open_app
from bot.config import Config
from bot.reminders.dispatcher import nonce_for
from bot.shards import shard_of
from tests.e2e import short_lease_bot
from tests.e2e.conftest import e2e_config
from tests.e2e.fake_discord import FakeDiscord, Guild
from tests.e2e.test_startup import bot_process, write_config_file
from tests.helpers import on_database, printed_lines, rows, rows_at, run_bot, start_bot

SHARDS = 2
GUILDS_PER_SHARD = 3
# Members' own reminders in each guild's channel, beside the guild's one channel reminder.
IN_CHANNEL = 24
REMINDERS = 1_000
DMS = REMINDERS - SHARDS * GUILDS_PER_SHARD * (1 + IN_CHANNEL)
# Members who have checked in today already: of the DM members, and in each guild's channel.
DONE_BY_DM = 80
DONE_IN_CHANNEL = 2
LAUNCHER = short_lease_bot.__name__
# Shard 0's process is killed once it has sent this many: mid-burst, whichever started first.
KILL_AFTER = 100
# Longer than any request the killed bot had in flight takes to land.
IN_FLIGHT_LANDS = 0.5
SKIPPED_BECAUSE = "already checked in"


def token(shard: int, restarted: bool = False) -> str:
    """The token a process runs with: its name tag at the fake."""
    return f"shard{shard}{'-restarted' if restarted else ''}"


@dataclass
class Expected:
    """What the burst should deliver."""

    # Messages per channel: each guild's channel, and each DM member's DM channel.
    per_channel: dict[str, int] = field(default_factory=dict)
    # Members who checked in before the burst: their reminders are skipped.
    done: set[int] = field(default_factory=set)

    @property
    def sent(self) -> int:
        return sum(self.per_channel.values())


def guilds_by_shard(fake: FakeDiscord) -> dict[int, list[Guild]]:
    """GUILDS_PER_SHARD guilds on each shard: the fake's first guild and more beside it."""
    by_shard: dict[int, list[Guild]] = {shard: [] for shard in range(SHARDS)}
    for guild in fake.guilds.values():
        by_shard[shard_of(int(guild.id), SHARDS)].append(guild)
    for shard, guilds in by_shard.items():
        while len(guilds) < GUILDS_PER_SHARD:
            name = f"Club {shard}.{len(guilds)}"
            guilds.append(fake.add_guild(name, shard=(shard, SHARDS)))
    return by_shard


def day_ends_soon(zone: str, at: datetime) -> bool:
    """Whether `at` is in the last minute of its local day: a check-in moments later would count
    for the next day, not the reminder's."""
    return at.astimezone(ZoneInfo(zone)).time() >= time(23, 59)


async def seed(config: Config, fake: FakeDiscord, guilds: list[Guild]) -> Expected:
    """DMS DM reminders (each member's DM channel known from before) and, in each guild's
    channel, its channel reminder and IN_CHANNEL members' own: REMINDERS in all, due five seconds
    ago. Then some members check in, through the service, as they would."""
    due = datetime.now(UTC) - timedelta(seconds=5)
    expected = Expected()
    app = await open_app(config)
    try:
        await seed_due(app.db, DMS, due)
        dm_members = list(range(1, DMS + 1))
        async with app.db.transaction() as tx:
            await tx.executemany(
                "INSERT INTO dm_channels (user_id, channel_id) VALUES (?, ?)",
                [(user, int(fake.dm_channel_for(str(user)))) for user in dm_members],
            )
        zones = {
            user: str(zone) for user, zone in rows(app, "SELECT user_id, timezone FROM members")
        }
        done_by_dm = [u for u in dm_members if not day_ends_soon(zones[u], due)][:DONE_BY_DM]
        expected.done.update(done_by_dm)
        for user in dm_members:
            expected.per_channel[fake.dm_channels[str(user)]] = 0 if user in expected.done else 1

        user = DMS
        for guild in guilds:
            guild_id, channel_id = int(guild.id), int(guild.channel_id)
            await app.reminders.set_guild_reminder(
                guild_id=guild_id, channel_id=channel_id, time_text="07:00", zone_name="UTC"
            )
            members = range(user + 1, user + 1 + IN_CHANNEL)
            for user in members:
                await app.reminders.create(
                    user_id=user, time_text="07:00", guild_id=guild_id, channel_id=channel_id
                )
            if not day_ends_soon("UTC", due):
                expected.done.update(members[:DONE_IN_CHANNEL])
            expected.per_channel[guild.channel_id] = 1 + sum(
                1 for m in members if m not in expected.done
            )
        # Channel reminders were set for 07:00 UTC; make them due with the rest.
        rows(
            app,
            "UPDATE reminders SET next_due = ?, next_date = ? WHERE channel_id IS NOT NULL",
            (due.isoformat(), due.date().isoformat()),
        )
        for user in sorted(expected.done):
            await app.checkins.checkin(user_id=user, source_key=f"before-the-burst-{user}")
    finally:
        await app.close()
    [(count,)] = rows_at(str(config.database.url), "SELECT count(*) FROM reminders")
    assert count == REMINDERS
    return expected


async def test_a_thousand_reminders_on_two_shard_processes_survive_a_kill_each_once(
    tmp_path: Path, fake: FakeDiscord, postgres_url: str
) -> None:
    by_shard = guilds_by_shard(fake)
    config = on_database(e2e_config(tmp_path, fake), postgres_url)
    write_config_file(tmp_path, config)
    expected = await seed(config, fake, [g for guilds in by_shard.values() for g in guilds])

    def delivered() -> int:
        return sum(len(fake.bot_messages(channel)) for channel in expected.per_channel)

    def sent_by(name: str) -> int:
        return sum(1 for sender in fake.sent_with.values() if sender == name)

    def shard_args(shard: int) -> tuple[str, ...]:
        return ("run", "--shards", f"{shard}/{SHARDS}")

    first = start_bot(tmp_path, *shard_args(0), module=LAUNCHER, DISCORD_TOKEN=token(0))
    try:
        async with bot_process(tmp_path, *shard_args(1), module=LAUNCHER, DISCORD_TOKEN=token(1)):
            try:
                await fake.wait_for(lambda: sent_by(token(0)) >= KILL_AFTER, seconds=60)
            finally:
                first.send_signal(signal.SIGKILL)
                await asyncio.to_thread(first.communicate, timeout=30)
            assert first.returncode == -signal.SIGKILL
            assert delivered() < expected.sent, "the burst finished before the kill; enlarge it"
            await asyncio.sleep(IN_FLIGHT_LANDS)

            restart = {"module": LAUNCHER, "DISCORD_TOKEN": token(0, restarted=True)}
            async with bot_process(tmp_path, *shard_args(0), **restart):
                await fake.wait_for(lambda: len(fake.identified_shards) == 3, seconds=30)
                refused = await asyncio.to_thread(run_bot, tmp_path, *shard_args(0))
                assert refused.returncode == 1
                [line] = printed_lines(refused.stderr)
                assert line.startswith("error: shard 0 of 2 is already running on postgresql://")
                await fake.wait_for(lambda: delivered() >= expected.sent, seconds=90)
                # Anything sent twice would have arrived by now.
                await asyncio.sleep(1)
    finally:
        if first.returncode is None:
            first.kill()
            first.communicate(timeout=30)

    # Every destination got exactly its reminders, each once, counted at the fake.
    got = {channel: len(fake.bot_messages(channel)) for channel in expected.per_channel}
    assert got == expected.per_channel
    assert len(fake.created_at) == expected.sent
    # Each guild's channel reminders came from a process running the guild's shard; DMs from
    # either process.
    for shard, guilds in by_shard.items():
        own = {token(shard), token(shard, restarted=True)}
        for guild in guilds:
            senders = {fake.sent_with[m["id"]] for m in fake.bot_messages(guild.channel_id)}
            assert senders <= own, f"guild on shard {shard} sent to by {senders - own}"
    assert sent_by(token(0)) >= KILL_AFTER
    assert sent_by(token(1)) > 0

    # The database agrees: each occurrence sent once, with the nonce the fake saw, and the
    # members who had checked in skipped with the reason, nothing sent for them.
    occurrences = rows_at(
        postgres_url,
        "SELECT o.id, o.status, o.reason, r.user_id, r.kind FROM reminder_occurrences AS o "
        "JOIN reminders AS r ON r.id = o.reminder_id",
    )
    sent = {(i, kind) for i, status, _, _, kind in occurrences if status == "sent"}
    skipped = {user: reason for _, status, reason, user, _ in occurrences if status == "skipped"}
    assert len(occurrences) == REMINDERS
    assert skipped == dict.fromkeys(expected.done, SKIPPED_BECAUSE)
    assert len(sent) == expected.sent
    # A guild's reminder is sent in parts (mentions, 90 to a message), each with its own nonce.
    nonces = [
        m.get("nonce") for channel in expected.per_channel for m in fake.bot_messages(channel)
    ]
    assert sorted(map(str, nonces)) == sorted(
        nonce_for(cast(int, i)) + (".0" if kind == "guild" else "") for i, kind in sent
    )
    # The refused process never identified.
    assert sorted(map(str, fake.identified_shards)) == ["(0, 2)", "(0, 2)", "(1, 2)"]
    assert fake.identified_shards[2] == (0, 2)
