-- Each member's DM channel with the bot, once opened. discord.py keeps only 128 DM channels in
-- memory, so without this every reminder past the 128th (and every one after a restart) cost
-- two requests, opening the DM and then sending. Kept until the member's /forget-me (it names a
-- user_id); an id Discord no longer knows is dropped and the DM opened again.
CREATE TABLE dm_channels (
    user_id    INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL
) WITHOUT ROWID;

-- Retention prunes finished occurrences by age; this keeps each batch a short range scan.
CREATE INDEX reminder_occurrences_due ON reminder_occurrences (due_at);
CREATE INDEX answer_feedback_created ON answer_feedback (created_at);
