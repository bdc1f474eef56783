"""The Prometheus endpoint, scraped while the bot runs against the fake Discord: its numbers
are what the fake counted (interactions it dispatched, reminders it received)."""

from __future__ import annotations

import asyncio
import socket
from collections import Counter
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import msgspec
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.config import MetricsConfig
from bot.discord.client import ShardedSecondHeartBot
from bot.errors import StartupError
from tests.e2e.conftest import e2e_config, running_bot
from tests.e2e.fake_discord import FakeDiscord, Interaction

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
async def metrics_app(
    tmp_path: Path, fake: FakeDiscord, clock: FakeClock, e2e_database: str
) -> AsyncIterator[App]:
    config = e2e_config(tmp_path, fake, e2e_database)
    config = msgspec.structs.replace(config, metrics=MetricsConfig(port=free_port()))
    app = await open_app(config, clock=clock)
    yield app
    await app.close()


async def scrape(app: App) -> Samples:
    """Every sample the endpoint serves, parsed as Prometheus parses the text format."""
    url = f"http://127.0.0.1:{app.config.metrics.port}/metrics"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain; version=")
        text = await response.text()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples[(f"second_heart_{name}", tuple(sorted(labels.items())))]


def by_label(samples: Samples, name: str, label: str) -> dict[str, float]:
    """A family's samples keyed by one label, zeros left out."""
    return {
        dict(labels)[label]: number
        for (sample, labels), number in samples.items()
        if sample == f"second_heart_{name}" and number
    }


def command_of(interaction: Interaction) -> str:
    """What the fake dispatched, named as the metrics name it: /remind set, button:remind-done."""
    data = interaction.payload["data"]
    if interaction.kind == 3:
        return f"button:{data['custom_id'].split(':')[1]}"
    names = [data["name"]]
    options = data.get("options") or []
    while options and options[0]["type"] in (1, 2):  # a subcommand (group)
        names.append(options[0]["name"])
        options = options[0].get("options") or []
    return "/" + " ".join(names)


def option(name: str, kind: int, value: object) -> dict[str, Any]:
    return {"name": name, "type": kind, "value": value}


async def set_reminder(fake: FakeDiscord, user: dict[str, Any], time: str) -> None:
    options = [{"name": "set", "type": 1, "options": [option("time", 3, time)]}]
    await fake.reply_to(await fake.slash(user, "remind", options))


