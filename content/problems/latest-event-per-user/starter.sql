-- Most recent event of each user.
-- Columns: user_id, event_time, event_type, page (any order).
SELECT
FROM events
