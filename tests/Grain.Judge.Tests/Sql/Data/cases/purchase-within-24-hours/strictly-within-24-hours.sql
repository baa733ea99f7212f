-- expect: fail
-- engines: sqlite
-- "Within 24 hours" read as strictly less: a purchase exactly 24 hours after the first event is lost.
WITH first_seen AS (
  SELECT user_id, MIN(event_time) AS first_time FROM events GROUP BY user_id
),
converted AS (
  SELECT DISTINCT f.user_id
  FROM first_seen AS f
  JOIN events AS e ON e.user_id = f.user_id AND e.event_type = 'purchase'
  WHERE strftime('%s', e.event_time) - strftime('%s', f.first_time) < 24 * 3600
)
SELECT u.country, COUNT(*), COUNT(c.user_id), 1.0 * COUNT(c.user_id) / COUNT(*)
FROM users AS u
LEFT JOIN converted AS c ON c.user_id = u.user_id
GROUP BY u.country
