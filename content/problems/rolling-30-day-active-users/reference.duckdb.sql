WITH days AS (
  SELECT g.day::date AS day
  FROM generate_series((SELECT MIN(event_time)::date FROM events),
                       (SELECT MAX(event_time)::date FROM events),
                       INTERVAL '1 day') AS g(day)
),
user_days AS (
  SELECT DISTINCT user_id, event_time::date AS day FROM events
)
SELECT d.day, COUNT(DISTINCT u.user_id) AS active_users
FROM days AS d
LEFT JOIN user_days AS u ON u.day BETWEEN d.day - 29 AND d.day
GROUP BY d.day
ORDER BY d.day
