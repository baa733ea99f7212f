-- Events stored more than once, with the number of copies.
-- Columns: user_id, event_time, event_type, page, copies (any order).
SELECT
FROM events