async def test_a_scrape_during_a_run_counts_what_the_fake_discord_saw(
    metrics_app: App,
    fake: FakeDiscord,
    member: dict[str, Any],
    admin: dict[str, Any],
    clock: FakeClock,
) -> None:
    app = metrics_app
    async with running_bot(app):
        # Questions: one warning sign, one the knowledge base declines.
        await fake.reply_to(
            await fake.slash(member, "ask", [option("question", 3, "my chest feels tight")])
        )
        await fake.reply_to(
            await fake.slash(member, "ask", [option("question", 3, "recommend a good anime")])
        )
        # A check-in, and one refused for its note (nothing stored).
        await fake.reply_to(await fake.slash(admin, "checkin"))
        await fake.reply_to(await fake.slash(member, "checkin", [option("note", 3, "a\tb")]))
        # Three reminders for the member; the admin's is skipped, having checked in today.
        for time in ("10:00", "10:20", "10:40"):
            await set_reminder(fake, member, time)
        await set_reminder(fake, admin, "10:30")
        due = [v.next_at for v in await app.reminders.reminders_of(int(member["id"]))]
        assert None not in due
        clock._now = max(d for d in due if d) + timedelta(seconds=5)
        app.reminders.wake()
        dm = await fake.wait_for(lambda: fake.dm_channels.get(member["id"]))
        delivered = await fake.wait_for(
            lambda: len(fake.bot_messages(dm)) == 3 and fake.bot_messages(dm)
        )
        # The dispatcher counts a send once it is acknowledged, just after the fake has it.
        for _ in range(100):
            samples = await scrape(app)
            if value(samples, "reminders_sent_total") == 3:
                break
            await asyncio.sleep(0.05)
        # Done on the first reminder: a button press that logs a check-in.
        done = delivered[0]["components"][0]["components"][0]["custom_id"]
        await fake.followup_to(await fake.click(member, delivered[0], done))
        samples = await scrape(app)

    seen = Counter(command_of(i) for i in fake.interactions.values())
    counted = Counter[str]()
    for (name, labels), number in samples.items():
        if name == "second_heart_interactions_total":
            counted[dict(labels)["command"]] += int(number)
    assert counted == seen
    assert value(samples, "interactions_total", command="/checkin", outcome="refused") == 1
    assert value(samples, "interactions_total", command="/checkin", outcome="ok") == 1

    assert by_label(samples, "answers_total", "zone") == {"urgent": 1, "declined": 1}
    assert by_label(samples, "triage_total", "level") == {"emergency": 1, "none": 1}
    # The admin's /checkin and the member's Done: two rows, both counted.
    assert by_label(samples, "checkins_total", "activity") == {"calf raises": 2}

    assert value(samples, "reminders_due_total") == 4
    assert value(samples, "reminders_sent_total") == len(delivered) == 3
    assert by_label(samples, "reminders_skipped_total", "reason") == {"checked_in": 1}
    assert by_label(samples, "reminders_failed_total", "reason") == {}
    late = [(clock.now() - when).total_seconds() for when in due if when is not None]
    assert value(samples, "reminder_lateness_seconds_count") == 3
    assert value(samples, "reminder_lateness_seconds_sum") == pytest.approx(sum(late))
    assert value(samples, "reminder_lateness_seconds_bucket", le="10.0") == 1
    assert value(samples, "reminder_lateness_seconds_bucket", le="3600.0") == 3

    assert value(samples, "gateway_connected", shard="0") == 1
    assert 0 <= value(samples, "gateway_latency_seconds", shard="0") < 5
    # The check-ins' quick writes, and transactions and reads besides, each timed.
    assert value(samples, "database_seconds_count", operation="write_now") == 2
    assert value(samples, "database_seconds_count", operation="transaction") > 0
    assert value(samples, "database_seconds_count", operation="read") > 0

    # Closed with the bot.
    with pytest.raises(aiohttp.ClientConnectionError):
        await scrape(app)


async def test_a_metrics_port_in_use_stops_start_up_with_one_line(
    tmp_path: Path, fake: FakeDiscord, clock: FakeClock
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = msgspec.structs.replace(
            e2e_config(tmp_path, fake), metrics=MetricsConfig(port=port)
        )
        app = await open_app(config, clock=clock)
        try:
            with pytest.raises(StartupError) as refused:
                async with running_bot(app):
                    pass
        finally:
            await app.close()
    message = str(refused.value)
    assert message.startswith(f"metrics.port: cannot listen on 127.0.0.1:{port} (")
    assert "\n" not in message
    # Refused before connecting: the fake saw no session.
    assert fake.identify_count == 0


async def test_a_sharded_bot_reports_each_shards_gateway_and_a_lost_one_as_down(
    tmp_path: Path, fake: FakeDiscord, clock: FakeClock
) -> None:
    config = e2e_config(tmp_path, fake)
    config = msgspec.structs.replace(
        config,
        discord=msgspec.structs.replace(config.discord, shard_count=2, shard_ids=(0, 1)),
        metrics=MetricsConfig(port=free_port()),
    )
    app = await open_app(config, clock=clock)
    try:
        async with running_bot(app, identify_spacing=0) as bot:
            assert isinstance(bot, ShardedSecondHeartBot)
            samples = await scrape(app)
            assert by_label(samples, "gateway_connected", "shard") == {"0": 1, "1": 1}
            for shard in ("0", "1"):
                assert 0 <= value(samples, "gateway_latency_seconds", shard=shard) < 5
            # Shard 1 is disconnected; shard 0 stays up.
            await bot.shards[1].disconnect()
            samples = await scrape(app)
            assert value(samples, "gateway_connected", shard="1") == 0
            assert value(samples, "gateway_connected", shard="0") == 1
    finally:
        await app.close()
