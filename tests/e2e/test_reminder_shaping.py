"""Reminders members shape (issue #18): /remind edit and /remind once, through the fake Discord.

Delivery is the point of both, so each runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.app import App
from bot.clock import FakeClock
from bot.discord.client import SecondHeartBot
from tests.e2e.conftest import on_both_backends, running_bot
from tests.e2e.fake_discord import FakeDiscord
from tests.e2e.test_reminders import advance_to, all_acknowledged, option
from tests.helpers import rows

pytestmark = on_both_backends

STRING, INTEGER = 3, 4


async def remind(
    fake: FakeDiscord, user: dict[str, Any], sub: str, **values: Any
) -> dict[str, Any]:
    options = [
        option(name, INTEGER if isinstance(value, int) else STRING, value)
        for name, value in values.items()
    ]
    interaction = await fake.slash(user, "remind", [{"name": sub, "type": 1, "options": options}])
    return await fake.reply_to(interaction)


def sent(app: App) -> list[tuple[object, ...]]:
    return rows(
        app,
        "SELECT occurrence, due_at FROM reminder_occurrences WHERE status = 'sent' ORDER BY id",
    )


async def test_an_edited_time_is_delivered_at_the_new_time_once(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App, clock: FakeClock
) -> None:
    # 09:00 UTC: a 09:30 reminder comes today, and is sent.
    made = await remind(fake, member, "set", time="09:30")
    reminder_id = int(made["embeds"][0]["title"].split("#")[1].split()[0])
    await advance_to(e2e_app, clock, datetime.fromisoformat("2026-03-02T09:30:05+00:00"))
    dm = await fake.wait_for(lambda: fake.dm_channels.get(member["id"]))
    await fake.wait_for(lambda: len(fake.bot_messages(dm)) == 1)
    await all_acknowledged(e2e_app, 1)

    # Moved to 11:00 after today's went out: it starts tomorrow, and says so.
    edited = await remind(fake, member, "edit", id=reminder_id, time="11:00")
    embed = edited["embeds"][0]
    assert embed["title"] == f"Reminder #{reminder_id} changed"
    assert "already sent" in embed["description"]
    tomorrow_11 = datetime.fromisoformat("2026-03-03T11:00:00+00:00")
    assert f"<t:{int(tomorrow_11.timestamp())}:F>" in embed["description"]

    await advance_to(e2e_app, clock, tomorrow_11 + timedelta(seconds=5))
    await fake.wait_for(lambda: len(fake.bot_messages(dm)) == 2)
    await all_acknowledged(e2e_app, 2)
    # Today's once at the old time, tomorrow's once at the new: the same reminder throughout.
    assert sent(e2e_app) == [
        ("2026-03-02", "2026-03-02T09:30:00+00:00"),
        ("2026-03-03", "2026-03-03T11:00:00+00:00"),
    ]
    assert rows(e2e_app, "SELECT DISTINCT reminder_id FROM reminder_occurrences") == [
        (reminder_id,)
    ]


async def test_a_one_off_is_delivered_once_and_not_again_after_a_restart(
    fake: FakeDiscord, member: dict[str, Any], e2e_app: App, clock: FakeClock
) -> None:
    user_id = int(member["id"])
    async with running_bot(e2e_app):
        made = await remind(fake, member, "once", when="in 2 hours")
        assert made["embeds"][0]["title"].startswith("One-off reminder #")
        await advance_to(e2e_app, clock, clock.now() + timedelta(hours=2, seconds=5))
        dm = await fake.wait_for(lambda: fake.dm_channels.get(member["id"]))
        await fake.wait_for(lambda: len(fake.bot_messages(dm)) == 1)
        await all_acknowledged(e2e_app, 1)

    await advance_to(e2e_app, clock, clock.now() + timedelta(days=1))
    async with running_bot(e2e_app):
        # A test send proves the restarted dispatcher has run a pass since the restart.
        assert await e2e_app.reminders.send_test(user_id, "after-restart")
        await fake.wait_for(lambda: len(fake.bot_messages(dm)) == 2)
        await all_acknowledged(e2e_app, 2)
        listed = await remind(fake, member, "list")
    assert [key for key, _ in sent(e2e_app)] == ["2026-03-02", "test:after-restart"]
    assert "once at 11:00 by DM (done)" in listed["embeds"][0]["description"]


async def test_edit_autocompletes_only_the_members_own_reminders(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], admin: dict[str, Any]
) -> None:
    await remind(fake, member, "set", time="07:30")
    await remind(fake, member, "once", when="tomorrow 9am")
    await remind(fake, admin, "set", time="08:00")
    focused = {"name": "id", "type": INTEGER, "value": "", "focused": True}
    options = [{"name": "edit", "type": 1, "options": [focused]}]
    reply = await fake.reply_to(await fake.slash(member, "remind", options, kind=4))
    assert [c["value"] for c in reply["choices"]] == [1, 2]


async def test_the_channel_reminder_is_edited_only_with_manage_server(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    admin: dict[str, Any],
    e2e_app: App,
) -> None:
    guild = await e2e_app.reminders.set_guild_reminder(
        guild_id=int(fake.guild_id),
        channel_id=int(fake.channel_id),
        time_text="07:00",
        zone_name="UTC",
    )
    refused = await remind(fake, member, "edit", id=guild.id, time="08:00")
    assert "Manage Server" in refused["embeds"][0]["description"]
    edited = await remind(fake, admin, "edit", id=guild.id, time="08:00")
    assert edited["embeds"][0]["title"] == f"Reminder #{guild.id} changed"
    view = await e2e_app.reminders.guild_reminder(int(fake.guild_id))
    assert view is not None
    assert view.local_time.isoformat() == "08:00:00"


async def test_a_one_off_takes_discords_timestamp_markup_as_its_instant(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    # What a member's client inserts for 21:00 UTC on 2 March 2026, whatever their zone.
    made = await remind(fake, member, "once", when="<t:1772485200:F>")
    assert made["embeds"][0]["title"].startswith("One-off reminder #")
    assert "<t:1772485200:F>" in made["embeds"][0]["description"]
    [view] = await e2e_app.reminders.reminders_of(int(member["id"]))
    assert view.next_at == datetime.fromisoformat("2026-03-02T21:00:00+00:00")
    past = await remind(fake, member, "once", when="<t:1000:R>")
    assert "already passed" in past["embeds"][0]["description"]
