WITH RECURSIVE calendar(day) AS (
  SELECT MIN(activity_date) FROM activity
  UNION ALL
  SELECT day + 1 FROM calendar
  WHERE day < (SELECT MAX(activity_date) FROM activity)
),
daily AS (
  SELECT activity_date, SUM(sessions) AS sessions FROM activity GROUP BY activity_date
),
filled AS (
  SELECT c.day, COALESCE(d.sessions, 0) AS sessions
  FROM calendar AS c
  LEFT JOIN daily AS d ON d.activity_date = c.day
)
SELECT day, sessions,
       sessions - LAG(sessions) OVER (ORDER BY day) AS change
FROM filled
ORDER BY day
