-- One-off reminders (/remind once): a reminder row like any other, so /remind list, off, edit,
-- export and forget-me cover it, but sent once. `once` marks it; `finished_at` is set when its
-- one occurrence is made (or when it is dropped on resume, having come due while paused), and
-- then it is never due again: the dispatcher's index leaves finished rows out.
ALTER TABLE reminders ADD COLUMN once INTEGER NOT NULL DEFAULT 0 CHECK (once IN (0, 1));
ALTER TABLE reminders ADD COLUMN finished_at TEXT;
DROP INDEX reminders_due;
CREATE INDEX reminders_due ON reminders (next_due)
    WHERE paused = 0 AND disabled_reason IS NULL AND finished_at IS NULL;
