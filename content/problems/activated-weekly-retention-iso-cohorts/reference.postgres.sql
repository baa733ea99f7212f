WITH per_user AS (
  SELECT u.user_id,
         CAST(date_trunc('week', u.signup_date) AS date) AS week_start,
         EXISTS (SELECT 1 FROM events AS e
                 WHERE e.user_id = u.user_id AND e.event_name = 'activated'
                   AND e.event_date - u.signup_date BETWEEN 0 AND 6) AS activated,
         EXISTS (SELECT 1 FROM events AS e
                 WHERE e.user_id = u.user_id
                   AND e.event_date - u.signup_date BETWEEN 7 AND 13) AS came_back
  FROM users AS u
),
weeks AS (
  SELECT CAST(generate_series(MIN(week_start), MAX(week_start), interval '7 days') AS date) AS week_start
  FROM per_user
),
counted AS (
  SELECT w.week_start,
         COUNT(p.user_id) AS signups,
         COUNT(*) FILTER (WHERE p.activated) AS activated,
         COUNT(*) FILTER (WHERE p.activated AND p.came_back) AS retained
  FROM weeks AS w
  LEFT JOIN per_user AS p ON p.week_start = w.week_start
  GROUP BY w.week_start
)
SELECT to_char(week_start, 'IYYY-"W"IW') AS iso_week,
       week_start,
       signups,
       activated,
       retained,
       1.0 * retained / NULLIF(activated, 0) AS retention_rate
FROM counted
ORDER BY week_start
