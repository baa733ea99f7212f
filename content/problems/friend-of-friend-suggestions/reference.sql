WITH edges AS (
  SELECT requester_id AS a, addressee_id AS b FROM friendships
  UNION ALL
  SELECT addressee_id, requester_id FROM friendships
),
two_hops AS (
  SELECT e1.a AS user_id, e2.b AS candidate_id, COUNT(*) AS mutual_friends
  FROM edges AS e1
  JOIN edges AS e2 ON e2.a = e1.b
  WHERE e2.b <> e1.a
  GROUP BY e1.a, e2.b
),
ranked AS (
  SELECT user_id, candidate_id, mutual_friends,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY mutual_friends DESC, candidate_id) AS position
  FROM two_hops AS h
  WHERE NOT EXISTS (SELECT 1 FROM friendships AS f WHERE f.requester_id = h.user_id AND f.addressee_id = h.candidate_id)
    AND NOT EXISTS (SELECT 1 FROM friendships AS f WHERE f.requester_id = h.candidate_id AND f.addressee_id = h.user_id)
)
SELECT user_id, position, candidate_id, mutual_friends
FROM ranked
WHERE position <= 3
