WITH first_seen AS (
  SELECT user_id, MIN(event_time) AS first_time
  FROM events
  GROUP BY user_id
),
converted AS (
  SELECT DISTINCT f.user_id
  FROM first_seen AS f
  JOIN events AS e ON e.user_id = f.user_id AND e.event_type = 'purchase'
  WHERE e.event_time <= f.first_time + INTERVAL '24 hours'
)
SELECT u.country,
       COUNT(*) AS users,
       COUNT(c.user_id) AS converted,
       1.0 * COUNT(c.user_id) / COUNT(*) AS conversion_rate
FROM users AS u
LEFT JOIN converted AS c ON c.user_id = u.user_id
GROUP BY u.country
