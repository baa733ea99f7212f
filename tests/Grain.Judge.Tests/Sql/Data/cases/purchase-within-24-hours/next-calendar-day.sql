-- expect: fail
-- engines: postgres
-- Compares calendar days instead of hours: a purchase one second past 24 hours still counts.
WITH first_seen AS (
  SELECT user_id, MIN(event_time) AS first_time FROM events GROUP BY user_id
),
converted AS (
  SELECT DISTINCT f.user_id
  FROM first_seen AS f
  JOIN events AS e ON e.user_id = f.user_id AND e.event_type = 'purchase'
  WHERE CAST(e.event_time AS date) <= CAST(f.first_time AS date) + 1
)
SELECT u.country, COUNT(*), COUNT(c.user_id), 1.0 * COUNT(c.user_id) / COUNT(*)
FROM users AS u
LEFT JOIN converted AS c ON c.user_id = u.user_id
GROUP BY u.country
