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
-- /remind list, its limit and the export's reminder rows read kind 'member' only.
--
-- SQLite can't alter a CHECK, and rebuilding `reminders` would need foreign keys off, which a
-- migration's transaction can't do (the drop would cascade to every occurrence). Widening a
-- CHECK changes no stored row or page, so the table's SQL text is edited in place, the way
-- SQLite's ALTER TABLE documentation describes for such changes; RESET makes this connection
-- read the schema again, and the empty table created and dropped bumps the schema cookie so
-- every other connection does too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (kind IN (''member'', ''guild''))',
                  'CHECK (kind IN (''member'', ''guild'', ''nudge''))')
WHERE type = 'table' AND name = 'reminders';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_cookie_bump (x INTEGER);
DROP TABLE schema_cookie_bump;
CREATE UNIQUE INDEX reminders_one_nudge ON reminders (user_id) WHERE kind = 'nudge';
