-- expect: fail
-- Positions below 3 instead of up to 3: no example user has three suggestions, so only the hidden data shows it.
WITH edges AS (
  SELECT requester_id AS a, addressee_id AS b FROM friendships
  UNION ALL
  SELECT addressee_id, requester_id FROM friendships
),
candidates AS (
  SELECT e1.a AS user_id, e2.b AS candidate_id, COUNT(*) AS mutual_friends
  FROM edges AS e1
  JOIN edges AS e2 ON e2.a = e1.b
  WHERE e2.b <> e1.a
    AND NOT EXISTS (SELECT 1 FROM edges AS f WHERE f.a = e1.a AND f.b = e2.b)
  GROUP BY e1.a, e2.b
),
ranked AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY mutual_friends DESC, candidate_id) AS position
  FROM candidates
)
SELECT user_id, position, candidate_id, mutual_friends FROM ranked WHERE position < 3
