-- Longest run of consecutive active days per user.
-- Columns: user_id, longest_streak (any order).
SELECT
FROM events
