"""One error path: a failing button or message gets the answer a failing command gets.

Before, discord.py only logged a failed button or listener, and the member saw nothing happen.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any, NoReturn

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.errors import InputError
from bot.replies import APOLOGY
from tests.e2e.fake_discord import FakeDiscord
from tests.e2e.test_reminders import buttons, first_reminder

pytestmark = pytest.mark.usefixtures("bot")

EPHEMERAL = 64
ASK = [{"name": "question", "type": 3, "value": "what causes calf cramps"}]
# Discord's interaction callback type for "update the message the button is on".
UPDATE_MESSAGE = 7

Member = dict[str, Any]
Logs = pytest.LogCaptureFixture
# Makes one method of the running question service raise an error: break_questions("ask", error).
Breaker = Callable[[str, BaseException], None]


@pytest.fixture
def break_questions(e2e_app: App, monkeypatch: pytest.MonkeyPatch) -> Breaker:
    """A fault deep inside the running App's question service, at the method a handler calls."""

    def apply(method: str, error: BaseException) -> None:
        async def fails_later(*_: object, **__: object) -> NoReturn:
            raise error

        def fails_now(*_: object, **__: object) -> NoReturn:
            raise error

        original = getattr(e2e_app.questions, method)
        failing = fails_later if inspect.iscoroutinefunction(original) else fails_now
        monkeypatch.setattr(e2e_app.questions, method, failing)

    return apply


def failures(caplog: Logs, action: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.getMessage().startswith(f"{action} failed")]


async def test_a_button_whose_service_fails_gets_the_apology_and_is_logged_with_context(
    fake: FakeDiscord, member: Member, break_questions: Breaker, caplog: Logs
) -> None:
    answer = await fake.reply_to(await fake.slash(member, "ask", ASK))
    break_questions("record_feedback", RuntimeError("the feedback table is locked"))
    click = await fake.click(member, answer, "sh:feedback:1:calf-cramps")
    reply = await fake.reply_to(click)
    assert reply["embeds"][0]["description"] == APOLOGY
    assert click.callbacks[0]["data"]["flags"] & EPHEMERAL
    [record] = failures(caplog, "button feedback:1:calf-cramps")
    message = record.getMessage()
    assert f"user {member['id']}" in message
    assert f"guild {fake.guild_id}" in message
    assert record.exc_info is not None
    assert str(record.exc_info[1]) == "the feedback table is locked"


async def test_a_button_that_fails_after_updating_its_message_apologises_in_a_follow_up(
    fake: FakeDiscord, member: Member, e2e_app: App, clock: FakeClock, caplog: Logs
) -> None:
    _, reminder = await first_reminder(fake, member, e2e_app, clock, "07:30")
    done = buttons(reminder)[0]["custom_id"]
    # Done greys out the buttons (the click's answer), then Discord refuses the follow-up once.
    fake.fail("POST", r"/webhooks/\d+/[^/]+$", 400)
    click = await fake.click(member, reminder, done)
    apology = await fake.followup_to(click)
    assert [c["type"] for c in click.callbacks] == [UPDATE_MESSAGE]
    assert apology["embeds"][0]["description"] == APOLOGY
    assert apology["flags"] & EPHEMERAL
    [record] = failures(caplog, f"button {done.removeprefix('sh:')}")
    assert f"user {member['id']}" in record.getMessage()


async def test_a_button_refused_as_the_members_input_shows_its_message_privately(
    fake: FakeDiscord, member: Member, break_questions: Breaker, caplog: Logs
) -> None:
    answer = await fake.reply_to(await fake.slash(member, "ask", ASK))
    break_questions("topic", InputError("That topic is being rewritten; try again tomorrow."))
    related = next(b for b in buttons(answer) if b["custom_id"].startswith("sh:topic:"))
    click = await fake.click(member, answer, related["custom_id"])
    reply = await fake.reply_to(click)
    assert reply["embeds"][0]["description"] == (
        "That topic is being rewritten; try again tomorrow."
    )
    assert click.callbacks[0]["data"]["flags"] & EPHEMERAL
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


@pytest.mark.parametrize("dm", [True, False], ids=["dm", "mention"])
async def test_a_message_whose_handling_fails_gets_an_apology_reply_that_pings_no_one(
    fake: FakeDiscord, member: Member, break_questions: Breaker, caplog: Logs, dm: bool
) -> None:
    break_questions("ask", RuntimeError("the knowledge base fell over"))
    mention = "" if dm else f"<@{fake.bot_user['id']}> "
    posted = await fake.post_message(
        member, mention + "what causes calf cramps", dm=dm, mentions_bot=not dm
    )
    channel = fake.dm_channels[member["id"]] if dm else fake.channel_id
    [reply] = await fake.wait_for(lambda: fake.bot_messages(channel))
    assert reply["embeds"][0]["description"] == APOLOGY
    assert str(reply["message_reference"]["message_id"]) == posted["id"]
    assert reply["allowed_mentions"] == {"parse": [], "replied_user": False}
    [record] = failures(caplog, f"message {posted['id']}")
    message = record.getMessage()
    assert f"user {member['id']}" in message
    assert f"guild {None if dm else fake.guild_id}" in message
    assert "calf cramps" not in message, "a member's question is not for the log"
    assert record.exc_info is not None
