-- expect: fail
-- Joining raw rows keeps one line per replayed follow time, not the first one.
SELECT DISTINCT f.follower_id, f.followee_id,
       CASE WHEN f.followed_at > g.followed_at THEN f.followed_at ELSE g.followed_at END
FROM follows AS f
JOIN follows AS g ON g.follower_id = f.followee_id AND g.followee_id = f.follower_id
WHERE f.follower_id < f.followee_id
