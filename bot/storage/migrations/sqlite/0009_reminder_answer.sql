-- The first button pressed on a reminder answers it: done, snoozed or skipped. Discord greys its
-- buttons out then; a later press (a stale copy of the message, a second device, a replayed
-- click) is refused rather than snoozing or logging a second time.
ALTER TABLE reminder_occurrences ADD COLUMN answer TEXT
    CHECK (answer IN ('done', 'snoozed', 'skipped'));
