-- expect: fail
-- engines: sqlite
-- A RANGE frame over raw rows gets the window right but returns duplicate days with partial counts.
SELECT account_id, activity_date, sessions,
       SUM(sessions) OVER (PARTITION BY account_id ORDER BY julianday(activity_date) RANGE BETWEEN 6 PRECEDING AND CURRENT ROW)
FROM activity
