-- One row per session (gap > 30 minutes starts a new one).
-- Columns: user_id, session_number, session_start, session_end, events (any order).
SELECT
FROM events
