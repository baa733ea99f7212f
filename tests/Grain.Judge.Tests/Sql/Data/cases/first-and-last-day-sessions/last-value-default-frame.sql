-- expect: fail
-- engines: sqlite
-- LAST_VALUE with the default frame returns the current row: one row per active day.
WITH days AS (
  SELECT account_id, activity_date, SUM(sessions) AS sessions FROM activity GROUP BY account_id, activity_date
)
SELECT DISTINCT account_id,
       FIRST_VALUE(activity_date) OVER w, FIRST_VALUE(sessions) OVER w,
       LAST_VALUE(activity_date) OVER w, LAST_VALUE(sessions) OVER w
FROM days
WINDOW w AS (PARTITION BY account_id ORDER BY activity_date)
