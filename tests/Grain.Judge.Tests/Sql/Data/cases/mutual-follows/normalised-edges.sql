-- expect: pass
WITH edges AS (
  SELECT CASE WHEN follower_id < followee_id THEN follower_id ELSE followee_id END AS lo,
         CASE WHEN follower_id < followee_id THEN followee_id ELSE follower_id END AS hi,
         follower_id, MIN(followed_at) AS first_at
  FROM follows
  WHERE follower_id <> followee_id
  GROUP BY 1, 2, 3
)
SELECT lo, hi, MAX(first_at)
FROM edges
GROUP BY lo, hi
HAVING COUNT(*) = 2
