-- expect: pass
-- engines: postgres
-- No window at all: the first and last dates per account joined back to the day totals.
WITH days AS (
  SELECT account_id, activity_date, SUM(sessions) AS sessions
  FROM activity GROUP BY account_id, activity_date
),
edges AS (
  SELECT account_id, MIN(activity_date) AS first_day, MAX(activity_date) AS last_day
  FROM days GROUP BY account_id
)
SELECT e.account_id, e.first_day, f.sessions, e.last_day, l.sessions
FROM edges AS e
JOIN days AS f ON f.account_id = e.account_id AND f.activity_date = e.first_day
JOIN days AS l ON l.account_id = e.account_id AND l.activity_date = e.last_day
