-- Per-member running figures, kept in step by the transactions that add or remove check-ins, so
-- a check-in and the all-time leaderboard cost the same after ten years as on the first day.
CREATE TABLE member_summary (
    user_id      INTEGER PRIMARY KEY,
    active_days  INTEGER NOT NULL CHECK (active_days >= 0),
    checkins     INTEGER NOT NULL CHECK (checkins >= 0),
    -- The streak folded over every active day before `streak_cut` (a Monday, ISO date) for the
    -- goal `streak_goal` (bot/checkins/streaks.py, Settled). NULL: rebuilt from active_days at
    -- the next check-in (after an undo before the cut, say).
    streak_goal  INTEGER,
    streak_cut   TEXT,
    streak_run   INTEGER,
    streak_best  INTEGER,
    streak_days  INTEGER,
    streak_last  TEXT
);

INSERT INTO member_summary (user_id, active_days, checkins)
SELECT user_id, count(*), sum(checkins) FROM active_days GROUP BY user_id;
