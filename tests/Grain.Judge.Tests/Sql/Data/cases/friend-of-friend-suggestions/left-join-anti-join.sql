-- expect: pass
-- Symmetrised with UNION, mutual friends counted per pair, the anti-join written as LEFT JOIN ... IS NULL.
WITH edges AS (
  SELECT requester_id AS a, addressee_id AS b FROM friendships
  UNION
  SELECT addressee_id, requester_id FROM friendships
),
counted AS (
  SELECT e1.a AS user_id, e2.b AS candidate_id, COUNT(DISTINCT e1.b) AS mutual_friends
  FROM edges AS e1
  JOIN edges AS e2 ON e2.a = e1.b
  WHERE e2.b <> e1.a
  GROUP BY e1.a, e2.b
),
fresh AS (
  SELECT c.*
  FROM counted AS c
  LEFT JOIN friendships AS f1 ON f1.requester_id = c.user_id AND f1.addressee_id = c.candidate_id
  LEFT JOIN friendships AS f2 ON f2.requester_id = c.candidate_id AND f2.addressee_id = c.user_id
  WHERE f1.friendship_id IS NULL AND f2.friendship_id IS NULL
)
SELECT user_id, position, candidate_id, mutual_friends
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY mutual_friends DESC, candidate_id) AS position FROM fresh) AS r
WHERE position <= 3
