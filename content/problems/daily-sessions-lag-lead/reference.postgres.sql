WITH days AS (
  SELECT account_id, activity_date, SUM(sessions) AS sessions
  FROM activity
  GROUP BY account_id, activity_date
)
SELECT account_id, activity_date, sessions,
       sessions - LAG(sessions) OVER w AS change,
       LEAD(activity_date) OVER w - activity_date AS days_to_next
FROM days
WINDOW w AS (PARTITION BY account_id ORDER BY activity_date)
