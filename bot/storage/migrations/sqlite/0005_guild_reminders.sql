-- Whether a member's reminders skip days they have already checked in (on by default).
ALTER TABLE members ADD COLUMN reminders_skip_if_done INTEGER NOT NULL DEFAULT 1
    CHECK (reminders_skip_if_done IN (0, 1));

-- Guild-wide reminders: one per guild, posted in a channel, mentioning the members who opted
-- in (and a role, if set). They belong to no member (user_id 0), so one member's /forget-me
-- can't remove the server's reminder; they keep their own time zone.
ALTER TABLE reminders ADD COLUMN kind TEXT NOT NULL DEFAULT 'member'
    CHECK (kind IN ('member', 'guild'));
ALTER TABLE reminders ADD COLUMN timezone TEXT;
ALTER TABLE reminders ADD COLUMN role_id INTEGER;
CREATE UNIQUE INDEX reminders_one_per_guild ON reminders (guild_id) WHERE kind = 'guild';

CREATE TABLE reminder_subscribers (
    reminder_id INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    joined_at   TEXT NOT NULL,
    PRIMARY KEY (reminder_id, user_id)
);
