-- Per user: top 3 friend-of-friend suggestions by mutual friends (ties: smaller candidate_id first).
-- Columns: user_id, position, candidate_id, mutual_friends; any order.
SELECT
FROM friendships
