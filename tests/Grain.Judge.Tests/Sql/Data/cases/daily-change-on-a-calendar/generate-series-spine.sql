-- expect: pass
-- engines: postgres
-- The spine from generate_series instead of a recursive CTE.
WITH bounds AS (SELECT MIN(activity_date) AS lo, MAX(activity_date) AS hi FROM activity),
calendar AS (
  SELECT CAST(d AS DATE) AS day FROM bounds, generate_series(lo, hi, INTERVAL '1 day') AS g(d)
),
daily AS (SELECT activity_date, SUM(sessions) AS sessions FROM activity GROUP BY activity_date)
SELECT c.day, COALESCE(d.sessions, 0) AS sessions,
       COALESCE(d.sessions, 0) - LAG(COALESCE(d.sessions, 0)) OVER (ORDER BY c.day) AS change
FROM calendar AS c LEFT JOIN daily AS d ON d.activity_date = c.day
ORDER BY c.day
