-- Members the bot has seen, with the settings every area shares.
-- Times at rest are UTC ISO-8601 strings; local dates are 'YYYY-MM-DD' in the member's zone.
CREATE TABLE members (
    user_id     INTEGER PRIMARY KEY,
    -- IANA zone name, NULL until the member sets one (the configured default applies meanwhile).
    timezone    TEXT,
    created_at  TEXT NOT NULL
);
