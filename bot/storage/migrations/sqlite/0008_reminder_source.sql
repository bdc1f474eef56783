-- The interaction (or console command) a reminder was set by. Discord may deliver an interaction
-- twice (a gateway replay after a resume); the second delivery finds the reminder the first made.
ALTER TABLE reminders ADD COLUMN source_key TEXT;
CREATE UNIQUE INDEX reminders_source ON reminders (source_key) WHERE source_key IS NOT NULL;
-- One-off occurrences are keyed the same way, by what asked for them: 'test:<interaction>' and
-- 'YYYY-MM-DD#snooze-of-<occurrence id>' (rows made before keep 'test#N' and 'YYYY-MM-DD#snoozeN').
