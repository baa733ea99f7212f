-- expect: fail
-- engines: sqlite
-- The edges filled with 0: a first visit shows "no change" and a last visit "0 days to the next".
WITH days AS (
  SELECT account_id, activity_date, SUM(sessions) AS sessions
  FROM activity GROUP BY account_id, activity_date
)
SELECT account_id, activity_date, sessions,
       sessions - LAG(sessions, 1, sessions) OVER w AS change,
       COALESCE(CAST(julianday(LEAD(activity_date) OVER w) - julianday(activity_date) AS INTEGER), 0) AS days_to_next
FROM days
WINDOW w AS (PARTITION BY account_id ORDER BY activity_date)
