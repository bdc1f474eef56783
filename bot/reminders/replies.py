"""How reminders read, in Discord and the console alike.

Instants, channels and roles go into the text as values (bot.replies.Text), which each front end
formats its own way: no front end's markup is written here.
"""

from __future__ import annotations

import dataclasses

from bot.questions.kb import Entry
from bot.reminders.models import Claimed
from bot.reminders.results import (
    Answered,
    GuildReminderView,
    Pressed,
    ReminderAnswer,
    ReminderEdited,
    ReminderSet,
    ReminderView,
)
from bot.replies import Action, Channel, Field, Reply, Role, Text, Timestamp, Tone, error_reply
from bot.replies import lines as text_lines
from bot.replies import text as join
from bot.timezones import fixed_offset_note


def _where(view: ReminderView) -> str | Text:
    return "by DM" if view.channel_id is None else join("in ", Channel(view.channel_id))


def _schedule(view: ReminderView) -> str | Text:
    """When and where it comes: "Every day at **07:30** (Europe/Berlin), by DM."""
    at = view.local_time.strftime("%H:%M")
    when = f"On {view.days}"
    if view.once or view.days == "every day":
        when = "Once" if view.once else "Every day"
    return join(f"{when} at **{at}** ({view.zone}), ", _where(view), ".")


def reminder_set_reply(view: ReminderSet) -> Reply:
    lines: list[str | Text] = [_schedule(view)]
    if view.next_at is not None:
        lines.append(join("Next: ", Timestamp(view.next_at)))
    if view.zone_is_default:
        lines.append(
            f"I'm using {view.zone}, the server default. Set yours with `/timezone set` and your "
            "reminders will follow it."
        )
    title = f"One-off reminder #{view.id} set" if view.once else f"Reminder #{view.id} set"
    return Reply(title=title, body=text_lines(lines), tone=Tone.SUCCESS, private=True)


def reminder_edited_reply(edited: ReminderEdited) -> Reply:
    """What /remind edit says: the reminder as it now is, and when it next comes."""
    view = edited.view
    lines: list[str | Text] = [_schedule(view)]
    if edited.kept is not None:
        lines.append(
            f"The reminder for {edited.kept:%A} {edited.kept.day} {edited.kept:%B} was already "
            "sent (or skipped), so the change starts after it."
        )
    if view.disabled_reason:
        lines.append(f"**Stopped:** {view.disabled_reason}")
    elif view.paused:
        lines.append("Paused: /remind resume restarts it.")
    elif view.next_at is not None:
        lines.append(join("Next: ", Timestamp(view.next_at)))
    return Reply(
        title=f"Reminder #{view.id} changed",
        body=text_lines(lines),
        tone=Tone.SUCCESS,
        private=True,
    )


def reminder_list_reply(views: list[ReminderView]) -> Reply:
    if not views:
        return Reply(
            body="You have no reminders. Add one with `/remind set time:07:30`.", private=True
        )
    lines: list[str | Text] = []
    for view in views:
        state: str | Text = ""
        if view.finished:
            state = " (done)"
        elif view.disabled_reason:
            state = f" **stopped:** {view.disabled_reason}"
        elif view.paused:
            state = " (paused)"
        elif view.next_at is not None:
            state = join(", next ", Timestamp(view.next_at))
        at = view.local_time.strftime("%H:%M")
        days = "once" if view.once else view.days
        lines.append(join(f"**#{view.id}** {days} at {at} ", _where(view), state))
    return Reply(title="Your reminders", body=text_lines(lines), private=True)


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
        return simple(join(f"{lead}: I'll remind you again at ", Timestamp(answered.until), "."))
    if answered.answer == "skipped":
        lead = "OK" if answered.first else "Already skipped"
        return simple(f"{lead}: no more reminders on {day}.")
    return simple("Already logged.")


def gone_reply() -> Reply:
    """A button of a reminder that was deleted meanwhile (/remind off, /forget-me)."""
    return error_reply("That reminder is gone.")


def _already(answered: Answered) -> str | Text:
    if answered.answer == "snoozed":
        assert answered.until is not None
        return join(
            "You snoozed this reminder: it comes back at ",
            Timestamp(answered.until),
            ". Use its buttons then, or log a workout now with /checkin.",
        )
    if answered.answer == "skipped":
        return "You skipped today with this reminder. Log a workout anyway with /checkin."
    return "You've already marked this reminder done."


def simple(text: str | Text, *, ok: bool = True) -> Reply:
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
    role = join(", mentioning ", Role(view.role_id)) if view.role_id else ""
    at = view.local_time.strftime("%H:%M")
    lines: list[str | Text] = [
        join(
            f"{view.days.capitalize()} at **{at}** ({view.zone}) in ",
            Channel(view.channel_id),
            role,
            ".",
        ),
        f"{view.subscribers} member(s) opted in.",
    ]
    if note := fixed_offset_note(view.zone):
        lines.append(note)
    if view.disabled_reason:
        lines.append(f"**Stopped:** {view.disabled_reason}")
    elif view.next_at is not None:
        lines.append(join("Next: ", Timestamp(view.next_at)))
    return Reply(title="Channel reminder", body=text_lines(lines), private=True)


def pressed_reply(pressed: Pressed) -> Reply:
    """What pressing a reminder's button (or typing its command) says."""
    if pressed.refused == "gone":
        return gone_reply()
    if pressed.refused == "not yours":
        return error_reply("That reminder is for someone else.")
    if pressed.checkin is not None:
        # The shared guild message is everyone's: each member's check-in is theirs alone.
        return (
            dataclasses.replace(pressed.checkin, private=True)
            if pressed.shared
            else pressed.checkin
        )
    assert pressed.answered is not None
    return button_reply(pressed.pressed, pressed.answered)


def removed_reply(reminder_id: int, removed: bool) -> Reply:
    if removed:
        return simple(f"Reminder #{reminder_id} removed.")
    return simple("You have no reminder with that number.", ok=False)


def paused_reply(count: int) -> Reply:
    return simple(f"Paused {count} reminder(s). /remind resume to restart.")


def resumed_reply(count: int) -> Reply:
    return simple(f"Resumed {count} reminder(s), from now on.")


def sample_reply(queued: bool) -> Reply:
    if queued:
        return simple("On its way.")
    return simple("Set a reminder first: /remind set time:07:30", ok=False)


def skip_if_done_reply(skip: bool) -> Reply:
    if skip:
        return simple("Reminders now skip days you've already checked in.")
    return simple("Reminders now come every day, checked in or not.")


def guild_reminder_removed_reply(removed: bool) -> Reply:
    if removed:
        return simple("The channel reminder is removed.")
    return simple("There was no channel reminder.", ok=False)


def joined_reply(on: bool, joined: bool) -> Reply:
    """Remind me too / Stop reminding me on the guild's reminder; `joined` False if it has none."""
    if not joined:
        return error_reply("This server has no channel reminder now.")
    return simple("You'll be mentioned each day." if on else "You won't be mentioned any more.")
