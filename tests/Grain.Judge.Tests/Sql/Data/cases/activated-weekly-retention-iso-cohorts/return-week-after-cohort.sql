-- expect: fail
-- engines: postgres
-- Retention read as "any event in the calendar week after the cohort week" instead of days 7 to 13 after each user's own signup (the example cannot tell them apart).
WITH weeks AS (
  SELECT CAST(d AS date) AS week_start
  FROM (SELECT MIN(date_trunc('week', signup_date)) AS lo, MAX(date_trunc('week', signup_date)) AS hi FROM users) AS b,
       generate_series(b.lo, b.hi, interval '7 days') AS g(d)
),
flags AS (
  SELECT u.user_id, CAST(date_trunc('week', u.signup_date) AS date) AS week_start,
         MAX(CASE WHEN e.event_name = 'activated' AND e.event_date - u.signup_date BETWEEN 0 AND 6 THEN 1 ELSE 0 END) AS activated,
         MAX(CASE WHEN e.event_date - CAST(date_trunc('week', u.signup_date) AS date) BETWEEN 7 AND 13 THEN 1 ELSE 0 END) AS came_back
  FROM users AS u
  LEFT JOIN events AS e ON e.user_id = u.user_id
  GROUP BY u.user_id, u.signup_date
)
SELECT to_char(w.week_start, 'IYYY-"W"IW'), w.week_start, COUNT(f.user_id),
       COALESCE(SUM(f.activated), 0), COALESCE(SUM(f.activated * f.came_back), 0),
       1.0 * SUM(f.activated * f.came_back) / NULLIF(SUM(f.activated), 0)
FROM weeks AS w
LEFT JOIN flags AS f ON f.week_start = w.week_start
GROUP BY w.week_start
ORDER BY w.week_start
