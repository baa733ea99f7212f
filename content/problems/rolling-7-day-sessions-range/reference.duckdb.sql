WITH daily AS (
  SELECT account_id, activity_date, SUM(sessions) AS day_sessions
  FROM activity
  GROUP BY account_id, activity_date
)
SELECT account_id, activity_date, day_sessions,
       SUM(day_sessions) OVER (
         PARTITION BY account_id
         ORDER BY activity_date
         RANGE BETWEEN INTERVAL '6 days' PRECEDING AND CURRENT ROW
       ) AS sessions_7d
FROM daily
