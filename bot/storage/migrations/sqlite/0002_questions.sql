-- Feedback on answers: one vote per member per question and answer; a second click changes it.
CREATE TABLE answer_feedback (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL,
    entry_id     TEXT NOT NULL,
    question     TEXT NOT NULL,
    -- normalised question text, so /kb gaps can group the same question asked differently
    question_key TEXT NOT NULL,
    helpful      INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    created_at   TEXT NOT NULL,
    UNIQUE (user_id, entry_id, question_key)
);
CREATE INDEX answer_feedback_recent ON answer_feedback (created_at) WHERE helpful = 0;

-- Questions the bot declined, kept without any user id: curators only need the wording.
CREATE TABLE unanswered_questions (
    id           INTEGER PRIMARY KEY,
    question     TEXT NOT NULL,
    question_key TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX unanswered_questions_recent ON unanswered_questions (created_at);
