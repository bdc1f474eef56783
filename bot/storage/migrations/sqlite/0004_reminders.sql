-- Daily reminders. Times are stored as intent (local HH:MM and weekdays) and every occurrence
-- is recomputed from the member's wall clock; next_* columns cache the next one.
CREATE TABLE reminders (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL,
    guild_id        INTEGER,
    -- NULL: by DM. Otherwise the channel to post in, mentioning only the member.
    channel_id      INTEGER,
    local_time      TEXT NOT NULL,
    weekdays        INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127),
    paused          INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    -- Set when delivery failed for good (DMs closed, channel gone): the reminder stops.
    disabled_reason TEXT,
    skip_if_checked_in INTEGER NOT NULL DEFAULT 1 CHECK (skip_if_checked_in IN (0, 1)),
    -- A stable per-reminder delay that spreads round-number bursts (08:00) over a minute.
    jitter_seconds  INTEGER NOT NULL DEFAULT 0,
    -- The next occurrence: its scheduled instant (UTC), local date, and send time (+ jitter).
    next_due        TEXT NOT NULL,
    next_date       TEXT NOT NULL,
    next_fire       TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX reminders_user ON reminders (user_id);
CREATE INDEX reminders_fire ON reminders (next_fire) WHERE paused = 0 AND disabled_reason IS NULL;

-- One row per occurrence: the outbox and the audit log. UNIQUE (reminder, occurrence) means an
-- occurrence can be created once, however often the dispatcher runs or restarts.
CREATE TABLE reminder_occurrences (
    id          INTEGER PRIMARY KEY,
    reminder_id INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    -- The local date 'YYYY-MM-DD', or 'YYYY-MM-DD#snooze2', 'test#5' for one-offs.
    occurrence  TEXT NOT NULL,
    local_date  TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'skipped', 'failed')),
    late        INTEGER NOT NULL DEFAULT 0,
    reason      TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    not_before  TEXT NOT NULL,
    lease_until TEXT,
    message_id  INTEGER,
    sent_at     TEXT,
    UNIQUE (reminder_id, occurrence)
);
CREATE INDEX reminder_occurrences_work ON reminder_occurrences (status, not_before);
