WITH days AS (
  SELECT account_id, activity_date, SUM(sessions) AS sessions
  FROM activity
  GROUP BY account_id, activity_date
)
SELECT DISTINCT account_id,
       FIRST_VALUE(activity_date) OVER w AS first_day,
       FIRST_VALUE(sessions) OVER w AS first_sessions,
       LAST_VALUE(activity_date) OVER w AS last_day,
       LAST_VALUE(sessions) OVER w AS last_sessions
FROM days
WINDOW w AS (
  PARTITION BY account_id ORDER BY activity_date
  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
)
