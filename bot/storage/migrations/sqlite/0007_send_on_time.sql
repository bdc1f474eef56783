-- Reminders are sent at their due second. A fixed per-member delay of up to a minute
-- (jitter_seconds) made even a lone reminder late; pacing under the rate limit already spreads a
-- real burst. Without the delay the send time is the due time, so next_fire goes as well.
DROP INDEX reminders_fire;
ALTER TABLE reminders DROP COLUMN jitter_seconds;
ALTER TABLE reminders DROP COLUMN next_fire;
CREATE INDEX reminders_due ON reminders (next_due) WHERE paused = 0 AND disabled_reason IS NULL;
