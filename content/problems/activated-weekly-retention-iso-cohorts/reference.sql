WITH per_user AS (
  SELECT u.user_id,
         date(u.signup_date, 'weekday 0', '-6 days') AS week_start,
         EXISTS (SELECT 1 FROM events AS e
                 WHERE e.user_id = u.user_id AND e.event_name = 'activated'
                   AND julianday(e.event_date) - julianday(u.signup_date) BETWEEN 0 AND 6) AS activated,
         EXISTS (SELECT 1 FROM events AS e
                 WHERE e.user_id = u.user_id
                   AND julianday(e.event_date) - julianday(u.signup_date) BETWEEN 7 AND 13) AS came_back
  FROM users AS u
),
weeks(week_start) AS (
  SELECT MIN(week_start) FROM per_user
  UNION ALL
  SELECT date(week_start, '+7 days') FROM weeks
  WHERE week_start < (SELECT MAX(week_start) FROM per_user)
),
counted AS (
  SELECT w.week_start,
         COUNT(p.user_id) AS signups,
         COALESCE(SUM(CASE WHEN p.activated THEN 1 ELSE 0 END), 0) AS activated,
         COALESCE(SUM(CASE WHEN p.activated AND p.came_back THEN 1 ELSE 0 END), 0) AS retained
  FROM weeks AS w
  LEFT JOIN per_user AS p ON p.week_start = w.week_start
  GROUP BY w.week_start
)
SELECT strftime('%G-W%V', week_start) AS iso_week,
       week_start,
       signups,
       activated,
       retained,
       1.0 * retained / NULLIF(activated, 0) AS retention_rate
FROM counted
ORDER BY week_start
