-- Mutual follow pairs once each (user_a < user_b) with the time the second direction first appeared.
-- Columns: user_a, user_b, mutual_since; any order.
SELECT
FROM follows
