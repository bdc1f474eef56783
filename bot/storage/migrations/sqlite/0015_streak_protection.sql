-- Streak protection (/streak pause): a member's pauses, each a run of local dates, both ends
-- included. Paused days never break a streak and skip the member's own reminders. A pause
-- ended early (/streak resume) keeps the days already past: `last_day` moves back to
-- yesterday, or the row goes if it began today. Forget-me deletes the rows by `user_id`.
CREATE TABLE streak_pauses (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    first_day   TEXT NOT NULL,
    last_day    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK (first_day <= last_day)
);
CREATE INDEX streak_pauses_user ON streak_pauses (user_id, last_day);

-- The streak-at-risk nudge (/streak nudge on): a reminder row of kind 'nudge', one per member,
-- due each day at its local time (midnight minus the member's hours), so the outbox's
-- occurrences, claims, lease, nonce and metrics carry it exactly once like any reminder.
-- /remind list, its limit and the export's reminder rows read kind 'member' only. Migration 0014
-- widened reminders.kind to allow 'nudge' beside the community's 'recap'.
CREATE UNIQUE INDEX reminders_one_nudge ON reminders (user_id) WHERE kind = 'nudge';
