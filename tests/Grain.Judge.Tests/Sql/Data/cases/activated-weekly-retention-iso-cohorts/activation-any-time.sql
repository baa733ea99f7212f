-- expect: fail
-- engines: sqlite
-- Activation counted whenever it happened, not only on days 0 to 6.
WITH per_user AS (
  SELECT u.user_id, date(u.signup_date, 'weekday 0', '-6 days') AS week_start,
         EXISTS (SELECT 1 FROM events AS e WHERE e.user_id = u.user_id AND e.event_name = 'activated') AS activated,
         EXISTS (SELECT 1 FROM events AS e WHERE e.user_id = u.user_id
                   AND julianday(e.event_date) - julianday(u.signup_date) BETWEEN 7 AND 13) AS came_back
  FROM users AS u
),
weeks(week_start) AS (
  SELECT MIN(week_start) FROM per_user
  UNION ALL
  SELECT date(week_start, '+7 days') FROM weeks WHERE week_start < (SELECT MAX(week_start) FROM per_user)
)
SELECT strftime('%G-W%V', w.week_start), w.week_start, COUNT(p.user_id),
       COALESCE(SUM(p.activated), 0), COALESCE(SUM(p.activated AND p.came_back), 0),
       1.0 * SUM(p.activated AND p.came_back) / NULLIF(SUM(p.activated), 0)
FROM weeks AS w
LEFT JOIN per_user AS p ON p.week_start = w.week_start
GROUP BY w.week_start
ORDER BY w.week_start
