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
