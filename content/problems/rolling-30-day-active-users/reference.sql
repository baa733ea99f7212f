WITH RECURSIVE days(day) AS (
  SELECT MIN(date(event_time)) FROM events
  UNION ALL
  SELECT date(day, '+1 day') FROM days WHERE day < (SELECT MAX(date(event_time)) FROM events)
),
user_days AS (
  SELECT DISTINCT user_id, date(event_time) AS day FROM events
)
SELECT d.day, COUNT(DISTINCT u.user_id) AS active_users
FROM days AS d
LEFT JOIN user_days AS u ON u.day BETWEEN date(d.day, '-29 days') AND d.day
GROUP BY d.day
ORDER BY d.day
