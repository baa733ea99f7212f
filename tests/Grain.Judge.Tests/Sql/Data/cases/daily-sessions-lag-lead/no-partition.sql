-- expect: fail
-- engines: sqlite
-- No PARTITION BY: the first day of an account is compared with another account's day.
WITH days AS (
  SELECT account_id, activity_date, SUM(sessions) AS sessions
  FROM activity GROUP BY account_id, activity_date
)
SELECT account_id, activity_date, sessions,
       sessions - LAG(sessions) OVER (ORDER BY account_id, activity_date) AS change,
       CAST(julianday(LEAD(activity_date) OVER (ORDER BY account_id, activity_date)) - julianday(activity_date) AS INTEGER) AS days_to_next
FROM days
