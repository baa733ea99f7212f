-- expect: fail
-- <= keeps users who follow themselves.
WITH firsts AS (
  SELECT follower_id, followee_id, MIN(followed_at) AS first_at FROM follows GROUP BY follower_id, followee_id
)
SELECT f.follower_id, f.followee_id, CASE WHEN f.first_at > g.first_at THEN f.first_at ELSE g.first_at END
FROM firsts AS f
JOIN firsts AS g ON g.follower_id = f.followee_id AND g.followee_id = f.follower_id
WHERE f.follower_id <= f.followee_id
