-- Member settings the check-ins area needs.
ALTER TABLE members ADD COLUMN goal_days INTEGER NOT NULL DEFAULT 7
    CHECK (goal_days BETWEEN 1 AND 7);
ALTER TABLE members ADD COLUMN leaderboard_visible INTEGER NOT NULL DEFAULT 1
    CHECK (leaderboard_visible IN (0, 1));

-- Which guilds a member has used the bot in: the leaderboard and /stats member: are per guild.
CREATE TABLE guild_members (
    guild_id   INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
CREATE INDEX guild_members_user ON guild_members (user_id);

CREATE TABLE checkins (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    -- One interaction (or reminder occurrence) makes at most one row: retries and double
    -- clicks hit this constraint instead of counting twice.
    source_key  TEXT NOT NULL UNIQUE,
    activity    TEXT NOT NULL,
    sets        INTEGER CHECK (sets BETWEEN 1 AND 50),
    reps        INTEGER CHECK (reps BETWEEN 1 AND 500),
    minutes     INTEGER CHECK (minutes BETWEEN 1 AND 600),
    note        TEXT CHECK (note IS NULL OR length(note) <= 300),
    -- The member's date when they checked in, frozen: a later time-zone change never moves it.
    local_date  TEXT NOT NULL,
    timezone    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    guild_id    INTEGER
);
CREATE INDEX checkins_user_date ON checkins (user_id, local_date);
