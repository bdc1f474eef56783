-- SQLite's 0012: when each running process's event loop last ran, for `python -m bot health`.
-- One row per process (its host and pid), rewritten in place every 30 seconds.
CREATE TABLE heartbeats (
    process    TEXT COLLATE "C" PRIMARY KEY,
    host       TEXT COLLATE "C" NOT NULL,
    pid        BIGINT NOT NULL,
    started_at TEXT COLLATE "C" NOT NULL,
    beat_at    TEXT COLLATE "C" NOT NULL
);
