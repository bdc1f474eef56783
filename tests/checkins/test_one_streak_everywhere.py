"""One streak everywhere: a check-in with no server (a DM, a server reached through the
member's own install) counts like one in a server, on both backends."""

from __future__ import annotations

import csv
import io

from bot.app import App
from tests.helpers import GUILD, rows


async def test_a_checkin_without_a_server_and_one_in_a_server_make_one_streak(app: App) -> None:
    await app.checkins.checkin(user_id=1, source_key="dm", day="yesterday", guild_id=None)
    result = await app.checkins.checkin(user_id=1, source_key="server", guild_id=GUILD)
    assert result.streak.current == 2
    stats = await app.checkins.stats(1)
    assert (stats.streak.current, stats.streak.active_days) == (2, 2)
    assert rows(app, "SELECT guild_id FROM checkins ORDER BY id") == [(None,), (GUILD,)]


async def test_a_checkin_without_a_server_joins_no_servers_leaderboard(app: App) -> None:
    await app.checkins.checkin(user_id=1, source_key="dm", guild_id=None)
    assert rows(app, "SELECT count(*) FROM guild_members") == [(0,)]
    board = await app.checkins.leaderboard(GUILD, "all", 1)
    assert board.top == []


async def test_export_and_forget_me_cover_checkins_without_a_server(app: App) -> None:
    await app.checkins.checkin(user_id=1, source_key="dm", activity="walk", guild_id=None)
    await app.checkins.checkin(user_id=1, source_key="server", guild_id=GUILD)
    exported = list(csv.reader(io.StringIO((await app.members.export_csv(1)).decode())))
    activities = {cell for row in exported for cell in row}
    assert {"walk", "calf raises"} <= activities
    await app.members.forget(1)
    assert rows(app, "SELECT count(*) FROM checkins") == [(0,)]
