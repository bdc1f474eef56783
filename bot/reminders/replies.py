"""How reminders read, in Discord and the console alike."""

from __future__ import annotations

from datetime import datetime

from bot.questions.kb import Entry
from bot.reminders.models import Claimed
from bot.reminders.service import Answered, GuildReminderView, ReminderAnswer, ReminderView
from bot.replies import Action, Field, Reply, Tone, error_reply
from bot.timezones import fixed_offset_note


def discord_time(instant: datetime) -> str:
    """A Discord timestamp: each reader sees it in their own local time, plus "in 3 hours"."""
    unix = int(instant.timestamp())
    return f"<t:{unix}:F> (<t:{unix}:R>)"


def _where(view: ReminderView) -> str:
    return "by DM" if view.channel_id is None else f"in <#{view.channel_id}>"


def reminder_set_reply(view: ReminderView, zone_is_default: bool) -> Reply:
    when = "Every day" if view.days == "every day" else f"On {view.days}"
    lines = [f"{when} at **{view.local_time.strftime('%H:%M')}** ({view.zone}), {_where(view)}."]
    if view.next_at is not None:
        lines.append(f"Next: {discord_time(view.next_at)}")
    if zone_is_default:
        lines.append(
            f"I'm using {view.zone}, the server default. Set yours with `/timezone set` and your "
            "reminders will follow it."
        )
    return Reply(
        title=f"Reminder #{view.id} set", body="\n".join(lines), tone=Tone.SUCCESS, private=True
    )


def reminder_list_reply(views: list[ReminderView]) -> Reply:
    if not views:
        return Reply(
            body="You have no reminders. Add one with `/remind set time:07:30`.", private=True
        )
    lines = []
    for view in views:
        state = ""
        if view.disabled_reason:
            state = f" **stopped:** {view.disabled_reason}"
        elif view.paused:
            state = " (paused)"
        elif view.next_at is not None:
            state = f", next {discord_time(view.next_at)}"
        at = view.local_time.strftime("%H:%M")
        lines.append(f"**#{view.id}** {view.days} at {at} {_where(view)}{state}")
    return Reply(title="Your reminders", body="\n".join(lines), private=True)


# Each answer's button on a member's reminder: its label, and its name in keys and commands.
BUTTONS: dict[ReminderAnswer, tuple[str, str]] = {
    "done": ("Done ✅", "done"),
    "snoozed": ("Snooze 1 h", "snooze"),
    "skipped": ("Skip today", "skip"),
}


def button_key(occurrence_id: int, answer: ReminderAnswer) -> str:
    """The action key of the button that gives `answer` on this occurrence's message."""
    return f"remind-{BUTTONS[answer][1]}:{occurrence_id}"


def answer_named(name: str) -> ReminderAnswer | None:
    """The answer a reminder command gives ("snooze" in /remind snooze 5), if it is one."""
    return next((answer for answer, (_, n) in BUTTONS.items() if n == name), None)


def reminder_message(delivery: Claimed, prompt: Entry | None, can_check_in: bool = True) -> Reply:
    """The reminder itself, with its buttons."""
    body = prompt.answer if prompt else "Time for a few slow calf raises."
    fields: tuple[Field, ...] = ()
    if delivery.late:
        fields = (Field("Sent late", "The bot was offline when this was due."),)
    answers: list[ReminderAnswer] = (
        ["done", "snoozed", "skipped"] if can_check_in else ["snoozed", "skipped"]
    )
    actions = [
        Action(
            BUTTONS[answer][0],
            button_key(delivery.id, answer),
            f"/remind {BUTTONS[answer][1]} {delivery.id}",
        )
        for answer in answers
    ]
    return Reply(
        title=f"Calf-raise time: {prompt.title}" if prompt else "Calf-raise time",
        body=body,
        fields=fields,
        footer=f"Reminder #{delivery.reminder_id} · /remind list to change it",
        actions=tuple(actions),
    )


def disabled_notice(reason: str, reminder_id: int) -> Reply:
    return Reply(
        title=f"Reminder #{reminder_id} stopped",
        body=(
            f"I couldn't deliver it: {reason}. "
            "Set it up again with `/remind set` once that's fixed."
        ),
        tone=Tone.WARNING,
    )


def button_reply(pressed: ReminderAnswer, answered: Answered) -> Reply:
    """What pressing one of a reminder's buttons says, except a Done that counts (the check-in
    reply says that). A press after the reminder was answered otherwise is refused."""
    if answered.answer != pressed:
        return simple(_already(answered), ok=False)
    day = f"{answered.day:%A} {answered.day.day} {answered.day:%B}"
    if answered.answer == "snoozed":
        assert answered.until is not None
        lead = "Snoozed" if answered.first else "Already snoozed"
        return simple(f"{lead}: I'll remind you again at {discord_time(answered.until)}.")
    if answered.answer == "skipped":
        lead = "OK" if answered.first else "Already skipped"
        return simple(f"{lead}: no more reminders on {day}.")
    return simple("Already logged.")


def gone_reply() -> Reply:
    """A button of a reminder that was deleted meanwhile (/remind off, /forget-me)."""
    return error_reply("That reminder is gone.")


def _already(answered: Answered) -> str:
    if answered.answer == "snoozed":
        assert answered.until is not None
        return (
            f"You snoozed this reminder: it comes back at {discord_time(answered.until)}. "
            "Use its buttons then, or log a workout now with /checkin."
        )
    if answered.answer == "skipped":
        return "You skipped today with this reminder. Log a workout anyway with /checkin."
    return "You've already marked this reminder done."


def simple(text: str, *, ok: bool = True) -> Reply:
    return Reply(body=text, tone=Tone.SUCCESS if ok else Tone.ERROR, private=True)


def guild_reminder_message(delivery: Claimed, prompt: Entry | None) -> Reply:
    """The guild's daily reminder: one message for everyone who opted in."""
    body = prompt.answer if prompt else "Time for a few slow calf raises."
    return Reply(
        title=f"Calf-raise time, everyone: {prompt.title}"
        if prompt
        else "Calf-raise time, everyone",
        body=body,
        footer="Press Remind me too to be mentioned here each day.",
        actions=(
            Action("Done ✅", f"guild-done:{delivery.id}", f"/remind done {delivery.id}"),
            Action("Remind me too", f"guild-join:{delivery.reminder_id}", "/remind-channel join"),
            Action(
                "Stop reminding me", f"guild-leave:{delivery.reminder_id}", "/remind-channel leave"
            ),
        ),
    )


def guild_reminder_reply(view: GuildReminderView | None) -> Reply:
    if view is None:
        return Reply(
            body="This server has no channel reminder. A manager can add one with "
            "`/remind-channel set`.",
            private=True,
        )
    role = f", mentioning <@&{view.role_id}>" if view.role_id else ""
    lines = [
        f"{view.days.capitalize()} at **{view.local_time.strftime('%H:%M')}** ({view.zone}) "
        f"in <#{view.channel_id}>{role}.",
        f"{view.subscribers} member(s) opted in.",
    ]
    if note := fixed_offset_note(view.zone):
        lines.append(note)
    if view.disabled_reason:
        lines.append(f"**Stopped:** {view.disabled_reason}")
    elif view.next_at is not None:
        lines.append(f"Next: {discord_time(view.next_at)}")
    return Reply(title="Channel reminder", body="\n".join(lines), private=True)
