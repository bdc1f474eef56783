"""End to end: an interaction's round trip through the real client and our fake Discord.

    python -m bench.endtoend            1,000 /ask and 1,000 /checkin, 50 members at once
    python -m bench.endtoend --quick    100 of each
    python -m bench.endtoend --tiny     what `make test` runs so the benchmark can't rot

Timed from the fake dispatching INTERACTION_CREATE on its gateway to it receiving the bot's
callback (the answer, or the defer): what decides Discord's 3-second rule. Everything runs on
127.0.0.1 in this process, so the figures include our fake's own overhead.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import discord
import msgspec

from bench.common import heading, parse_size, percentile, spread
from bot.app import open_app
from bot.config import DiscordConfig, Secret
from tests.e2e.conftest import running_bot
from tests.e2e.fake_discord import FakeDiscord, Interaction
from tests.helpers import config_for_tests

MEMBERS = 50
QUESTIONS = (
    "what causes calf cramps at night",
    "how do i do calf raises properly",
    "is walking good for my circulation",
    "how often should i train my legs",
)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_size(argv, __doc__.splitlines()[0])
    each = 10 if args.tiny else 100 if args.quick else 1000
    print(heading("End-to-end", args))
    runs = 1 if args.tiny else 3
    results = [asyncio.run(round_trips(each)) for _ in range(runs)]
    print(table(results))
    return 0


async def round_trips(each: int) -> dict[str, list[float]]:
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    # The e2e suite checks these same requests against Discord's schema; here that check's own
    # CPU time would be counted in the round trip being measured.
    fake = FakeDiscord(check_schema=False)
    await fake.start()
    members = [fake.add_member(f"member{n}") for n in range(MEMBERS)]
    try:
        with tempfile.TemporaryDirectory() as folder:
            config = config_for_tests(Path(folder), engine="semantic")
            config = msgspec.structs.replace(
                config,
                discord=DiscordConfig(
                    token=Secret("bench"), api_base=fake.api_base, gateway_url=fake.gateway_url
                ),
                questions=msgspec.structs.replace(config.questions, cooldown_rate=10_000),
            )
            app = await open_app(config)
            try:
                async with running_bot(app):
                    ask = await _drive(fake, members, each, "ask")
                    checkin = await _drive(fake, members, each, "checkin")
            finally:
                await app.close()
    finally:
        await fake.stop()
        discord.http.Route.BASE = base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway
    if fake.violations:
        raise SystemExit(f"the fake recorded violations: {fake.violations[:5]}")
    return {"/ask": ask, "/checkin": checkin}


def table(runs: list[dict[str, list[float]]]) -> str:
    """p50 and p99 per command: the median over the runs, with the spread in brackets."""
    counts = {name: len(timings) for name, timings in runs[0].items()}
    lines = [
        "## Interaction round trip",
        f"\n{counts['/ask']:,} /ask and {counts['/checkin']:,} /checkin interactions per run, "
        f"{MEMBERS} members at once, through the real discord.py client and the fake Discord on "
        f"127.0.0.1 (semantic engine); median of {len(runs)} run(s), spread in brackets. "
        "Discord requires the first callback within 3 s.\n",
        "| Command | p50 | p99 |",
        "| --- | --- | --- |",
    ]
    for name in counts:
        p50s = [statistics.median(run[name]) for run in runs]
        p99s = [percentile(run[name], 99) for run in runs]
        lines.append(f"| {name} | {_cell(p50s)} | {_cell(p99s)} |")
    return "\n".join(lines) + "\n"


def _cell(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ms {spread(values, '{:.1f}')}".rstrip()


async def _drive(
    fake: FakeDiscord, members: list[dict[str, Any]], each: int, command: str
) -> list[float]:
    """Each member sends its share one after another; all members at once."""
    share = max(1, each // len(members))
    timings: list[float] = []

    async def member(user: dict[str, Any], offset: int) -> None:
        for n in range(share):
            options = (
                [{"name": "question", "type": 3, "value": QUESTIONS[(offset + n) % len(QUESTIONS)]}]
                if command == "ask"
                else [{"name": "reps", "type": 4, "value": 10 + n % 40}]
            )
            interaction = await fake.slash(user, command, options)
            await fake.reply_to(interaction, seconds=30)
            timings.append(_round_trip(interaction))

    await asyncio.gather(*(member(u, i) for i, u in enumerate(members)))
    return timings


def _round_trip(interaction: Interaction) -> float:
    assert interaction.answered_at is not None
    return (interaction.answered_at - interaction.sent_at) * 1000


if __name__ == "__main__":
    sys.exit(main())
