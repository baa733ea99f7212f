-- expect: pass
-- Symmetrised with UNION, the anti-join written as LEFT JOIN ... IS NULL.
WITH edges AS (
  SELECT requester_id AS a, addressee_id AS b FROM friendships
  UNION
  SELECT addressee_id, requester_id FROM friendships
),
paths AS (
  SELECT e1.a AS user_id, e2.b AS candidate_id, e1.b AS via
  FROM edges AS e1
  JOIN edges AS e2 ON e2.a = e1.b
  LEFT JOIN edges AS f ON f.a = e1.a AND f.b = e2.b
  WHERE e2.b <> e1.a AND f.a IS NULL
),
counted AS (
  SELECT user_id, candidate_id, COUNT(DISTINCT via) AS mutual_friends FROM paths GROUP BY user_id, candidate_id
)
SELECT user_id, position, candidate_id, mutual_friends
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY mutual_friends DESC, candidate_id) AS position FROM counted) AS r
WHERE position <= 3
