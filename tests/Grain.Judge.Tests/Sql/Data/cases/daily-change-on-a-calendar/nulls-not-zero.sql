-- expect: fail
-- engines: postgres
-- A calendar, but empty days stay NULL: their sessions and the next day's change are NULL.
WITH calendar AS (
  SELECT generate_series(MIN(activity_date), MAX(activity_date), interval '1 day')::date AS day FROM activity
),
daily AS (SELECT activity_date, SUM(sessions) AS sessions FROM activity GROUP BY activity_date)
SELECT c.day, d.sessions, d.sessions - LAG(d.sessions) OVER (ORDER BY c.day) AS change
FROM calendar AS c LEFT JOIN daily AS d ON d.activity_date = c.day
ORDER BY c.day
