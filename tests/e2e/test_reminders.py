"""Scenarios 3 and 4: a reminder reaches the DM with its buttons; a burst survives 429s and 500s.

Each runs on SQLite and on PostgreSQL (issue #16: both backends pass these scenarios).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.discord.client import SecondHeartBot
from bot.reminders import dispatcher
from tests.e2e.conftest import on_both_backends
from tests.e2e.fake_discord import FakeDiscord, Interaction
from tests.helpers import rows

pytestmark = on_both_backends

# Discord's button styles.
SECONDARY = 2
SUCCESS = 3


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in message["components"] for c in row["components"]]


def option(name: str, kind: int, value: object) -> dict[str, Any]:
    return {"name": name, "type": kind, "value": value}


async def set_reminder(fake: FakeDiscord, user: dict[str, Any], time: str) -> dict[str, Any]:
    options = [{"name": "set", "type": 1, "options": [option("time", 3, time)]}]
    return await fake.reply_to(await fake.slash(user, "remind", options))


async def advance_to(app: App, clock: FakeClock, when: datetime) -> None:
    clock._now = when
    app.reminders.wake()


def statuses(app: App) -> list[tuple[object, ...]]:
    return rows(app, "SELECT status, count(*) FROM reminder_occurrences GROUP BY status")


async def all_acknowledged(app: App, count: int) -> None:
    """Wait briefly until `count` occurrences, and no others, are recorded as sent."""
    # The last acknowledgement is written just after the fake records the message, and the
    # fake can't see the bot's database, so poll that one condition briefly.
    for _ in range(100):
        if statuses(app) == [("sent", count)]:
            break
        await asyncio.sleep(0.05)
    assert statuses(app) == [("sent", count)]


async def next_due(app: App, user: dict[str, Any]) -> datetime:
    [view] = await app.reminders.reminders_of(int(user["id"]))
    assert view.next_at is not None
    return view.next_at


async def first_reminder(
    fake: FakeDiscord, user: dict[str, Any], app: App, clock: FakeClock, time: str
) -> tuple[str, dict[str, Any]]:
    """Set a reminder through /remind, move the clock past it, and return the DM it arrived in."""
    await set_reminder(fake, user, time)
    [view] = await app.reminders.reminders_of(int(user["id"]))
    assert view.next_at is not None
    await advance_to(app, clock, view.next_at + timedelta(seconds=5))
    dm = await fake.wait_for(lambda: fake.dm_channels.get(user["id"]))
    [message] = await fake.wait_for(lambda: fake.bot_messages(dm))
    return dm, message


async def test_a_reminder_arrives_by_dm_with_buttons_and_done_records_a_check_in(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    _, message = await first_reminder(fake, member, e2e_app, clock, "07:30")
    [set_reply] = [m for m in fake.messages[fake.channel_id] if m["embeds"]]
    assert set_reply["embeds"][0]["title"].startswith("Reminder #")
    assert "<t:" in set_reply["embeds"][0]["description"]
    assert message["embeds"][0]["title"].startswith("Calf-raise time")
    labels = [b["label"] for b in buttons(message)]
    assert labels == ["Done ✅", "Snooze 1 h", "Skip today"]
    assert message["nonce"].startswith("sh-reminder-")

    done = buttons(message)[0]["custom_id"]
    first = await fake.followup_to(await fake.click(member, message, done))
    assert first["embeds"][0]["title"] == "Logged: calf raises"
    again = await fake.followup_to(await fake.click(member, message, done))
    assert "already logged" in again["embeds"][0]["description"]
    assert count(e2e_app, "SELECT count(*) FROM checkins") == 1


async def test_snooze_brings_the_reminder_back_an_hour_later(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    dm, message = await first_reminder(fake, member, e2e_app, clock, "08:00")
    snooze = buttons(message)[1]["custom_id"]
    reply = await fake.followup_to(await fake.click(member, message, snooze))
    assert reply["embeds"][0]["description"].startswith("Snoozed")
    await advance_to(e2e_app, clock, clock.now() + timedelta(minutes=61))
    messages = await fake.wait_for(
        lambda: len(fake.bot_messages(dm)) == 2 and fake.bot_messages(dm)
    )
    assert messages[1]["embeds"][0]["title"].startswith("Calf-raise time")


async def test_someone_else_cannot_press_my_reminders_buttons(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    admin: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    _, message = await first_reminder(fake, member, e2e_app, clock, "09:00")
    reply = await fake.reply_to(await fake.click(admin, message, buttons(message)[0]["custom_id"]))
    assert "someone else" in reply["embeds"][0]["description"]
    assert count(e2e_app, "SELECT count(*) FROM checkins") == 0


async def test_a_burst_with_429s_and_500s_delivers_every_reminder_exactly_once(
    bot: SecondHeartBot, fake: FakeDiscord, e2e_app: App, clock: FakeClock
) -> None:
    members = [fake.add_member(f"m{n}") for n in range(12)]
    for user in members:
        await e2e_app.reminders.create(user_id=int(user["id"]), time_text="07:00")
    # A per-route 429 and a global 429 (discord.py waits and retries them itself), a 500 (which
    # discord.py also retries, after a real second) and two 503s (which it raises, so the
    # dispatcher backs off and retries on its own clock).
    fake.fail("POST", r"/channels/\d+/messages", 429, times=3, retry_after=0.05)
    fake.fail("POST", r"/channels/\d+/messages", 429, times=1, retry_after=0.05, is_global=True)
    fake.fail("POST", r"/channels/\d+/messages", 500, times=1)
    fake.fail("POST", r"/channels/\d+/messages", 503, times=2)
    views = [v for u in members for v in await e2e_app.reminders.reminders_of(int(u["id"]))]
    latest = max(v.next_at for v in views if v.next_at is not None)
    await advance_to(e2e_app, clock, latest + timedelta(seconds=5))

    def all_delivered() -> bool:
        sent = sum(len(fake.bot_messages(c)) for c in fake.dm_channels.values())
        return sent == len(members)

    for _ in range(10):
        try:
            await fake.wait_for(all_delivered, seconds=4)
            break
        except AssertionError:
            # Stalled on a backoff: move the clock past it.
            await advance_to(e2e_app, clock, clock.now() + timedelta(minutes=2))
    assert all_delivered()
    per_member = {
        user["id"]: len(fake.bot_messages(fake.dm_channels[user["id"]])) for user in members
    }
    assert set(per_member.values()) == {1}

    await all_acknowledged(e2e_app, len(members))


async def test_a_channel_reminder_mentions_only_those_who_opted_in(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    admin: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    options = [
        {
            "name": "set",
            "type": 1,
            "options": [
                option("channel", 7, fake.channel_id),
                option("time", 3, "07:00"),
                option("zone", 3, "Europe/Berlin"),
            ],
        }
    ]
    # Members don't see /remind-channel, but a server can show it to them: the check stays.
    refused = await fake.reply_to(await fake.slash(member, "remind-channel", options))
    assert "Manage Server" in refused["embeds"][0]["description"]
    assert await e2e_app.reminders.guild_reminder(int(fake.guild_id)) is None
    reply = await fake.reply_to(await fake.slash(admin, "remind-channel", options))
    assert reply["embeds"][0]["title"] == "Channel reminder"
    await e2e_app.reminders.join_guild_reminder(int(fake.guild_id), int(member["id"]), True)
    view = await e2e_app.reminders.guild_reminder(int(fake.guild_id))
    assert view is not None
    assert view.next_at is not None
    await advance_to(e2e_app, clock, view.next_at + timedelta(seconds=5))
    posted = await fake.wait_for(
        lambda: [m for m in fake.bot_messages(fake.channel_id) if m["embeds"] and m["content"]]
    )
    [message] = posted
    assert message["content"] == f"<@{member['id']}>"
    assert [str(u) for u in message["allowed_mentions"]["users"]] == [member["id"]]
    assert message["allowed_mentions"]["parse"] == []
    assert message["embeds"][0]["title"].startswith("Calf-raise time, everyone")


async def test_closed_dms_stop_the_reminder_without_retrying(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    await set_reminder(fake, member, "07:00")
    [view] = await e2e_app.reminders.reminders_of(int(member["id"]))
    assert view.next_at is not None
    # Discord: "Cannot send messages to this user".
    fake.fail("POST", r"/channels/\d+/messages", 403, times=1, code=50007)
    await advance_to(e2e_app, clock, view.next_at + timedelta(seconds=5))

    def stopped() -> str | None:
        found = rows(e2e_app, "SELECT disabled_reason FROM reminders")
        return str(found[0][0]) if found and found[0][0] is not None else None

    for _ in range(100):
        if stopped():
            break
        await asyncio.sleep(0.05)
    assert "50007" in (stopped() or "")
    posts = [r for r in fake.requests if r[0] == "POST" and r[1].endswith("/messages")]
    assert len(posts) == 1  # one try, no retries: 403s count toward Cloudflare's ban


async def test_a_deleted_channel_stops_a_channel_reminder_and_nothing_is_deleted(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    options = [
        {
            "name": "set",
            "type": 1,
            "options": [option("time", 3, "07:00"), option("where", 3, "here")],
        }
    ]
    await fake.reply_to(await fake.slash(member, "remind", options))
    [view] = await e2e_app.reminders.reminders_of(int(member["id"]))
    assert view.channel_id == int(fake.channel_id)
    assert view.next_at is not None
    fake.fail("POST", rf"/channels/{fake.channel_id}/messages", 404, times=1, code=10003)
    await advance_to(e2e_app, clock, view.next_at + timedelta(seconds=5))

    def state() -> tuple[object, object]:
        [(reason,)] = rows(e2e_app, "SELECT disabled_reason FROM reminders")
        status = rows(e2e_app, "SELECT status FROM reminder_occurrences")
        return reason, status[0][0] if status else None

    for _ in range(100):
        if state()[1] == "failed":
            break
        await asyncio.sleep(0.05)
    reason, status = state()
    assert status == "failed"
    assert reason == "that channel no longer exists"


async def due_together(fake: FakeDiscord, app: App, count: int) -> list[dict[str, Any]]:
    """`count` new members with a 07:00 reminder each, the first of them due first."""
    members = [fake.add_member(f"m{n}") for n in range(count)]
    for user in members:
        await app.reminders.create(user_id=int(user["id"]), time_text="07:00")
    return members


async def test_a_reply_that_is_not_json_holds_up_no_other_reminder(
    bot: SecondHeartBot, fake: FakeDiscord, e2e_app: App, clock: FakeClock
) -> None:
    broken, *others = members = await due_together(fake, e2e_app, 4)
    # The first one sent gets a proxy's error page with status 200, which discord.py can't
    # read as a message.
    page = "<html><body>502 Bad Gateway</body></html>"
    fake.fail("POST", rf"/channels/{fake.dm_channel(broken)}/messages", 200, body=page)
    await advance_to(e2e_app, clock, await next_due(e2e_app, broken) + timedelta(seconds=5))

    await fake.wait_for(lambda: all(fake.bot_messages(fake.dm_channel(u)) for u in others))
    assert fake.bot_messages(fake.dm_channel(broken)) == []
    # It is retried after its backoff, and arrives once.
    await advance_to(e2e_app, clock, clock.now() + timedelta(minutes=1))
    await fake.wait_for(lambda: fake.bot_messages(fake.dm_channel(broken)))
    assert [len(fake.bot_messages(fake.dm_channel(u))) for u in members] == [1, 1, 1, 1]
    await all_acknowledged(e2e_app, len(members))


async def test_a_hanging_send_holds_up_no_other_reminder(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    e2e_app: App,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dispatcher, "SEND_TIMEOUT", 0.5)
    stuck, *others = members = await due_together(fake, e2e_app, 6)
    # The first one sent gets no answer for 3 s (aiohttp alone would wait 300 s).
    fake.fail("POST", rf"/channels/{fake.dm_channel(stuck)}/messages", 200, delay=3.0)
    await advance_to(e2e_app, clock, await next_due(e2e_app, stuck) + timedelta(seconds=5))

    await fake.wait_for(
        lambda: all(fake.bot_messages(fake.dm_channel(u)) for u in others), seconds=2
    )
    assert fake.bot_messages(fake.dm_channel(stuck)) == []
    # Cut off after 0.5 s, it is retried after its backoff; its nonce keeps it to one message
    # even if the first attempt lands late.
    for _ in range(100):
        if ("pending", 1) in statuses(e2e_app):
            break
        await asyncio.sleep(0.05)
    assert rows(e2e_app, "SELECT reason FROM reminder_occurrences WHERE status = 'pending'") == [
        ("no answer within 0.5 s",)
    ]
    await advance_to(e2e_app, clock, clock.now() + timedelta(minutes=1))
    await fake.wait_for(lambda: fake.bot_messages(fake.dm_channel(stuck)))
    assert [len(fake.bot_messages(fake.dm_channel(u))) for u in members] == [1] * 6
    await all_acknowledged(e2e_app, len(members))


def count(app: App, sql: str) -> int:
    [(found,)] = rows(app, sql)
    assert isinstance(found, int)
    return found


async def replayed(fake: FakeDiscord, interaction: Interaction) -> None:
    """Answer `interaction`, deliver it again as a gateway replay can, and wait for both."""
    await fake.reply_to(interaction)
    await fake.redeliver(interaction)
    # The bot handles the replay (Discord refuses its second answer).
    await fake.wait_for(lambda: interaction.answer_attempts == 2)


async def test_a_replayed_remind_set_makes_one_reminder(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    options = [{"name": "set", "type": 1, "options": [option("time", 3, "07:30")]}]
    await replayed(fake, await fake.slash(member, "remind", options))
    assert count(e2e_app, "SELECT count(*) FROM reminders") == 1


async def test_a_replayed_remind_test_sends_one_reminder(
    bot: SecondHeartBot, fake: FakeDiscord, member: dict[str, Any], e2e_app: App
) -> None:
    await set_reminder(fake, member, "07:30")
    await replayed(fake, await fake.slash(member, "remind", [{"name": "test", "type": 1}]))
    await fake.wait_for(lambda: fake.bot_messages(fake.dm_channel(member)))
    await all_acknowledged(e2e_app, 1)
    assert len(fake.bot_messages(fake.dm_channel(member))) == 1


async def test_a_replayed_snooze_snoozes_once(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    _, message = await first_reminder(fake, member, e2e_app, clock, "08:00")
    await replayed(fake, await fake.click(member, message, buttons(message)[1]["custom_id"]))
    query = "SELECT count(*) FROM reminder_occurrences WHERE occurrence LIKE '%snooze%'"
    assert count(e2e_app, query) == 1


async def test_a_used_reminder_greys_out_its_buttons_and_refuses_a_second_press(
    bot: SecondHeartBot,
    fake: FakeDiscord,
    member: dict[str, Any],
    e2e_app: App,
    clock: FakeClock,
) -> None:
    dm, message = await first_reminder(fake, member, e2e_app, clock, "08:00")
    done, snooze, _ = (b["custom_id"] for b in buttons(message))
    first = await fake.followup_to(await fake.click(member, message, snooze))
    assert first["embeds"][0]["description"].startswith("Snoozed")
    # The reminder now shows what was chosen, and none of its buttons can be pressed.
    [shown] = fake.bot_messages(dm)
    assert [(b["disabled"], b["style"]) for b in buttons(shown)] == [
        (True, SECONDARY),
        (True, SUCCESS),
        (True, SECONDARY),
    ]
    # A press from a stale copy of the message is refused: no second snooze, no check-in.
    again = await fake.followup_to(await fake.click(member, message, snooze))
    assert again["embeds"][0]["description"].startswith("Already snoozed")
    refused = await fake.followup_to(await fake.click(member, message, done))
    assert refused["embeds"][0]["description"].startswith("You snoozed this reminder")
    assert count(e2e_app, "SELECT count(*) FROM checkins") == 0
    await advance_to(e2e_app, clock, clock.now() + timedelta(minutes=61))
    await fake.wait_for(lambda: len(fake.bot_messages(dm)) == 2)
    await all_acknowledged(e2e_app, 2)
    assert len(fake.bot_messages(dm)) == 2
