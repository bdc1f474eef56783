"""What the streak-at-risk nudge says: the DM itself, and /streak nudge's answer. Built once
here for both front ends."""

from __future__ import annotations

from bot.reminders.models import Claimed
from bot.reminders.nudges import NudgeSetting, nudge_time
from bot.reminders.replies import BUTTONS, button_key
from bot.replies import Action, Reply, Tone

TURN_OFF = "/streak nudge send:off"


def nudge_message(delivery: Claimed) -> Reply:
    """The one short DM, with a Done button that logs a check-in (as a reminder's Done does),
    saying how to turn it off: the bot's only unsolicited message."""
    label, name = BUTTONS["done"]
    return Reply(
        title="Your streak needs today",
        body=(
            "No check-in yet today, and your streak ends at midnight without one. "
            "Done a few calf raises? Press Done, or use /checkin."
        ),
        footer=f"Streak nudge, at most one a day · {TURN_OFF} to stop them",
        tone=Tone.WARNING,
        actions=(Action(label, button_key(delivery.id, "done"), f"/remind {name} {delivery.id}"),),
    )


def nudge_setting_reply(setting: NudgeSetting) -> Reply:
    if not setting.on:
        return Reply(body="Streak nudges are off.", tone=Tone.SUCCESS, private=True)
    at = nudge_time(setting.hours).strftime("%H:%M")
    return Reply(
        body=(
            f"I'll DM you at {at} your time ({setting.hours} h before midnight) on a day your "
            "streak would break without a check-in and you haven't checked in yet. Never "
            f"more than once a day, never while paused. {TURN_OFF} stops it."
        ),
        tone=Tone.SUCCESS,
        private=True,
    )
