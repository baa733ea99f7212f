-- expect: fail
-- engines: sqlite
-- Joining the raw rows and keeping the largest time picks a replay, not the first follow.
SELECT f.follower_id, f.followee_id,
       MAX(CASE WHEN f.followed_at > g.followed_at THEN f.followed_at ELSE g.followed_at END)
FROM follows AS f
JOIN follows AS g ON g.follower_id = f.followee_id AND g.followee_id = f.follower_id
WHERE f.follower_id < f.followee_id
GROUP BY f.follower_id, f.followee_id
