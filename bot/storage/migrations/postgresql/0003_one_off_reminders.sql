-- One-off reminders (/remind once), as SQLite's migration 0013: a reminder sent once. `once`
-- marks it; `finished_at` is set when its one occurrence is made, after which it is never due.
ALTER TABLE reminders ADD COLUMN once INTEGER NOT NULL DEFAULT 0 CHECK (once IN (0, 1));
ALTER TABLE reminders ADD COLUMN finished_at TEXT COLLATE "C";
DROP INDEX reminders_due;
CREATE INDEX reminders_due ON reminders (next_due)
    WHERE paused = 0 AND disabled_reason IS NULL AND finished_at IS NULL;
