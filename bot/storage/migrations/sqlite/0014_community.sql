-- Community posts (issue #18): a server's weekly recap and the end of its challenges are
-- reminder rows of kind 'recap', so they go out through the same outbox as reminders (one
-- occurrence per key, claimed with a lease, sent with a nonce). 'nudge' is the streak-at-risk
-- DM's. They belong to no member (user_id 0), like a guild's channel reminder.
-- SQLite can't alter a CHECK, and rebuilding `reminders` would cascade-delete its occurrences
-- (foreign keys are on during migrations). Widening a CHECK changes no stored row, which is
-- what writable_schema allows (sqlite.org/lang_altertable.html § 7): the text is replaced
-- only where it still says the two old kinds, so running it after another widening is a no-op.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (kind IN (''member'', ''guild''))',
                  'CHECK (kind IN (''member'', ''guild'', ''nudge'', ''recap''))')
WHERE type = 'table' AND name = 'reminders';
PRAGMA writable_schema = RESET;
-- An empty table created and dropped bumps the schema cookie, so every other open connection
-- reads the widened CHECK too, not only this one.
CREATE TABLE schema_cookie_bump (x INTEGER);
DROP TABLE schema_cookie_bump;

-- One weekly recap per server; its one-off rows (once = 1) announce challenges' ends.
CREATE UNIQUE INDEX reminders_one_recap ON reminders (guild_id) WHERE kind = 'recap' AND once = 0;

-- A server's shared target for a period. Members' parts are derived from their check-ins, so
-- no row here names a member: export and forget-me have nothing to add.
CREATE TABLE challenges (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    metric      TEXT NOT NULL CHECK (metric IN ('calf-raises', 'check-ins', 'active-days')),
    target      INTEGER NOT NULL CHECK (target > 0),
    -- Local dates in `timezone`, both included.
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    timezone    TEXT NOT NULL,
    channel_id  INTEGER NOT NULL,
    -- The one-off community post that announces its end.
    announce_id INTEGER REFERENCES reminders (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    -- Set when it ends: early by /challenge-end, or at the next start after its end date.
    ended_at    TEXT,
    CHECK (end_date >= start_date)
);
-- One running challenge per server.
CREATE UNIQUE INDEX challenges_running ON challenges (guild_id) WHERE ended_at IS NULL;
CREATE INDEX challenges_guild ON challenges (guild_id, id);
CREATE INDEX challenges_announce ON challenges (announce_id);
