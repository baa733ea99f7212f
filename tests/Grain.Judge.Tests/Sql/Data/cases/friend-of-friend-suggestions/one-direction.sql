-- expect: fail
-- Edges followed only from requester to addressee: half of every user's friends are invisible.
WITH candidates AS (
  SELECT e1.requester_id AS user_id, e2.addressee_id AS candidate_id, COUNT(*) AS mutual_friends
  FROM friendships AS e1
  JOIN friendships AS e2 ON e2.requester_id = e1.addressee_id
  WHERE e2.addressee_id <> e1.requester_id
    AND NOT EXISTS (SELECT 1 FROM friendships AS f WHERE f.requester_id = e1.requester_id AND f.addressee_id = e2.addressee_id)
  GROUP BY e1.requester_id, e2.addressee_id
),
ranked AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY mutual_friends DESC, candidate_id) AS position
  FROM candidates
)
SELECT user_id, position, candidate_id, mutual_friends FROM ranked WHERE position <= 3
