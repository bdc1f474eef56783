-- One row per member per active local date, kept in step with `checkins` by the same transaction
-- that inserts or deletes a check-in. Streaks and the leaderboard read these rows instead of
-- scanning every check-in: a member who logs ten sets a day has one row per day here.
CREATE TABLE active_days (
    user_id     INTEGER NOT NULL,
    local_date  TEXT NOT NULL,
    checkins    INTEGER NOT NULL CHECK (checkins > 0),
    PRIMARY KEY (user_id, local_date)
) WITHOUT ROWID;

INSERT INTO active_days (user_id, local_date, checkins)
SELECT user_id, local_date, count(*) FROM checkins GROUP BY user_id, local_date;
