-- When each running process's event loop last ran: `python -m bot health` reads it. One row per
-- process (its host and pid), rewritten in place every 30 seconds, so the table stays a few rows.
CREATE TABLE heartbeats (
    process    TEXT PRIMARY KEY,
    host       TEXT NOT NULL,
    pid        INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    beat_at    TEXT NOT NULL
);
